"""SignalWire seeded history: room sessions with their members, events and recordings, and usage logs."""

from __future__ import annotations

from typing import Any

import httpx

LIST_ONLY = {"cost_in_dollars", "enable_room_previews", "locked_cover"}


def _all(sw: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = sw.get(path, params={"page_size": 1000, **params}).json()["data"]
    return data


def test_room_sessions_are_seeded_and_filterable(sw: httpx.Client) -> None:
    sessions = _all(sw, "/api/video/room_sessions")
    assert len(sessions) == 6
    assert {s["status"] for s in sessions} == {"in-progress", "completed"}
    assert all(LIST_ONLY <= set(s) for s in sessions)

    room = sw.get("/api/video/rooms/sandbox_standup").json()
    by_room = _all(sw, "/api/video/room_sessions", room_id=room["id"])
    assert by_room and all(s["room_id"] == room["id"] for s in by_room)
    assert _all(sw, "/api/video/room_sessions", room_name="sandbox_standup") == by_room
    assert {s["name"] for s in _all(sw, "/api/video/room_sessions", room_name_matches="ALL_HANDS")} == {
        "sandbox_all_hands"
    }
    running = _all(sw, "/api/video/room_sessions", status="in-progress")
    assert len(running) == 1 and running[0]["end_time"] is None and running[0]["duration"] is None
    bad = sw.get("/api/video/room_sessions", params={"status": "paused"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["attribute"] == "status"
    assert sw.get("/api/video/room_sessions", params={"room_id": "not-a-uuid"}).status_code == 422


def test_room_session_get_leaves_out_list_only_fields(sw: httpx.Client) -> None:
    listed = _all(sw, "/api/video/room_sessions")[0]
    single = sw.get(f"/api/video/room_sessions/{listed['id']}").json()
    assert not LIST_ONLY & set(single)
    assert single == {key: value for key, value in listed.items() if key not in LIST_ONLY}


def test_session_members_events_and_recordings(sw: httpx.Client) -> None:
    for session in _all(sw, "/api/video/room_sessions"):
        members = _all(sw, f"/api/video/room_sessions/{session['id']}/members")
        events = _all(sw, f"/api/video/room_sessions/{session['id']}/events")
        recordings = _all(sw, f"/api/video/room_sessions/{session['id']}/recordings")
        assert members and all(m["room_session_id"] == session["id"] for m in members)
        assert events[0]["name"] == "session.started"
        assert all(e["room_session_id"] == session["id"] and e["room_id"] == session["room_id"] for e in events)
        joined = {e["room_participant_id"] for e in events if e["name"] == "member.joined"}
        assert joined == {m["id"] for m in members}
        assert all(r["room_session_id"] == session["id"] for r in recordings)
    missing = "00000000-0000-4000-8000-000000000000"
    for child in ("members", "events", "recordings"):
        assert sw.get(f"/api/video/room_sessions/{missing}/{child}").status_code == 404
    assert sw.get(f"/api/video/room_sessions/{missing}").status_code == 404


def test_room_recordings_links_events_and_delete(sw: httpx.Client) -> None:
    recordings = _all(sw, "/api/video/room_recordings", media_ttl=60)
    completed = next(r for r in recordings if r["status"] == "completed")
    assert completed["uri"].startswith("https://") and completed["size_in_bytes"] > 0
    assert next(r for r in recordings if r["status"] == "recording")["uri"] is None

    events = _all(sw, f"/api/video/room_recordings/{completed['id']}/events")
    assert [e["name"] for e in events] == ["recording.started", "recording.ended"]
    assert all(e["room_recording_id"] == completed["id"] for e in events)

    found = sw.get(f"/api/video/room_recordings/{completed['id']}")
    assert found.json()["id"] == completed["id"]
    assert sw.delete(f"/api/video/room_recordings/{completed['id']}").status_code == 204
    assert sw.get(f"/api/video/room_recordings/{completed['id']}").status_code == 404
    assert sw.get(f"/api/video/room_recordings/{completed['id']}/events").status_code == 404
    assert sw.delete(f"/api/video/room_recordings/{completed['id']}").status_code == 404
    session_recordings = _all(sw, f"/api/video/room_sessions/{completed['room_session_id']}/recordings")
    assert completed["id"] not in {r["id"] for r in session_recordings}


def test_logs_list_filters_and_discarded_entries(sw: httpx.Client, sandbox: Any) -> None:
    logs = _all(sw, "/api/video/logs")
    assert len(logs) == 6 and all("discarded_at" not in log for log in logs)
    assert all(log["url"] == f"{sandbox.base_url}/api/video/logs/{log['id']}" for log in logs)
    with_deleted = _all(sw, "/api/video/logs", include_deleted="true")
    discarded = [log for log in with_deleted if "discarded_at" in log]
    assert len(with_deleted) == 8 and len(discarded) == 2
    assert sw.get(f"/api/video/logs/{discarded[0]['id']}").json() == discarded[0]
    assert sw.get(f"/api/video/logs/{logs[0]['id']}").json() == logs[0]
    assert sw.get("/api/video/logs/00000000-0000-4000-8000-000000000000").status_code == 404

    first_day = logs[0]["created_at"][:10]
    on_day = _all(sw, "/api/video/logs", created_on=first_day)
    assert on_day and all(log["created_at"].startswith(first_day) for log in on_day)
    after = _all(sw, "/api/video/logs", created_after=logs[0]["created_at"])
    assert logs[0]["id"] not in {log["id"] for log in after} and len(after) == len(logs) - 1
    before = _all(sw, "/api/video/logs", created_before="2024-05-02")
    assert {log["id"] for log in before} == {logs[0]["id"]}
    bad = sw.get("/api/video/logs", params={"created_on": "yesterday"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["attribute"] == "created_on"
