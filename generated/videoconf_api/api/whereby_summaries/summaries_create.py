from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_summary_request import CreateSummaryRequest
from ...models.create_summary_response import CreateSummaryResponse
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    Response,
)


def _get_kwargs(
    *,
    body: CreateSummaryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/summaries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSummaryResponse | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 201:
        response_201 = CreateSummaryResponse.from_dict(response.json())

        return response_201

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
) -> Response[CreateSummaryResponse | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryRequest,
) -> Response[CreateSummaryResponse | WherebyError | WherebyRateLimitError]:
    """Summarise a transcription

     Closed beta, for selected accounts only: starts a job that writes a summary of a transcription,
    using the chosen template (`General Bulleted` when left out), and returns the new summary's id. The
    transcription id goes in the request body. Only Whereby-hosted transcriptions can be summarised, and
    one summary per transcription exists at a time: delete it before summarising with another template.
    Answers 404 when the transcription does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateSummaryRequest): The transcription to summarise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSummaryResponse | WherebyError | WherebyRateLimitError]
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
    body: CreateSummaryRequest,
) -> CreateSummaryResponse | WherebyError | WherebyRateLimitError | None:
    """Summarise a transcription

     Closed beta, for selected accounts only: starts a job that writes a summary of a transcription,
    using the chosen template (`General Bulleted` when left out), and returns the new summary's id. The
    transcription id goes in the request body. Only Whereby-hosted transcriptions can be summarised, and
    one summary per transcription exists at a time: delete it before summarising with another template.
    Answers 404 when the transcription does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateSummaryRequest): The transcription to summarise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSummaryResponse | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryRequest,
) -> Response[CreateSummaryResponse | WherebyError | WherebyRateLimitError]:
    """Summarise a transcription

     Closed beta, for selected accounts only: starts a job that writes a summary of a transcription,
    using the chosen template (`General Bulleted` when left out), and returns the new summary's id. The
    transcription id goes in the request body. Only Whereby-hosted transcriptions can be summarised, and
    one summary per transcription exists at a time: delete it before summarising with another template.
    Answers 404 when the transcription does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateSummaryRequest): The transcription to summarise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSummaryResponse | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryRequest,
) -> CreateSummaryResponse | WherebyError | WherebyRateLimitError | None:
    """Summarise a transcription

     Closed beta, for selected accounts only: starts a job that writes a summary of a transcription,
    using the chosen template (`General Bulleted` when left out), and returns the new summary's id. The
    transcription id goes in the request body. Only Whereby-hosted transcriptions can be summarised, and
    one summary per transcription exists at a time: delete it before summarising with another template.
    Answers 404 when the transcription does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateSummaryRequest): The transcription to summarise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSummaryResponse | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
