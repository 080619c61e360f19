from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insights_participant_list import InsightsParticipantList
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    room_session_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["roomSessionId"] = room_session_id

    params["externalId"] = external_id

    params["sortBy"] = sort_by

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insights/participants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsightsParticipantList | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 200:
        response_200 = InsightsParticipantList.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = WherebyRateLimitError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsightsParticipantList | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    room_session_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[InsightsParticipantList | WherebyError | WherebyRateLimitError]:
    """Get participant insights

     Returns one page of participants, with join and leave times and any rating they gave, for one room
    session or one external participant id. Give `roomSessionId`, `externalId` or both; the schema marks
    neither as required because either one is enough. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_session_id (str | Unset):
        external_id (str | Unset):
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightsParticipantList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        room_session_id=room_session_id,
        external_id=external_id,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_session_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> InsightsParticipantList | WherebyError | WherebyRateLimitError | None:
    """Get participant insights

     Returns one page of participants, with join and leave times and any rating they gave, for one room
    session or one external participant id. Give `roomSessionId`, `externalId` or both; the schema marks
    neither as required because either one is enough. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_session_id (str | Unset):
        external_id (str | Unset):
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightsParticipantList | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        client=client,
        room_session_id=room_session_id,
        external_id=external_id,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_session_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[InsightsParticipantList | WherebyError | WherebyRateLimitError]:
    """Get participant insights

     Returns one page of participants, with join and leave times and any rating they gave, for one room
    session or one external participant id. Give `roomSessionId`, `externalId` or both; the schema marks
    neither as required because either one is enough. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_session_id (str | Unset):
        external_id (str | Unset):
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightsParticipantList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        room_session_id=room_session_id,
        external_id=external_id,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_session_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> InsightsParticipantList | WherebyError | WherebyRateLimitError | None:
    """Get participant insights

     Returns one page of participants, with join and leave times and any rating they gave, for one room
    session or one external participant id. Give `roomSessionId`, `externalId` or both; the schema marks
    neither as required because either one is enough. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_session_id (str | Unset):
        external_id (str | Unset):
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightsParticipantList | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            room_session_id=room_session_id,
            external_id=external_id,
            sort_by=sort_by,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
