"""Async fan-out: 500 gets, 50 at a time, with AsyncSignalWire, against the same 500 in sequence with SignalWire."""

from __future__ import annotations

import asyncio
import statistics
import time

from benchmarks._harness import PROJECT, TOKEN, Row, ms
from videoconf import AsyncSignalWire, SignalWire

LATENCY_MS = 5


async def _fan_out(base: str, room_id: object, total: int, concurrency: int) -> float:
    async with AsyncSignalWire(project_id=PROJECT, token=TOKEN, base_url=base) as sw:
        await sw.rooms.get(room_id)  # type: ignore[arg-type]
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await sw.rooms.get(room_id)  # type: ignore[arg-type]

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(total)))
        return time.perf_counter() - start


def run(base: str, quick: bool) -> list[Row]:
    total = 100 if quick else 500
    sw = SignalWire(project_id=PROJECT, token=TOKEN, base_url=base)
    room = sw.rooms.create(name="bench-fan-out")
    seq, par = [], []
    for _ in range(1 if quick else 3):
        start = time.perf_counter()
        for _ in range(total):
            sw.rooms.get(room.id)
        seq.append(time.perf_counter() - start)
        par.append(asyncio.run(_fan_out(base, room.id, total, 50)))
    sw.rooms.delete(room.id)
    speedup = statistics.median(seq) / statistics.median(par)
    return [
        Row(
            f"async fan-out: {total} gets, 50 concurrent, {LATENCY_MS} ms modelled latency",
            ms(statistics.median(par)),
            f"{ms(statistics.median(seq))} (sequential, sync)",
            f"{speedup:.2f}x faster",
            "report",
        )
    ]
