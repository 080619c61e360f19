"""Requests checked against the contract: the vendors' error shapes, naming the offending field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

DOCS = "https://developer.signalwire.com/rest/overview/error-codes#invalid_parameter"


def _errors(response: httpx.Response) -> dict[str, dict[str, Any]]:
    assert response.status_code == 422, response.text
    return {error["attribute"]: error for error in response.json()["errors"]}


@pytest.mark.parametrize(
    ("body", "attribute"),
    [
        ({}, "name"),
        ({"name": "has spaces"}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "ok", "max_members": 301}, "max_members"),
        ({"name": "ok", "max_members": "5"}, "max_members"),
        ({"name": "ok", "max_members": True}, "max_members"),
        ({"name": "ok", "quality": "4k"}, "quality"),
        ({"name": "ok", "display_name": None}, "display_name"),
        ({"name": "ok", "join_from": "2024-13-01"}, "join_from"),
        ({"name": "ok", "join_from": "2024-05-01T09:00:00"}, "join_from"),
        ({"name": "ok", "join_from": "20240501"}, "join_from"),
        ({"name": "ok", "meta": ["not", "an", "object"]}, "meta"),
        ({"name": "ok", "record_on_start": "yes"}, "record_on_start"),
    ],
)
def test_signalwire_422_names_the_attribute(sw: httpx.Client, body: dict[str, Any], attribute: str) -> None:
    error = _errors(sw.post("/api/video/rooms", json=body))[attribute]
    assert error["type"] == "validation_error" and error["code"] == "invalid_parameter"
    assert error["url"] == DOCS and error["message"].startswith(attribute)


def test_signalwire_lists_every_problem(sw: httpx.Client) -> None:
    errors = _errors(sw.post("/api/video/rooms", json={"name": "bad name", "max_members": 0, "layout": "9x9"}))
    assert set(errors) == {"name", "max_members", "layout"}


def test_signalwire_nested_attribute_is_named(sw: httpx.Client) -> None:
    body = {"room_name": "ok", "permissions": ["room.self.audio_mute", "room.fly"]}
    assert set(_errors(sw.post("/api/video/room_tokens", json=body))) == {"permissions[1]"}


def test_signalwire_malformed_json_and_wrong_content_type(sw: httpx.Client) -> None:
    for content, content_type in [
        (b'{"name": ', "application/json"),
        (b"NaN", "application/json"),
        (b"name=x", "application/x-www-form-urlencoded"),
        (b'{"name": "x"}', "text/plain"),
    ]:
        response = sw.post("/api/video/rooms", content=content, headers={"Content-Type": content_type})
        assert response.status_code == 400, content
        assert response.json() == {"error": "Bad Request"}


def test_signalwire_body_must_be_an_object_and_present(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    assert sw.post("/api/video/rooms", json=["name"]).json()["errors"][0]["attribute"] is None
    room = sw.post("/api/video/rooms", json={"name": unique("body")}).json()
    empty = sw.put(f"/api/video/rooms/{room['id']}", content=b"")
    assert empty.status_code == 422 and empty.json()["errors"][0]["attribute"] is None


def test_signalwire_query_values_are_read_strictly(sw: httpx.Client) -> None:
    # `1` is no boolean and `1.0` no integer in a query string.
    assert "include_active_session" in _errors(sw.get("/api/video/rooms", params={"include_active_session": "1"}))
    assert "page_size" in _errors(sw.get("/api/video/rooms", params={"page_size": "1.0"}))
    assert "media_ttl" in _errors(sw.get("/api/video/room_recordings", params={"media_ttl": "-1"}))
    assert sw.get("/api/video/rooms", params={"include_active_session": "false"}).status_code == 200
    # Unknown query parameters are ignored.
    assert sw.get("/api/video/rooms", params={"colour": "blue"}).status_code == 200


def test_filters_take_the_forms_the_contract_declares(sw: httpx.Client) -> None:
    # Each operation takes the forms its own vendor description names. Rooms' starts_after: an RFC 3339 date-time
    # or a date, not Unix seconds; conferences' starts_after: a date-time or Unix seconds, not a bare date;
    # created_on: a date or a date-time.
    assert sw.get("/api/video/rooms", params={"starts_after": "2031-03-01T00:00:00+01:00"}).status_code == 200
    assert sw.get("/api/video/rooms", params={"starts_after": "2031-03-01"}).status_code == 200
    assert "starts_after" in _errors(sw.get("/api/video/rooms", params={"starts_after": "1930089600"}))
    assert sw.get("/api/video/conferences", params={"starts_after": "1930089600"}).status_code == 200
    assert "starts_after" in _errors(sw.get("/api/video/conferences", params={"starts_after": "2031-03-01"}))
    assert "ends_before" in _errors(sw.get("/api/video/conferences", params={"ends_before": "12ab"}))
    assert sw.get("/api/video/logs", params={"created_on": "2024-05-01T10:00:00+02:00"}).status_code == 200
    assert "created_after" in _errors(sw.get("/api/video/logs", params={"created_after": "May 1st"}))


def test_patterns_end_at_the_end_of_the_value(sw: httpx.Client) -> None:
    assert "name" in _errors(sw.post("/api/video/rooms", json={"name": "trailing_newline\n"}))
    assert "dark_primary" in _errors(
        sw.post("/api/video/conferences", json={"display_name": "x", "dark_primary": "#123456\n"})
    )


def test_integral_numbers_count_as_integers(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    # JSON Schema reads 12.0 as an integer, so the contract accepts it.
    room = sw.post("/api/video/rooms", json={"name": unique("float"), "max_members": 12.0})
    assert room.status_code == 200 and room.json()["max_members"] == 12
    assert "max_members" in _errors(sw.post("/api/video/rooms", json={"name": unique("f"), "max_members": 12.5}))


def test_signalwire_unknown_request_fields_are_refused(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    # Request bodies are closed in the contract (as in the vendor's own spec): a misspelt field is an error.
    response = sw.post("/api/video/rooms", json={"name": unique("extra"), "colour": "blue"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["attribute"] == "colour"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, '"endDate"'),
        ({"endDate": "tomorrow"}, '"endDate"'),
        ({"endDate": "2099-01-01T00:00:00Z", "roomMode": "huge"}, '"roomMode"'),
        ({"endDate": "2099-01-01T00:00:00Z", "roomNamePrefix": "x" * 40}, '"roomNamePrefix"'),
        ({"endDate": "2099-01-01T00:00:00Z", "roomNamePrefix": "a/b"}, '"roomNamePrefix"'),
        ({"endDate": "2099-01-01T00:00:00Z", "isLocked": None}, '"isLocked"'),
        (
            {"endDate": "2099-01-01T00:00:00Z", "recording": {"type": "cloud", "startTrigger": None}},
            '"recording.destination"',
        ),
        (
            {
                "endDate": "2099-01-01T00:00:00Z",
                "recording": {"type": "cloud", "destination": {"provider": "s3", "region": None}, "startTrigger": None},
            },
            '"recording.destination.region"',
        ),
    ],
)
def test_whereby_400_names_the_field(wb: httpx.Client, body: dict[str, Any], field: str) -> None:
    response = wb.post("/meetings", json=body)
    assert response.status_code == 400
    assert field in response.json()["error"]


def test_whereby_malformed_json_and_wrong_content_type(wb: httpx.Client) -> None:
    bad_json = wb.post("/meetings", content=b"{", headers={"Content-Type": "application/json"})
    assert bad_json.status_code == 400 and "JSON" in bad_json.json()["error"]
    wrong_type = wb.post(
        "/meetings", content=b"endDate=x", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert wrong_type.status_code == 400 and wrong_type.json() == {"error": "Invalid content type"}


def test_nullable_recording_settings_accept_null(wb: httpx.Client) -> None:
    body = {
        "endDate": "2099-01-01T00:00:00Z",
        "recording": {"type": "local", "destination": None, "startTrigger": None},
    }
    assert wb.post("/meetings", json=body).status_code == 201


@pytest.mark.parametrize(
    ("path", "params", "attribute"),
    [
        ("/api/video/rooms", [("page_size", "1"), ("page_size", "2")], "page_size"),
        ("/api/video/logs", [("created_on", "2024-05-01"), ("created_on", "2024-05-02")], "created_on"),
        ("/api/video/room_sessions", [("status", "completed"), ("status", "in-progress")], "status"),
    ],
)
def test_signalwire_refuses_a_repeated_single_valued_parameter(
    sw: httpx.Client, path: str, params: list[tuple[str, str]], attribute: str
) -> None:
    # Keeping the last value silently would hide a client that serialises its parameters the wrong way.
    error = _errors(sw.get(path, params=tuple(params)))[attribute]
    assert error["message"] == f"{attribute} must be given once"


def test_whereby_refuses_fields_given_as_repeated_parameters(wb: httpx.Client) -> None:
    created = wb.post("/meetings", json={"endDate": "2099-01-01T10:00:00Z"})
    assert created.status_code == 201, created.text
    for path in ("/meetings", f"/meetings/{created.json()['meetingId']}"):
        repeated = wb.get(path, params=[("fields", "hostRoomUrl"), ("fields", "viewerRoomUrl")])
        assert repeated.status_code == 400, repeated.text
        assert repeated.json()["error"] == '"fields" must be given once, its items joined by commas'
        assert wb.get(path, params={"fields": "hostRoomUrl,viewerRoomUrl"}).status_code == 200


@pytest.mark.parametrize(
    ("path", "params", "attribute"),
    [
        ("/meetings", [("limit", "1"), ("limit", "2")], "limit"),
        ("/insights/rooms", [("roomName[exact]", "a"), ("roomName[exact]", "b")], "roomName[exact]"),
    ],
)
def test_whereby_refuses_a_repeated_single_valued_parameter(
    wb: httpx.Client, path: str, params: list[tuple[str, str]], attribute: str
) -> None:
    response = wb.get(path, params=tuple(params))
    assert response.status_code == 400, response.text
    assert response.json()["error"] == f'"{attribute}" must be given once'
