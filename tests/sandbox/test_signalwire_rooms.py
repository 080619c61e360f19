"""SignalWire rooms, their streams and room tokens: lifecycle, nesting, dates and lookups over real HTTP."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx


def _create_room(sw: httpx.Client, name: str, **settings: Any) -> dict[str, Any]:
    response = sw.post("/api/video/rooms", json={"name": name, **settings})
    assert response.status_code == 200, response.text
    room: dict[str, Any] = response.json()
    return room


def test_room_lifecycle_create_get_list_update_delete(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    name = unique("lifecycle")
    room = _create_room(sw, name, display_name="Lifecycle", max_members=12, meta={"team": "sdk"})
    assert room["name"] == name
    assert room["max_members"] == 12
    assert room["quality"] == "720p" and room["layout"] == "grid-responsive" and room["fps"] == 20
    assert room["meta"] == {"team": "sdk"}
    assert room["created_at"].endswith("Z") and room["updated_at"].endswith("Z")

    assert sw.get(f"/api/video/rooms/{room['id']}").json() == room
    listed = sw.get("/api/video/rooms", params={"page_size": 1000}).json()["data"]
    assert room["id"] in [item["id"] for item in listed]

    updated = sw.put(f"/api/video/rooms/{room['id']}", json={"description": "changed", "quality": "1080p"})
    assert updated.status_code == 200
    body = updated.json()
    # PUT only changes what was sent.
    assert body["description"] == "changed" and body["quality"] == "1080p"
    assert body["display_name"] == "Lifecycle" and body["max_members"] == 12 and body["name"] == name

    assert sw.delete(f"/api/video/rooms/{room['id']}").status_code == 204
    gone = sw.get(f"/api/video/rooms/{room['id']}")
    assert gone.status_code == 404 and gone.json() == {"error": "Not Found"}
    assert sw.get(f"/api/video/rooms/{name}").status_code == 404
    assert sw.put(f"/api/video/rooms/{room['id']}", json={}).status_code == 404
    assert sw.delete(f"/api/video/rooms/{room['id']}").status_code == 404
    # The name is free again.
    assert _create_room(sw, name)["id"] != room["id"]


def test_rooms_get_accepts_uuid_or_name(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    room = _create_room(sw, unique("byname"))
    assert sw.get(f"/api/video/rooms/{room['name']}").json()["id"] == room["id"]
    assert sw.get(f"/api/video/rooms/{room['id']}").json()["name"] == room["name"]
    assert sw.get("/api/video/rooms/no_such_room").status_code == 404
    assert sw.get("/api/video/rooms/00000000-0000-4000-8000-000000000000").status_code == 404


def test_duplicate_room_name_is_rejected_naming_the_field(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    name = unique("taken")
    _create_room(sw, name)
    response = sw.post("/api/video/rooms", json={"name": name})
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["attribute"] == "name" and error["code"] == "taken"
    assert error["url"] == "https://developer.signalwire.com/rest/overview/error-codes#taken"


def test_date_only_values_are_stored_as_midnight_utc(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    room = _create_room(
        sw, unique("dates"), join_from="2022-01-01", join_until="2022-01-02T10:30:00+02:00", remove_at="2030-12-31"
    )
    assert room["join_from"] == "2022-01-01T00:00:00Z"
    assert room["join_until"] == "2022-01-02T08:30:00Z"
    assert room["remove_at"] == "2030-12-31T00:00:00Z"
    updated = sw.put(f"/api/video/rooms/{room['id']}", json={"join_from": "2023-06-15"}).json()
    assert updated["join_from"] == "2023-06-15T00:00:00Z"
    assert sw.get(f"/api/video/rooms/{room['id']}").json()["join_from"] == "2023-06-15T00:00:00Z"


def test_rooms_list_filters_by_joining_window(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    early = _create_room(sw, unique("early"), join_from="2031-01-01", join_until="2031-01-02")
    late = _create_room(sw, unique("late"), join_from="2031-06-01", join_until="2031-06-02")
    after = sw.get("/api/video/rooms", params={"starts_after": "2031-03-01T00:00:00Z", "page_size": 1000})
    ids = {room["id"] for room in after.json()["data"]}
    assert late["id"] in ids and early["id"] not in ids
    # A bare date is accepted too and means midnight UTC, as the vendor documents for rooms.
    before = sw.get("/api/video/rooms", params={"ends_before": "2031-03-01", "page_size": 1000})
    ids = {room["id"] for room in before.json()["data"]}
    assert early["id"] in ids and late["id"] not in ids
    # Both bounds are inclusive ("on or after", "on or before").
    on_the_day = sw.get("/api/video/rooms", params={"starts_after": "2031-06-01", "page_size": 1000})
    assert late["id"] in {room["id"] for room in on_the_day.json()["data"]}
    bad = sw.get("/api/video/rooms", params={"starts_after": "next tuesday"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["attribute"] == "starts_after"


def test_active_session_only_when_asked(sw: httpx.Client) -> None:
    plain = sw.get("/api/video/rooms/sandbox_standup").json()
    assert "active_session" not in plain
    running = sw.get("/api/video/rooms/sandbox_standup", params={"include_active_session": "true"}).json()
    assert running["active_session"]["status"] == "in-progress"
    assert running["active_session"]["room_id"] == running["id"]
    idle = sw.get("/api/video/rooms/sandbox_all_hands", params={"include_active_session": "true"}).json()
    assert idle["active_session"] is None
    listed = sw.get("/api/video/rooms", params={"include_active_session": "true", "page_size": 1000}).json()
    assert all("active_session" in room for room in listed["data"])


def test_room_streams_follow_their_room(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    room = _create_room(sw, unique("streams"), quality="1080p")
    created = sw.post(f"/api/video/rooms/{room['id']}/streams", json={"url": "rtmp://live.example.com/app/key"})
    assert created.status_code == 201
    stream = created.json()
    assert stream["stream_type"] == "rtmp" and (stream["width"], stream["height"]) == (1920, 1080)
    second = sw.post(f"/api/video/rooms/{room['id']}/streams", json={"url": "rtmps://live.example.com/k"}).json()

    listed = sw.get(f"/api/video/rooms/{room['id']}/streams").json()["data"]
    assert [item["id"] for item in listed] == [stream["id"], second["id"]]
    assert sw.get(f"/api/video/streams/{stream['id']}").json() == stream

    moved = sw.put(f"/api/video/streams/{stream['id']}", json={"url": "rtmps://other.example.com/live/key"})
    assert moved.status_code == 200 and moved.json()["stream_type"] == "rtmps"
    assert sw.delete(f"/api/video/streams/{stream['id']}").status_code == 204
    assert sw.get(f"/api/video/streams/{stream['id']}").status_code == 404
    assert [item["id"] for item in sw.get(f"/api/video/rooms/{room['id']}/streams").json()["data"]] == [second["id"]]

    # Deleting the room removes its remaining streams.
    assert sw.delete(f"/api/video/rooms/{room['id']}").status_code == 204
    assert sw.get(f"/api/video/streams/{second['id']}").status_code == 404
    assert sw.get(f"/api/video/rooms/{room['id']}/streams").status_code == 404
    assert sw.post(f"/api/video/rooms/{room['id']}/streams", json={"url": "rtmp://x/y"}).status_code == 404
    assert sw.delete(f"/api/video/streams/{second['id']}").status_code == 404


def _claims(token: str) -> dict[str, Any]:
    header, payload, signature = token.split(".")
    assert header and signature
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims


def test_room_tokens_carry_the_requested_grants(sw: httpx.Client) -> None:
    member = sw.post(
        "/api/video/room_tokens",
        json={"room_name": "sandbox_standup", "user_name": "Ada", "permissions": ["room.self.audio_mute"]},
    )
    assert member.status_code == 200
    claims = _claims(member.json()["token"])
    assert claims["r"] == "sandbox_standup" and claims["u"] == "Ada" and claims["p"] == ["room.self.audio_mute"]

    defaults = _claims(sw.post("/api/video/room_tokens", json={"room_name": "anywhere"}).json()["token"])
    assert "room.self.screenshare" in defaults["p"] and defaults["ja"] == "member"

    # Audience members get no permissions, whatever was asked for.
    audience = sw.post(
        "/api/video/room_tokens",
        json={"room_name": "sandbox_standup", "join_as": "audience", "permissions": ["room.self.audio_mute"]},
    )
    assert _claims(audience.json()["token"])["p"] == []
    dated = sw.post("/api/video/room_tokens", json={"room_name": "x", "join_from": "2024-01-01"})
    assert _claims(dated.json()["token"])["join_from"] == "2024-01-01T00:00:00Z"
