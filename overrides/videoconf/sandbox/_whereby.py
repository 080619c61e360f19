"""Whereby operations: meetings, recordings, transcriptions, summaries, room themes and insights."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import videoconf.sandbox._schemas as vs
import videoconf.sandbox._schemas._endpoints as ep
from videoconf.sandbox._errors import Invalid, NotFound, Problem
from videoconf.sandbox._events import announce_transcription
from videoconf.sandbox._pagination import cursor_page
from videoconf.sandbox._registry import Call, Registry, Reply
from videoconf.sandbox._signalwire import MEDIA_HOST, wire
from videoconf.sandbox._state import Job, JSONObject, WherebyItem, WherebyMeeting, WherebyState
from videoconf.sandbox._time import format_instant, parse_instant

__all__ = ["ROOM_HOST", "registry"]

registry = Registry("whereby")
op = registry.op

# Room links point at a reserved, never-resolving host: nobody can join a sandbox meeting.
ROOM_HOST = "https://sandbox.whereby.invalid"
HUMAN_SHORT_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
# What a room name prefix may hold once lowercased and stripped of whitespace: the guides name letters and digits,
# and every prefix they show ends in a hyphen. The contract states no pattern (the vendor's matches any string), so
# this is the sandbox's reading of a server that builds room URLs from it.
ROOM_NAME_PREFIX = re.compile(r"[a-z0-9-]*", re.ASCII)
# Dial-in numbers from the 555-01xx range, which North American numbering reserves for fiction: nobody can be called.
DIAL_IN_NUMBERS = (
    {"countryCode": "US", "phoneNumber": "202-555-0147"},
    {"countryCode": "CA", "phoneNumber": "416-555-0199"},
)
T = TypeVar("T")


def _wb(call: Call[Any, Any]) -> WherebyState:
    return call.state.whereby


def _page(
    call: Call[Any, Any], items: Sequence[JSONObject], cursor: str | None, limit: int | None, default_limit: int = 50
) -> Reply:
    page = cursor_page(items, cursor, limit if limit is not None else default_limit, lenient=call.state.lenient)
    return Reply(200, page)


def _sorted(items: Iterable[T], sort_by: str | None, value: Callable[[T, str], Any]) -> list[T]:
    """Order by `<field>:asc|desc`; items without the field keep their order after the others."""
    ordered = list(items)
    if not sort_by:
        return ordered
    field, _, direction = sort_by.partition(":")
    present = [item for item in ordered if value(item, field) is not None]
    absent = [item for item in ordered if value(item, field) is None]
    try:
        present.sort(key=lambda item: value(item, field), reverse=direction == "desc")
    except TypeError:
        # A field whose values do not compare (objects) cannot order anything.
        return ordered
    return present + absent


def _seconds_between(item: JSONObject, start: str, end: str) -> float | None:
    first, last = parse_instant(item[start]), parse_instant(item[end])
    return None if first is None or last is None else (last - first).total_seconds()


def _room_filter(room_name: str | None) -> str | None:
    # Meeting.roomName starts with `/`; accept the name with or without it.
    if room_name is None:
        return None
    return room_name if room_name.startswith("/") else "/" + room_name


def _access_link(kind: str, item_id: str, valid_for: int | None, call: Call[Any, Any]) -> Reply:
    expires_ms = int((call.state.clock.time() + (valid_for if valid_for is not None else 3600)) * 1000)
    signature = call.state.ids.secret(16)
    link = f"{MEDIA_HOST}/whereby/{kind}/{item_id}?expires={expires_ms}&signature={signature}"
    return Reply(200, {"accessLink": link, "expires": expires_ms})


# --- meetings ----------------------------------------------------------------------------------------------------


def _purge_expired(call: Call[Any, Any]) -> None:
    # Whereby deletes a meeting's room one hour after its end date. A lenient sandbox accepts past end dates,
    # so it keeps every meeting: a created resource that vanished at once would look like a server bug.
    if call.state.lenient:
        return
    wb, moment = _wb(call), call.state.clock.now()
    for meeting_id in [key for key, meeting in wb.meetings.items() if meeting.expires_at <= moment]:
        expired = wb.meetings.pop(meeting_id)
        wb.rooms.pop(expired.wire["roomName"].lstrip("/"), None)


def _meeting_view(meeting: WherebyMeeting, fields: Iterable[object] | None) -> JSONObject:
    wanted = {wire(name) for name in fields or ()}
    view = dict(meeting.wire)
    if "hostRoomUrl" in wanted:
        view["hostRoomUrl"] = meeting.host_room_url
    if "viewerRoomUrl" in wanted:
        view["viewerRoomUrl"] = meeting.viewer_room_url
    # Only meetings created with dial-in enabled carry its details, as the dial-in guide says.
    if "dialIn" in wanted and meeting.dial_in is not None:
        view["dialIn"] = meeting.dial_in
        view["roomPreferences"] = {"dialIn": True}
    return view


@op
def meetings_create(call: ep.MeetingsCreateCall) -> Reply:
    body, ids, wb = call.body, call.state.ids, _wb(call)
    start = call.state.clock.now()
    end = body.endDate.astimezone(dt.UTC)
    if end < start and not call.state.lenient:
        raise Invalid([Problem("endDate", "must not be in the past")])
    if wire(body.roomNamePattern) == "human-short":
        suffix = ids.letters(6, HUMAN_SHORT_ALPHABET)
    else:
        suffix = ids.uuid()
    # The server lowercases the prefix and strips its whitespace (`Customer0348-` gives `/customer0348-...`).
    prefix = "".join((body.roomNamePrefix or "").lower().split())
    if not ROOM_NAME_PREFIX.fullmatch(prefix):
        raise Invalid([Problem("roomNamePrefix", "may hold only letters, digits, hyphens and whitespace")])
    room_name = f"/{prefix}{suffix}"
    room_url = ROOM_HOST + room_name
    meeting = WherebyMeeting(
        wire={
            "meetingId": ids.digits(9),
            "roomName": room_name,
            "roomUrl": room_url,
            "startDate": format_instant(start),
            "endDate": format_instant(end),
        },
        host_room_url=f"{room_url}?roomKey={ids.secret(18)}",
        viewer_room_url=f"{ROOM_HOST}/v{room_name}?viewerKey={ids.secret(18)}",
        expires_at=end + dt.timedelta(hours=1),
        cloud_recording=body.recording is not None and wire(body.recording.type) == "cloud",
        dial_in={"code": ids.digits(10), "phoneNumbers": [dict(number) for number in DIAL_IN_NUMBERS]}
        if body.isDialInEnabled
        else None,
    )
    _purge_expired(call)
    wb.meetings[meeting.wire["meetingId"]] = meeting
    wb.rooms[room_name.lstrip("/")] = {}
    fields: list[object] = list(body.fields or ())
    if wire(body.templateType) == "viewerMode":
        fields += ["hostRoomUrl", "viewerRoomUrl"]
    return Reply(201, _meeting_view(meeting, fields))


@op
def meetings_list(call: ep.MeetingsListCall) -> Reply:
    wb, query = _wb(call), call.query
    _purge_expired(call)
    meetings = list(wb.meetings.values())
    if query.roomName is not None:
        prefix = query.roomName.startsWith
        meetings = [meeting for meeting in meetings if meeting.wire["roomName"].startswith(prefix)]
    views = [_meeting_view(meeting, query.fields) for meeting in meetings]
    return _page(call, views, query.cursor, query.limit)


@op
def meetings_get(call: ep.MeetingsGetCall) -> Reply:
    wb = _wb(call)
    _purge_expired(call)
    meeting = wb.meetings.get(call.path["meetingId"])
    if meeting is None:
        raise NotFound()
    return Reply(200, _meeting_view(meeting, call.query.fields))


@op
def meetings_delete(call: ep.MeetingsDeleteCall) -> Reply:
    # Idempotent, as documented: a meeting that is already gone still answers 204.
    wb = _wb(call)
    meeting = wb.meetings.pop(call.path["meetingId"], None)
    if meeting is not None:
        wb.rooms.pop(meeting.wire["roomName"].lstrip("/"), None)
    return Reply(204)


# --- recordings --------------------------------------------------------------------------------------------------


def _recording_value(item: WherebyItem, field: str) -> object:
    if field == "roomName":
        return item.room_name
    if field == "duration":
        return _seconds_between(item.wire, "startDate", "endDate")
    return item.wire.get(field)


@op
def recordings_list(call: ep.RecordingsListCall) -> Reply:
    query, room_name = call.query, _room_filter(call.query.roomName)
    recordings = [r for r in _wb(call).recordings.values() if room_name is None or r.room_name == room_name]
    ordered = _sorted(recordings, wire(query.sortBy), _recording_value)
    return _page(call, [r.wire for r in ordered], query.cursor, query.limit)


@op
def recordings_get(call: ep.RecordingsGetCall) -> Reply:
    recording = _wb(call).recordings.get(call.path["recordingId"])
    if recording is None:
        raise NotFound()
    return Reply(200, recording.wire)


@op
def recordings_delete(call: ep.RecordingsDeleteCall) -> Reply:
    _wb(call).recordings.pop(call.path["recordingId"], None)
    return Reply(204)


@op
def recordings_get_access_link(call: ep.RecordingsGetAccessLinkCall) -> Reply:
    recording_id = call.path["recordingId"]
    if recording_id not in _wb(call).recordings:
        raise NotFound()
    return _access_link("recordings", recording_id, call.query.validForSeconds, call)


@op
def recordings_bulk_delete(call: ep.RecordingsBulkDeleteCall) -> Reply:
    # Unknown ids are ignored, as documented, so the call is idempotent.
    for recording_id in call.body.recordingIds:
        _wb(call).recordings.pop(recording_id, None)
    return Reply(204)


# --- transcriptions and summaries --------------------------------------------------------------------------------


def _job_value(moment: float) -> Callable[[Job, str], object]:
    """A job's sort value of a field, as seen at `moment`."""

    def value(job: Job, field: str) -> object:
        view = job.view(moment)
        if field == "durationInSeconds" and "durationInSeconds" not in view:
            return _seconds_between(view, "startDate", "endDate")
        return view.get(field)

    return value


