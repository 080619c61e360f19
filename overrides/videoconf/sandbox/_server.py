"""Serving the sandbox with uvicorn: in the foreground for the CLI, or in a thread on a free loopback port for tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from videoconf.sandbox._app import create_app
from videoconf.sandbox._config import SandboxConfig

__all__ = ["RunningSandbox", "bind", "running_sandbox", "serve_forever", "serve_in_thread"]

_START_TIMEOUT_SECONDS = 10.0
_STOP_TIMEOUT_SECONDS = 10.0


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


def _uvicorn_config(config: SandboxConfig, *, foreground: bool, access_log: bool) -> uvicorn.Config:
    # In a thread, leave the host program's logging alone (pytest's capture, a benchmark's output);
    # in the foreground, uvicorn's own configuration prints request lines and errors.
    return uvicorn.Config(
        create_app(config),
        log_config=LOGGING_CONFIG if foreground else None,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        lifespan="off",
        server_header=False,
    )


def serve_forever(
    config: SandboxConfig, sock: socket.socket, *, on_started: Callable[[], None], access_log: bool = True
) -> None:
    """Serve in the current thread until interrupted (Ctrl+C or SIGTERM)."""
    _Server(_uvicorn_config(config, foreground=True, access_log=access_log), on_started).run(sockets=[sock])


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


def _start(config: SandboxConfig, host: str) -> RunningSandbox:
    sock = bind(host, 0)
    started = threading.Event()
    server = _Server(_uvicorn_config(config, foreground=False, access_log=False), started.set)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="videoconf-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT_SECONDS
    while not started.wait(0.05):
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(_STOP_TIMEOUT_SECONDS)
            sock.close()
            raise RuntimeError("the sandbox server did not start")

    def stop() -> None:
        server.should_exit = True
        if thread is not threading.current_thread():
            thread.join(_STOP_TIMEOUT_SECONDS)
        sock.close()

    return RunningSandbox(url_of(sock), config, stop)
