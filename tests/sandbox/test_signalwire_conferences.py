"""SignalWire conferences with their tokens and streams: lifecycle, token resets and cascading deletes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx


def _create_conference(sw: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = sw.post("/api/video/conferences", json={"display_name": "Team call", **fields})
    assert response.status_code == 200, response.text
    conference: dict[str, Any] = response.json()
    return conference


def test_conference_lifecycle(sw: httpx.Client, unique: Callable[[str], str]) -> None:
    name = unique("conf")
    conference = _create_conference(sw, name=name, join_from="2024-05-01", dark_primary="#112233")
    assert conference["name"] == name
    assert conference["join_from"] == "2024-05-01T00:00:00Z"
    assert conference["size"] == "medium" and conference["enable_chat"] is True
    assert conference["dark_primary"] == "#112233" and conference["light_primary"] == "#044EF4"
    assert conference["meta"] is None

    assert sw.get(f"/api/video/conferences/{conference['id']}").json() == conference
    listed = sw.get("/api/video/conferences", params={"page_size": 1000}).json()["data"]
    assert conference["id"] in {item["id"] for item in listed}

    updated = sw.put(f"/api/video/conferences/{conference['id']}", json={"display_name": "Renamed", "size": "large"})
    assert updated.status_code == 200
    assert updated.json()["display_name"] == "Renamed" and updated.json()["size"] == "large"
    assert updated.json()["dark_primary"] == "#112233"

    assert sw.delete(f"/api/video/conferences/{conference['id']}").status_code == 204
    assert sw.get(f"/api/video/conferences/{conference['id']}").status_code == 404
    assert sw.delete(f"/api/video/conferences/{conference['id']}").status_code == 404


def test_conference_name_is_generated_when_left_out(sw: httpx.Client) -> None:
    first, second = _create_conference(sw), _create_conference(sw)
    assert first["name"].startswith("conference-") and first["name"] != second["name"]


def test_conference_update_requires_display_name(sw: httpx.Client) -> None:
    conference = _create_conference(sw)
    response = sw.put(f"/api/video/conferences/{conference['id']}", json={"size": "small"})
    assert response.status_code == 422
    assert [error["attribute"] for error in response.json()["errors"]] == ["display_name"]


def test_conference_tokens_reset_and_follow_their_conference(sw: httpx.Client) -> None:
    conference = _create_conference(sw)
    tokens = sw.get(f"/api/video/conferences/{conference['id']}/conference_tokens").json()["data"]
    assert sorted(token["name"] for token in tokens) == ["Guest", "Moderator"]
    moderator = next(token for token in tokens if token["name"] == "Moderator")
    assert "room.member.remove" in moderator["scopes"]

    assert sw.get(f"/api/video/conference_tokens/{moderator['id']}").json() == moderator
    reset = sw.post(f"/api/video/conference_tokens/{moderator['id']}/reset")
    assert reset.status_code == 200
    assert reset.json()["token"] != moderator["token"] and reset.json()["id"] == moderator["id"]
    assert sw.get(f"/api/video/conference_tokens/{moderator['id']}").json()["token"] == reset.json()["token"]

    stream = sw.post(f"/api/video/conferences/{conference['id']}/streams", json={"url": "rtmp://example.com/a/b"})
    assert stream.status_code == 200
    listed = sw.get(f"/api/video/conferences/{conference['id']}/streams").json()["data"]
    assert [item["id"] for item in listed] == [stream.json()["id"]]

    assert sw.delete(f"/api/video/conferences/{conference['id']}").status_code == 204
    for token in tokens:
        assert sw.get(f"/api/video/conference_tokens/{token['id']}").status_code == 404
        assert sw.post(f"/api/video/conference_tokens/{token['id']}/reset").status_code == 404
    assert sw.get(f"/api/video/streams/{stream.json()['id']}").status_code == 404
    assert sw.get(f"/api/video/conferences/{conference['id']}/conference_tokens").status_code == 404
    assert sw.get(f"/api/video/conferences/{conference['id']}/streams").status_code == 404


def test_conference_active_session_is_null_without_a_running_session(sw: httpx.Client) -> None:
    conference = _create_conference(sw)
    found = sw.get(f"/api/video/conferences/{conference['id']}", params={"include_active_session": "true"})
    assert found.json()["active_session"] is None
