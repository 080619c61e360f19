"""The seam a rate budget plugs into: asked before every attempt (it may have the client wait, boundedly, or refuse
with `RateLimitError`), told of every answer with its `X-RateLimit-*` headers; alike for the sync and async clients."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from videoconf import RateLimit, RateLimitError
from videoconf._operation import Operation

from .support import ROOM_ID, Script, Sleeps, async_signalwire, json_response, room, signalwire

LIMITS = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "7", "X-RateLimit-Reset": "30"}
# No reset on the 503: the client then waits its own backoff, not the window's 30 s.
SPENT = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}


class Budget:
    """Records what the client asks and tells; asks for `waits` in turn before the attempts."""

    def __init__(self, *waits: float, refuse: bool = False) -> None:
        self.waits = list(waits)
        self.refuse = refuse
        self.calls: list[tuple[Any, ...]] = []

    def before(self, operation: Operation) -> float:
        self.calls.append(("before", operation.id))
        if self.refuse:
            request = httpx.Request("GET", "https://example.signalwire.com/")
            raise RateLimitError("budget spent", response=httpx.Response(429, request=request), body=None)
        return self.waits.pop(0) if self.waits else 0.0

    def after(self, operation: Operation, response: httpx.Response) -> None:
        self.calls.append(("after", operation.id, response.status_code, RateLimit.from_headers(response.headers)))


class AsyncBudget(Budget):
    async def before(self, operation: Operation) -> float:  # type: ignore[override]
        return Budget.before(self, operation)

    async def after(self, operation: Operation, response: httpx.Response) -> None:  # type: ignore[override]
        Budget.after(self, operation, response)


def _script() -> Script:
    return Script(httpx.Response(503, headers=SPENT), json_response(200, room(), headers=LIMITS))


EXPECTED_CALLS = [
    ("before", "rooms_get"),
    ("after", "rooms_get", 503, RateLimit(100, 0, None)),
    ("before", "rooms_get"),
    ("after", "rooms_get", 200, RateLimit(100, 7, 30.0)),
]


def test_the_sync_client_asks_before_each_attempt_and_tells_each_answer() -> None:
    script, sleeps, budget = _script(), Sleeps(), Budget(0.25, 600.0)
    client = signalwire(script, sleeps)
    client._requester._budget = budget
    client.rooms.get(ROOM_ID)
    assert budget.calls == EXPECTED_CALLS and script.attempts == 2
    # The budget's waits come first and are bounded (60 s); the 503's own backoff lies between them.
    assert sleeps[0] == 0.25 and 0.375 <= sleeps[1] <= 0.5 and sleeps[2] == 60.0 and len(sleeps) == 3


async def test_the_async_client_asks_before_each_attempt_and_tells_each_answer() -> None:
    script, sleeps, budget = _script(), Sleeps(), AsyncBudget(0.25, 600.0)
    client = async_signalwire(script, sleeps)
    client._requester._budget = budget
    await client.rooms.get(ROOM_ID)
    assert budget.calls == EXPECTED_CALLS and script.attempts == 2
    assert sleeps[0] == 0.25 and 0.375 <= sleeps[1] <= 0.5 and sleeps[2] == 60.0 and len(sleeps) == 3


def test_a_budget_that_refuses_stops_the_request_before_it_is_sent() -> None:
    script = Script()
    client = signalwire(script)
    client._requester._budget = Budget(refuse=True)
    with pytest.raises(RateLimitError, match="budget spent"):
        client.rooms.get(ROOM_ID)
    assert script.attempts == 0


async def test_an_async_budget_that_refuses_stops_the_request_before_it_is_sent() -> None:
    script = Script()
    client = async_signalwire(script)
    client._requester._budget = AsyncBudget(refuse=True)
    with pytest.raises(RateLimitError, match="budget spent"):
        await client.rooms.get(ROOM_ID)
    assert script.attempts == 0


def test_without_a_budget_nothing_is_asked() -> None:
    script = Script(json_response(200, room()))
    client = signalwire(script)
    assert client._requester._budget is None and not client._requester.budgeted
    client.rooms.get(ROOM_ID)
    assert script.attempts == 1
