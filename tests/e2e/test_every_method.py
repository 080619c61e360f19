"""A user's program that calls every method of both clients, sync and async, type-checked by `mypy --strict` and
run against the sandbox.

If a method loses a keyword or changes a type, mypy fails on this file; if the sandbox and the client disagree on the
wire, the run fails. What was covered is counted from the requests actually sent (an httpx event hook naming each
request's operation), and compared with the contract's operations.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import re
from collections import Counter
from collections.abc import AsyncIterable, Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from tests.conftest import PROCESSING_SECONDS, ContractChecker
from videoconf import AsyncSignalWire, AsyncWhereby, NotFoundError, SignalWire, Whereby
from videoconf._generated._operations import OPERATIONS
from videoconf._generated.models import Conference, DiscardedLog, Log, Room, VideoLayout, VideoQuality
from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox

T = TypeVar("T")


class SentOperations:
    """An httpx event hook that names the contract operation of every request sent, by method and path template."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        prefixes = {"signalwire": urlsplit(sandbox.signalwire_url).path, "whereby": urlsplit(sandbox.whereby_url).path}
        self._routes = [
            (
                spec.method,
                re.compile(re.escape(prefixes[spec.vendor]) + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(spec.path))),
                op_id,
            )
            for op_id, spec in OPERATIONS.items()
        ]
        self.sent: Counter[str] = Counter()

    def record(self, request: httpx.Request) -> None:
        found = [
            op_id
            for method, path, op_id in self._routes
            if method == request.method and path.fullmatch(request.url.path)
        ]
        assert len(found) == 1, f"{request.method} {request.url.path} is not exactly one operation: {found}"
        self.sent[found[0]] += 1

    async def record_async(self, request: httpx.Request) -> None:
        self.record(request)


def exercise_signalwire(sw: SignalWire) -> None:
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

    sw.rooms.delete(room.id)
    try:
        sw.rooms.get(room.id)
    except NotFoundError:
        pass
    else:
        raise AssertionError("a deleted room is still there")


def exercise_whereby(wb: Whereby) -> None:
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


async def first(items: AsyncIterable[T]) -> T:
    async for item in items:
        return item
    raise AssertionError("an empty list")


async def collect(items: AsyncIterable[T]) -> list[T]:
    return [item async for item in items]


async def exercise_signalwire_async(sw: AsyncSignalWire) -> None:
    room: Room = await sw.rooms.create(
        name="e2e-room",
        display_name="E2E",
        quality=VideoQuality.HD_720P,
        layout="2x2",
        join_from=datetime.date(2030, 1, 1),
    )
    assert room.layout is VideoLayout.GRID_2X2
    assert any(r.id == room.id for r in await collect(sw.rooms.list(page_size=1)))
    assert len((await sw.rooms.list(page_size=1)).data) == 1
    assert (await sw.rooms.get(room.id)).name == "e2e-room"
    assert (await sw.rooms.get_by_name("e2e-room")).id == room.id
    assert (await sw.rooms.update(room.id, display_name="Renamed", max_members=5)).display_name == "Renamed"
    stream = await sw.rooms.create_stream(room.id, url="rtmp://example.com/live/one")
    assert [s.id for s in await collect(sw.rooms.list_streams(room.id))] == [stream.id]
    assert (await sw.streams.get(stream.id)).url == "rtmp://example.com/live/one"
    updated = await sw.streams.update(stream.id, url="rtmps://example.com/live/two")
    assert updated.url == "rtmps://example.com/live/two"
    await sw.streams.delete(stream.id)
    token = await sw.room_tokens.create(room_name="e2e-room", user_name="ada", permissions=["room.self.audio_mute"])
    assert token.token

    conference: Conference = await sw.conferences.create(
        display_name="All hands", size="large", join_until="2031-01-01"
    )
    assert (await sw.conferences.get(conference.id, include_active_session=True)).id == conference.id
    assert any(c.id == conference.id for c in await collect(sw.conferences.list()))
    renamed = await sw.conferences.update(conference.id, display_name="All hands 2")
    assert renamed.display_name == "All hands 2"
    tokens = await collect(sw.conferences.list_tokens(conference.id))
    conference_token = await sw.conference_tokens.get(tokens[0].id)
    assert (await sw.conference_tokens.reset(conference_token.id)).token != conference_token.token
    conference_stream = await sw.conferences.create_stream(conference.id, url="rtmp://example.com/live/c")
    assert [s.id for s in await collect(sw.conferences.list_streams(conference.id))] == [conference_stream.id]
    await sw.conferences.delete(conference.id)

    session = await first(sw.room_sessions.list())
    assert (await sw.room_sessions.get(session.id)).id == session.id
    await collect(sw.room_sessions.list_events(session.id))
    await collect(sw.room_sessions.list_members(session.id))
    await collect(sw.room_sessions.list_recordings(session.id))
    recording = await first(sw.room_recordings.list())
    assert (await sw.room_recordings.get(recording.id)).id == recording.id
    await collect(sw.room_recordings.list_events(recording.id))
    await sw.room_recordings.delete(recording.id)
    log = await first(sw.logs.list(include_deleted=True))
    fetched: Log | DiscardedLog = await sw.logs.get(log.id)
    assert fetched.id == log.id

    await sw.rooms.delete(room.id)
    try:
        await sw.rooms.get(room.id)
    except NotFoundError:
        pass
    else:
        raise AssertionError("a deleted room is still there")


