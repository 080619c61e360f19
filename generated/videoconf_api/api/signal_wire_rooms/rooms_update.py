from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.room import Room
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...models.update_room_request import UpdateRoomRequest
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    Response,
)


def _get_kwargs(
    id: UUID,
    *,
    body: UpdateRoomRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/video/rooms/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Room | SignalWireError | SignalWireValidationError | None:
    if response.status_code == 200:
        response_200 = Room.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = SignalWireError.from_dict(response.json())

        return response_404

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
) -> Response[Room | SignalWireError | SignalWireValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateRoomRequest,
) -> Response[Room | SignalWireError | SignalWireValidationError]:
    """Update a room

     Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
    Video scope.

    Args:
        id (UUID):
        body (UpdateRoomRequest): Changes to a room. Although the method is PUT, it works like
            PATCH: every field is optional and an omitted field keeps its current value. The room's
            name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Room | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateRoomRequest,
) -> Room | SignalWireError | SignalWireValidationError | None:
    """Update a room

     Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
    Video scope.

    Args:
        id (UUID):
        body (UpdateRoomRequest): Changes to a room. Although the method is PUT, it works like
            PATCH: every field is optional and an omitted field keeps its current value. The room's
            name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Room | SignalWireError | SignalWireValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateRoomRequest,
) -> Response[Room | SignalWireError | SignalWireValidationError]:
    """Update a room

     Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
    Video scope.

    Args:
        id (UUID):
        body (UpdateRoomRequest): Changes to a room. Although the method is PUT, it works like
            PATCH: every field is optional and an omitted field keeps its current value. The room's
            name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Room | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateRoomRequest,
) -> Room | SignalWireError | SignalWireValidationError | None:
    """Update a room

     Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
    Video scope.

    Args:
        id (UUID):
        body (UpdateRoomRequest): Changes to a room. Although the method is PUT, it works like
            PATCH: every field is optional and an omitted field keeps its current value. The room's
            name cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Room | SignalWireError | SignalWireValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
