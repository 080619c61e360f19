from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insights_created_at_filter import InsightsCreatedAtFilter
from ...models.insights_room_list import InsightsRoomList
from ...models.insights_room_name_filter import InsightsRoomNameFilter
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    room_name: InsightsRoomNameFilter | Unset = UNSET,
    created_at: InsightsCreatedAtFilter | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_room_name: dict[str, Any] | Unset = UNSET
    if not isinstance(room_name, Unset):
        json_room_name = room_name.to_dict()
    if not isinstance(json_room_name, Unset):
        params.update(json_room_name)

    json_created_at: dict[str, Any] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at.to_dict()
    if not isinstance(json_created_at, Unset):
        params.update(json_created_at)

    params["sortBy"] = sort_by

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/insights/rooms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsightsRoomList | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 200:
        response_200 = InsightsRoomList.from_dict(response.json())

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
) -> Response[InsightsRoomList | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    room_name: InsightsRoomNameFilter | Unset = UNSET,
    created_at: InsightsCreatedAtFilter | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[InsightsRoomList | WherebyError | WherebyRateLimitError]:
    """Get room insights

     Returns one page of per-room usage totals (minutes, unique participants, sessions, ratings),
    optionally filtered by room name and creation time. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_name (InsightsRoomNameFilter | Unset): Room-name filter; give one of the matching
            modes.
        created_at (InsightsCreatedAtFilter | Unset): Room creation-time window; either bound may
            be left out.
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightsRoomList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        created_at=created_at,
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
    room_name: InsightsRoomNameFilter | Unset = UNSET,
    created_at: InsightsCreatedAtFilter | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> InsightsRoomList | WherebyError | WherebyRateLimitError | None:
    """Get room insights

     Returns one page of per-room usage totals (minutes, unique participants, sessions, ratings),
    optionally filtered by room name and creation time. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_name (InsightsRoomNameFilter | Unset): Room-name filter; give one of the matching
            modes.
        created_at (InsightsCreatedAtFilter | Unset): Room creation-time window; either bound may
            be left out.
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightsRoomList | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        client=client,
        room_name=room_name,
        created_at=created_at,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_name: InsightsRoomNameFilter | Unset = UNSET,
    created_at: InsightsCreatedAtFilter | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> Response[InsightsRoomList | WherebyError | WherebyRateLimitError]:
    """Get room insights

     Returns one page of per-room usage totals (minutes, unique participants, sessions, ratings),
    optionally filtered by room name and creation time. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_name (InsightsRoomNameFilter | Unset): Room-name filter; give one of the matching
            modes.
        created_at (InsightsCreatedAtFilter | Unset): Room creation-time window; either bound may
            be left out.
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightsRoomList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        room_name=room_name,
        created_at=created_at,
        sort_by=sort_by,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_name: InsightsRoomNameFilter | Unset = UNSET,
    created_at: InsightsCreatedAtFilter | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 10,
) -> InsightsRoomList | WherebyError | WherebyRateLimitError | None:
    """Get room insights

     Returns one page of per-room usage totals (minutes, unique participants, sessions, ratings),
    optionally filtered by room name and creation time. Follow `cursor` for further pages. Costs 1 rate-
    limit point.

    Args:
        room_name (InsightsRoomNameFilter | Unset): Room-name filter; give one of the matching
            modes.
        created_at (InsightsCreatedAtFilter | Unset): Room creation-time window; either bound may
            be left out.
        sort_by (str | Unset): Insights sort order, `<field>:asc` or `<field>:desc`, where the
            field is a result field such as `totalSessions`.
        cursor (str | Unset):
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightsRoomList | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            room_name=room_name,
            created_at=created_at,
            sort_by=sort_by,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