@op
def transcriptions_create(call: ep.TranscriptionsCreateCall) -> Reply:
    wb, state = _wb(call), call.state
    recording = wb.recordings.get(call.body.recordingId)
    if recording is None:
        raise NotFound()
    transcription_id = state.ids.uuid()
    source = recording.wire
    wb.transcriptions[transcription_id] = Job(
        wire={
            "transcriptionId": transcription_id,
            "roomSessionId": source["roomSessionId"],
            "filename": source["filename"].rsplit(".", 1)[0] + ".txt",
            "roomName": recording.room_name,
            "startDate": source["startDate"],
            "endDate": source["endDate"],
            "state": "ready",
            "createdAt": format_instant(state.clock.now()),
            "durationInSeconds": _seconds_between(source, "startDate", "endDate"),
            "type": "RECORDING_TRANSCRIPTION",
            "storageType": "WHEREBY_HOSTED",
        },
        ready_at=state.clock.time() + state.processing_seconds,
        pending={"state": "in_progress"},
    )
    announce_transcription(state, transcription_id, call.body.recordingId)
    return Reply(201, {"transcriptionId": transcription_id})


@op
def transcriptions_list(call: ep.TranscriptionsListCall) -> Reply:
    query, room_name = call.query, _room_filter(call.query.roomName)
    jobs = [j for j in _wb(call).transcriptions.values() if room_name is None or j.wire["roomName"] == room_name]
    moment = call.state.clock.time()
    ordered = _sorted(jobs, wire(query.sortBy), _job_value(moment))
    return _page(call, [job.view(moment) for job in ordered], query.cursor, query.limit)


