from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting import Meeting
from ...models.whereby_error import WherebyError
from ...models.whereby_meeting_field import WherebyMeetingField
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    meeting_id: str,
    *,
    fields: list[WherebyMeetingField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/meetings/{meeting_id}".format(
            meeting_id=quote(str(meeting_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Meeting | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 200:
        response_200 = Meeting.from_dict(response.json())

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
) -> Response[Meeting | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[WherebyMeetingField] | Unset = UNSET,
) -> Response[Meeting | WherebyError | WherebyRateLimitError]:
    """Get a meeting

     Returns one meeting. `hostRoomUrl`, `viewerRoomUrl` and `dialIn` are only included when listed in
    `fields` (`dialIn` only for a meeting created with dial-in enabled). Costs 1 rate-limit point.

    Args:
        meeting_id (str):
        fields (list[WherebyMeetingField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Meeting | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[WherebyMeetingField] | Unset = UNSET,
) -> Meeting | WherebyError | WherebyRateLimitError | None:
    """Get a meeting

     Returns one meeting. `hostRoomUrl`, `viewerRoomUrl` and `dialIn` are only included when listed in
    `fields` (`dialIn` only for a meeting created with dial-in enabled). Costs 1 rate-limit point.

    Args:
        meeting_id (str):
        fields (list[WherebyMeetingField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Meeting | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        meeting_id=meeting_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[WherebyMeetingField] | Unset = UNSET,
) -> Response[Meeting | WherebyError | WherebyRateLimitError]:
    """Get a meeting

     Returns one meeting. `hostRoomUrl`, `viewerRoomUrl` and `dialIn` are only included when listed in
    `fields` (`dialIn` only for a meeting created with dial-in enabled). Costs 1 rate-limit point.

    Args:
        meeting_id (str):
        fields (list[WherebyMeetingField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Meeting | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meeting_id: str,
    *,
    client: AuthenticatedClient,
    fields: list[WherebyMeetingField] | Unset = UNSET,
) -> Meeting | WherebyError | WherebyRateLimitError | None:
    """Get a meeting

     Returns one meeting. `hostRoomUrl`, `viewerRoomUrl` and `dialIn` are only included when listed in
    `fields` (`dialIn` only for a meeting created with dial-in enabled). Costs 1 rate-limit point.

    Args:
        meeting_id (str):
        fields (list[WherebyMeetingField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Meeting | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            meeting_id=meeting_id,
            client=client,
            fields=fields,
        )
    ).parsed
