from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conference import Conference
from ...models.create_conference_request import CreateConferenceRequest
from ...models.signal_wire_error import SignalWireError
from ...models.signal_wire_validation_error import SignalWireValidationError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    Response,
)


def _get_kwargs(
    *,
    body: CreateConferenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/video/conferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: CreateConferenceRequest,
) -> Response[Conference | SignalWireError | SignalWireValidationError]:
    """Create a conference

     Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

    Args:
        body (CreateConferenceRequest): Settings for a new conference. Only `display_name` is
            required. When `name` is left out the server assigns one itself. Tone on entry and the
            camera-off-on-join flags can only be set with an update; there is no way to store `meta`
            on a conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conference | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateConferenceRequest,
) -> Conference | SignalWireError | SignalWireValidationError | None:
    """Create a conference

     Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

    Args:
        body (CreateConferenceRequest): Settings for a new conference. Only `display_name` is
            required. When `name` is left out the server assigns one itself. Tone on entry and the
            camera-off-on-join flags can only be set with an update; there is no way to store `meta`
            on a conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conference | SignalWireError | SignalWireValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateConferenceRequest,
) -> Response[Conference | SignalWireError | SignalWireValidationError]:
    """Create a conference

     Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

    Args:
        body (CreateConferenceRequest): Settings for a new conference. Only `display_name` is
            required. When `name` is left out the server assigns one itself. Tone on entry and the
            camera-off-on-join flags can only be set with an update; there is no way to store `meta`
            on a conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conference | SignalWireError | SignalWireValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateConferenceRequest,
) -> Conference | SignalWireError | SignalWireValidationError | None:
    """Create a conference

     Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

    Args:
        body (CreateConferenceRequest): Settings for a new conference. Only `display_name` is
            required. When `name` is left out the server assigns one itself. Tone on entry and the
            camera-off-on-join flags can only be set with an update; there is no way to store `meta`
            on a conference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conference | SignalWireError | SignalWireValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
