"""`python -m generator suggest`: drift collected from responses becomes an overlay; after `--write` and a regeneration
the same responses parse in strict mode with no drift event (the round trip runs in a temporary copy of the repo)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from generator import resolve, suggest
from tests.specdata import ROOT
from videoconf import SignalWire, record_drift

ROOM_ID = "6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b"


def _room(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": ROOM_ID,
        "name": "weekly_standup",
        "display_name": "Weekly stand-up",
        "description": None,
        "max_members": 20,
        "quality": "720p",
        "fps": 20,
        "join_from": None,
        "join_until": None,
        "remove_at": None,
        "remove_after_seconds_elapsed": None,
        "layout": "grid-responsive",
        "record_on_start": False,
        "tone_on_entry_and_exit": True,
        "room_join_video_off": False,
        "user_join_video_off": False,
        "enable_room_previews": False,
        "sync_audio_video": False,
        "meta": None,
        "prioritize_handraise": False,
        "created_at": "2024-04-30T15:20:00Z",
        "updated_at": "2024-04-30T15:20:00Z",
    }
    body.update(changes)
    for key in [key for key, value in changes.items() if value is _GONE]:
        del body[key]
    return body


_GONE = object()

# What a drifting API might send: each of the five kinds, on a single get and on a list.
RESPONSES: dict[str, dict[str, Any]] = {
    "rooms_get": _room(fps=_GONE, quality=None, layout="spiral", zz_region="eu", max_members="20"),
    "rooms_list": {
        "links": {"self": "/api/video/rooms", "first": "/api/video/rooms"},
        "data": [_room(), _room(layout="spiral", quality=None, zz_region="us")],
    },
}


def _calls(client: SignalWire) -> None:
    client.rooms.get(ROOM_ID)
    list(client.rooms.list())


def _client(strict: bool) -> SignalWire:
    def answer(request: httpx.Request) -> httpx.Response:
        key = "rooms_get" if request.url.path.endswith(ROOM_ID) else "rooms_list"
        return httpx.Response(200, json=RESPONSES[key])

    transport = httpx.MockTransport(answer)
    return SignalWire(
        space="example",
        project_id="proj-1",
        token="PT-token-1",
        strict=strict,
        http_client=httpx.Client(transport=transport),
    )


def _collect() -> list[str]:
    with record_drift() as events:
        _calls(_client(strict=False))
    return [event.to_json() for event in events]


def test_suggest_proposes_one_action_per_change_with_its_support(tmp_path: Path) -> None:
    lines = _collect()
    log = tmp_path / "drift.log"
    # Drift lines may sit among other log lines, after a prefix.
    log.write_text("starting\n" + "".join(f"2026-01-01 INFO videoconf.drift {line}\n" for line in lines))
    document, skipped, count = suggest.suggest([log], ROOT / "openapi.yaml", ROOT / "overrides" / "overlay.yaml")
    assert count == len(lines) == 8 and skipped == {}
    by_target = {action["target"]: action for action in document["actions"]}
    room = '$["components"]["schemas"]["Room"]'
    fps = by_target[room + '["required"][?(@ == "fps")]']
    assert fps["remove"] is True and "1 drift event (rooms_get)" in fps["description"]
    layout = by_target['$["components"]["schemas"]["VideoLayout"]']
    assert layout["update"] == {"enum": ["spiral"], "x-enum-varnames": ["SPIRAL"]}
    assert "2 drift events (rooms_get, rooms_list)" in layout["description"]
    assert by_target[room]["update"]["properties"]["zz_region"]["type"] == "string"
    assert by_target[room + '["properties"]["max_members"]']["update"] == {"type": ["integer", "string"]}
    nullable = by_target[room + '["properties"]["quality"]']
    assert nullable["update"] == {"anyOf": [{"$ref": "#/components/schemas/VideoQuality"}, {"type": "null"}]}
    assert "2 drift events (rooms_get, rooms_list)" in nullable["description"]
    # What is proposed is a valid overlay whose every target exists.
    source = resolve.source(ROOT / "openapi.yaml", ROOT / "overrides" / "overlay.yaml")
    resolve.apply(source, document)
    # Values never reach the file: only names, JSON types and enum values.
    assert "eu" not in log.read_text().replace("videoconf", "") and '"20"' not in log.read_text()


def test_suggest_explains_what_it_cannot_turn_into_a_change(tmp_path: Path) -> None:
    log = tmp_path / "drift.jsonl"
    events = [
        {"operation": "rooms_list", "path": "links.next", "kind": "other_path", "expected": "/api/video/rooms"},
        {"operation": "rooms_get", "path": "x", "kind": "missing", "expected": "Room", "pointer": None},
        {
            "operation": "rooms_get",
            "path": "x",
            "kind": "null",
            "expected": "x",
            "pointer": "#/components/schemas/Nope",
        },
    ]
    log.write_text("".join(json.dumps(event) + "\n" for event in events))
    document, skipped, count = suggest.suggest([log], ROOT / "openapi.yaml", ROOT / "overrides" / "overlay.yaml")
    assert count == 3 and document["actions"] == []
    assert sorted(reason.split(":")[0] for reason in skipped) == [
        "`other_path` events propose no schema change",
        "events whose pointer is not in the contract ('Nope')",
        "events without a contract pointer",
    ]


def _copy_repo(into: Path) -> Path:
    copy = into / "repo"
    copy.mkdir()
    for name in ("openapi.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, copy / name)
    for name in ("overrides", "generator"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


STRICT_CHECK = """
import json, sys
sys.path.insert(0, sys.argv[1])
import videoconf._generated as generated
from tests_suggest_round_trip import _calls, _client
from videoconf import record_drift
with record_drift() as events:
    _calls(_client(strict=True))
print(json.dumps({"events": [e.to_json() for e in events], "generated": generated.__file__}))
"""


def test_drift_round_trip_through_suggest_write_and_generate(tmp_path: Path) -> None:
    copy = _copy_repo(tmp_path)
    log = tmp_path / "drift.jsonl"
    log.write_text("".join(line + "\n" for line in _collect()))
    # Today's contract refuses these responses in strict mode.
    with pytest.raises(Exception, match="rooms_get"):
        _calls(_client(strict=True))
    env = {**os.environ, "PYTHONPATH": ""}
    run = [sys.executable, "-m", "generator"]
    wrote = subprocess.run([*run, "suggest", "--write", str(log)], cwd=copy, env=env, capture_output=True, text=True)
    assert wrote.returncode == 0, wrote.stderr
    drift_overlay = copy / "overrides" / resolve.DRIFT_OVERLAY
    assert len(yaml.safe_load(drift_overlay.read_text())["actions"]) >= 5
    generated = subprocess.run(run, cwd=copy, env=env, capture_output=True, text=True)
    assert generated.returncode == 0, generated.stderr
    contract = yaml.safe_load((copy / "generated" / "openapi.yaml").read_text())
    assert "spiral" in contract["components"]["schemas"]["VideoLayoutExtensible"]["x-extensible-enum"]
    # The regenerated package, imported in a process of its own, parses the same responses strictly, without drift.
    helper = tmp_path / "helpers"
    helper.mkdir()
    (helper / "tests_suggest_round_trip.py").write_text(Path(__file__).read_text())
    checked = subprocess.run(
        [sys.executable, "-c", STRICT_CHECK, str(helper)],
        env={**env, "PYTHONPATH": os.pathsep.join([str(copy / "generated"), str(copy / "overrides"), str(ROOT)])},
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    result = json.loads(checked.stdout.splitlines()[-1])
    assert Path(result["generated"]).is_relative_to(copy)
    assert result["events"] == []
