"""Deterministic history for a fresh sandbox: rooms with past sessions, members, events, recordings and logs
(SignalWire), and rooms with sessions, participants, recordings, transcriptions and summaries (Whereby)."""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid

import videoconf.sandbox._schemas as vs
from videoconf.sandbox._signalwire import create_room_record
from videoconf.sandbox._state import Ids, Job, JSONObject, SandboxState, WherebyItem, WherebyMeeting
from videoconf.sandbox._time import format_instant
from videoconf.sandbox._whereby import ROOM_HOST, summary_text

__all__ = ["EPOCH", "project_uuid", "seed_state"]

# Seeded history is anchored to a fixed instant so that one seed always yields byte-identical data.
EPOCH = dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.UTC)
PEOPLE = ("Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Ken", "Radia", "Edsger", "Frances")
SIGNALWIRE_ROOMS = (("sandbox_standup", "Sandbox stand-up"), ("sandbox_all_hands", "Sandbox all hands"))
WHEREBY_ROOMS = ("/sandbox-standup", "/sandbox-retro", "/sandbox-webinar")
SIGNALWIRE_SESSIONS = 6
# Which seeded SignalWire session is still running (its room then has an active session).
RUNNING_SESSION = 4
PARTICIPANT_RATE = 0.0045
RECORDING_RATE = 0.01


def project_uuid(project: str) -> str:
    """The project id as a UUID, as event records need one; a project given as a UUID is kept."""
    try:
        return str(uuid.UUID(project))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"videoconf-sandbox:signalwire-project:{project}"))


def _at(instant: dt.datetime | None) -> str | None:
    return None if instant is None else format_instant(instant)


def seed_state(state: SandboxState, seed: int, extra_rooms: int = 0) -> None:
    rng = random.Random(f"videoconf-sandbox:{seed}:history")
    _seed_signalwire(state, rng)
    _seed_whereby(state, rng)
    # Last, so that every id seeded before them is the same as it was before meetings were seeded.
    _seed_meetings(state)
    width = len(str(extra_rooms))
    for number in range(1, extra_rooms + 1):
        created = format_instant(EPOCH - dt.timedelta(days=60, seconds=extra_rooms - number))
        create_room_record(state, vs.CreateRoomRequest(name=f"seeded_room_{number:0{width}d}"), created)


def _seed_signalwire(state: SandboxState, rng: random.Random) -> None:
    sw, ids = state.signalwire, state.ids
    rooms = []
    for index, (name, display_name) in enumerate(SIGNALWIRE_ROOMS):
        created = format_instant(EPOCH - dt.timedelta(days=30 - index))
        body = vs.CreateRoomRequest(name=name, display_name=display_name, max_members=25, enable_room_previews=True)
        rooms.append(create_room_record(state, body, created))
    for number in range(SIGNALWIRE_SESSIONS):
        room = rooms[number % len(rooms)]
        running = number == RUNNING_SESSION
        start = EPOCH + dt.timedelta(days=number, minutes=rng.randrange(0, 120))
        end = None if running else start + dt.timedelta(seconds=rng.randrange(900, 3600))
        session_id = ids.uuid()
        members = _members(ids, rng, session_id, start, end)
        recordings = _recordings(state, rng, session_id, start, end)
        member_cost = sum(member["cost_in_dollars"] for member in members)
        recording_cost = sum(recording["cost_in_dollars"] for recording in recordings)
        sw.sessions[session_id] = {
            "id": session_id,
            "room_id": room["id"],
            "name": room["name"],
            "display_name": room["display_name"],
            "max_members": room["max_members"],
            "quality": room["quality"],
            "fps": room["fps"],
            "join_from": None,
            "join_until": None,
            "remove_at": None,
            "remove_after_seconds_elapsed": None,
            "layout": room["layout"],
            "record_on_start": False,
            "tone_on_entry_and_exit": True,
            "room_join_video_off": False,
            "user_join_video_off": False,
            "locked": False,
            "start_time": _at(start),
            "end_time": _at(end),
            "duration": None if end is None else int((end - start).total_seconds()),
            "status": "in-progress" if running else "completed",
            "created_at": _at(start),
            "updated_at": _at(end or start),
            "preview_url": f"https://media.sandbox.invalid/previews/{session_id}.webp" if running else None,
            "prioritize_handraise": False,
            "sync_audio_video": False,
            "cost_in_dollars": round(member_cost + recording_cost, 4),
            "enable_room_previews": room["enable_room_previews"],
            "locked_cover": "https://media.sandbox.invalid/covers/locked.png",
        }
        sw.session_members[session_id] = members
        sw.session_events[session_id] = _events(
            ids, sw.project_id, room["id"], session_id, start, end, members, recordings
        )
        for recording in recordings:
            sw.recordings[recording["id"]] = recording
        log_id = ids.uuid()
        sw.logs[log_id] = {
            "id": log_id,
            "source": "realtime_api",
            "type": "video_room_session",
            "url": "",
            "room_name": room["name"],
            "status": "in-progress" if running else "completed",
            "locked": False,
            "started_at": _at(start),
            "ended_at": _at(end),
            "charge": round(member_cost + recording_cost, 4),
            "created_at": _at(start),
            "charge_details": [
                {"description": "Video participant minutes", "charge": round(member_cost, 4)},
                {"description": "Video recording minutes", "charge": round(recording_cost, 4)},
            ],
        }
    for number in range(2):
        log_id = ids.uuid()
        discarded_log_created = EPOCH - dt.timedelta(days=10 - number)
        sw.logs[log_id] = {
            "id": log_id,
            "discarded_at": _at(discarded_log_created + dt.timedelta(days=3)),
            "created_at": _at(discarded_log_created),
        }


