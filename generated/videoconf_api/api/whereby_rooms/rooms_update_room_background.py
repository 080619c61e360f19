from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...models.whereby_room_background_preset import WherebyRoomBackgroundPreset
from ...models.whereby_room_image_upload import WherebyRoomImageUpload
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    room_name: str,
    *,
    body: WherebyRoomImageUpload | WherebyRoomBackgroundPreset | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rooms/{room_name}/theme/room-background".format(
            room_name=quote(str(room_name), safe=""),
        ),
    }

    if isinstance(body, WherebyRoomImageUpload):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, WherebyRoomBackgroundPreset):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = WherebyError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WherebyError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WherebyError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WherebyError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = WherebyRateLimitError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: WherebyRoomImageUpload | WherebyRoomBackgroundPreset | Unset = UNSET,
) -> Response[Any | WherebyError | WherebyRateLimitError]:
    """Set room background

     Uploads a custom background image for a room as `multipart/form-data`, or picks one of Whereby's
    preset colours and images with a JSON body. Costs 3 rate-limit points. A wrong content type answers
    400.

    Args:
        room_name (str):
        body (WherebyRoomImageUpload): Multipart form with one image file. PNG is recommended: at
            least 400 px wide for logos, at least 1400 px wide and at most 600 kB for backgrounds.
        body (WherebyRoomBackgroundPreset): JSON body that picks one of Whereby's preset
            background colours and images.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: WherebyRoomImageUpload | WherebyRoomBackgroundPreset | Unset = UNSET,
) -> Any | WherebyError | WherebyRateLimitError | None:
    """Set room background

     Uploads a custom background image for a room as `multipart/form-data`, or picks one of Whereby's
    preset colours and images with a JSON body. Costs 3 rate-limit points. A wrong content type answers
    400.

    Args:
        room_name (str):
        body (WherebyRoomImageUpload): Multipart form with one image file. PNG is recommended: at
            least 400 px wide for logos, at least 1400 px wide and at most 600 kB for backgrounds.
        body (WherebyRoomBackgroundPreset): JSON body that picks one of Whereby's preset
            background colours and images.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        room_name=room_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: WherebyRoomImageUpload | WherebyRoomBackgroundPreset | Unset = UNSET,
) -> Response[Any | WherebyError | WherebyRateLimitError]:
    """Set room background

     Uploads a custom background image for a room as `multipart/form-data`, or picks one of Whereby's
    preset colours and images with a JSON body. Costs 3 rate-limit points. A wrong content type answers
    400.

    Args:
        room_name (str):
        body (WherebyRoomImageUpload): Multipart form with one image file. PNG is recommended: at
            least 400 px wide for logos, at least 1400 px wide and at most 600 kB for backgrounds.
        body (WherebyRoomBackgroundPreset): JSON body that picks one of Whereby's preset
            background colours and images.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    room_name: str,
    *,
    client: AuthenticatedClient,
    body: WherebyRoomImageUpload | WherebyRoomBackgroundPreset | Unset = UNSET,
) -> Any | WherebyError | WherebyRateLimitError | None:
    """Set room background

     Uploads a custom background image for a room as `multipart/form-data`, or picks one of Whereby's
    preset colours and images with a JSON body. Costs 3 rate-limit points. A wrong content type answers
    400.

    Args:
        room_name (str):
        body (WherebyRoomImageUpload): Multipart form with one image file. PNG is recommended: at
            least 400 px wide for logos, at least 1400 px wide and at most 600 kB for backgrounds.
        body (WherebyRoomBackgroundPreset): JSON body that picks one of Whereby's preset
            background colours and images.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            room_name=room_name,
            client=client,
            body=body,
        )
    ).parsed
