"""A successful response as received, for callers who need its headers too (`with_raw_response`) (videoconf)."""

from __future__ import annotations

import datetime
import math
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    import httpx

__all__ = ["APIResponse", "RateLimit", "header_number", "reset_seconds"]

T = TypeVar("T")

# An X-RateLimit-Reset above these is an epoch time (in seconds, then in milliseconds), not a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000
_EPOCH_MS_THRESHOLD = 100_000_000_000


def header_number(text: str | None) -> float | None:
    """A header holding a finite number >= 0, or None."""
    if text is None:
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def reset_seconds(text: str | None, now: float) -> float | None:
    """Seconds until a rate-limit window resets, from `X-RateLimit-Reset` (seconds, or an epoch time in s or ms)."""
    reset = header_number(text)
    if reset is None:
        return None
    if reset >= _EPOCH_MS_THRESHOLD:
        return max(0.0, reset / 1000 - now)
    if reset >= _EPOCH_THRESHOLD:
        return max(0.0, reset - now)
    return reset


@frozen
class RateLimit:
    """The `X-RateLimit-*` headers of a response: requests allowed per window, left in it, seconds until it resets."""

    limit: int | None
    remaining: int | None
    reset_seconds: float | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], now: float | None = None) -> RateLimit | None:
        """None when the response carries none of the three headers (or none readable)."""
        lowered = {key.lower(): value for key, value in headers.items()}
        limit = header_number(lowered.get("x-ratelimit-limit"))
        remaining = header_number(lowered.get("x-ratelimit-remaining"))
        reset = reset_seconds(lowered.get("x-ratelimit-reset"), time.time() if now is None else now)
        if limit is None and remaining is None and reset is None:
            return None
        return cls(
            None if limit is None else int(limit),
            None if remaining is None else int(remaining),
            reset,
        )


class APIResponse(Generic[T]):
    """A 2xx response of one operation: status, headers, request id and rate limit, and `parse()` for its result.

    The body is parsed on the first `parse()` call (so drift events are recorded then), and once.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse: Callable[[], T] | None = parse
        self._parsed: T | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's id of this request (`X-Request-Id` or `Request-Id`), to quote to the API's support."""
        headers = self.http_response.headers
        found: str | None = headers.get("x-request-id") or headers.get("request-id")
        return found

    @property
    def elapsed(self) -> datetime.timedelta:
        """From sending the request to reading the whole response (this attempt only, when it was retried)."""
        try:
            return self.http_response.elapsed
        except RuntimeError:
            # httpx times only responses read from a transport, not ones built with their content (test doubles).
            return datetime.timedelta(0)

    @property
    def rate_limit(self) -> RateLimit | None:
        return RateLimit.from_headers(self.http_response.headers)

    def parse(self) -> T:
        """The result the plain method returns: the model, or for a list operation its first page."""
        if self._parse is not None:
            self._parsed = self._parse()
            self._parse = None
        return self._parsed  # type: ignore[return-value]  # set above; T may itself include None

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