def _members(
    ids: Ids, rng: random.Random, session_id: str, start: dt.datetime, end: dt.datetime | None
) -> list[JSONObject]:
    members = []
    for name in rng.sample(PEOPLE, rng.randrange(2, 6)):
        joined = start + dt.timedelta(seconds=rng.randrange(0, 300))
        left = None if end is None else min(end, joined + dt.timedelta(seconds=rng.randrange(300, 3600)))
        seconds = None if left is None else int((left - joined).total_seconds())
        members.append(
            {
                "id": ids.uuid(),
                "room_session_id": session_id,
                "name": name,
                "join_time": _at(joined),
                "leave_time": _at(left),
                "duration": seconds,
                "cost_in_dollars": round((seconds or 0) / 60 * PARTICIPANT_RATE, 4),
            }
        )
    return members


def _recordings(
    state: SandboxState, rng: random.Random, session_id: str, start: dt.datetime, end: dt.datetime | None
) -> list[JSONObject]:
    if end is not None and rng.random() < 0.4:
        return []
    began = start + dt.timedelta(seconds=60)
    finished = None if end is None else end - dt.timedelta(seconds=30)
    seconds = None if finished is None else int((finished - began).total_seconds())
    return [
        {
            "id": state.ids.uuid(),
            "room_session_id": session_id,
            "status": "recording" if finished is None else "completed",
            "started_at": _at(began),
            "finished_at": _at(finished),
            "duration": seconds,
            "size_in_bytes": None if seconds is None else seconds * rng.randrange(120_000, 250_000),
            "format": "video/mp4",
            "cost_in_dollars": round((seconds or 0) / 60 * RECORDING_RATE, 4),
            "uri": None,
            "created_at": _at(began),
            "updated_at": _at(finished or began),
        }
    ]


def _events(
    ids: Ids,
    project_id: str,
    room_id: str,
    session_id: str,
    start: dt.datetime,
    end: dt.datetime | None,
    members: list[JSONObject],
    recordings: list[JSONObject],
) -> list[JSONObject]:
    happenings: list[tuple[str, str, str | None, str | None, JSONObject]] = [
        (format_instant(start), "session.started", None, None, {})
    ]
    for member in members:
        payload = {"member_name": member["name"]}
        happenings.append((member["join_time"], "member.joined", None, member["id"], payload))
        if member["leave_time"] is not None:
            happenings.append((member["leave_time"], "member.left", None, member["id"], payload))
    for recording in recordings:
        happenings.append((recording["started_at"], "recording.started", recording["id"], None, {}))
        if recording["finished_at"] is not None:
            happenings.append((recording["finished_at"], "recording.ended", recording["id"], None, {}))
    if end is not None:
        happenings.append((format_instant(end), "session.ended", None, None, {}))
    happenings.sort(key=lambda happening: happening[0])
    return [
        {
            "id": ids.uuid(),
            "project_id": project_id,
            "room_id": room_id,
            "room_session_id": session_id,
            "room_recording_id": recording_id,
            "room_participant_id": participant_id,
            "level": "info",
            "name": name,
            "payload": payload,
            "created_at": at,
        }
        for at, name, recording_id, participant_id, payload in happenings
    ]


