"""Webhook delivery: Whereby events built, checked against the contract, signed and POSTed in the background.

Delivery follows Whereby's rules: a receiver has 5 s to answer; no answer (or no connection) and 5xx answers are
retried twice with a short exponential backoff; any other answer is final. Each URL gets its events in order, one at
a time, unless shuffling is on; handlers only queue events, so no request ever waits for a receiver.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import logging
import random
from collections.abc import Callable, Coroutine, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel

import videoconf.sandbox._schemas as vs
from videoconf._generated._webhooks import WHEREBY_EVENT_TYPES, WHEREBY_SIGNATURE_HEADER
from videoconf.sandbox._config import SandboxConfig
from videoconf.sandbox._json import JSONObject

__all__ = ["ATTEMPTS", "EVENT_MODELS", "SHUFFLE_WINDOW_SECONDS", "Webhooks"]

logger = logging.getLogger("videoconf.sandbox.webhooks")

ATTEMPTS = 3
SHUFFLE_WINDOW_SECONDS = 0.5
API_VERSION = "1.0"
USER_AGENT = "videoconf-sandbox-webhooks"
# The contract's pydantic model for each event type, paired through the generated event table.
EVENT_MODELS: Mapping[str, type[BaseModel]] = {
    name: getattr(vs, model.__name__) for name, model in WHEREBY_EVENT_TYPES.items()
}


def _created_at(epoch: float) -> str:
    moment = dt.datetime.fromtimestamp(epoch, dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _where(url: str) -> str:
    # A receiver URL may carry a token in its query: logs show scheme, host and path only.
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


class Webhooks:
    """Builds Whereby events and delivers them to the configured URLs; `emit` queues and returns at once."""

    def __init__(self, config: SandboxConfig) -> None:
        self.urls = config.webhook_urls
        self._key = config.webhook_secret.encode("utf-8")
        self._timeout = config.webhook_timeout_seconds
        self._backoff = config.webhook_backoff_seconds
        self._duplicates = config.webhook_duplicates
        self._shuffle = config.webhook_shuffle
        self._clock = config.clock
        self._rng = random.Random(f"videoconf-sandbox:{config.seed}:webhooks")
        self._tasks: set[asyncio.Task[None]] = set()
        self._queues: dict[str, asyncio.Queue[tuple[JSONObject, bytes]]] = {}
        self._http: httpx.AsyncClient | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"Webhooks(urls={[_where(url) for url in self.urls]!r})"

    def event(self, event_type: str, data: JSONObject) -> JSONObject:
        """The complete event, held to its schema in the contract (a pydantic ValidationError, a ValueError, if not)."""
        event: JSONObject = {
            "id": self._rng.randbytes(32).hex(),
            "apiVersion": API_VERSION,
            "createdAt": _created_at(self._clock.time()),
            "type": event_type,
            "data": data,
        }
        model = EVENT_MODELS.get(event_type)
        if model is None:
            raise ValueError(f"unknown event type {event_type!r}; known: {', '.join(sorted(EVENT_MODELS))}")
        model.model_validate(event)
        return event

    def emit(self, event: JSONObject) -> None:
        """Queue the delivery of `event` to every URL (twice for a share of events when duplicates are on)."""
        if not self.urls or self._closed:
            return
        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        copies = 2 if self._duplicates and self._rng.random() < self._duplicates else 1
        for url in self.urls:
            for _ in range(copies):
                if self._shuffle:
                    delay = self._rng.uniform(0.0, SHUFFLE_WINDOW_SECONDS)
                    self._spawn(self._deliver(url, event, body, delay))
                else:
                    self._queue(url).put_nowait((event, body))

    def emit_later(self, delay: float, build: Callable[[], JSONObject | None]) -> None:
        """Emit what `build` returns (nothing if None) `delay` seconds from now on the sandbox's clock, when a job the
        sandbox runs ends."""

        def fire() -> None:
            event = build()
            if event is not None:
                self.emit(event)

        if self.urls and not self._closed:
            self._clock.call_later(delay, fire)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _queue(self, url: str) -> asyncio.Queue[tuple[JSONObject, bytes]]:
        queue = self._queues.get(url)
        if queue is None:
            queue = self._queues[url] = asyncio.Queue()
            self._spawn(self._drain(url, queue))
        return queue

    async def _drain(self, url: str, queue: asyncio.Queue[tuple[JSONObject, bytes]]) -> None:
        while True:
            event, body = await queue.get()
            await self._deliver(url, event, body)

    async def _deliver(self, url: str, event: JSONObject, body: bytes, delay: float = 0.0) -> None:
        if delay:
            await asyncio.sleep(delay)
        for attempt in range(1, ATTEMPTS + 1):
            status, outcome = await self._attempt(url, body)
            final = status is not None and status < 500
            logger.info(
                "webhook %s %s -> %s: %s (attempt %d of %d%s)",
                event["type"],
                event["id"][:12],
                _where(url),
                outcome,
                attempt,
                ATTEMPTS,
                "" if final or attempt == ATTEMPTS else ", will retry",
            )
            if final:
                return
            if attempt < ATTEMPTS:
                await asyncio.sleep(self._backoff * 2 ** (attempt - 1))

    async def _attempt(self, url: str, body: bytes) -> tuple[int | None, str]:
        """The status of one POST, or None and why when no answer came in time."""
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        timestamp = str(int(self._clock.time()))
        signature = hmac.new(self._key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            WHEREBY_SIGNATURE_HEADER: f"t={timestamp},v1={signature}",
        }
        try:
            # The whole exchange must fit in the window, however slowly a receiver trickles its answer.
            async with asyncio.timeout(self._timeout):
                response = await self._http.post(url, content=body, headers=headers)
        except (TimeoutError, httpx.TimeoutException):
            return None, f"no answer within {self._timeout:g} s"
        except httpx.HTTPError as error:
            return None, f"{type(error).__name__}"
        return response.status_code, str(response.status_code)

    async def aclose(self) -> None:
        """Stop at once: pending and running deliveries are abandoned, so a slow receiver cannot hold shutdown."""
        self._closed = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
