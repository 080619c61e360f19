"""The fast paths generated parse code takes for the common case give exactly what the slow paths give.

`uuid_text` stands in for `UUID(text)` before `parse_uuid` (same value or ValueError); `fromisoformat` before
`parse_datetime`; a body whose keys are all known keeps a fresh empty `additional_properties`; a missing required key
is still reported as missing once the subscript read fails.
"""

from __future__ import annotations

import datetime
import json
import uuid
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from videoconf import record_drift
from videoconf._drift import parse_payload
from videoconf._generated.models import Room, RoomList
from videoconf._parsing import Trial, parse_datetime, uuid_text

SPELLINGS = [
    "12345678-9abc-4def-8123-456789abcdef",
    "12345678-9ABC-4DEF-8123-456789ABCDEF",
    "{12345678-9abc-4def-8123-456789abcdef}",
    "urn:uuid:12345678-9abc-4def-8123-456789abcdef",
    "123456789abc4def8123456789abcdef",
    "12345678-9abc-4def-8123-456789abcde",
    "12345678-9abc-4def-8123-456789abcdef0",
    "1234-5678-9abc-4def-8123456789abcdef",
    "+2345678-9abc-4def-8123-456789abcdef",
    "1_345678-9abc-4def-8123-456789abcdef",
    " 2345678-9abc-4def-8123-456789abcdef",
    "0x345678-9abc-4def-8123-456789abcdef",
    "12345678-9abc-4def-8123-456789abcdeg",
    "",
]


def _same_as_uuid(text: str) -> None:
    """uuid_text may decline a spelling (ValueError: parse_uuid then calls UUID), never accept another value."""
    expected: uuid.UUID | None = None
    try:
        expected = uuid.UUID(text)
    except ValueError:
        with pytest.raises(ValueError):
            uuid_text(text)
    else:
        try:
            got = uuid_text(text)
        except ValueError:
            pass
        else:
            assert type(got) is uuid.UUID
            assert (got, hash(got), got.is_safe, str(got)) == (
                expected,
                hash(expected),
                expected.is_safe,
                str(expected),
            )
    with record_drift() as events:
        room = parse_payload(Room.from_dict, _room(id=text), operation="op", strict=False)
    assert room.id == (text if expected is None else expected)
    assert [(e.path, e.kind) for e in events] == ([] if expected is not None else [("id", "wrong_type")])


@pytest.mark.parametrize("text", SPELLINGS)
def test_uuid_text_is_uuid_for_every_spelling(text: str) -> None:
    _same_as_uuid(text)


@given(st.text(alphabet="0123456789abcdefABCDEF-{}+_ x:urnid", max_size=40))
def test_uuid_text_is_uuid_for_drawn_text(text: str) -> None:
    _same_as_uuid(text)


LINKS = {"self": "http://127.0.0.1/api/video/rooms", "first": "http://127.0.0.1/api/video/rooms", "next": None}


def _room(**changes: Any) -> dict[str, Any]:
    room: dict[str, Any] = {
        "id": "12345678-9abc-4def-8123-456789abcdef",
        "name": "standup",
        "display_name": None,
        "description": None,
        "max_members": 20,
        "quality": "720p",
        "fps": 20,
        "join_from": "2024-05-01T10:00:00Z",
        "join_until": "2024-05-01T10:00:00",
        "remove_at": "2024-05-01 10:00",
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
        "created_at": "2024-05-01T10:00:00.250+02:00",
        "updated_at": "2024-05-01T10:00:00Z",
    }
    room.update(changes)
    return room


@pytest.mark.parametrize(
    "text",
    ["2024-05-01T10:00:00Z", "2024-05-01T10:00:00", "2024-05-01 10:00", "2024-05-01", "2024-05-01T10:00:00.250+02:00"],
)
def test_the_inline_date_time_is_what_parse_datetime_gives(text: str) -> None:
    room = Room.from_dict(_room(created_at=text))
    expected = parse_datetime(text, Trial(), None, "created_at")
    assert room.created_at == expected
    assert isinstance(room.created_at, datetime.datetime) and room.created_at.tzinfo is not None


def test_a_body_of_known_keys_gets_its_own_empty_additional_properties() -> None:
    body = _room()
    first, second = Room.from_dict(body), Room.from_dict(body)
    assert first.additional_properties == {} and first.additional_properties is not second.additional_properties
    first.additional_properties["x"] = 1
    assert second.additional_properties == {} and "x" not in body
    assert first.meta is not None and first.meta.additional_properties == {"team": "video"}
    assert first.meta.additional_properties is not body["meta"]


def test_unknown_keys_are_kept_in_order_and_reported() -> None:
    body = _room(zz_b=1, zz_a=None)
    with record_drift() as events:
        room = Room.from_dict(body, Trial())
        page = parse_payload(
            RoomList.from_dict, json.loads(json.dumps({"links": LINKS, "data": [body]})), operation="op", strict=False
        )
    assert list(room.additional_properties.items()) == [("zz_b", 1), ("zz_a", None)]
    assert [(e.path, e.kind) for e in events] == [("data[0].zz_b", "unknown_field"), ("data[0].zz_a", "unknown_field")]
    assert page.data[0].additional_properties == {"zz_b": 1, "zz_a": None}


def test_a_missing_required_key_is_reported_after_the_subscript_read_fails() -> None:
    body = _room()
    del body["quality"]
    del body["id"]
    with record_drift() as events:
        page = parse_payload(RoomList.from_dict, {"links": LINKS, "data": [body]}, operation="op", strict=False)
    assert [(e.path, e.kind) for e in events] == [("data[0].id", "missing"), ("data[0].quality", "missing")]
    room = page.data[0]
    assert room.id is None and room.quality is None and room.name == "standup"


def test_an_unknown_key_in_place_of_a_missing_one_is_still_reported() -> None:
    """A body with as many keys as the model requires has no unknown one only when none of them is missing."""
    body = _room(zz_new=1)
    del body["quality"]
    with record_drift() as events:
        page = parse_payload(RoomList.from_dict, {"links": LINKS, "data": [body]}, operation="op", strict=False)
    assert sorted((e.path, e.kind) for e in events) == [
        ("data[0].quality", "missing"),
        ("data[0].zz_new", "unknown_field"),
    ]
    assert page.data[0].additional_properties == {"zz_new": 1}


def test_a_known_optional_key_is_not_taken_for_an_unknown_one() -> None:
    with record_drift() as events:
        room = parse_payload(Room.from_dict, _room(active_session=None), operation="op", strict=False)
    assert events == [] and room.additional_properties == {} and room.active_session is None


def test_from_dict_builds_what_the_constructor_builds() -> None:
    """from_dict stores the fields itself instead of calling __init__: the instance must be the one __init__ makes."""
    parsed = Room.from_dict(_room())
    built = Room(**{name: getattr(parsed, name) for name in attrs.fields_dict(Room) if name != "additional_properties"})
    assert parsed == built and repr(parsed) == repr(built)
    assert attrs.asdict(parsed, recurse=False) == attrs.asdict(built, recurse=False)

    class Mine(Room):
        pass

    assert type(Mine.from_dict(_room())) is Mine
