"""Per-call overhead: `sw.rooms.get(id)` against raw `httpx.Client.get` + `json.loads` on the same URL and pool."""

from __future__ import annotations

import json

import httpx

from benchmarks._harness import KEY, PROJECT, TOKEN, Row, interleaved, us
from videoconf import SignalWire

del KEY


def run(base: str, quick: bool) -> list[Row]:
    http = httpx.Client(auth=(PROJECT, TOKEN))
    sw = SignalWire(project_id=PROJECT, token=TOKEN, base_url=base, http_client=http)
    room = sw.rooms.create(name="bench-per-call")
    url = f"{base}/api/video/rooms/{room.id}"

    def ours() -> None:
        sw.rooms.get(room.id)

    def raw() -> None:
        json.loads(http.get(url).content)

    for _ in range(50):  # warm the pool and both code paths
        ours()
        raw()
    mine, ref, ratio = interleaved(ours, raw, rounds=5 if quick else 15, calls=50 if quick else 300)
    sw.rooms.delete(room.id)
    http.close()
    return [
        Row(
            "per-call overhead: sw.rooms.get(id)",
            us(mine),
            f"{us(ref)} (httpx.get + json.loads)",
            f"{ratio:.2f}",
            "<= 1.15",
            ratio <= 1.15,
        )
    ]
