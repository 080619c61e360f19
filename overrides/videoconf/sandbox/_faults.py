"""Optional misbehaviour for testing clients: a fixed-window rate limit and randomly failing requests."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from videoconf.sandbox._config import RateLimit

__all__ = ["FailureInjector", "RateLimiter", "Verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the limiter decided for one request, with the `X-RateLimit-*` headers to send either way."""

    allowed: bool
    headers: dict[str, str]
    ms_left: int


class RateLimiter:
    """Counts requests per vendor in fixed windows; the vendors throttle per project or organisation, not per key."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float]) -> None:
        self._limit = limit
        self._clock = clock
        self._windows: dict[str, tuple[float, int]] = {}

    def check(self, bucket: str) -> Verdict:
        moment = self._clock()
        started, used = self._windows.get(bucket, (moment, 0))
        if moment - started >= self._limit.window_seconds:
            started, used = moment, 0
        allowed = used < self._limit.requests
        if allowed:
            used += 1
        self._windows[bucket] = (started, used)
        left = max(started + self._limit.window_seconds - moment, 0.0)
        reset = max(math.ceil(left), 1)
        headers = {
            "X-RateLimit-Limit": str(self._limit.requests),
            "X-RateLimit-Remaining": str(self._limit.requests - used),
            "X-RateLimit-Reset": str(reset),
        }
        if not allowed:
            headers["Retry-After"] = str(reset)
        return Verdict(allowed, headers, max(math.ceil(left * 1000), 1))


class FailureInjector:
    """Fails a seeded random share of requests, so a given seed fails the same requests in the same order."""

    def __init__(self, rate: float, seed: int) -> None:
        self._rate = rate
        self._rng = random.Random(f"videoconf-sandbox:{seed}:faults")

    def should_fail(self) -> bool:
        return self._rate > 0 and self._rng.random() < self._rate