async def exercise_whereby_async(wb: AsyncWhereby) -> None:
    end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    meeting = await wb.meetings.create(end_date=end, room_mode="group", fields=["hostRoomUrl"])
    assert (await wb.meetings.get(meeting.meeting_id, fields=["hostRoomUrl"])).meeting_id == meeting.meeting_id
    assert any(m.meeting_id == meeting.meeting_id for m in await collect(wb.meetings.list(limit=1)))
    assert isinstance(meeting.room_name, str)
    room_name = meeting.room_name.lstrip("/")
    await wb.rooms.update_theme_tokens(room_name, tokens_preset="default")
    await wb.rooms.update_logo(room_name, image=b"\x89PNG\r\n\x1a\n")
    await wb.rooms.update_room_background(room_name, palette="grey")
    await wb.rooms.update_knock_page_background(room_name, theme="mountains")
    await wb.meetings.delete(meeting.meeting_id)

    recordings = await collect(wb.recordings.list())
    assert len(recordings) >= 3
    recording_id = recordings[0].recording_id
    assert (await wb.recordings.get(recording_id)).recording_id == recording_id
    assert (await wb.recordings.get_access_link(recording_id, valid_for_seconds=60)).access_link
    created = await wb.transcriptions.create(recording_id=recording_id)
    transcription = await wb.transcriptions.get(created.transcription_id)
    transcriptions = await collect(wb.transcriptions.list())
    assert any(t.transcription_id == transcription.transcription_id for t in transcriptions)
    assert (await wb.transcriptions.get_access_link(transcription.transcription_id)).access_link
    summary = await wb.summaries.create(transcription_id=transcription.transcription_id)
    assert (await wb.summaries.get(summary.summary_id)).summary_id == summary.summary_id
    assert any(s.summary_id == summary.summary_id for s in await collect(wb.summaries.list()))
    await wb.summaries.delete(summary.summary_id)
    await wb.transcriptions.delete(transcription.transcription_id)
    other = await wb.transcriptions.create(recording_id=recordings[1].recording_id)
    await wb.transcriptions.bulk_delete(transcription_ids=[other.transcription_id])
    await wb.recordings.delete(recording_id)
    await wb.recordings.bulk_delete(recording_ids=[recordings[2].recording_id])

    insight_room = await first(wb.insights.rooms())
    sessions = await collect(wb.insights.room_sessions(room_name=insight_room.room_name))
    participants = await collect(wb.insights.participants(room_session_id=sessions[0].room_session_id))
    session_id, participant_id = sessions[0].room_session_id, participants[0].participant_id
    details = await wb.insights.participant(room_session_id=session_id, participant_id=participant_id)
    assert isinstance(details, list)


def test_every_method_against_the_sandbox(sandbox: RunningSandbox, checker: ContractChecker) -> None:
    sent = SentOperations(sandbox)
    hooks: dict[str, list[Callable[..., Any]]] = {"request": [sent.record], "response": [checker.check]}
    config = sandbox.config
    with (
        httpx.Client(event_hooks=hooks) as http,
        SignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=sandbox.signalwire_url,
            http_client=http,
        ) as sw,
        Whereby(api_key=config.whereby_key, base_url=sandbox.whereby_url, http_client=http) as wb,
    ):
        exercise_signalwire(sw)
        exercise_whereby(wb)
    assert set(sent.sent) == set(OPERATIONS), f"never sent: {sorted(set(OPERATIONS) - set(sent.sent))}"


@contextlib.contextmanager
def fresh_sandbox() -> Iterator[RunningSandbox]:
    # The sync run deleted seeded recordings: the async twins get seeded data of their own.
    with running_sandbox(SandboxConfig(processing_seconds=PROCESSING_SECONDS)) as sandbox:
        yield sandbox


async def exercise_async(sandbox: RunningSandbox, sent: SentOperations) -> None:
    config = sandbox.config
    async with (
        httpx.AsyncClient(event_hooks={"request": [sent.record_async]}) as http,
        AsyncSignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=sandbox.signalwire_url,
            http_client=http,
        ) as sw,
        AsyncWhereby(api_key=config.whereby_key, base_url=sandbox.whereby_url, http_client=http) as wb,
    ):
        await exercise_signalwire_async(sw)
        await exercise_whereby_async(wb)


def test_every_async_twin_against_the_sandbox() -> None:
    with fresh_sandbox() as sandbox:
        sent = SentOperations(sandbox)
        asyncio.run(exercise_async(sandbox, sent))
    assert set(sent.sent) == set(OPERATIONS), f"never sent: {sorted(set(OPERATIONS) - set(sent.sent))}"