def _job(jobs: dict[str, Job], key: str) -> Job:
    job = jobs.get(key)
    if job is None:
        raise NotFound()
    return job


@op
def transcriptions_get(call: ep.TranscriptionsGetCall) -> Reply:
    return Reply(200, _job(_wb(call).transcriptions, call.path["transcriptionId"]).view(call.state.clock.time()))


@op
def transcriptions_delete(call: ep.TranscriptionsDeleteCall) -> Reply:
    _wb(call).transcriptions.pop(call.path["transcriptionId"], None)
    return Reply(204)


@op
def transcriptions_get_access_link(call: ep.TranscriptionsGetAccessLinkCall) -> Reply:
    job = _job(_wb(call).transcriptions, call.path["transcriptionId"])
    return _access_link("transcriptions", job.wire["transcriptionId"], call.query.validForSeconds, call)


@op
def transcriptions_bulk_delete(call: ep.TranscriptionsBulkDeleteCall) -> Reply:
    for transcription_id in call.body.transcriptionIds:
        _wb(call).transcriptions.pop(transcription_id, None)
    return Reply(204)


def summary_text(room_name: str, minutes: int) -> JSONObject:
    return {
        "summary": f"A {minutes}-minute session in {room_name}: the team reviewed progress, agreed next steps "
        "and assigned owners. (Generated by the videoconf sandbox.)"
    }


@op
def summaries_create(call: ep.SummariesCreateCall) -> Reply:
    wb, state = _wb(call), call.state
    transcription = _job(wb.transcriptions, call.body.transcriptionId).wire
    created = state.clock.now()
    ready = created + dt.timedelta(seconds=state.processing_seconds)
    summary_id = state.ids.uuid()
    seconds = _seconds_between(transcription, "startDate", "endDate") or 0.0
    wb.summaries[summary_id] = Job(
        wire={
            "summaryId": summary_id,
            "transcriptionId": transcription["transcriptionId"],
            "summary": summary_text(transcription["roomName"], round(seconds / 60)),
            "roomSessionId": transcription["roomSessionId"],
            "roomName": transcription["roomName"],
            "startDate": transcription["startDate"],
            "endDate": transcription["endDate"],
            "state": "ready",
            "createdAt": format_instant(created),
            "modifiedAt": format_instant(ready),
            "template": wire(call.body.template) or "General Bulleted",
        },
        ready_at=state.clock.time() + state.processing_seconds,
        pending={"state": "in_progress", "summary": {}, "modifiedAt": format_instant(created)},
    )
    return Reply(201, {"summaryId": summary_id})


