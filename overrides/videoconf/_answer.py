"""Answers made results or errors: a 2xx body parsed (tolerant, or strict), an error body read through the
contract's error models (its message, its wait), a failed exchange named; every text scrubbed of credentials.

Every message an error carries is built here, so that what one says is changed in one place."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._drift import DriftRecorder, StrictDrift, check_kind
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
)
from ._exceptions import status_error_class as _status_error_class
from ._retry import MAX_SERVER_WAIT, requested_wait

if TYPE_CHECKING:
    from ._credentials import Credentials
    from ._operation import ErrorModel, ErrorText, ErrorWait
    from ._parsing import Drift
    from ._request import PreparedRequest

__all__ = ["Answers", "ErrorBody", "MAX_DETAIL"]

T = TypeVar("T")

MAX_DETAIL = 300
# Python's own error types a hand-written cast may raise; generated parsing reports instead of raising.
_PARSE_ERRORS = (LookupError, TypeError, ValueError, AttributeError)


class _Invalid:
    """Marks a body that is not JSON (None is a valid JSON value)."""


INVALID = _Invalid()


def decode_json(response: httpx.Response) -> object:
    """The decoded JSON body, or `INVALID` for an empty or malformed one."""
    if not response.content:
        return INVALID
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return INVALID


class ErrorBody:
    """An error answer's body: as decoded, as read by the first of the contract's error models that reads it (or as
    decoded, or as text, when none does), and that model."""

    __slots__ = ("body", "data", "model")

    data: object
    """The decoded JSON, or `INVALID`."""
    model: ErrorModel | None
    body: object
    """What `APIStatusError.body` holds: the model's reading, or the decoded JSON, or the text."""

    def __init__(self, response: httpx.Response, models: tuple[ErrorModel, ...]) -> None:
        self.data = decode_json(response)
        self.model = None
        self.body = response.text if self.data is INVALID else self.data
        if isinstance(self.data, dict):
            for model in models:
                try:
                    self.body = model.parse(self.data)
                except _PARSE_ERRORS:
                    continue
                self.model = model
                return

    def wait(self) -> float | None:
        """The seconds the body asks to wait before trying again, where its model says so (`x-retry-after`)."""
        spec: ErrorWait | None = self.model.wait if self.model is not None else None
        if spec is None:
            return None
        found = [
            value for value in _attributes(self.body, spec.at) if isinstance(value, int | float) and _is_number(value)
        ]
        return None if not found else float(found[0]) * spec.seconds

    def detail(self, response: httpx.Response) -> str:
        """A short human-readable reason: the model's message fields (`x-error-message`), a text body, or a note on
        a body of another kind."""
        if self.data is INVALID:
            if not response.content:
                return ""
            content_type = response.headers.get("content-type", "").split(";")[0].strip()
            if not content_type.startswith("text/plain"):
                return f"({content_type or 'untyped'} body of {len(response.content)} bytes)"
            detail = " ".join(response.text.split())
        elif isinstance(self.data, str):
            detail = self.data
        elif self.model is not None:
            detail = "; ".join(text for spec in self.model.texts for text in _texts(self.body, spec))
        else:
            return ""
        return detail if len(detail) <= MAX_DETAIL else detail[: MAX_DETAIL - 3] + "..."


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < math.inf


def _attributes(value: object, at: tuple[str, ...]) -> list[object]:
    """The values at an attribute path of a parsed model; a list on the way stands for each of its items."""
    found = [value]
    for name in at:
        found = [item for node in found for item in (node if isinstance(node, list) else [node])]
        found = [getattr(node, name, None) for node in found]
    return [item for node in found for item in (node if isinstance(node, list) else [node])]


def _texts(body: object, spec: ErrorText) -> list[str]:
    texts = []
    for node in _attributes(body, spec.at):
        text = getattr(node, spec.text, None)
        if isinstance(text, str):
            field = getattr(node, spec.field, None) if spec.field else None
            texts.append(f"{field}: {text}" if isinstance(field, str) and field else text)
    return texts


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 10 else f"{value:.3g} s"


def _tries(attempts: int) -> str:
    return f"{attempts} attempt{'s' if attempts != 1 else ''}"


