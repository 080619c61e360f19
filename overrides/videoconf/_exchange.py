"""The retry loop of one request, written once without I/O: a generator of steps (send, sleep, ask the rate budget,
tell it the answer) that the sync and the async client each run with their own I/O calls, as httpcore's and h11's
sans-IO cores are run by thin drivers."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._exceptions import VideoconfError
from ._logging import logger, redacted_headers
from ._pool import Pool, detached
from ._request import http_request
from ._retry import MAX_SERVER_WAIT, backoff_delay, retryable_exception, retryable_status

if TYPE_CHECKING:
    from ._answer import Answers, ErrorBody
    from ._credentials import Credentials
    from ._request import PreparedRequest
    from ._types import Vendor

__all__ = ["AFTER", "BEFORE", "SEND", "SLEEP", "Exchanger", "Steps", "exchange"]

# A step names the driver's method that does its I/O, with the arguments; the loop receives what the method returns:
# `_send(http, request)` -> the httpx.Response, or the httpx.HTTPError raised; `_sleep(seconds)` -> None;
# `_before(operation)` -> the seconds the budget wants waited; `_after(operation, response)` -> None.
SEND = "_send"
SLEEP = "_sleep"
BEFORE = "_before"
AFTER = "_after"

Step = tuple[str, tuple[Any, ...]]
Steps = Generator[Step | httpx.Response, Any, None]
"""The steps of one exchange; the last one is the 2xx response (an error is raised instead)."""


class Exchanger(Protocol):
    """What the loop reads of the client that runs it."""

    vendor: Vendor
    base_url: str
    credentials: Credentials
    timeout: httpx.Timeout
    max_retries: int
    answers: Answers
    random_value: Callable[[], float]

    @property
    def pool(self) -> Pool[httpx.Client] | Pool[httpx.AsyncClient]: ...

    @property
    def budgeted(self) -> bool:
        """Whether a rate budget is to be asked (`_before`) and told (`_after`)."""
        ...


def exchange(client: Exchanger, request: PreparedRequest) -> Steps:
    """Sends `request` until it succeeds or may not be repeated: the last step is a 2xx response, or an `APIError`
    (`APIStatusError`, `APIConnectionError`) is raised."""
    operation = request.operation
    if operation.vendor != client.vendor:
        raise VideoconfError(f"operation {operation.id!r} belongs to {operation.vendor}, not {client.vendor}")
    retries = 0
    while True:
        if client.budgeted:
            wait = yield BEFORE, (operation,)
            if wait:
                yield SLEEP, (min(float(wait), MAX_SERVER_WAIT),)
        http = client.pool.get()
        sent = http_request(http, request, client.base_url, client.credentials, client.timeout)
        if logger.isEnabledFor(logging.DEBUG):
            headers = redacted_headers(sent.headers, client.credentials.scrub_url)
            _debug(client, request, "request %s %s attempt=%d headers=%s", retries + 1, headers)
        started = time.monotonic()
        answer = yield SEND, (http, sent)
        if isinstance(answer, httpx.HTTPError):
            wait = _error_wait(client, request, answer, retries)
            if wait is None:
                raise client.answers.connection_error(request, sent, answer, retries + 1) from answer
            reason = type(answer).__name__
        else:
            response = detached(answer)
            if client.budgeted:
                yield AFTER, (operation, response)
            if logger.isEnabledFor(logging.DEBUG):
                elapsed = time.monotonic() - started
                _debug(
                    client,
                    request,
                    "response %s %s status=%d attempt=%d elapsed=%.3fs",
                    response.status_code,
                    retries + 1,
                    elapsed,
                )
            if response.is_success:
                yield response
                return
            body = client.answers.error_body(request, response)
            wait = _status_wait(client, request, response, body, retries)
            if wait is None:
                raise client.answers.status_error(request, response, retries + 1, body)
            reason = f"status {response.status_code}"
        _log_retry(client, request, reason, wait, retries)
        yield SLEEP, (wait,)
        retries += 1


def _status_wait(
    client: Exchanger, request: PreparedRequest, response: httpx.Response, body: ErrorBody, retries: int
) -> float | None:
    """Seconds to wait before retrying this answer, or None when it must not be retried."""
    if retries >= client.max_retries or not retryable_status(request.method, response.status_code):
        return None
    requested = client.answers.server_wait(response, body)
    if requested is None:
        return backoff_delay(retries, client.random_value())
    # Waiting out a long pause would hang the caller: the error says at once how long the server asked for.
    return None if requested > MAX_SERVER_WAIT else requested


def _error_wait(client: Exchanger, request: PreparedRequest, error: Exception, retries: int) -> float | None:
    if retries >= client.max_retries or not retryable_exception(request.method, error):
        return None
    return backoff_delay(retries, client.random_value())


def _debug(client: Exchanger, request: PreparedRequest, message: str, *args: object) -> None:
    logger.debug(message, request.method, client.credentials.scrub_url(request.path), *args)


def _log_retry(client: Exchanger, request: PreparedRequest, reason: str, wait: float, retries: int) -> None:
    logger.info(
        "retrying %s %s after %s in %.2fs (retry %d of %d)",
        request.method,
        client.credentials.scrub_url(request.path),
        reason,
        wait,
        retries + 1,
        client.max_retries,
    )
