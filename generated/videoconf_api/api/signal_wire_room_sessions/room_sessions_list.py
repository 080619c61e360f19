from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.room_session_list import RoomSessionList
from ...models.room_session_status import RoomSessionStatus
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    room_id: UUID | Unset = UNSET,
    room_name: str | Unset = UNSET,
    room_name_matches: str | Unset = UNSET,
    status: RoomSessionStatus | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_room_id: str | Unset = UNSET
    if not isinstance(room_id, Unset):
        json_room_id = str(room_id)
    params["room_id"] = json_room_id

    params["room_name"] = room_name

    params["room_name_matches"] = room_name_matches

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page_number"] = page_number

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/video/room_sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RoomSessionList | SignalWireError | SignalWireValidationError | None:
    if response.status_code == 200:
        response_200 = RoomSessionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SignalWireError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SignalWireError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SignalWireError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = SignalWireValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SignalWireError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SignalWireError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RoomSessionList | SignalWireError | SignalWireValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    room_id: UUID | Unset = UNSET,
    room_name: str | Unset = UNSET,
    room_name_matches: str | Unset = UNSET,
    status: RoomSessionStatus | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> Response[RoomSessionList | SignalWireError | SignalWireValidationError]:
    """List room sessions

     Returns room sessions page by page, optionally filtered by room or status. The API token needs the
    Video scope.

    Args:
        room_id (UUID | Unset):
        room_name (str | Unset):
        room_name_matches (str | Unset):
        status (RoomSessionStatus | Unset): Whether a room session is still running or has ended.
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoomSessionList | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        room_name=room_name,
        room_name_matches=room_name_matches,
        status=status,
        page_number=page_number,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_id: UUID | Unset = UNSET,
    room_name: str | Unset = UNSET,
    room_name_matches: str | Unset = UNSET,
    status: RoomSessionStatus | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> RoomSessionList | SignalWireError | SignalWireValidationError | None:
    """List room sessions

     Returns room sessions page by page, optionally filtered by room or status. The API token needs the
    Video scope.

    Args:
        room_id (UUID | Unset):
        room_name (str | Unset):
        room_name_matches (str | Unset):
        status (RoomSessionStatus | Unset): Whether a room session is still running or has ended.
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoomSessionList | SignalWireError | SignalWireValidationError
    """

    return sync_detailed(
        client=client,
        room_id=room_id,
        room_name=room_name,
        room_name_matches=room_name_matches,
        status=status,
        page_number=page_number,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_id: UUID | Unset = UNSET,
    room_name: str | Unset = UNSET,
    room_name_matches: str | Unset = UNSET,
    status: RoomSessionStatus | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> Response[RoomSessionList | SignalWireError | SignalWireValidationError]:
    """List room sessions

     Returns room sessions page by page, optionally filtered by room or status. The API token needs the
    Video scope.

    Args:
        room_id (UUID | Unset):
        room_name (str | Unset):
        room_name_matches (str | Unset):
        status (RoomSessionStatus | Unset): Whether a room session is still running or has ended.
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoomSessionList | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        room_name=room_name,
        room_name_matches=room_name_matches,
        status=status,
        page_number=page_number,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_id: UUID | Unset = UNSET,
    room_name: str | Unset = UNSET,
    room_name_matches: str | Unset = UNSET,
    status: RoomSessionStatus | Unset = UNSET,
    page_number: int | Unset = 0,
    page_size: int | Unset = 50,
    page_token: str | Unset = UNSET,
) -> RoomSessionList | SignalWireError | SignalWireValidationError | None:
    """List room sessions

     Returns room sessions page by page, optionally filtered by room or status. The API token needs the
    Video scope.

    Args:
        room_id (UUID | Unset):
        room_name (str | Unset):
        room_name_matches (str | Unset):
        status (RoomSessionStatus | Unset): Whether a room session is still running or has ended.
        page_number (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 50.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoomSessionList | SignalWireError | SignalWireValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            room_id=room_id,
            room_name=room_name,
            room_name_matches=room_name_matches,
            status=status,
            page_number=page_number,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