class Answers:
    """What one client makes of its answers: its credentials (scrubbed from every text) and its response mode."""

    __slots__ = ("_credentials", "strict")

    strict: bool
    """Whether a value the contract does not allow raises (strict) or is kept with a drift event (tolerant)."""

    def __init__(self, credentials: Credentials, strict: bool) -> None:
        self._credentials = credentials
        self.strict = strict

    # ---- 2xx ------------------------------------------------------------------------------------------------------

    def result(self, request: PreparedRequest, response: httpx.Response, cast: Callable[[Any, Drift], T]) -> T:
        """The result of a 2xx answer, made by `cast` from its JSON (None for a body the operation may leave out)."""
        if response.status_code == 204 or (not response.content and 204 in request.operation.success):
            return self.parse(request, response, cast, None)
        return self.parse(request, response, cast, self.decode(request, response))

    def decode(self, request: PreparedRequest, response: httpx.Response) -> object:
        """The decoded JSON of a 2xx answer, or `APIResponseValidationError` naming the operation."""
        data = decode_json(response)
        if data is not INVALID:
            return data
        content_type = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
        if not response.content:
            problem = "the response body is empty"
        elif "json" not in content_type:
            problem = f"expected JSON but received {content_type}"
        else:
            problem = "the response body is not valid JSON (truncated or malformed)"
        raise self._invalid(request, response, problem)

    def parse(
        self, request: PreparedRequest, response: httpx.Response, cast: Callable[[Any, Drift], T], data: object
    ) -> T:
        """`cast(data)` under this client's response mode: tolerant (the default) keeps what disagrees with the
        contract and records drift events; strict raises `APIResponseValidationError` naming the path. A body of
        the wrong kind (null, an array where an object is expected) is refused in both."""
        operation_id = request.operation.id
        problem = check_kind(data, request.operation.result)
        if problem is not None:
            raise self._invalid(request, response, problem)
        try:
            return cast(data, DriftRecorder(operation_id, self.strict))
        except StrictDrift as error:
            raise APIResponseValidationError(
                self._credentials.scrub(str(error)),
                response=response,
                operation_id=operation_id,
                field=error.event.path,
                drift=error.event,
            ) from None
        except _PARSE_ERRORS as error:
            detail = self._credentials.scrub(f"{type(error).__name__}: {error}")
            raise self._invalid(request, response, f"the response could not be parsed ({detail})") from error

    def page_error(
        self, request: PreparedRequest, response: httpx.Response, problem: str, field: str
    ) -> APIResponseValidationError:
        """A page whose way to the next one cannot be followed (a token of the wrong type, a link elsewhere)."""
        return self._invalid(request, response, problem, field)

    def _invalid(
        self, request: PreparedRequest, response: httpx.Response, problem: str, field: str | None = None
    ) -> APIResponseValidationError:
        operation_id = request.operation.id
        return APIResponseValidationError(
            f"{operation_id}: {problem}", response=response, operation_id=operation_id, field=field
        )

    # ---- errors ---------------------------------------------------------------------------------------------------

    def error_body(self, request: PreparedRequest, response: httpx.Response) -> ErrorBody:
        """The body of a 4xx or 5xx answer, read with the operation's error models for its status."""
        return ErrorBody(response, request.operation.error_models(response.status_code))

    def server_wait(self, response: httpx.Response, body: ErrorBody) -> float | None:
        """Seconds the server asked us to wait before trying again, in its headers or else in its error body."""
        return requested_wait(response.headers, time.time(), body.wait())

    def status_error(
        self, request: PreparedRequest, response: httpx.Response, attempts: int, body: ErrorBody
    ) -> APIStatusError:
        """The error of a 4xx or 5xx answer (`body` read by `error_body`), after `attempts` attempts."""
        reason = response.reason_phrase or "Error"
        # As the connection errors do: a message after retries says so.
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        message = f"{request.operation.id} failed: {response.status_code} {reason}{tries}"
        detail = body.detail(response)
        if detail:
            # A parenthesised note describes a body that is not an error message (an HTML page).
            separator = " " if detail.startswith("(") else ": "
            message = f"{message}{separator}{self._credentials.scrub(detail)}"
        wait = self.server_wait(response, body) if response.status_code in (429, 503) else None
        if wait is not None:
            longer = " (longer than this client waits)" if wait > MAX_SERVER_WAIT else ""
            message = f"{message}; retry after {_seconds(wait)}{longer}"
        error = _status_error_class(response.status_code)(message, response=response, body=body.body)
        if isinstance(error, RateLimitError):
            error.retry_after = wait
        return error

    def connection_error(
        self, request: PreparedRequest, sent: httpx.Request, error: Exception, attempts: int
    ) -> APIConnectionError:
        """The error of an exchange that got no answer: a timeout, or a connection that failed."""
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{request.operation.id}: request timed out after {_tries(attempts)}", request=sent)
        detail = self._credentials.scrub(str(error)) or type(error).__name__
        return APIConnectionError(
            f"{request.operation.id}: connection failed after {_tries(attempts)} ({type(error).__name__}: {detail})",
            request=sent,
        )
