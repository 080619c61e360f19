"""A webhook receiver for the tests: records every delivery, and answers (or stalls) as the test asks."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from videoconf.sandbox import serve_app_in_thread

# Generous: deliveries run in the background of a sandbox on a loaded 2-core machine.
WAIT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Delivery:
    received_at: float
    headers: dict[str, str]
    body: bytes

    @property
    def event(self) -> dict[str, Any]:
        event: dict[str, Any] = json.loads(self.body)
        return event


class Recorder:
    """`status(event, attempt)` is the answer to the `attempt`-th delivery of an event (1-based), `delay(...)` how
    long to wait before answering; `gate`, when given, holds every answer until the test sets it."""

    def __init__(
        self,
        status: Callable[[dict[str, Any], int], int] = lambda event, attempt: 204,
        delay: Callable[[dict[str, Any], int], float] = lambda event, attempt: 0.0,
        gate: threading.Event | None = None,
    ) -> None:
        self._status, self._delay, self.gate = status, delay, gate
        self.deliveries: list[Delivery] = []
        self._changed = threading.Condition()

    async def endpoint(self, request: Request) -> Response:
        delivery = Delivery(time.monotonic(), dict(request.headers), await request.body())
        event = delivery.event
        with self._changed:
            self.deliveries.append(delivery)
            attempt = sum(1 for d in self.deliveries if d.event["id"] == event["id"])
            self._changed.notify_all()
        if self.gate is not None:
            await asyncio.to_thread(self.gate.wait, WAIT_SECONDS)
        pause = self._delay(event, attempt)
        if pause:
            await asyncio.sleep(pause)
        return Response(status_code=self._status(event, attempt))

    def wait_for(self, predicate: Callable[[list[Delivery]], bool], what: str) -> list[Delivery]:
        with self._changed:
            if not self._changed.wait_for(lambda: predicate(self.deliveries), WAIT_SECONDS):
                types = [d.event["type"] for d in self.deliveries]
                raise AssertionError(f"gave up waiting for {what}; received {types}")
            return list(self.deliveries)

    def wait_for_types(self, *types: str) -> list[Delivery]:
        """Waits until one delivery of each of `types` (in any order) has arrived."""
        return self.wait_for(
            lambda got: all(any(d.event["type"] == t for d in got) for t in types), f"events {list(types)}"
        )

    def attempts(self, event_id: str) -> list[Delivery]:
        with self._changed:
            return [d for d in self.deliveries if d.event["id"] == event_id]


@contextmanager
def serving(recorder: Recorder) -> Iterator[str]:
    """The recorder's URL while it serves in a thread."""
    base, stop = serve_app_in_thread(Starlette(routes=[Route("/hook", recorder.endpoint, methods=["POST"])]))
    try:
        yield base + "/hook"
    finally:
        if recorder.gate is not None:
            recorder.gate.set()
        stop()
