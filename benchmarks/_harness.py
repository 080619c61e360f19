"""What every benchmark shares: a sandbox process on loopback, interleaved timing rounds, and the result rows."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

PROJECT, TOKEN, KEY = "sandbox-project", "sandbox-token", "sandbox-key"


@dataclass
class Row:
    figure: str
    ours: str
    reference: str
    ratio: str
    target: str
    met: bool | None = None  # None: reported, no target
    python: str | None = None  # the interpreter that measured it, when not the one running the benchmarks


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def sandbox(*extra: str) -> Iterator[str]:
    """A sandbox in its own process (so its work never competes for our GIL); yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "videoconf.sandbox", "--port", str(port), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base, timeout=0.5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def interleaved(
    ours: Callable[[], None], reference: Callable[[], None], *, rounds: int, calls: int
) -> tuple[float, float, float]:
    """Median seconds per call of each, and the median of the per-round ratios; rounds alternate which goes first."""
    ours_times: list[float] = []
    ref_times: list[float] = []
    ratios: list[float] = []
    for index in range(rounds):
        pair = [(ours, ours_times), (reference, ref_times)]
        if index % 2:
            pair.reverse()
        measured: dict[int, float] = {}
        for fn, sink in pair:
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            elapsed = (time.perf_counter() - start) / calls
            sink.append(elapsed)
            measured[id(sink)] = elapsed
        ratios.append(measured[id(ours_times)] / measured[id(ref_times)])
    return statistics.median(ours_times), statistics.median(ref_times), statistics.median(ratios)


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"
