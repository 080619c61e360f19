"""Whereby meetings, recordings, transcriptions, summaries, room themes and insights over real HTTP."""

from __future__ import annotations

import time
from typing import Any

import httpx

from videoconf.sandbox import RunningSandbox

FUTURE = "2099-01-01T10:00:00+02:00"


def _meeting(wb: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = wb.post("/meetings", json={"endDate": FUTURE, **fields})
    assert response.status_code == 201, response.text
    meeting: dict[str, Any] = response.json()
    return meeting


def test_meeting_lifecycle(wb: httpx.Client) -> None:
    meeting = _meeting(wb, roomNamePrefix="standup")
    assert meeting["roomName"].startswith("/standup")
    assert meeting["roomUrl"].endswith(meeting["roomName"])
    assert meeting["endDate"] == "2099-01-01T08:00:00Z" and meeting["startDate"].endswith("Z")
    assert "hostRoomUrl" not in meeting

    assert wb.get(f"/meetings/{meeting['meetingId']}").json() == meeting
    listed = wb.get("/meetings", params={"limit": 100}).json()
    assert meeting["meetingId"] in {item["meetingId"] for item in listed["results"]}

    assert wb.delete(f"/meetings/{meeting['meetingId']}").status_code == 204
    gone = wb.get(f"/meetings/{meeting['meetingId']}")
    assert gone.status_code == 404 and gone.json() == {"error": "Not found"}
    # Deleting again is fine: the call is idempotent.
    assert wb.delete(f"/meetings/{meeting['meetingId']}").status_code == 204


def test_meeting_fields_and_viewer_mode(wb: httpx.Client) -> None:
    host = _meeting(wb, fields=["hostRoomUrl"], roomNamePattern="human-short")
    assert host["hostRoomUrl"].startswith(host["roomUrl"]) and "viewerRoomUrl" not in host
    assert len(host["roomName"]) == 7
    both = wb.get(f"/meetings/{host['meetingId']}", params={"fields": "hostRoomUrl,viewerRoomUrl"}).json()
    assert {"hostRoomUrl", "viewerRoomUrl"} <= set(both)
    assert "hostRoomUrl" not in wb.get(f"/meetings/{host['meetingId']}").json()
    viewer = _meeting(wb, templateType="viewerMode")
    assert {"hostRoomUrl", "viewerRoomUrl"} <= set(viewer)
    bad = wb.get(f"/meetings/{host['meetingId']}", params={"fields": "hostRoomUrl,secret"})
    assert bad.status_code == 400 and '"fields[1]"' in bad.json()["error"]


def test_meeting_end_date_must_lie_ahead(wb: httpx.Client) -> None:
    response = wb.post("/meetings", json={"endDate": "2001-01-01T00:00:00Z"})
    assert response.status_code == 400 and response.json()["error"].startswith('"endDate"')
    missing = wb.post("/meetings", json={"roomMode": "group"})
    assert missing.status_code == 400 and missing.json() == {"error": '"endDate" is required'}


def test_recordings_get_access_link_delete_and_bulk_delete(wb: httpx.Client) -> None:
    recordings = wb.get("/recordings", params={"limit": 100}).json()["results"]
    assert len(recordings) >= 3
    first, second, third = recordings[:3]
    assert wb.get(f"/recordings/{first['recordingId']}").json() == first

    before = time.time() * 1000
    link = wb.get(f"/recordings/{first['recordingId']}/access-link", params={"validForSeconds": 60}).json()
    assert link["accessLink"].startswith("https://") and before + 55_000 <= link["expires"] <= before + 65_000
    assert wb.get(f"/recordings/{first['recordingId']}/access-link", params={"validForSeconds": 0}).status_code == 400

    assert wb.delete(f"/recordings/{first['recordingId']}").status_code == 204
    assert wb.get(f"/recordings/{first['recordingId']}").status_code == 404
    assert wb.get(f"/recordings/{first['recordingId']}/access-link").status_code == 404
    assert wb.delete(f"/recordings/{first['recordingId']}").status_code == 204

    bulk = wb.post("/recordings/bulk-delete", json={"recordingIds": [second["recordingId"], "unknown-id"]})
    assert bulk.status_code == 204
    assert wb.get(f"/recordings/{second['recordingId']}").status_code == 404
    assert wb.get(f"/recordings/{third['recordingId']}").status_code == 200
    assert wb.post("/recordings/bulk-delete", json={"recordingIds": "all"}).status_code == 400


def test_recordings_filter_and_sort(wb: httpx.Client) -> None:
    retro = wb.get("/recordings", params={"roomName": "/sandbox-retro", "limit": 100}).json()["results"]
    assert retro and all(r["filename"].startswith("sandbox-retro") for r in retro)
    by_size = wb.get("/recordings", params={"sortBy": "sizeInMegaBytes:desc", "limit": 100}).json()["results"]
    sizes = [r["sizeInMegaBytes"] for r in by_size]
    assert sizes == sorted(sizes, reverse=True)
    assert wb.get("/recordings", params={"sortBy": "size:sideways"}).status_code == 400


def test_transcription_and_summary_jobs(wb: httpx.Client, sandbox: RunningSandbox) -> None:
    recording = wb.get("/recordings", params={"sortBy": "startDate:desc"}).json()["results"][0]
    created = wb.post("/transcriptions", json={"recordingId": recording["recordingId"]})
    assert created.status_code == 201
    transcription_id = created.json()["transcriptionId"]
    pending = wb.get(f"/transcriptions/{transcription_id}").json()
    assert pending["state"] == "in_progress" and pending["roomSessionId"] == recording["roomSessionId"]

    summary = wb.post("/summaries", json={"transcriptionId": transcription_id, "template": "SOAP"})
    assert summary.status_code == 201
    summary_id = summary.json()["summaryId"]
    assert wb.get(f"/summaries/{summary_id}").json()["state"] == "in_progress"

    sandbox.config.clock.advance(sandbox.config.processing_seconds)
    assert wb.get(f"/transcriptions/{transcription_id}").json()["state"] == "ready"
    done = wb.get(f"/summaries/{summary_id}").json()
    # The summaries guide: `in_progress` with an empty summary, then `ready` with the content.
    assert done["state"] == "ready" and done["template"] == "SOAP" and done["summary"]["summary"]
    listed = wb.get("/summaries", params={"sortBy": "startDate:asc", "limit": 100}).json()["results"]
    assert summary_id in {s["summaryId"] for s in listed}
    link = wb.get(f"/transcriptions/{transcription_id}/access-link").json()
    assert transcription_id in link["accessLink"]

    assert wb.delete(f"/summaries/{summary_id}").status_code == 204
    assert wb.get(f"/summaries/{summary_id}").status_code == 404
    assert wb.delete(f"/summaries/{summary_id}").status_code == 204
    assert wb.delete(f"/transcriptions/{transcription_id}").status_code == 204
    assert wb.get(f"/transcriptions/{transcription_id}").status_code == 404
    assert wb.get(f"/transcriptions/{transcription_id}/access-link").status_code == 404

    assert wb.post("/transcriptions", json={"recordingId": "missing"}).status_code == 404
    assert wb.post("/summaries", json={"transcriptionId": "missing"}).status_code == 404


def test_transcriptions_list_filter_and_bulk_delete(wb: httpx.Client) -> None:
    seeded = wb.get("/transcriptions", params={"limit": 100}).json()["results"]
    assert seeded and all(t["state"] == "ready" for t in seeded)
    room = seeded[0]["roomName"]
    same_room = wb.get("/transcriptions", params={"roomName": room.lstrip("/")}).json()["results"]
    assert same_room and all(t["roomName"] == room for t in same_room)
    target = seeded[-1]["transcriptionId"]
    assert wb.post("/transcriptions/bulk-delete", json={"transcriptionIds": [target, "nope"]}).status_code == 204
    assert wb.get(f"/transcriptions/{target}").status_code == 404


def test_room_theme_uploads_and_presets(wb: httpx.Client) -> None:
    meeting = _meeting(wb)
    room = meeting["roomName"].lstrip("/")
    colours = {"tokens": {"colors": {"primary": "#112233", "focus": "#abcdef"}}, "tokensPreset": "custom"}
    assert wb.put(f"/rooms/{room}/theme/tokens", json=colours).status_code == 204
    bad_colour = wb.put(f"/rooms/{room}/theme/tokens", json={"tokens": {"colors": {"primary": "red"}}})
    assert bad_colour.status_code == 400 and '"tokens.colors.primary"' in bad_colour.json()["error"]

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    for part in ("logo", "room-background", "room-knock-page-background"):
        upload = wb.put(f"/rooms/{room}/theme/{part}", files={"image": ("logo.png", png, "image/png")})
        assert upload.status_code == 204, part
        no_image = wb.put(f"/rooms/{room}/theme/{part}", files={"other": ("x.png", png, "image/png")})
        assert no_image.status_code == 400 and '"image"' in no_image.json()["error"]
        text = wb.put(f"/rooms/{room}/theme/{part}", content=b"image", headers={"Content-Type": "text/plain"})
        assert text.status_code == 400 and text.json() == {"error": "Invalid content type"}
    assert wb.put(f"/rooms/{room}/theme/logo", json={"theme": "default"}).status_code == 204
    preset = {"palette": "purple", "theme": "mountains"}
    assert wb.put(f"/rooms/{room}/theme/room-background", json=preset).status_code == 204
    assert wb.put(f"/rooms/{room}/theme/room-knock-page-background", json={"palette": "pink"}).status_code == 400
    # Seeded rooms can be styled too; unknown and deleted rooms cannot.
    assert wb.put("/rooms/sandbox-retro/theme/logo", json={"theme": "default"}).status_code == 204
    assert wb.put("/rooms/no-such-room/theme/logo", json={"theme": "default"}).status_code == 404
    assert wb.delete(f"/meetings/{meeting['meetingId']}").status_code == 204
    assert wb.put(f"/rooms/{room}/theme/tokens", json=colours).status_code == 404


def test_insights_over_seeded_sessions(wb: httpx.Client) -> None:
    rooms = wb.get("/insights/rooms").json()
    assert {room["roomName"] for room in rooms["results"]} == {"/sandbox-standup", "/sandbox-retro", "/sandbox-webinar"}
    assert rooms["cursor"] is None
    exact = wb.get("/insights/rooms", params={"roomName[exact]": "/sandbox-retro"}).json()["results"]
    assert [room["roomName"] for room in exact] == ["/sandbox-retro"]
    prefix = wb.get("/insights/rooms", params={"roomName[startsWith]": "/sandbox-s"}).json()["results"]
    assert [room["roomName"] for room in prefix] == ["/sandbox-standup"]
    window = wb.get("/insights/rooms", params={"createdAt[from]": "2024-04-12T00:00:00Z"}).json()["results"]
    assert {room["roomName"] for room in window} == {"/sandbox-retro", "/sandbox-webinar"}
    bad_window = wb.get("/insights/rooms", params={"createdAt[to]": "soon"})
    assert bad_window.status_code == 400 and '"createdAt[to]"' in bad_window.json()["error"]
    ordered = wb.get("/insights/rooms", params={"sortBy": "totalSessions:desc"}).json()["results"]
    assert [r["totalSessions"] for r in ordered] == sorted((r["totalSessions"] for r in ordered), reverse=True)

    sessions = wb.get("/insights/room-sessions", params={"roomName": "/sandbox-standup"}).json()["results"]
    assert sessions and all(s["roomName"] == "/sandbox-standup" for s in sessions)
    assert wb.get("/insights/room-sessions").status_code == 400
    one = wb.get("/insights/room-sessions", params={"roomName": "/sandbox-standup", "roomSessionId": "x"}).json()
    assert one["results"] == []

    session_id = sessions[0]["roomSessionId"]
    participants = wb.get("/insights/participants", params={"roomSessionId": session_id}).json()["results"]
    assert participants and all(p["roomSessionId"] == session_id for p in participants)
    external = participants[0]["externalId"]
    by_external = wb.get("/insights/participants", params={"externalId": external}).json()["results"]
    assert by_external and all(p["externalId"] == external for p in by_external)
    neither = wb.get("/insights/participants")
    assert neither.status_code == 400 and '"roomSessionId"' in neither.json()["error"]

    detail = wb.get(
        "/insights/participant",
        params={"roomSessionId": session_id, "participantId": participants[0]["participantId"]},
    )
    assert detail.status_code == 200 and detail.json()[0]["displayName"] == participants[0]["displayName"]
    unknown = wb.get("/insights/participant", params={"roomSessionId": session_id, "participantId": "nobody"})
    assert unknown.status_code == 404


def test_room_name_prefix_is_lowercased_and_stripped_of_whitespace(wb: httpx.Client) -> None:
    created = wb.post("/meetings", json={"endDate": "2099-03-25T13:30:00.000Z", "roomNamePrefix": " Customer 0348-"})
    assert created.status_code == 201
    assert created.json()["roomName"].startswith("/customer0348-")
    wb.delete(f"/meetings/{created.json()['meetingId']}")
