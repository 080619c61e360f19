from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_list import MeetingList
from ...models.meeting_room_name_filter import MeetingRoomNameFilter
from ...models.whereby_error import WherebyError
from ...models.whereby_meeting_field import WherebyMeetingField
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: list[WherebyMeetingField] | Unset = UNSET,
    room_name: MeetingRoomNameFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            if not isinstance(fields_item_data, WherebyMeetingField):
                json_fields.append(fields_item_data)
                continue
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    json_room_name: dict[str, Any] | Unset = UNSET
    if not isinstance(room_name, Unset):
        json_room_name = room_name.to_dict()
    if not isinstance(json_room_name, Unset):
        params.update(json_room_name)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/meetings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeetingList | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 200:
        response_200 = MeetingList.from_dict(response.json())

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
) -> Response[MeetingList | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: list[WherebyMeetingField] | Unset = UNSET,
    room_name: MeetingRoomNameFilter | Unset = UNSET,
) -> Response[MeetingList | WherebyError | WherebyRateLimitError]:
    """List meetings

     Returns one page of the organisation's meetings, optionally only those whose room name starts with a
    prefix. Pass the `cursor` of the previous page to get the next one; a `null` or absent `cursor` in
    the response means there are no more pages. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (list[WherebyMeetingField] | Unset):
        room_name (MeetingRoomNameFilter | Unset): Room-name filter of the meetings list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        fields=fields,
        room_name=room_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: list[WherebyMeetingField] | Unset = UNSET,
    room_name: MeetingRoomNameFilter | Unset = UNSET,
) -> MeetingList | WherebyError | WherebyRateLimitError | None:
    """List meetings

     Returns one page of the organisation's meetings, optionally only those whose room name starts with a
    prefix. Pass the `cursor` of the previous page to get the next one; a `null` or absent `cursor` in
    the response means there are no more pages. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (list[WherebyMeetingField] | Unset):
        room_name (MeetingRoomNameFilter | Unset): Room-name filter of the meetings list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingList | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        fields=fields,
        room_name=room_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: list[WherebyMeetingField] | Unset = UNSET,
    room_name: MeetingRoomNameFilter | Unset = UNSET,
) -> Response[MeetingList | WherebyError | WherebyRateLimitError]:
    """List meetings

     Returns one page of the organisation's meetings, optionally only those whose room name starts with a
    prefix. Pass the `cursor` of the previous page to get the next one; a `null` or absent `cursor` in
    the response means there are no more pages. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (list[WherebyMeetingField] | Unset):
        room_name (MeetingRoomNameFilter | Unset): Room-name filter of the meetings list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        fields=fields,
        room_name=room_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: list[WherebyMeetingField] | Unset = UNSET,
    room_name: MeetingRoomNameFilter | Unset = UNSET,
) -> MeetingList | WherebyError | WherebyRateLimitError | None:
    """List meetings

     Returns one page of the organisation's meetings, optionally only those whose room name starts with a
    prefix. Pass the `cursor` of the previous page to get the next one; a `null` or absent `cursor` in
    the response means there are no more pages. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (list[WherebyMeetingField] | Unset):
        room_name (MeetingRoomNameFilter | Unset): Room-name filter of the meetings list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingList | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            fields=fields,
            room_name=room_name,
        )
    ).parsed