@op
def summaries_list(call: ep.SummariesListCall) -> Reply:
    query = call.query
    moment = call.state.clock.time()
    ordered = _sorted(_wb(call).summaries.values(), wire(query.sortBy), _job_value(moment))
    return _page(call, [job.view(moment) for job in ordered], query.cursor, query.limit)


@op
def summaries_get(call: ep.SummariesGetCall) -> Reply:
    return Reply(200, _job(_wb(call).summaries, call.path["summaryId"]).view(call.state.clock.time()))


@op
def summaries_delete(call: ep.SummariesDeleteCall) -> Reply:
    _wb(call).summaries.pop(call.path["summaryId"], None)
    return Reply(204)


# --- room themes -------------------------------------------------------------------------------------------------


def _theme(call: Call[Any, Any]) -> JSONObject:
    wb = _wb(call)
    _purge_expired(call)
    theme = wb.rooms.get(call.path["roomName"].lstrip("/"))
    if theme is None:
        raise NotFound()
    return theme


def _image_or_preset(body: object) -> JSONObject:
    if isinstance(body, vs.WherebyRoomImageUpload):
        return {"image": {"size_in_bytes": len(body.image)}}
    return {"preset": wire(body)}


@op
def rooms_update_theme_tokens(call: ep.RoomsUpdateThemeTokensCall) -> Reply:
    _theme(call)["tokens"] = wire(call.body)
    return Reply(204)


@op
def rooms_update_logo(call: ep.RoomsUpdateLogoCall) -> Reply:
    _theme(call)["logo"] = _image_or_preset(call.body)
    return Reply(204)


@op
def rooms_update_room_background(call: ep.RoomsUpdateRoomBackgroundCall) -> Reply:
    _theme(call)["room_background"] = _image_or_preset(call.body)
    return Reply(204)


@op
def rooms_update_knock_page_background(call: ep.RoomsUpdateKnockPageBackgroundCall) -> Reply:
    _theme(call)["knock_page_background"] = _image_or_preset(call.body)
    return Reply(204)


# --- insights ----------------------------------------------------------------------------------------------------


def _field(item: JSONObject, field: str) -> object:
    return item.get(field)


@op
def insights_rooms(call: ep.InsightsRoomsCall) -> Reply:
    query, rooms = call.query, _wb(call).insights_rooms
    if query.roomName is not None:
        name = query.roomName
        rooms = [
            r
            for r in rooms
            if (name.exact is None or r["roomName"] == name.exact)
            and (name.startsWith is None or r["roomName"].startswith(name.startsWith))
            and (name.contains is None or name.contains in r["roomName"])
        ]
    if query.createdAt is not None:
        low, high = query.createdAt.from_, query.createdAt.to
        rooms = [
            r
            for r in rooms
            if (created := parse_instant(r["createdAt"])) is not None
            and (low is None or created >= low)
            and (high is None or created <= high)
        ]
    return _page(call, _sorted(rooms, query.sortBy, _field), query.cursor, query.limit, default_limit=10)


@op
def insights_room_sessions(call: ep.InsightsRoomSessionsCall) -> Reply:
    query, room_name = call.query, _room_filter(call.query.roomName)
    sessions = [
        s
        for s in _wb(call).insights_sessions
        if s["roomName"] == room_name and (query.roomSessionId is None or s["roomSessionId"] == query.roomSessionId)
    ]
    return _page(call, _sorted(sessions, query.sortBy, _field), query.cursor, query.limit, default_limit=10)


@op
def insights_participants(call: ep.InsightsParticipantsCall) -> Reply:
    query = call.query
    if query.roomSessionId is None and query.externalId is None and not call.state.lenient:
        raise Invalid([Problem("roomSessionId", 'is required unless "externalId" is given')])
    participants = [
        p
        for p in _wb(call).insights_participants
        if (query.roomSessionId is None or p["roomSessionId"] == query.roomSessionId)
        and (query.externalId is None or p["externalId"] == query.externalId)
    ]
    return _page(call, _sorted(participants, query.sortBy, _field), query.cursor, query.limit, default_limit=10)


@op
def insights_participant(call: ep.InsightsParticipantCall) -> Reply:
    details = _wb(call).participant_details.get((call.query.roomSessionId, call.query.participantId))
    if details is None:
        raise NotFound()
    return Reply(200, details)