def _seed_whereby(state: SandboxState, rng: random.Random) -> None:
    wb = state.whereby
    for index, room_name in enumerate(WHEREBY_ROOMS):
        created = EPOCH - dt.timedelta(days=20 - index)
        wb.rooms[room_name.lstrip("/")] = {}
        sessions = []
        for number in range(rng.randrange(2, 4)):
            started = EPOCH + dt.timedelta(days=number * 2 + index, minutes=rng.randrange(0, 240))
            ended = started + dt.timedelta(minutes=rng.randrange(15, 90))
            sessions.append(_whereby_session(state, rng, room_name, started, ended))
        ratings = [p["rating"] for s in sessions for p in s["participants"] if p["rating"] is not None]
        wb.insights_rooms.append(
            {
                "roomName": room_name,
                "createdAt": format_instant(created),
                "endAt": format_instant(created + dt.timedelta(days=365)),
                "firstSessionStartedAt": min(s["summary"]["startedAt"] for s in sessions),
                "lastSessionStartedAt": max(s["summary"]["startedAt"] for s in sessions),
                **_totals([s["summary"] for s in sessions]),
                "totalUniqueParticipants": len({p["externalId"] for s in sessions for p in s["participants"]}),
                "totalSessions": len(sessions),
                "rating": round(sum(ratings) / len(ratings), 2) if ratings else None,
                "totalRatings": len(ratings) if ratings else None,
            }
        )


# Seeded meetings end in the far future, so that they are never purged yet stay the same for one seed.
MEETING_END = dt.datetime(2099, 12, 31, 23, 0, tzinfo=dt.UTC)


def _seed_meetings(state: SandboxState) -> None:
    """One meeting for each seeded Whereby room, so that `meetings list` has something to show."""
    wb, ids = state.whereby, state.ids
    for index, room_name in enumerate(WHEREBY_ROOMS):
        room_url = ROOM_HOST + room_name
        meeting = WherebyMeeting(
            wire={
                "meetingId": ids.digits(9),
                "roomName": room_name,
                "roomUrl": room_url,
                "startDate": format_instant(EPOCH + dt.timedelta(days=index)),
                "endDate": format_instant(MEETING_END),
            },
            host_room_url=f"{room_url}?roomKey={ids.secret(18)}",
            viewer_room_url=f"{ROOM_HOST}/v{room_name}?viewerKey={ids.secret(18)}",
            expires_at=MEETING_END + dt.timedelta(hours=1),
        )
        wb.meetings[meeting.wire["meetingId"]] = meeting


def _totals(summaries: list[JSONObject]) -> JSONObject:
    names = ("totalParticipantMinutes", "totalRecorderMinutes", "totalStreamerMinutes")
    totals: JSONObject = {name: sum(s[name] for s in summaries) for name in names}
    totals["totalUniqueRecorders"] = max(s["totalUniqueRecorders"] for s in summaries)
    totals["totalUniqueStreamers"] = 0
    return totals


