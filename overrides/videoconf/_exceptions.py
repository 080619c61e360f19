"""The exception hierarchy users catch: API status errors, connection failures and client-side validation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import httpx

    from videoconf._response import RateLimit

    from ._drift_event import DriftEvent

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnlistedValueWarning",
    "UnprocessableEntityError",
    "ValidationError",
    "VideoconfError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WebhookVerificationFailure",
]

# Long caller values are cut so an error message stays readable in logs.
_MAX_VALUE_REPR = 200


class VideoconfError(Exception):
    """Base class of every error this package raises."""


class APIError(VideoconfError):
    """A request was sent (or attempted) and did not give a usable result."""

    message: str
    request: httpx.Request

    def __init__(self, message: str, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    status_code: int
    body: object
    request_id: str | None
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = response.headers.get("x-request-id") or response.headers.get("request-id")


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the credentials were refused."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the credentials lack a permission or scope."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the server rejected the values sent."""


class RateLimitError(APIStatusError):
    """HTTP 429, raised once the retries are used up, or at once when the server asks for a longer wait than the
    client's longest (60 s); `retry_after` holds the seconds it asked for (`Retry-After`, `retry-after-ms`,
    `X-RateLimit-Reset` or Whereby's `data.msLeft`), if it said; `rate_limit` holds the `X-RateLimit-*` headers."""

    rate_limit: RateLimit | None
    retry_after: float | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object, retry_after: float | None = None
    ) -> None:
        from videoconf._response import RateLimit

        super().__init__(message, response=response, body=body)
        self.rate_limit = RateLimit.from_headers(response.headers)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """HTTP 500 and above."""


class APIConnectionError(APIError):
    """No response was received: the connection failed or broke."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx response could not be used: not JSON, or not of the expected kind (an object, an array); in strict mode,
    any value the contract does not allow (`drift` holds that disagreement, `field` its path)."""

    operation_id: str
    field: str | None
    response: httpx.Response
    drift: DriftEvent | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation_id: str,
        field: str | None = None,
        drift: DriftEvent | None = None,
    ) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.operation_id = operation_id
        self.field = field
        self.drift = drift


class ValidationError(VideoconfError, ValueError):
    """An argument was rejected before any request was sent.

    `field` names it as the caller wrote it: the Python argument, then a path into its value
    (`room_name_prefix`, `fields[0]`, `recording.destination.region`); `wire_name` is the same path in the
    contract's spelling (`roomNamePrefix`), as the API and its documents name it. `rule` is the JSON Schema keyword
    broken (`pattern`, `maxLength`, `required`, ...) and `value` the value that broke it. The message names the
    field, the rule and the value, except a credential's value, which it never shows.
    """

    field: str
    wire_name: str
    rule: str
    value: Any

    def __init__(
        self, field: str, rule: str, value: Any, message: str | None = None, *, wire_name: str | None = None
    ) -> None:
        super().__init__(message or f"{field}: {short_repr(value)} breaks the {rule!r} rule")
        self.field = field
        self.wire_name = wire_name if wire_name is not None else field
        self.rule = rule
        self.value = value


class UnlistedValueWarning(UserWarning):
    """A value was sent although the contract does not list it: it lies outside an enumeration the vendors keep
    growing (token permissions, transcription languages), so it may be new, or a typo the server will refuse or
    ignore. The message names the field and the value; silence it with `warnings.filterwarnings`.
    """


WebhookVerificationFailure = Literal[
    "missing_header", "malformed_header", "timestamp_too_old", "timestamp_in_future", "signature_mismatch"
]


class WebhookVerificationError(VideoconfError):
    """A webhook request did not prove that the vendor sent it; `reason` names the check that failed.

    Answer such a request with a 4xx status and do not act on its body.
    """

    reason: WebhookVerificationFailure

    def __init__(self, reason: WebhookVerificationFailure, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class WebhookPayloadError(VideoconfError, ValueError):
    """A verified webhook body that cannot be read as an event: not a JSON object with a string `type`; in strict mode,
    also a value the contract does not allow (`drift` holds that disagreement, `field` its path)."""

    event_type: str | None
    field: str | None
    drift: DriftEvent | None

    def __init__(
        self,
        message: str,
        *,
        event_type: str | None = None,
        field: str | None = None,
        drift: DriftEvent | None = None,
    ) -> None:
        super().__init__(message)
        self.event_type = event_type
        self.field = field
        self.drift = drift


def short_repr(value: object) -> str:
    """`repr(value)`, shortened so one huge argument cannot flood an error message."""
    text = repr(value)
    if len(text) > _MAX_VALUE_REPR:
        return text[: _MAX_VALUE_REPR - 3] + "..."
    return text


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific `APIStatusError` subclass for a status code."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)
