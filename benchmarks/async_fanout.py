"""Async fan-out: gets at a fixed concurrency with AsyncSignalWire against raw httpx.AsyncClient + json.loads, the same
sandbox, the same concurrency and a modelled network latency, in interleaved rounds."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from benchmarks._harness import PROJECT, TOKEN, Row, ms
from videoconf import AsyncSignalWire, SignalWire

LATENCY_MS = 5
CONCURRENCY = 50


async def _fan_out(call: Callable[[], Awaitable[object]], total: int) -> float:
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one() -> None:
        async with gate:
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(total)))
    return time.perf_counter() - start


async def _rounds(base: str, room_id: str, total: int, rounds: int) -> tuple[list[float], list[float], list[float]]:
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    url = f"{base}/api/video/rooms/{room_id}"
    async with (
        httpx.AsyncClient(auth=(PROJECT, TOKEN), limits=limits) as raw_http,
        httpx.AsyncClient(limits=limits) as our_http,
        AsyncSignalWire(project_id=PROJECT, token=TOKEN, base_url=base, http_client=our_http) as sw,
    ):

        async def ours() -> None:
            await sw.rooms.get(room_id)

        async def raw() -> None:
            json.loads((await raw_http.get(url)).content)

        # Open the connections of both pools before timing.
        await _fan_out(ours, CONCURRENCY)
        await _fan_out(raw, CONCURRENCY)
        ours_t: list[float] = []
        raw_t: list[float] = []
        ratios: list[float] = []
        for index in range(rounds):
            pair = [(ours, ours_t), (raw, raw_t)]
            if index % 2:
                pair.reverse()
            measured = {}
            for call, sink in pair:
                elapsed = await _fan_out(call, total)
                sink.append(elapsed)
                measured[id(sink)] = elapsed
            # Throughput relative to raw httpx: 1.0 means no cost at all.
            ratios.append(measured[id(raw_t)] / measured[id(ours_t)])
    return ours_t, raw_t, ratios


def run(base: str, quick: bool) -> list[Row]:
    total = 100 if quick else 500
    with SignalWire(project_id=PROJECT, token=TOKEN, base_url=base) as sw:
        room = sw.rooms.create(name="bench-fan-out")
        try:
            ours_t, raw_t, ratios = asyncio.run(_rounds(base, str(room.id), total, 3 if quick else 9))
        finally:
            sw.rooms.delete(room.id)
    ratio = statistics.median(ratios)
    return [
        Row(
            f"async fan-out: {total} rooms.get, {CONCURRENCY} concurrent, {LATENCY_MS} ms modelled latency",
            ms(statistics.median(ours_t)),
            f"{ms(statistics.median(raw_t))} (httpx.AsyncClient + json.loads, same concurrency)",
            f"{ratio:.2f} of raw throughput",
            ">= 0.85",
            ratio >= 0.85,
        )
    ]
