"""Cold start: a new process importing the client and constructing it, against httpx and signalwire-sdk."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path

from benchmarks._harness import Row, ms

OURS = "import videoconf; videoconf.SignalWire(project_id='p', token='t', base_url='http://127.0.0.1:9')"
HTTPX = "import httpx; httpx.Client(base_url='http://127.0.0.1:9', auth=('p', 't'))"
SDK = "from signalwire.rest import RestClient; RestClient(project='p', token='t', host='127.0.0.1:9')"


def _time(python: str, code: str) -> float:
    start = time.perf_counter()
    subprocess.run([python, "-c", code], check=True)
    return time.perf_counter() - start


def run(python: str, quick: bool, sdk_python: Path | None) -> list[Row]:
    """`python` is the interpreter of a venv holding videoconf and its runtime dependencies only."""
    rounds = 3 if quick else 15
    ours, ref, sdk, r_httpx, r_sdk = [], [], [], [], []
    for _ in range(rounds):
        a = _time(python, OURS)
        b = _time(python, HTTPX)
        ours.append(a)
        ref.append(b)
        r_httpx.append(a / b)
        if sdk_python is not None:
            c = _time(str(sdk_python), SDK)
            sdk.append(c)
            r_sdk.append(a / c)
    rows = [
        Row(
            "cold start: import + construct",
            ms(statistics.median(ours)),
            f"{ms(statistics.median(ref))} (httpx + httpx.Client)",
            f"{statistics.median(r_httpx):.2f}",
            "<= 1.3x httpx",
            statistics.median(r_httpx) <= 1.3,
        )
    ]
    if sdk:
        rows.append(
            Row(
                "cold start vs signalwire-sdk",
                ms(statistics.median(ours)),
                f"{ms(statistics.median(sdk))} (signalwire-sdk RestClient)",
                f"{statistics.median(r_sdk):.2f}",
                "<= 0.75x signalwire-sdk",
                statistics.median(r_sdk) <= 0.75,
            )
        )
    return rows
