"""When a failed attempt may be repeated without risking a duplicate write, and how long to wait first."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping

import httpx

from videoconf._exceptions import ValidationError, short_repr
from videoconf._response import header_number, reset_seconds

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "MAX_SERVER_WAIT",
    "backoff_delay",
    "check_max_retries",
    "requested_wait",
    "retryable_exception",
    "retryable_status",
    "server_wait",
]

DEFAULT_MAX_RETRIES = 2
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_SERVER_WAIT = 60.0

# Methods the server may receive twice without a second effect.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# These fail before any byte of the request reached the server, so even a POST can be sent again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

# After these the server may have received, and acted on, the request.
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.NetworkError, httpx.RemoteProtocolError)


def retryable_status(method: str, status_code: int) -> bool:
    """429 is always safe to retry (the server did nothing); 408 and 5xx only for idempotent methods."""
    if status_code == 429:
        return True
    return method in _IDEMPOTENT and (status_code == 408 or status_code >= 500)


def retryable_exception(method: str, error: Exception) -> bool:
    """Connection failures before sending are always retried; later failures only for idempotent methods."""
    if isinstance(error, _NOT_SENT):
        return True
    return method in _IDEMPOTENT and isinstance(error, _MAYBE_SENT)


def backoff_delay(retries_done: int, random_value: float) -> float:
    """Exponential backoff (0.5 s, 1 s, 2 s, ... capped at 8 s) minus up to 25 % jitter."""
    # The exponent is bounded so a very large max_retries cannot overflow the float.
    base = min(INITIAL_BACKOFF * 2.0 ** min(retries_done, 32), MAX_BACKOFF)
    return base * (1 - 0.25 * random_value)


def server_wait(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `Retry-After`, `X-RateLimit-Reset`), if any."""
    # httpx.Headers is case-insensitive, a plain mapping may not be.
    lowered = {key.lower(): value for key, value in headers.items()}
    millis = header_number(lowered.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    retry_after = lowered.get("retry-after")
    if retry_after is not None:
        seconds = header_number(retry_after)
        if seconds is not None:
            return seconds
        try:
            when = email.utils.parsedate_to_datetime(retry_after)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return max(0.0, when.timestamp() - now)
    return reset_seconds(lowered.get("x-ratelimit-reset"), now)


def requested_wait(headers: Mapping[str, str], now: float, hint: float | None = None) -> float | None:
    """Seconds the server asked for, in its headers or else in its error body (`hint`); None if it did not say."""
    wait = server_wait(headers, now)
    return hint if wait is None else wait


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError(
            "max_retries", "minimum", max_retries, f"max_retries: {short_repr(max_retries)} is not an integer >= 0"
        )
    return max_retries
