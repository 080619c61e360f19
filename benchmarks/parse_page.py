"""Parsing a 1,000-room page: the generated attrs models against json.loads, and pydantic v2 for comparison."""

from __future__ import annotations

import json
import statistics
import time
import uuid

from benchmarks._harness import Row, ms
from videoconf_api.models import RoomList


def page_bytes(count: int) -> bytes:
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
            "preview_url": None,
            "meta": {"team": "video"},
            "prioritize_handraise": False,
            "sync_audio_video": True,
            "tone_on_entry_and_exit": True,
            "room_join_video_off": False,
            "user_join_video_off": False,
            "created_at": "2024-05-01T10:00:00Z",
            "updated_at": "2024-05-01T10:00:00Z",
        }
        for index in range(count)
    ]
    links = {"self": "http://127.0.0.1/api/video/rooms", "first": "http://127.0.0.1/api/video/rooms", "next": None}
    return json.dumps({"links": links, "data": rooms}).encode()


def _best(fn: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(base: str, quick: bool) -> list[Row]:
    del base
    raw = page_bytes(1000)
    import videoconf_schemas

    rounds = 5 if quick else 25
    ratios, pyd_ratios, ours_t, ref_t, pyd_t = [], [], [], [], []
    for _ in range(rounds):
        a = _best(lambda: RoomList.from_dict(json.loads(raw)), 1)
        b = _best(lambda: json.loads(raw), 1)
        c = _best(lambda: videoconf_schemas.RoomList.model_validate_json(raw), 1)
        ours_t.append(a)
        ref_t.append(b)
        pyd_t.append(c)
        ratios.append(a / b)
        pyd_ratios.append(c / b)
    ratio = statistics.median(ratios)
    return [
        Row(
            "parse a 1,000-room page (generated models)",
            ms(statistics.median(ours_t)),
            f"{ms(statistics.median(ref_t))} (json.loads)",
            f"{ratio:.2f}",
            "<= 3x json.loads",
            ratio <= 3,
        ),
        Row(
            "parse a 1,000-room page (pydantic v2, for reference)",
            ms(statistics.median(pyd_t)),
            f"{ms(statistics.median(ref_t))} (json.loads)",
            f"{statistics.median(pyd_ratios):.2f}",
            "report",
        ),
    ]
