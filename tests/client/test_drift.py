"""Tolerant and strict response modes and the drift record, through the public clients (the generated suite over every
response schema is tests/generated/test_drift.py)."""

from __future__ import annotations

import asyncio
import datetime
import io
import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml

from videoconf import (
    APIResponseValidationError,
    AsyncSignalWire,
    DriftEvent,
    DriftJSONFormatter,
    SignalWire,
    WebhookPayloadError,
    record_drift,
)
from videoconf._drift import parse_payload, report_drift
from videoconf._generated.models import DiscardedLog, Log, Meeting, Room, VideoQuality

from .support import ROOM_ID, Script, json_response, meeting, room, signalwire, whereby

LINKS = {"self": "/api/video/rooms", "first": "/api/video/rooms"}


@pytest.fixture(autouse=True)
def _fresh_log_memory(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test sees the once-per-process logging as a new process would."""
    monkeypatch.setattr("videoconf._drift._logged", set())
    yield


def _get(body: dict[str, Any], **options: Any) -> tuple[Room, list[DriftEvent]]:
    with record_drift() as events:
        result = signalwire(Script(json_response(200, body)), **options).rooms.get(ROOM_ID)
    return result, events


def _seen(events: list[DriftEvent]) -> list[tuple[str, str, str, str, str | int | None]]:
    return [(e.operation, e.path, e.kind, e.expected, e.received) for e in events]


def test_clients_are_tolerant_by_default_and_strict_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIDEOCONF_STRICT")
    assert not SignalWire(space="x", project_id="p", token="t").strict
    assert SignalWire(space="x", project_id="p", token="t", strict=True).strict
    for value, strict in (("1", True), ("true", True), ("0", False), ("", False)):
        monkeypatch.setenv("VIDEOCONF_STRICT", value)
        assert AsyncSignalWire(space="x", project_id="p", token="t").strict is strict
    monkeypatch.setenv("VIDEOCONF_STRICT", "1")
    assert not SignalWire(space="x", project_id="p", token="t", strict=False).strict
    with pytest.raises(TypeError):
        SignalWire(space="x", project_id="p", token="t", strict="yes")  # type: ignore[arg-type]


def test_with_options_switches_the_response_mode_for_a_copy_only() -> None:
    body = room()
    del body["prioritize_handraise"]
    tolerant = signalwire(Script(json_response(200, body), json_response(200, body)), strict=False)
    strict = tolerant.with_options(strict=True)
    assert strict.strict and not tolerant.strict
    with pytest.raises(APIResponseValidationError, match="rooms_get: prioritize_handraise: missing"):
        strict.rooms.get(ROOM_ID)
    assert tolerant.rooms.get(ROOM_ID).prioritize_handraise is None
    assert not strict.with_options(strict=False).strict and strict.with_options(max_retries=0).strict


def test_a_missing_required_field_reads_as_none() -> None:
    body = room()
    del body["prioritize_handraise"]
    result, events = _get(body, strict=False)
    assert result.prioritize_handraise is None and result.name == "weekly_standup"
    assert _seen(events) == [("rooms_get", "prioritize_handraise", "missing", "boolean", None)]
    with pytest.raises(APIResponseValidationError, match="rooms_get: prioritize_handraise: missing"):
        _get(body, strict=True)


def test_one_bad_item_never_fails_its_page() -> None:
    rooms = [room(name=f"room-{index}") for index in range(50)]
    del rooms[17]["quality"]
    rooms[31] = "not a room"  # type: ignore[call-overload]
    script = Script(json_response(200, {"links": LINKS, "data": rooms}))
    with record_drift() as events:
        listed = list(signalwire(script, strict=False).rooms.list())
    assert len(listed) == 50
    assert listed[17].quality is None and listed[18].quality is VideoQuality.HD_720P
    assert listed[31] == "not a room"
    assert _seen(events) == [
        ("rooms_list", "data[17].quality", "missing", "VideoQuality", None),
        ("rooms_list", "data[31]", "wrong_type", "Room", "string"),
    ]
    strict = Script(json_response(200, {"links": LINKS, "data": rooms}))
    with pytest.raises(APIResponseValidationError) as caught:
        list(signalwire(strict, strict=True).rooms.list())
    assert str(caught.value) == "rooms_list: data[17].quality: missing (expected VideoQuality)"
    assert caught.value.field == "data[17].quality" and caught.value.drift == events[0]


@pytest.mark.parametrize(
    ("field", "value", "kind", "expected", "received", "kept"),
    [
        ("created_at", "yesterday", "wrong_type", "date-time", "string", "yesterday"),
        ("max_members", "20", "wrong_type", "integer", "string", "20"),
        ("max_members", None, "null", "integer", "null", None),
        ("meta", [1, 2], "wrong_type", "object", "array", [1, 2]),
        ("quality", 1080, "wrong_type", "VideoQuality", "integer", 1080),
        ("id", "not-a-uuid", "wrong_type", "uuid", "string", "not-a-uuid"),
        ("max_members", 20.0, None, None, None, 20),
    ],
)
def test_what_disagrees_is_kept_as_received_and_named(
    field: str, value: object, kind: str | None, expected: str | None, received: str | None, kept: object
) -> None:
    result, events = _get(room(**{field: value}), strict=False)
    assert getattr(result, field) == kept and type(getattr(result, field)) is type(kept)
    assert _seen(events) == ([] if kind is None else [("rooms_get", field, kind, expected, received)])


def test_received_never_shows_a_value(caplog: pytest.LogCaptureFixture) -> None:
    secretish = "ada.lovelace@example.com"
    with caplog.at_level(logging.INFO, logger="videoconf.drift"):
        _, events = _get(room(max_members=secretish, brand_new=secretish, name=12), strict=False)
        with pytest.raises(APIResponseValidationError) as caught:
            _get(room(max_members=secretish), strict=True)
    assert events and all(secretish not in repr(event) for event in events)
    assert secretish not in str(caught.value) and secretish not in caplog.text


def test_unknown_enum_values_and_fields_never_raise_even_strict() -> None:
    body = room(quality="4k", layout="spiral", brand_new={"a": 1})
    for strict in (False, True):
        result, events = _get(body, strict=strict)
        assert result.quality == "4k" and result.quality.is_unknown and result["brand_new"] == {"a": 1}
        assert _seen(events) == [
            ("rooms_get", "quality", "unknown_enum", "VideoQuality", "4k"),
            ("rooms_get", "layout", "unknown_enum", "VideoLayout", "spiral"),
            ("rooms_get", "brand_new", "unknown_field", "Room", "object"),
        ]
        assert result.to_dict()["quality"] == "4k" and result.to_dict()["brand_new"] == {"a": 1}


def test_the_drift_logger(caplog: pytest.LogCaptureFixture) -> None:
    rooms = [room(quality=None) for _ in range(3)] + [room(layout="spiral", zz_new=1)]
    body = {"links": LINKS, "data": rooms}
    with caplog.at_level(logging.INFO, logger="videoconf.drift"):
        for _ in range(2):
            list(signalwire(Script(json_response(200, body)), strict=False).rooms.list())
    records = [r for r in caplog.records if r.name == "videoconf.drift"]
    # Six null qualities (two pages of three) log once: indexes do not make a new path.
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.WARNING, "rooms_list: data[0].quality: null (expected VideoQuality)"),
        (logging.INFO, "rooms_list: data[3].layout: unknown_enum (expected VideoLayout, received 'spiral')"),
        (logging.INFO, "rooms_list: data[3].zz_new: unknown_field (expected Room, received integer)"),
    ]
    event = records[0].drift  # type: ignore[attr-defined]
    assert event == DriftEvent(
        "rooms_list", "data[0].quality", "null", "VideoQuality", "null", "#/components/schemas/Room/properties/quality"
    )


def test_record_drift_blocks_nest_and_see_only_their_own_events() -> None:
    body = room(quality=None)
    with record_drift() as outer:
        _get(body, strict=False)
        with record_drift() as inner:
            _get(room(layout="spiral"), strict=False)
    # Each event reaches every open block once (_get opens one of its own too).
    assert [e.path for e in outer] == ["quality", "layout"]
    assert [e.path for e in inner] == ["layout"]
    _get(body, strict=False)
    assert len(outer) == 2


async def test_record_drift_collects_from_concurrent_tasks() -> None:
    async def one(index: int) -> Room:
        script = Script(json_response(200, room(max_members=str(index))))
        http = httpx.AsyncClient(transport=httpx.MockTransport(script))
        async with AsyncSignalWire(space="x", project_id="p", token="t", strict=False, http_client=http) as client:
            return await client.rooms.get(ROOM_ID)

    with record_drift() as events:
        results = await asyncio.gather(*(one(index) for index in range(5)))
    assert [r.max_members for r in results] == ["0", "1", "2", "3", "4"]  # type: ignore[comparison-overlap]
    assert len(events) == 5 and {e.path for e in events} == {"max_members"}


def test_drift_events_are_frozen_attrs() -> None:
    event = DriftEvent("rooms_get", "quality", "missing", "VideoQuality", None)
    assert attrs.has(DriftEvent)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.path = "other"  # type: ignore[misc]
    assert str(event) == "rooms_get: quality: missing (expected VideoQuality)"


def test_a_union_response_takes_the_alternative_that_fits() -> None:
    now = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC).isoformat()
    discarded = {"id": str(uuid.uuid4()), "discarded_at": now, "created_at": now}
    with record_drift() as events:
        result = signalwire(Script(json_response(200, discarded)), strict=False).logs.get(uuid.UUID(ROOM_ID))
    assert isinstance(result, DiscardedLog) and events == []
    full: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "source": "realtime_api",
        "type": "video_room_session",
        "url": "/api/video/logs/1",
        "room_name": "standup",
        "status": "completed",
        "locked": False,
        "started_at": now,
        "ended_at": now,
        "charge": 0.5,
        "created_at": now,
        "charge_details": [],
    }
    del full["locked"]
    with record_drift() as events:
        result = signalwire(Script(json_response(200, full)), strict=False).logs.get(uuid.UUID(ROOM_ID))
    assert isinstance(result, Log) and result.locked is None
    assert _seen(events) == [("logs_get", "locked", "missing", "boolean", None)]


def test_whereby_responses_drift_too() -> None:
    body = meeting(endDate=17)
    with record_drift() as events:
        result = whereby(Script(json_response(200, body)), strict=False).meetings.get("1")
    assert isinstance(result, Meeting) and result.end_date == 17
    assert _seen(events) == [("meetings_get", "endDate", "wrong_type", "date-time", "integer")]


def test_parse_payload_and_report_drift_serve_payloads_without_a_response(caplog: pytest.LogCaptureFixture) -> None:
    # What webhook handling builds on: the same modes and record, no HTTP response.
    body = meeting(roomUrl=None)
    with record_drift() as events:
        parsed = parse_payload(Meeting.from_dict, body, operation="meeting.updated", strict=False)
        assert parsed.room_url is None
        with pytest.raises(WebhookPayloadError) as caught:
            parse_payload(Meeting.from_dict, body, operation="meeting.updated", strict=True)
        with pytest.raises(WebhookPayloadError, match="meeting.updated: the body is array, not an object"):
            parse_payload(Meeting.from_dict, [body], operation="meeting.updated", strict=False)
        with caplog.at_level(logging.INFO, logger="videoconf.drift"):
            report_drift(DriftEvent("webhook", "type", "unknown_enum", "WherebyEventType", "room.exploded"))
    assert caught.value.field == "roomUrl" and caught.value.event_type == "meeting.updated"
    assert caught.value.drift == events[1] and isinstance(caught.value, ValueError)
    assert str(caught.value) == "meeting.updated: roomUrl: null (expected string)"
    assert [e.kind for e in events] == ["null", "null", "unknown_enum"]
    assert "webhook: type: unknown_enum (expected WherebyEventType, received 'room.exploded')" in caplog.text


def _resolve_pointer(pointer: str) -> Any:
    node: Any = CONTRACT
    for part in pointer.removeprefix("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


CONTRACT = yaml.safe_load((Path(__file__).resolve().parents[2] / "generated" / "openapi.yaml").read_text())


def test_each_event_names_the_contract_schema_that_disagreed() -> None:
    body = room(quality=None, layout="spiral", zz_new=1, name=7)
    del body["fps"]
    body["meta"] = {"team": "x"}
    _, events = _get(body, strict=False)
    assert {(e.path, e.kind): e.pointer for e in events} == {
        ("name", "wrong_type"): "#/components/schemas/Room/properties/name",
        ("fps", "missing"): "#/components/schemas/Room/properties/fps",
        ("quality", "null"): "#/components/schemas/Room/properties/quality",
        ("layout", "unknown_enum"): "#/components/schemas/Room/properties/layout",
        ("zz_new", "unknown_field"): "#/components/schemas/Room",
    }
    # Each pointer leads to a schema of the resolved contract: the property, or the object for an unknown field.
    for event in events:
        schema = _resolve_pointer(event.pointer or "")
        assert isinstance(schema, dict)
        if event.kind == "unknown_field":
            assert event.path not in schema["properties"]


def test_nested_and_list_items_point_into_their_own_schema() -> None:
    page = {"links": LINKS, "data": [room(), room(quality="4k")]}
    with record_drift() as events:
        list(signalwire(Script(json_response(200, page)), strict=False).rooms.list())
    quality = "#/components/schemas/Room/properties/quality"
    assert [(e.path, e.pointer) for e in events] == [("data[1].quality", quality)]


def test_the_json_form_keeps_no_value_and_reads_back() -> None:
    _, events = _get(room(name="Jane Doe's room", max_members="twenty", zz_secret="s3cr3t"), strict=False)
    lines = [event.to_json() for event in events]
    for line in lines:
        assert "Jane" not in line and "twenty" not in line and "s3cr3t" not in line
    assert [json.loads(line) for line in lines] == [event.to_dict() for event in events]
    assert json.loads(lines[0]) == {
        "operation": "rooms_get",
        "path": "max_members",
        "kind": "wrong_type",
        "expected": "integer",
        "received": "string",
        "pointer": "#/components/schemas/Room/properties/max_members",
    }
    assert [DriftEvent.from_dict(json.loads(line)) for line in lines] == events
    with pytest.raises(ValueError, match="unknown drift kind"):
        DriftEvent.from_dict({**events[0].to_dict(), "kind": "exploded"})
    with pytest.raises(ValueError, match="not a drift event"):
        DriftEvent.from_dict({"kind": "missing"})


def test_the_json_lines_formatter_writes_one_event_a_line() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(DriftJSONFormatter())
    drift_logger = logging.getLogger("videoconf.drift")
    drift_logger.addHandler(handler)
    level = drift_logger.level
    drift_logger.setLevel(logging.INFO)
    try:
        _, events = _get(room(quality=None, zz_new=[1]), strict=False)
    finally:
        drift_logger.removeHandler(handler)
        drift_logger.setLevel(level)
    assert [DriftEvent.from_dict(json.loads(line)) for line in stream.getvalue().splitlines()] == events
    assert len(events) == 2
