from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insights_participant_detail import InsightsParticipantDetail
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
)


def _get_kwargs(
    *,
    room_session_id: str,
    participant_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["roomSessionId"] = room_session_id

    params["participantId"] = participant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insights/participant",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InsightsParticipantDetail.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> Response[WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]]:
    """Get one participant's call quality

     Returns the connection-quality series (packet loss, bitrate and so on) recorded for one participant
    in one room session, one entry per connection. Answers 404 when the session or participant is
    unknown. Costs 1 rate-limit point.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]]
    """

    kwargs = _get_kwargs(
        room_session_id=room_session_id,
        participant_id=participant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail] | None:
    """Get one participant's call quality

     Returns the connection-quality series (packet loss, bitrate and so on) recorded for one participant
    in one room session, one entry per connection. Answers 404 when the session or participant is
    unknown. Costs 1 rate-limit point.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]
    """

    return sync_detailed(
        client=client,
        room_session_id=room_session_id,
        participant_id=participant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> Response[WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]]:
    """Get one participant's call quality

     Returns the connection-quality series (packet loss, bitrate and so on) recorded for one participant
    in one room session, one entry per connection. Answers 404 when the session or participant is
    unknown. Costs 1 rate-limit point.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]]
    """

    kwargs = _get_kwargs(
        room_session_id=room_session_id,
        participant_id=participant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_session_id: str,
    participant_id: str,
) -> WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail] | None:
    """Get one participant's call quality

     Returns the connection-quality series (packet loss, bitrate and so on) recorded for one participant
    in one room session, one entry per connection. Answers 404 when the session or participant is
    unknown. Costs 1 rate-limit point.

    Args:
        room_session_id (str):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WherebyError | WherebyRateLimitError | list[InsightsParticipantDetail]
    """

    return (
        await asyncio_detailed(
            client=client,
            room_session_id=room_session_id,
            participant_id=participant_id,
        )
    ).parsed
