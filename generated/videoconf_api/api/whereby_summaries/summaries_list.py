from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.summary_list import SummaryList
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...models.whereby_summary_sort_by import WherebySummarySortBy
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    sort_by: WherebySummarySortBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/summaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SummaryList | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 200:
        response_200 = SummaryList.from_dict(response.json())

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
) -> Response[SummaryList | WherebyError | WherebyRateLimitError]:
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
    sort_by: WherebySummarySortBy | Unset = UNSET,
) -> Response[SummaryList | WherebyError | WherebyRateLimitError]:
    """List summaries

     Closed beta: returns one page of summaries in a chosen order. Follow `cursor` for further pages.
    Pass `limit` when the page size matters: Whereby's summaries guide speaks of 25 summaries a page,
    while `limit` defaults to 50. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        sort_by (WherebySummarySortBy | Unset): Summary sort order, `<field>:<direction>` with the
            field `roomName`, `startDate` or `durationInSeconds`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SummaryList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        sort_by=sort_by,
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
    sort_by: WherebySummarySortBy | Unset = UNSET,
) -> SummaryList | WherebyError | WherebyRateLimitError | None:
    """List summaries

     Closed beta: returns one page of summaries in a chosen order. Follow `cursor` for further pages.
    Pass `limit` when the page size matters: Whereby's summaries guide speaks of 25 summaries a page,
    while `limit` defaults to 50. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        sort_by (WherebySummarySortBy | Unset): Summary sort order, `<field>:<direction>` with the
            field `roomName`, `startDate` or `durationInSeconds`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SummaryList | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    sort_by: WherebySummarySortBy | Unset = UNSET,
) -> Response[SummaryList | WherebyError | WherebyRateLimitError]:
    """List summaries

     Closed beta: returns one page of summaries in a chosen order. Follow `cursor` for further pages.
    Pass `limit` when the page size matters: Whereby's summaries guide speaks of 25 summaries a page,
    while `limit` defaults to 50. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        sort_by (WherebySummarySortBy | Unset): Summary sort order, `<field>:<direction>` with the
            field `roomName`, `startDate` or `durationInSeconds`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SummaryList | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    sort_by: WherebySummarySortBy | Unset = UNSET,
) -> SummaryList | WherebyError | WherebyRateLimitError | None:
    """List summaries

     Closed beta: returns one page of summaries in a chosen order. Follow `cursor` for further pages.
    Pass `limit` when the page size matters: Whereby's summaries guide speaks of 25 summaries a page,
    while `limit` defaults to 50. Costs 1 rate-limit point.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        sort_by (WherebySummarySortBy | Unset): Summary sort order, `<field>:<direction>` with the
            field `roomName`, `startDate` or `durationInSeconds`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SummaryList | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            sort_by=sort_by,
        )
    ).parsed
