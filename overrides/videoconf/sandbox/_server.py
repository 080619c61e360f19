"""Serving the sandbox with uvicorn: in the foreground for the CLI, or in a thread on a free loopback port for tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.types import ASGIApp
from uvicorn.config import LOGGING_CONFIG

from videoconf.sandbox._app import TRIGGER_PATH, create_app
from videoconf.sandbox._config import SandboxConfig
from videoconf.sandbox._events import TriggerError

__all__ = [
    "RunningSandbox",
    "bind",
    "running_sandbox",
    "serve_app_in_thread",
    "serve_forever",
    "serve_in_thread",
    "trigger",
]

_START_TIMEOUT_SECONDS = 10.0
_STOP_TIMEOUT_SECONDS = 10.0
# How long stopping waits for requests still being answered (a webhook receiver that sleeps, say).
_GRACE_SECONDS = 2


@dataclass(frozen=True, slots=True)
class RunningSandbox:
    """A sandbox serving in a background thread; `stop()` shuts it down (safe to call twice)."""

    base_url: str
    config: SandboxConfig
    stop: Callable[[], None] = field(repr=False)

    @property
    def signalwire_url(self) -> str:
        """Base URL for SignalWire clients (operation paths start with /api/video)."""
        return self.base_url

    @property
    def whereby_url(self) -> str:
        """Base URL for Whereby clients (operation paths such as /meetings follow it)."""
        return self.base_url + "/v1"

    def trigger(self, event_type: str, meeting_id: str, data: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Make a Whereby webhook event happen in a meeting's room (sandbox only); returns the events emitted."""
        return trigger(self.base_url, event_type, meeting_id, data=data, api_key=self.config.whereby_key)


def trigger(
    base_url: str,
    event_type: str,
    meeting_id: str,
    *,
    data: Mapping[str, Any] | None = None,
    api_key: str | None = None,
    timeout: float = 10.0,
) -> list[dict[str, Any]]:
    """Make a Whereby webhook event happen in the room of meeting `meeting_id` of the sandbox at `base_url`, as the
    Stripe CLI's `trigger` does: `trigger(url, "room.client.joined", meeting.meeting_id, data={"displayName": "Ada"})`.

    Returns every event emitted, in order (a join can also start a session); the sandbox delivers them to its
    `--webhook-url`s in the background. Raises `TriggerError` with the sandbox's reason when it refuses.
    `api_key` is the sandbox's Whereby key (its demo key by default).
    """
    root = base_url.rstrip("/").removesuffix("/v1")
    api_key = SandboxConfig().whereby_key if api_key is None else api_key
    response = httpx.post(
        root + TRIGGER_PATH,
        json={"type": event_type, "meetingId": meeting_id, "data": dict(data or {})},
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=timeout,
    )
    body = response.json()
    if response.status_code != 202:
        raise TriggerError(response.status_code, str(body.get("error", body)))
    events: list[dict[str, Any]] = body["events"]
    return events


class _Server(uvicorn.Server):
    """Calls back once the socket accepts connections, so callers print or return only a working URL."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None] | None = None) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and self._on_started is not None:
            self._on_started()


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; binding before uvicorn starts gives port 0 a known number and no race for it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # An explicit IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections; without it, Nagle's algorithm
    # and delayed ACKs hold every keep-alive response back for about 40 ms.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _uvicorn_config(app: ASGIApp, *, foreground: bool, access_log: bool) -> uvicorn.Config:
    # In a thread, leave the host program's logging alone (pytest's capture, a benchmark's output);
    # in the foreground, uvicorn's own configuration prints request lines and errors.
    return uvicorn.Config(
        app,
        log_config=LOGGING_CONFIG if foreground else None,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        # The sandbox's lifespan stops webhook deliveries on shutdown.
        lifespan="auto",
        server_header=False,
        timeout_graceful_shutdown=_GRACE_SECONDS,
    )


def serve_forever(
    config: SandboxConfig, sock: socket.socket, *, on_started: Callable[[], None], access_log: bool = True
) -> None:
    """Serve in the current thread until interrupted (Ctrl+C or SIGTERM)."""
    _Server(_uvicorn_config(create_app(config), foreground=True, access_log=access_log), on_started).run(sockets=[sock])


def serve_in_thread(config: SandboxConfig | None = None, *, host: str = "127.0.0.1") -> tuple[str, Callable[[], None]]:
    """Start a sandbox on a free port of `host` in a daemon thread; returns its base URL and a stop function."""
    sandbox = _start(config or SandboxConfig(), host)
    return sandbox.base_url, sandbox.stop


@contextlib.contextmanager
def running_sandbox(config: SandboxConfig | None = None, *, host: str = "127.0.0.1") -> Iterator[RunningSandbox]:
    """`with running_sandbox() as sandbox:` serves a fresh sandbox for the block, then stops it."""
    sandbox = _start(config or SandboxConfig(), host)
    try:
        yield sandbox
    finally:
        sandbox.stop()


def serve_app_in_thread(app: ASGIApp, *, host: str = "127.0.0.1") -> tuple[str, Callable[[], None]]:
    """Serve any ASGI app, such as your webhook receiver, on a free port of `host` in a daemon thread; returns its
    base URL and a stop function (which waits at most a few seconds for requests still being answered)."""
    return _serve(app, host, "videoconf-app")


def _start(config: SandboxConfig, host: str) -> RunningSandbox:
    url, stop = _serve(create_app(config), host, "videoconf-sandbox")
    return RunningSandbox(url, config, stop)


def _serve(app: ASGIApp, host: str, name: str) -> tuple[str, Callable[[], None]]:
    sock = bind(host, 0)
    started = threading.Event()
    server = _Server(_uvicorn_config(app, foreground=False, access_log=False), started.set)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT_SECONDS
    while not started.wait(0.05):
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(_STOP_TIMEOUT_SECONDS)
            sock.close()
            raise RuntimeError(f"the {name} server did not start")

    def stop() -> None:
        server.should_exit = True
        if thread is not threading.current_thread():
            thread.join(_STOP_TIMEOUT_SECONDS)
        sock.close()

    return url_of(sock), stop
