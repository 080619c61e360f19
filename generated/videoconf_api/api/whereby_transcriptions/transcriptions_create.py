from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transcription_request import CreateTranscriptionRequest
from ...models.create_transcription_response import CreateTranscriptionResponse
from ...models.whereby_error import WherebyError
from ...models.whereby_rate_limit_error import WherebyRateLimitError
from ...types import (  # videoconf: several request bodies need Unset; date-time query parameters need format_datetime
    Response,
)


def _get_kwargs(
    *,
    body: CreateTranscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transcriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTranscriptionResponse | WherebyError | WherebyRateLimitError | None:
    if response.status_code == 201:
        response_201 = CreateTranscriptionResponse.from_dict(response.json())

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
) -> Response[CreateTranscriptionResponse | WherebyError | WherebyRateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTranscriptionRequest,
) -> Response[CreateTranscriptionResponse | WherebyError | WherebyRateLimitError]:
    """Transcribe a recording

     Starts a transcription job for a recording and returns the new transcription's id. The recording id
    goes in the request body. Answers 404 when the recording does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateTranscriptionRequest): The recording to transcribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponse | WherebyError | WherebyRateLimitError]
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
    body: CreateTranscriptionRequest,
) -> CreateTranscriptionResponse | WherebyError | WherebyRateLimitError | None:
    """Transcribe a recording

     Starts a transcription job for a recording and returns the new transcription's id. The recording id
    goes in the request body. Answers 404 when the recording does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateTranscriptionRequest): The recording to transcribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponse | WherebyError | WherebyRateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTranscriptionRequest,
) -> Response[CreateTranscriptionResponse | WherebyError | WherebyRateLimitError]:
    """Transcribe a recording

     Starts a transcription job for a recording and returns the new transcription's id. The recording id
    goes in the request body. Answers 404 when the recording does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateTranscriptionRequest): The recording to transcribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponse | WherebyError | WherebyRateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTranscriptionRequest,
) -> CreateTranscriptionResponse | WherebyError | WherebyRateLimitError | None:
    """Transcribe a recording

     Starts a transcription job for a recording and returns the new transcription's id. The recording id
    goes in the request body. Answers 404 when the recording does not exist. Costs 3 rate-limit points.

    Args:
        body (CreateTranscriptionRequest): The recording to transcribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponse | WherebyError | WherebyRateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
