"""Parsing a 1,000-room page as the client does (tolerant, drift recorded) against json.loads, and pydantic v2 for
comparison; and the same page with a field the contract does not know on every room (the drift record's cost).

The generated models are plain Python and pydantic's core is compiled, so the comparison depends on the interpreter:
a full run repeats it on every other Python the classifiers name (`python -m benchmarks.parse_page` in a venv holding
the built wheel, as `make test-pythons` sets one up)."""

from __future__ import annotations

import dataclasses
import gc
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks._harness import Row, ms
from videoconf._drift import parse_payload
from videoconf._generated.models import RoomList


def page_bytes(count: int, **extra: object) -> bytes:
    """A page exactly as the contract describes it; `extra` fields are added to every room."""
    rooms = [
        {
            "id": str(uuid.UUID(int=index)),
            "name": f"room-{index}",
            "display_name": f"Room {index}",
            "description": None,
            "max_members": 20,
            "quality": "720p" if index % 2 else "1080p",
            "fps": 20,
            "join_from": "2024-05-01T10:00:00Z",
            "join_until": None,
            "remove_at": None,
            "remove_after_seconds_elapsed": None,
            "layout": "grid-responsive",
            "record_on_start": False,
            "enable_room_previews": False,
            "meta": {"team": "video"},
            "prioritize_handraise": False,
            "sync_audio_video": True,
            "tone_on_entry_and_exit": True,
            "room_join_video_off": False,
            "user_join_video_off": False,
            "created_at": "2024-05-01T10:00:00Z",
            "updated_at": "2024-05-01T10:00:00Z",
            **extra,
        }
        for index in range(count)
    ]
    links = {"self": "http://127.0.0.1/api/video/rooms", "first": "http://127.0.0.1/api/video/rooms", "next": None}
    return json.dumps({"links": links, "data": rooms}).encode()


def _best(fn: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        # Every sample starts from the same collector state: a full collection that the previous sample's survivors
        # made due would otherwise be charged to whichever parser happens to run next.
        gc.collect()
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _tolerant(raw: bytes) -> RoomList:
    return parse_payload(RoomList.from_dict, json.loads(raw), operation="rooms_list", strict=False)


def run(base: str, quick: bool) -> list[Row]:
    del base
    raw = page_bytes(1000)
    drifting = page_bytes(1000, preview_url=None)
    import videoconf.sandbox._schemas

    rounds = 5 if quick else 60
    ratios, pyd_ratios, drift_ratios, ours_t, ref_t, pyd_t, drift_t = [], [], [], [], [], [], []
    versus_pydantic: list[float] = []
    for _ in range(rounds):
        a = _best(lambda: _tolerant(raw), 1)
        b = _best(lambda: json.loads(raw), 1)
        c = _best(lambda: videoconf.sandbox._schemas.RoomList.model_validate_json(raw), 1)
        d = _best(lambda: _tolerant(drifting), 1)
        e = _best(lambda: json.loads(drifting), 1)
        ours_t.append(a)
        ref_t.append(b)
        pyd_t.append(c)
        drift_t.append(d)
        ratios.append(a / b)
        pyd_ratios.append(c / b)
        versus_pydantic.append(a / c)
        drift_ratios.append(d / e)
    ratio = statistics.median(ratios)
    return [
        Row(
            "parse a 1,000-room page (generated models, tolerant)",
            ms(statistics.median(ours_t)),
            f"{ms(statistics.median(ref_t))} (json.loads)",
            f"{ratio:.2f}",
            "<= 2.3x json.loads",
            ratio <= 2.3,
        ),
        Row(
            "parse a 1,000-room page (pydantic v2, for reference)",
            ms(statistics.median(pyd_t)),
            f"{ms(statistics.median(ref_t))} (json.loads)",
            f"{statistics.median(pyd_ratios):.2f}",
            "report",
        ),
        Row(
            "parse a 1,000-room page: ours against pydantic v2, round by round",
            ms(statistics.median(ours_t)),
            f"{ms(statistics.median(pyd_t))} (pydantic v2 model_validate_json)",
            f"{statistics.median(versus_pydantic):.2f}",
            "< 1.0 (ahead)",
            statistics.median(versus_pydantic) < 1.0,
        ),
        Row(
            "parse a 1,000-room page, an unknown field on every room (1,000 drift events)",
            ms(statistics.median(drift_t)),
            "json.loads of the same page",
            f"{statistics.median(drift_ratios):.2f}",
            "report",
        ),
    ]


def on_other_pythons() -> list[Row]:
    """The rows of `run` measured by each other supported Python found here, the built wheel installed in a fresh
    venv with the same pydantic as ours."""
    from tests import pythons

    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    found: dict[str, Path] = {}
    for version in pythons.supported_versions():
        if version == here:
            continue
        python = pythons.find(version)[0]
        if python is None:
            print(f"parse_page: no Python {version} here, its rows are left out", file=sys.stderr)
        else:
            found[version] = python
    if not found:
        return []
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="videoconf-bench-") as tmp:
        work = Path(tmp)
        wheel, constraints = pythons.build_wheel(work / "dist"), pythons.pins(work)
        with ThreadPoolExecutor(max_workers=len(found)) as pool:
            venvs = [pool.submit(pythons.install, python, wheel, constraints, work) for python in found.values()]
            interpreters = [venv.result() for venv in venvs]
        for interpreter in interpreters:
            # One at a time: two benchmarks side by side on two cores would measure each other.
            out = subprocess.run(
                [str(interpreter), "-m", "benchmarks.parse_page"],
                cwd=pythons.ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            rows += [Row(**fields) for fields in json.loads(out)]
    return rows


def main() -> int:
    """The rows of a full run on this interpreter, as JSON (what `on_other_pythons` reads)."""
    rows = run("", quick=False)
    print(json.dumps([dataclasses.asdict(row) | {"python": platform.python_version()} for row in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
