from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conference import Conference
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    id: UUID,
    *,
    include_active_session: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_active_session"] = include_active_session

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/video/conferences/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Conference | SignalWireError | SignalWireValidationError | None:
    if response.status_code == 200:
        response_200 = Conference.from_dict(response.json())

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
) -> Response[Conference | SignalWireError | SignalWireValidationError]:
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
    include_active_session: bool | Unset = UNSET,
) -> Response[Conference | SignalWireError | SignalWireValidationError]:
    """Get a conference

     Returns one conference, optionally with its running session. The API token needs the Video scope.

    Args:
        id (UUID):
        include_active_session (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conference | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        include_active_session=include_active_session,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    include_active_session: bool | Unset = UNSET,
) -> Conference | SignalWireError | SignalWireValidationError | None:
    """Get a conference

     Returns one conference, optionally with its running session. The API token needs the Video scope.

    Args:
        id (UUID):
        include_active_session (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conference | SignalWireError | SignalWireValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        include_active_session=include_active_session,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    include_active_session: bool | Unset = UNSET,
) -> Response[Conference | SignalWireError | SignalWireValidationError]:
    """Get a conference

     Returns one conference, optionally with its running session. The API token needs the Video scope.

    Args:
        id (UUID):
        include_active_session (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conference | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        include_active_session=include_active_session,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    include_active_session: bool | Unset = UNSET,
) -> Conference | SignalWireError | SignalWireValidationError | None:
    """Get a conference

     Returns one conference, optionally with its running session. The API token needs the Video scope.

    Args:
        id (UUID):
        include_active_session (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conference | SignalWireError | SignalWireValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include_active_session=include_active_session,
        )
    ).parsed