def _whereby_session(
    state: SandboxState, rng: random.Random, room_name: str, started: dt.datetime, ended: dt.datetime
) -> JSONObject:
    wb, ids = state.whereby, state.ids
    session_id = ids.uuid()
    participants = []
    minutes = 0
    for role_index, name in enumerate(rng.sample(PEOPLE, rng.randrange(2, 5))):
        joined = started + dt.timedelta(seconds=rng.randrange(0, 120))
        left = ended - dt.timedelta(seconds=rng.randrange(0, 120))
        # Whereby counts each connection in whole minutes, rounded up.
        minutes += math.ceil((left - joined).total_seconds() / 60)
        rating = rng.choice((None, 3, 4, 5))
        participant_id = ids.uuid()
        participant: JSONObject = {
            "roomSessionId": session_id,
            "participantId": participant_id,
            "deviceId": ids.uuid(),
            "userId": ids.uuid(),
            "roleName": "host" if role_index == 0 else "visitor",
            "displayName": name,
            "joinedAt": format_instant(joined),
            "leftAt": format_instant(left),
            "externalId": f"ext-{name.lower()}",
            "rating": rating,
            "tags": None if rating is None else rng.sample(["audio", "video", "network", "ui"], 2),
            "comment": None if rating is None else "Went well.",
        }
        participants.append(participant)
        wb.participant_details[(session_id, participant_id)] = [
            {
                "displayName": name,
                "userRole": participant["roleName"],
                "userAgent": "Mozilla/5.0 (X11; Linux x86_64) videoconf-sandbox",
                "timeStamp": format_instant(joined),
                "sampleRateMs": 10000,
                "samples": {
                    "packetLoss": [round(rng.random() * 2, 3) for _ in range(6)],
                    "bitrateKbps": [rng.randrange(800, 2500) for _ in range(6)],
                },
                "events": [],
            }
        ]
    wb.insights_participants.extend(participants)
    recorded = rng.random() < 0.7
    recorder_minutes = math.ceil((ended - started).total_seconds() / 60) if recorded else 0
    summary: JSONObject = {
        "roomSessionId": session_id,
        "roomName": room_name,
        "startedAt": format_instant(started),
        "endedAt": format_instant(ended),
        "totalParticipantMinutes": minutes,
        "totalRecorderMinutes": recorder_minutes,
        "totalStreamerMinutes": 0,
        "totalUniqueParticipants": len(participants),
        "totalUniqueRecorders": 1 if recorded else 0,
        "totalUniqueStreamers": 0,
        "rating": None,
        "totalRatings": None,
    }
    ratings: list[int] = [p["rating"] for p in participants if p["rating"] is not None]
    if ratings:
        summary.update(rating=round(sum(ratings) / len(ratings), 2), totalRatings=len(ratings))
    wb.insights_sessions.append(summary)
    if recorded:
        _whereby_recording(state, rng, room_name, session_id, started, ended)
    return {"summary": summary, "participants": participants}


def _whereby_recording(
    state: SandboxState, rng: random.Random, room_name: str, session_id: str, started: dt.datetime, ended: dt.datetime
) -> None:
    wb, ids = state.whereby, state.ids
    recording_id = ids.uuid()
    stem = f"{room_name.lstrip('/')}-{started:%Y-%m-%dT%H%M}"
    wb.recordings[recording_id] = WherebyItem(
        wire={
            "recordingId": recording_id,
            "roomSessionId": session_id,
            "filename": f"{stem}.mp4",
            "startDate": format_instant(started),
            "endDate": format_instant(ended),
            "sizeInMegaBytes": round((ended - started).total_seconds() / 60 * rng.uniform(8, 15), 1),
        },
        room_name=room_name,
    )
    if rng.random() < 0.4:
        return
    transcription_id = ids.uuid()
    seconds = (ended - started).total_seconds()
    created = ended + dt.timedelta(minutes=5)
    wb.transcriptions[transcription_id] = Job(
        wire={
            "transcriptionId": transcription_id,
            "roomSessionId": session_id,
            "filename": f"{stem}.txt",
            "roomName": room_name,
            "startDate": format_instant(started),
            "endDate": format_instant(ended),
            "state": "ready",
            "createdAt": format_instant(created),
            "durationInSeconds": seconds,
            "type": "RECORDING_TRANSCRIPTION",
            "storageType": "WHEREBY_HOSTED",
        },
        ready_at=0.0,
    )
    if rng.random() < 0.5:
        return
    summary_id = ids.uuid()
    wb.summaries[summary_id] = Job(
        wire={
            "summaryId": summary_id,
            "transcriptionId": transcription_id,
            "summary": summary_text(room_name, round(seconds / 60)),
            "roomSessionId": session_id,
            "roomName": room_name,
            "startDate": format_instant(started),
            "endDate": format_instant(ended),
            "state": "completed",
            "createdAt": format_instant(created + dt.timedelta(minutes=2)),
            "modifiedAt": format_instant(created + dt.timedelta(minutes=3)),
            "template": rng.choice(("General Narrative", "General Bulleted", "SOAP")),
        },
        ready_at=0.0,
    )
