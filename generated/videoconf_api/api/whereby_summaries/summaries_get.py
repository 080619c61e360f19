from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.summary import Summary
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    Response,
)


def _get_kwargs(
    summary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/summaries/{summary_id}".format(
            summary_id=quote(str(summary_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Summary | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 200:
        response_200 = Summary.from_dict(response.json())

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
) -> Response[Summary | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Summary | WherebyError | WherebyRateLimitError]:
    """Get a summary

     Closed beta: returns one summary, including its content once its `state` is `ready`. Costs 1 rate-
    limit point.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Summary | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        summary_id=summary_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Summary | WherebyError | WherebyRateLimitError | None:
    """Get a summary

     Closed beta: returns one summary, including its content once its `state` is `ready`. Costs 1 rate-
    limit point.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Summary | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        summary_id=summary_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Summary | WherebyError | WherebyRateLimitError]:
    """Get a summary

     Closed beta: returns one summary, including its content once its `state` is `ready`. Costs 1 rate-
    limit point.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Summary | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        summary_id=summary_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Summary | WherebyError | WherebyRateLimitError | None:
    """Get a summary

     Closed beta: returns one summary, including its content once its `state` is `ready`. Costs 1 rate-
    limit point.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Summary | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            summary_id=summary_id,
            client=client,
        )
    ).parsed
