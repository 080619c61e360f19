"""A user's program that calls every one of the 60 methods, type-checked by `mypy --strict` and run against the sandbox.

If a method loses a keyword or changes a type, mypy fails on this file; if the sandbox and the client disagree on the
wire, the run fails.
"""

from __future__ import annotations

import asyncio
import datetime

from videoconf import AsyncSignalWire, AsyncWhereby, NotFoundError, SignalWire, Whereby
from videoconf._generated.models import Conference, DiscardedLog, Log, Room, VideoLayout, VideoQuality
from videoconf.sandbox import RunningSandbox


def exercise_signalwire(sw: SignalWire) -> int:
    calls = 0
    room: Room = sw.rooms.create(
        name="e2e-room",
        display_name="E2E",
        quality=VideoQuality.HD_720P,
        layout="2x2",
        join_from=datetime.date(2030, 1, 1),
    )
    assert room.join_from == datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    assert room.layout is VideoLayout.GRID_2X2
    assert any(r.id == room.id for r in sw.rooms.list(page_size=1))
    assert sw.rooms.get(room.id).name == "e2e-room"
    assert sw.rooms.get_by_name("e2e-room").id == room.id
    assert sw.rooms.update(room.id, display_name="Renamed", max_members=5).display_name == "Renamed"
    stream = sw.rooms.create_stream(room.id, url="rtmp://example.com/live/one")
    assert [s.id for s in sw.rooms.list_streams(room.id)] == [stream.id]
    assert sw.streams.get(stream.id).url == "rtmp://example.com/live/one"
    assert sw.streams.update(stream.id, url="rtmps://example.com/live/two").url == "rtmps://example.com/live/two"
    sw.streams.delete(stream.id)
    token = sw.room_tokens.create(room_name="e2e-room", user_name="ada", permissions=["room.self.audio_mute"])
    assert token.token
    calls += 12

    conference: Conference = sw.conferences.create(display_name="All hands", size="large", join_until="2031-01-01")
    assert sw.conferences.get(conference.id, include_active_session=True).id == conference.id
    assert any(c.id == conference.id for c in sw.conferences.list())
    assert sw.conferences.update(conference.id, display_name="All hands 2").display_name == "All hands 2"
    tokens = list(sw.conferences.list_tokens(conference.id))
    assert tokens
    first = sw.conference_tokens.get(tokens[0].id)
    assert sw.conference_tokens.reset(first.id).token != first.token
    conference_stream = sw.conferences.create_stream(conference.id, url="rtmp://example.com/live/c")
    assert [s.id for s in sw.conferences.list_streams(conference.id)] == [conference_stream.id]
    sw.conferences.delete(conference.id)
    calls += 10

    session = next(iter(sw.room_sessions.list()))
    assert sw.room_sessions.get(session.id).id == session.id
    list(sw.room_sessions.list_events(session.id))
    list(sw.room_sessions.list_members(session.id))
    list(sw.room_sessions.list_recordings(session.id))
    recording = next(iter(sw.room_recordings.list()))
    assert sw.room_recordings.get(recording.id).id == recording.id
    list(sw.room_recordings.list_events(recording.id))
    sw.room_recordings.delete(recording.id)
    log = next(iter(sw.logs.list(include_deleted=True)))
    fetched: Log | DiscardedLog = sw.logs.get(log.id)
    assert fetched.id == log.id
    calls += 11

    sw.rooms.delete(room.id)
    try:
        sw.rooms.get(room.id)
    except NotFoundError:
        pass
    else:
        raise AssertionError("a deleted room is still there")
    return calls + 2


def exercise_whereby(wb: Whereby) -> int:
    end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    meeting = wb.meetings.create(end_date=end, room_mode="group", fields=["hostRoomUrl"])
    assert wb.meetings.get(meeting.meeting_id, fields=["hostRoomUrl"]).meeting_id == meeting.meeting_id
    assert any(m.meeting_id == meeting.meeting_id for m in wb.meetings.list(limit=1))
    assert isinstance(meeting.room_name, str)
    room_name = meeting.room_name.lstrip("/")
    wb.rooms.update_theme_tokens(room_name, tokens_preset="default")
    wb.rooms.update_logo(room_name, image=b"\x89PNG\r\n\x1a\n")
    wb.rooms.update_room_background(room_name, palette="grey")
    wb.rooms.update_knock_page_background(room_name, theme="mountains")

    wb.meetings.delete(meeting.meeting_id)

    recordings = list(wb.recordings.list())
    assert len(recordings) >= 3
    first = recordings[0].recording_id
    assert wb.recordings.get(first).recording_id == first
    assert wb.recordings.get_access_link(first, valid_for_seconds=60).access_link
    created = wb.transcriptions.create(recording_id=first)
    transcription = wb.transcriptions.get(created.transcription_id)
    assert any(t.transcription_id == transcription.transcription_id for t in wb.transcriptions.list())
    assert wb.transcriptions.get_access_link(transcription.transcription_id).access_link
    summary = wb.summaries.create(transcription_id=transcription.transcription_id)
    assert wb.summaries.get(summary.summary_id).summary_id == summary.summary_id
    assert any(s.summary_id == summary.summary_id for s in wb.summaries.list())
    wb.summaries.delete(summary.summary_id)
    wb.transcriptions.delete(transcription.transcription_id)
    other = wb.transcriptions.create(recording_id=recordings[1].recording_id)
    wb.transcriptions.bulk_delete(transcription_ids=[other.transcription_id])
    wb.recordings.delete(first)
    wb.recordings.bulk_delete(recording_ids=[recordings[2].recording_id])

    insight_room = next(iter(wb.insights.rooms()))
    sessions = list(wb.insights.room_sessions(room_name=insight_room.room_name))
    participants = list(wb.insights.participants(room_session_id=sessions[0].room_session_id))
    session_id, participant_id = sessions[0].room_session_id, participants[0].participant_id
    details = wb.insights.participant(room_session_id=session_id, participant_id=participant_id)
    assert isinstance(details, list)
    return 27


async def exercise_async(sandbox: RunningSandbox) -> None:
    config = sandbox.config
    async with (
        AsyncSignalWire(
            project_id=config.signalwire_project, token=config.signalwire_token, base_url=sandbox.signalwire_url
        ) as sw,
        AsyncWhereby(api_key=config.whereby_key, base_url=sandbox.whereby_url) as wb,
    ):
        room = await sw.rooms.create(name="e2e-async")
        assert (await sw.rooms.get_by_name("e2e-async")).id == room.id
        names = [r.name async for r in sw.rooms.list(page_size=1)]
        assert "e2e-async" in names
        page = await sw.rooms.list(page_size=1)
        assert len(page.data) == 1
        await sw.rooms.delete(room.id)
        meetings = [m async for m in wb.meetings.list()]
        assert isinstance(meetings, list)


def test_every_method_against_the_sandbox(signalwire: SignalWire, whereby: Whereby) -> None:
    assert exercise_signalwire(signalwire) + exercise_whereby(whereby) >= 60


def test_async_twins_against_the_sandbox(sandbox: RunningSandbox) -> None:
    asyncio.run(exercise_async(sandbox))
