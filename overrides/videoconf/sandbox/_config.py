"""Settings of one sandbox instance: accepted credentials, seed and the optional fault modes."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from videoconf.sandbox._time import Clock

__all__ = ["RateLimit", "SandboxConfig", "parse_rate_limit"]

_RATE = re.compile(r"\s*(\d+)\s*(?:/\s*(s|sec|second|m|min|minute))?\s*", re.ASCII | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `requests` requests per window of `window_seconds`, counted per vendor."""

    requests: int
    window_seconds: float = 1.0

    def __post_init__(self) -> None:
        if self.requests < 1:
            raise ValueError(f"rate limit must allow at least 1 request, got {self.requests}")
        if not (math.isfinite(self.window_seconds) and self.window_seconds > 0):
            raise ValueError(f"rate limit window must be a positive number of seconds, got {self.window_seconds}")

    def __str__(self) -> str:
        unit = "s" if self.window_seconds == 1.0 else f"{self.window_seconds:g}s"
        return f"{self.requests}/{unit}"


def parse_rate_limit(text: str) -> RateLimit:
    """`10/s`, `600/m` or a bare `10` (per second)."""
    match = _RATE.fullmatch(text)
    if match is None:
        raise ValueError(f"rate limit must look like 10/s or 600/m, got {text!r}")
    count, unit = match.groups()
    window = 60.0 if unit and unit.lower().startswith("m") else 1.0
    return RateLimit(int(count), window)


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """What one sandbox accepts and how it misbehaves; every default gives a well-behaved server.

    Secrets stay out of `repr` so that a config printed in a test failure or a log never shows them.
    """

    signalwire_project: str = "sandbox-project"
    signalwire_token: str = field(default="sandbox-token", repr=False)
    whereby_key: str = field(default="sandbox-key", repr=False)
    seed: int = 0
    # Extra SignalWire rooms seeded at start, for pagination benchmarks and large-list tests.
    seed_rooms: int = 0
    rate_limit: RateLimit | None = None
    fail_rate: float = 0.0
    # Added to every answer, to model a network round trip (loopback has none): what concurrent clients overlap.
    latency_seconds: float = 0.0
    # Whereby transcriptions and summaries report in-progress states for this long after they are requested.
    processing_seconds: float = 2.0
    # Enforce only what the contract's schemas express, skipping the rules its prose states (page tokens, unique
    # names, readable filter values, future meeting end dates, ...). For schema-driven fuzzers such as schemathesis,
    # whose generated values cannot know those rules; test clients against the strict default.
    lenient: bool = False
    # Where Whereby webhook events are POSTed, signed with `webhook_secret`, as Whereby delivers them: a receiver has
    # `webhook_timeout_seconds` to answer; no answer or a 5xx is retried twice, after `webhook_backoff_seconds` and
    # then twice that. `webhook_duplicates` is the share of events delivered twice; `webhook_shuffle` delays each
    # delivery by a random part of a second, so events close together arrive out of order.
    webhook_urls: tuple[str, ...] = ()
    webhook_secret: str = field(default="sandbox-webhook-secret", repr=False)
    webhook_duplicates: float = 0.0
    webhook_shuffle: bool = False
    webhook_timeout_seconds: float = 5.0
    webhook_backoff_seconds: float = 0.5
    # What the sandbox takes for the time; a test moves it ahead (`clock.advance(s)`) rather than sleeping.
    clock: Clock = field(default_factory=Clock, compare=False)

    def __post_init__(self) -> None:
        if not self.signalwire_project or ":" in self.signalwire_project:
            raise ValueError("the SignalWire project id must be non-empty and contain no ':' (HTTP Basic user name)")
        if not self.signalwire_token:
            raise ValueError("the SignalWire API token must be non-empty")
        if not self.whereby_key or any(ch.isspace() for ch in self.whereby_key):
            raise ValueError("the Whereby API key must be non-empty and contain no whitespace")
        if self.seed_rooms < 0:
            raise ValueError(f"the number of seeded rooms cannot be negative, got {self.seed_rooms}")
        if not (0.0 <= self.fail_rate <= 1.0):
            raise ValueError(f"fail rate must lie between 0 and 1, got {self.fail_rate}")
        if not (math.isfinite(self.latency_seconds) and self.latency_seconds >= 0):
            raise ValueError(f"latency must be zero or more seconds, got {self.latency_seconds}")
        if not (math.isfinite(self.processing_seconds) and self.processing_seconds >= 0):
            raise ValueError(f"processing time must be zero or more seconds, got {self.processing_seconds}")
        for url in self.webhook_urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"a webhook URL must be an absolute http(s) URL, got {url!r}")
        if not self.webhook_secret:
            raise ValueError("the webhook signing secret must be non-empty")
        if not (0.0 <= self.webhook_duplicates <= 1.0):
            raise ValueError(
                f"the share of duplicated webhook deliveries must lie between 0 and 1, got {self.webhook_duplicates}"
            )
        for name in ("webhook_timeout_seconds", "webhook_backoff_seconds"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"{name.replace('_', ' ')} must be a positive number, got {value}")
