"""Per call against the official signalwire-sdk, which runs in its own virtual environment (never our dependency)."""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path

from benchmarks._harness import PROJECT, TOKEN, Row, us
from videoconf import SignalWire

SDK_LOOP = """
import os, sys, time
from signalwire.rest import RestClient
client = RestClient(project=os.environ["P"], token=os.environ["T"], host=os.environ["HOST"])
room_id, calls = sys.argv[1], int(sys.argv[2])
for _ in range(20):
    client.video.rooms.get(room_id)
start = time.perf_counter()
for _ in range(calls):
    client.video.rooms.get(room_id)
print((time.perf_counter() - start) / calls)
"""


def run(base: str, quick: bool, sdk_python: Path) -> list[Row]:
    sw = SignalWire(project_id=PROJECT, token=TOKEN, base_url=base)
    room = sw.rooms.create(name="bench-vs-sdk")
    calls = 50 if quick else 300
    host = base.removeprefix("http://")
    env = {"P": PROJECT, "T": TOKEN, "HOST": host, "PATH": "/usr/bin:/bin"}
    for _ in range(20):
        sw.rooms.get(room.id)
    ours, theirs, ratios = [], [], []
    for _ in range(3 if quick else 9):
        out = subprocess.run(
            [str(sdk_python), "-c", SDK_LOOP, str(room.id), str(calls)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        their = float(out.stdout.strip())
        start = time.perf_counter()
        for _ in range(calls):
            sw.rooms.get(room.id)
        mine = (time.perf_counter() - start) / calls
        ours.append(mine)
        theirs.append(their)
        ratios.append(mine / their)
    sw.rooms.delete(room.id)
    ratio = statistics.median(ratios)
    return [
        Row(
            "per call vs signalwire-sdk: rooms.get(id)",
            us(statistics.median(ours)),
            f"{us(statistics.median(theirs))} (signalwire-sdk RestClient)",
            f"{ratio:.2f}",
            "< 1.0",
            ratio < 1.0,
        )
    ]
