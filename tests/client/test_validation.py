"""Arguments are serialised and checked against the contract before any request is sent."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from videoconf import ValidationError
from videoconf._generated._operations import CONFERENCES_UPDATE
from videoconf._generated.models.video_quality import VideoQuality
from videoconf._generated.types import UNSET
from videoconf._requester import no_content, prepare
from videoconf._validation import check

from .support import ROOM_ID, Script, json_response, meeting, room, signalwire, whereby


def _rejects(schema: dict[str, Any], value: object, field: str = "x") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check(value, schema, field)
    return caught.value


def test_enum_error_lists_the_allowed_values() -> None:
    error = _rejects({"type": "string", "enum": ["720p", "1080p"]}, "4k", "quality")
    assert str(error) == "quality: '4k' is not one of ['720p', '1080p']"
    assert (error.field, error.rule, error.value) == ("quality", "enum", "4k")
    assert isinstance(error, ValueError)


def test_enum_rejection_happens_before_any_request() -> None:
    script = Script()
    client = signalwire(script)
    with pytest.raises(ValidationError) as caught:
        client.rooms.create(name="standup", quality="4k")
    assert str(caught.value) == "quality: '4k' is not one of ['720p', '1080p']"
    assert script.attempts == 0


@pytest.mark.parametrize(
    ("schema", "value", "rule", "message"),
    [
        ({"type": "string", "pattern": "^[a-z]+$"}, "A b", "pattern", "x: 'A b' does not match the pattern '^[a-z]+$'"),
        ({"type": "string", "minLength": 3}, "ab", "minLength", "x: 'ab' is shorter than the minLength of 3"),
        ({"type": "string", "maxLength": 2}, "abc", "maxLength", "x: 'abc' is longer than the maxLength of 2"),
        ({"type": "integer", "minimum": 1}, 0, "minimum", "x: 0 is less than the minimum of 1"),
        ({"type": "integer", "maximum": 1000}, 1001, "maximum", "x: 1001 is greater than the maximum of 1000"),
        (
            {"type": "number", "exclusiveMinimum": 0},
            0,
            "exclusiveMinimum",
            "x: 0 is not greater than the exclusiveMinimum of 0",
        ),
        (
            {"type": "number", "exclusiveMaximum": 5},
            5.0,
            "exclusiveMaximum",
            "x: 5.0 is not less than the exclusiveMaximum of 5",
        ),
        ({"type": "array", "minItems": 1}, [], "minItems", "x: [] has fewer than the minItems of 1"),
        ({"type": "array", "maxItems": 1}, [1, 2], "maxItems", "x: [1, 2] has more than the maxItems of 1"),
        ({"type": "integer"}, "5", "type", "x: '5' is not of type 'integer'"),
        ({"type": "integer"}, True, "type", "x: True is not of type 'integer'"),
        ({"type": "boolean"}, 1, "type", "x: 1 is not of type 'boolean'"),
        ({"type": "string", "format": "uuid"}, "nope", "format", "x: 'nope' is not a valid UUID (format 'uuid')"),
    ],
)
def test_each_rule_names_field_rule_and_value(schema: dict[str, Any], value: object, rule: str, message: str) -> None:
    error = _rejects(schema, value)
    assert (error.field, error.rule, error.value) == ("x", rule, value)
    assert str(error) == message


def test_range_errors_come_from_the_real_contract() -> None:
    client = signalwire(Script())
    with pytest.raises(ValidationError) as caught:
        client.rooms.list(page_size=0)
    assert str(caught.value) == "page_size: 0 is less than the minimum of 1"
    with pytest.raises(ValidationError) as caught:
        client.rooms.create(name="has space")
    assert caught.value.rule == "pattern"
    assert caught.value.field == "name"


def test_nested_fields_are_named_by_their_path() -> None:
    schema = {
        "type": "object",
        "properties": {
            "tokens": {"type": "object", "properties": {"primary": {"type": "string", "pattern": "^#[0-9a-f]{6}$"}}}
        },
    }
    error = _rejects(schema, {"tokens": {"primary": "red"}}, "body")
    assert error.field == "body.tokens.primary"
    error = _rejects({"type": "array", "items": {"type": "integer"}}, [1, "two"], "ids")
    assert error.field == "ids[1]"


def test_missing_required_body_field() -> None:
    client = signalwire(Script())
    with pytest.raises(ValidationError) as caught:
        # The typed method makes display_name mandatory; the request builder checks it too.
        client._requester.request(
            prepare(CONFERENCES_UPDATE, path={"id": ROOM_ID}, body={"display_name": UNSET}), no_content
        )
    assert (caught.value.field, caught.value.rule) == ("display_name", "required")
    assert "display_name" in str(caught.value) and "required" in str(caught.value)


def test_values_are_serialised_for_the_wire() -> None:
    script = Script(json_response(200, room()))
    client = signalwire(script)
    client.rooms.create(
        name="standup",
        quality=VideoQuality.FHD_1080P,
        meta={"nested": {"deep": [1, 2]}},
        description=UNSET,
        join_from=dt.datetime(2024, 5, 1, 9, 30),
    )
    sent = script.requests[0]
    assert sent.headers["content-type"] == "application/json"
    assert sent.read() == (
        b'{"name":"standup","quality":"1080p","meta":{"nested":{"deep":[1,2]}},"join_from":"2024-05-01T09:30:00Z"}'
    )


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (dt.datetime(2022, 1, 1, 12, 0), "2022-01-01T12:00:00Z"),
        (dt.datetime(2022, 1, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))), "2022-01-01T10:00:00Z"),
        (dt.datetime(2022, 1, 1, 12, 0, 0, 250000, tzinfo=dt.UTC), "2022-01-01T12:00:00.250000Z"),
        (dt.date(2022, 1, 1), "2022-01-01T00:00:00Z"),
        ("2022-01-01", "2022-01-01T00:00:00Z"),
        ("2022-01-01t10:00:00z", "2022-01-01T10:00:00Z"),
        ("2022-01-01T10:00:00+01:00", "2022-01-01T09:00:00Z"),
        ("2022-01-01T10:00:00.5Z", "2022-01-01T10:00:00.500000Z"),
    ],
)
def test_date_time_arguments(given: object, sent: str) -> None:
    date_only = {
        "anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}],
        "x-date-only": True,
    }
    assert check(given, date_only, "join_from") == sent
    assert check(given, {"type": "string", "format": "date-time"}, "starts") == sent


@pytest.mark.parametrize(
    "text", ["tomorrow", "2022-13-01", "2022-01-01T24:00:00Z", "2016-12-31T23:59:60Z", "01/02/2022"]
)
def test_unparsable_date_time_is_a_format_error(text: str) -> None:
    error = _rejects({"type": "string", "format": "date-time"}, text, "join_from")
    assert error.rule == "format"
    assert str(error).startswith(f"join_from: {text!r} is not an RFC 3339 date-time")


def test_date_time_through_a_generated_method() -> None:
    script = Script(json_response(200, room()))
    client = signalwire(script)
    client.rooms.update(uuid.UUID(ROOM_ID), join_from="2022-01-01", join_until=dt.date(2022, 1, 2))
    assert script.requests[0].read() == b'{"join_from":"2022-01-01T00:00:00Z","join_until":"2022-01-02T00:00:00Z"}'
    with pytest.raises(ValidationError) as caught:
        client.rooms.update(uuid.UUID(ROOM_ID), remove_at="soon")
    assert (caught.value.field, caught.value.rule) == ("remove_at", "format")


def test_plain_string_fields_accept_dates() -> None:
    # List filters such as starts_after are plain strings in the contract; dates are written the usual way.
    moment = dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC)
    assert check(moment, {"type": "string"}, "starts_after") == "2024-01-01T08:00:00Z"
    assert check(dt.date(2024, 1, 1), {"type": "string"}, "created_on") == "2024-01-01"


def test_any_of_reports_every_failed_alternative() -> None:
    schema = {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"}]}
    error = _rejects(schema, "a b", "id")
    assert error.rule == "anyOf"
    assert "not a valid UUID" in str(error) and "does not match the pattern" in str(error)
    assert check("weekly_standup", schema, "id") == "weekly_standup"
    assert check(uuid.UUID(ROOM_ID), schema, "id") == ROOM_ID


def test_nullable_and_type_lists() -> None:
    assert check(None, {"type": ["string", "null"]}, "x") is None
    error = _rejects({"type": ["string", "null"]}, 3)
    assert str(error) == "x: 3 is not of type 'string' or 'null'"
    error = _rejects({"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]}, "b")
    assert error.rule == "enum"


def test_integral_floats_are_sent_as_integers_and_nan_is_refused() -> None:
    assert check(5.0, {"type": "integer"}, "x") == 5
    assert _rejects({"type": "number"}, float("nan")).rule == "type"


def test_unsupported_python_values_are_refused() -> None:
    error = _rejects({}, object(), "meta")
    assert error.rule == "type"
    assert "cannot be sent" in str(error)


def test_unknown_fields_of_free_form_objects_pass_through() -> None:
    assert check({"a": {"b": [1, None]}, "c": UNSET}, {"type": "object"}, "meta") == {"a": {"b": [1, None]}}


def test_long_values_are_shortened_in_messages() -> None:
    error = _rejects({"type": "string", "maxLength": 5}, "x" * 10_000)
    assert len(str(error)) < 300


def test_query_styles() -> None:
    script = Script(json_response(200, meeting("1")))
    client = whereby(script)
    client.meetings.get("1", fields=["hostRoomUrl", "viewerRoomUrl"])
    # style=form, explode=false: one comma-separated value.
    assert script.requests[0].url.query == b"fields=hostRoomUrl%2CviewerRoomUrl"
    with pytest.raises(ValidationError) as caught:
        client.meetings.get("1", fields=["secretUrl"])
    assert caught.value.field == "fields[0]"


def test_deep_object_query() -> None:
    script = Script(json_response(200, {"results": [], "cursor": None}))
    client = whereby(script)
    list(
        client.insights.rooms(
            room_name={"startsWith": "team"},
            created_at={"from": dt.date(2024, 1, 1), "to": "2024-02-01T00:00:00Z"},
        )
    )
    params = script.requests[0].url.params
    assert params["roomName[startsWith]"] == "team"
    assert params["createdAt[from]"] == "2024-01-01T00:00:00Z"
    assert params["createdAt[to]"] == "2024-02-01T00:00:00Z"


def test_booleans_in_the_query_are_lowercase() -> None:
    script = Script(json_response(200, room()))
    signalwire(script).rooms.get(ROOM_ID, include_active_session=True)
    assert script.requests[0].url.params["include_active_session"] == "true"
