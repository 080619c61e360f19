"""Auto-pagination memory: iterating 20,000 rooms, 1,000 a page, must keep peak memory flat."""

from __future__ import annotations

import tracemalloc

from benchmarks._harness import PROJECT, TOKEN, Row
from videoconf import SignalWire


def _peak(sw: SignalWire, count: int) -> float:
    tracemalloc.start()
    seen = 0
    for _room in sw.rooms.list(page_size=1000):
        seen += 1
        if seen == count:
            break
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert seen == count, f"only {seen} rooms"
    return peak / 2**20


def run(base: str, quick: bool) -> list[Row]:
    """The sandbox was started with enough seeded rooms (see __main__)."""
    sw = SignalWire(project_id=PROJECT, token=TOKEN, base_url=base)
    small, large = (2_000, 4_000) if quick else (2_000, 20_000)
    at_small, at_large = _peak(sw, small), _peak(sw, large)
    flat = at_large <= at_small * 1.5
    return [
        Row(
            f"auto-pagination peak memory, {small:,} vs {large:,} rooms",
            f"{at_large:.1f} MB at {large:,}",
            f"{at_small:.1f} MB at {small:,}",
            f"{at_large / at_small:.2f}",
            "flat (<= 1.5)",
            flat,
        )
    ]
