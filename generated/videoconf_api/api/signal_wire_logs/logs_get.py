from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discarded_log import DiscardedLog
from ...models.log import Log
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    Response,
)


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/video/logs/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscardedLog | Log | SignalWireError | SignalWireValidationError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DiscardedLog | Log:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_entry_type_0 = Log.from_dict(data)

                return componentsschemas_log_entry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_log_entry_type_1 = DiscardedLog.from_dict(data)

            return componentsschemas_log_entry_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[DiscardedLog | Log | SignalWireError | SignalWireValidationError]:
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
) -> Response[DiscardedLog | Log | SignalWireError | SignalWireValidationError]:
    """Get a log entry

     Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscardedLog | Log | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> DiscardedLog | Log | SignalWireError | SignalWireValidationError | None:
    """Get a log entry

     Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscardedLog | Log | SignalWireError | SignalWireValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DiscardedLog | Log | SignalWireError | SignalWireValidationError]:
    """Get a log entry

     Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscardedLog | Log | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> DiscardedLog | Log | SignalWireError | SignalWireValidationError | None:
    """Get a log entry

     Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscardedLog | Log | SignalWireError | SignalWireValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
