"""Sandbox-only triggers: make a Whereby webhook event happen for a meeting, as the Stripe CLI's `trigger` does.

A trigger acts on the sandbox's state the way the real event would: a join adds a participant (and starts a session
once two are in), a leave removes one (and ends the session when fewer than two stay, uploading a recording if the
meeting records to the cloud), a transcription or recording event creates or updates the item the REST operations
return. `data` overrides fields of the requested event (for example `displayName`, `roleName`, `participantId`,
`metadata`, `externalId`), and may add fields the contract does not know. For a `room.client.*` event, `data.roomUrl`
may be the link the participant opened (one `videoconf.participant_url` builds): as in a real room, its
`displayName`, `externalId` and `metadata` become the participant's (and a host or viewer link their role), and its
parameters must follow the contract's rules. Every emitted event is returned, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from videoconf._generated._room_url import PARAMETERS as LINK_PARAMETERS
from videoconf._links import parse_participant_url
from videoconf._schema_check import path_text, violations
from videoconf.sandbox._state import Job, JSONObject, RoomPresence, SandboxState, WherebyItem, WherebyMeeting
from videoconf.sandbox._time import format_instant

__all__ = ["SUBDOMAIN", "TRIGGERS", "TriggerError", "announce_transcription", "trigger"]

# The organisation the sandbox plays; its rooms live at sandbox.whereby.invalid.
SUBDOMAIN = "sandbox"
NAMES = ("Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Ken", "Radia", "Edsger", "Frances")
# What a trigger's `data` may set on a participant, so that later events about them (a leave) repeat it.
PARTICIPANT_FIELDS = ("participantId", "displayName", "metadata", "externalId", "roleName")
# The `data` key of a client event's trigger naming the link the participant opened; not copied into the event.
LINK = "roomUrl"


class TriggerError(Exception):
    """A trigger the sandbox cannot act on; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Room:
    """One trigger's view of a meeting: its room's presence, ids, and the events it emits."""

    def __init__(self, state: SandboxState, meeting: WherebyMeeting, overrides: JSONObject) -> None:
        self.state = state
        self.meeting = meeting
        self.overrides = overrides
        self.presence = state.whereby.presence.setdefault(meeting.wire["meetingId"], RoomPresence())
        self.events: list[JSONObject] = []

    @property
    def room_name(self) -> str:
        return str(self.meeting.wire["roomName"])

    def in_room(self, session_id: str | None) -> JSONObject:
        return {
            "meetingId": self.meeting.wire["meetingId"],
            "roomName": self.room_name,
            "roomSessionId": session_id,
            "subdomain": SUBDOMAIN,
        }

    def participant(self, role: str) -> JSONObject:
        """A new participant, with what the trigger's `data` says about them."""
        person: JSONObject = {
            "participantId": self.state.ids.uuid(),
            "displayName": self.state.ids.choice(NAMES),
            "metadata": None,
            "externalId": None,
            "roleName": role,
        }
        person.update({key: self.overrides[key] for key in PARTICIPANT_FIELDS if key in self.overrides})
        return person

    def chosen(self, group: dict[str, JSONObject], what: str) -> JSONObject:
        """The participant named by `data.participantId`, or the latest one of `group`."""
        wanted = self.overrides.get("participantId")
        if wanted is None:
            if not group:
                raise TriggerError(409, f"nobody {what} in the room of meeting {self.meeting.wire['meetingId']}")
            return list(group.values())[-1]
        if wanted not in group:
            raise TriggerError(409, f"participant {wanted!r} is not {what} in the room")
        return group[wanted]

    def event(self, event_type: str, data: JSONObject, *, requested: bool = True) -> JSONObject:
        """Build and check an event; the requested one takes the trigger's `data` on top."""
        payload = {**data, **self.overrides} if requested else data
        return self.state.webhooks.event(event_type, payload)

    def emit(self, *events: JSONObject) -> None:
        for event in events:
            self.state.webhooks.emit(event)
            self.events.append(event)

    def end_session(self, *, requested: bool) -> None:
        """The session ends: `room.session.ended`, then the upload of its cloud recording if the meeting has one."""
        ended = self.event("room.session.ended", self.in_room(self.presence.session_id), requested=requested)
        self.presence.session_id = None
        self.emit(ended)
        if self.meeting.cloud_recording:
            recording = self.new_recording(ended["data"].get("roomSessionId"))
            self.emit(self.event("recording.finished", recording, requested=False))

    def new_recording(self, session_id: str | None) -> JSONObject:
        """A cloud recording of the room, kept where the recordings operations find it; its event data."""
        ids, moment = self.state.ids, self.state.clock.now()
        recording_id = ids.uuid()
        filename = f"{self.room_name.lstrip('/')}-{moment:%Y-%m-%dT%H%M%S}.mp4"
        self.state.whereby.recordings[recording_id] = WherebyItem(
            wire={
                "recordingId": recording_id,
                "roomSessionId": session_id or ids.uuid(),
                "filename": filename,
                "startDate": format_instant(moment),
                "endDate": format_instant(moment),
                "sizeInMegaBytes": 1.5,
            },
            room_name=self.room_name,
        )
        return {"recordingId": recording_id, "roomName": self.room_name, "filename": filename, "status": "completed"}


def _client(person: JSONObject) -> JSONObject:
    return {key: person[key] for key in ("displayName", "participantId", "metadata", "externalId")}


def _head_count(people: dict[str, JSONObject]) -> JSONObject:
    by_role: dict[str, int] = {}
    for person in people.values():
        by_role[person["roleName"]] = by_role.get(person["roleName"], 0) + 1
    return {"numClients": len(people), "numClientsByRoleName": by_role}


def _joined(room: _Room) -> None:
    presence = room.presence
    person = room.participant("host" if not presence.participants else "visitor")
    after = {**presence.participants, person["participantId"]: person}
    # A session starts once two participants are in the room together.
    session_id = presence.session_id or (room.state.ids.uuid() if len(after) >= 2 else None)
    data = {**room.in_room(session_id), **_client(person), "roleName": person["roleName"], **_head_count(after)}
    joined = room.event("room.client.joined", {**data, "isDialIn": False})
    presence.participants = after
    presence.knocking.pop(person["participantId"], None)
    room.emit(joined)
    if session_id is not None and presence.session_id is None:
        presence.session_id = session_id
        room.emit(room.event("room.session.started", room.in_room(session_id), requested=False))


def _left(room: _Room) -> None:
    presence = room.presence
    person = room.chosen(presence.participants, "is")
    after = {key: value for key, value in presence.participants.items() if key != person["participantId"]}
    data = {**room.in_room(presence.session_id), **_client(person), "roleName": person["roleName"]}
    left = room.event("room.client.left", {**data, **_head_count(after), "isDialIn": False})
    presence.participants = after
    room.emit(left)
    if len(after) < 2 and presence.session_id is not None:
        room.end_session(requested=False)


def _knocked(room: _Room) -> None:
    person = room.participant("visitor")
    knocked = room.event("room.client.knocked", {**room.in_room(room.presence.session_id), **_client(person)})
    room.presence.knocking[person["participantId"]] = person
    room.emit(knocked)


def _knock_cancelled(room: _Room) -> None:
    person = room.chosen(room.presence.knocking, "is knocking")
    data = {**room.in_room(room.presence.session_id), **_client(person)}
    cancelled = room.event("room.client.knockCancelled", data)
    room.presence.knocking.pop(person["participantId"])
    room.emit(cancelled)


def _session_started(room: _Room) -> None:
    session_id = room.presence.session_id or room.state.ids.uuid()
    started = room.event("room.session.started", room.in_room(session_id))
    room.presence.session_id = started["data"].get("roomSessionId")
    room.emit(started)


def _session_ended(room: _Room) -> None:
    room.end_session(requested=True)


def _assistant_requested(room: _Room) -> None:
    room.emit(room.event("assistant.requested", room.in_room(room.presence.session_id)))


def _recording_finished(room: _Room) -> None:
    room.emit(room.event("recording.finished", room.new_recording(room.presence.session_id)))


def _transcription(room: _Room, status: str) -> Job:
    """The live transcription the event is about: `data.transcriptionId`, else the room's latest one in progress
    (for a finish or failure), else a new one, which the caller keeps once its event is valid."""
    jobs = room.state.whereby.transcriptions
    wanted = room.overrides.get("transcriptionId")
    if isinstance(wanted, str) and wanted in jobs:
        return jobs[wanted]
    ongoing = [
        job for job in jobs.values() if job.wire["roomName"] == room.room_name and job.wire["state"] == "in_progress"
    ]
    if wanted is None and status != "in_progress" and ongoing:
        return ongoing[-1]
    moment = format_instant(room.state.clock.now())
    return Job(
        wire={
            "transcriptionId": wanted if isinstance(wanted, str) else room.state.ids.uuid(),
            "roomSessionId": room.presence.session_id or room.state.ids.uuid(),
            "roomName": room.room_name,
            "startDate": moment,
            "endDate": moment,
            "state": "in_progress",
            "createdAt": moment,
            "type": "LIVE_TRANSCRIPTION",
            "storageType": "WHEREBY_HOSTED",
        },
        ready_at=0.0,
    )


def transcription_data(job: Job, status: str, recording_id: str | None = None) -> JSONObject:
    """The `data` of a transcription event about `job` in the given status (`recording_id`: the transcribed one)."""
    wire = job.wire
    data: JSONObject = {key: wire[key] for key in ("roomName", "roomSessionId", "transcriptionId", "type")}
    data["status"] = status
    if status == "ready":
        data.update(
            filename=wire.get("filename") or f"{wire['transcriptionId']}.txt",
            storageType=wire.get("storageType", "WHEREBY_HOSTED"),
            durationInSeconds=wire.get("durationInSeconds") or 0,
        )
        if wire["type"] == "RECORDING_TRANSCRIPTION" and recording_id is not None:
            data["recordingId"] = recording_id
    elif status == "failed":
        data["error"] = "The sandbox was asked to fail this transcription."
    return data


def _transcription_event(event_type: str, status: str) -> Callable[[_Room], None]:
    def run(room: _Room) -> None:
        job = _transcription(room, status)
        event = room.event(event_type, transcription_data(job, status))
        job.wire["state"] = status
        if status != "in_progress":
            job.wire["endDate"] = format_instant(room.state.clock.now())
        if status == "ready":
            job.wire.setdefault("filename", event["data"]["filename"])
            job.wire.setdefault("durationInSeconds", event["data"]["durationInSeconds"])
        room.state.whereby.transcriptions[job.wire["transcriptionId"]] = job
        room.emit(event)

    return run


def announce_transcription(state: SandboxState, transcription_id: str, recording_id: str) -> None:
    """For a transcription of a recording: `transcription.started` now, and `transcription.finished` once the job's
    processing time has passed (unless it was deleted meanwhile)."""
    job = state.whereby.transcriptions[transcription_id]
    state.webhooks.emit(state.webhooks.event("transcription.started", transcription_data(job, "in_progress")))

    def finished() -> JSONObject | None:
        current = state.whereby.transcriptions.get(transcription_id)
        if current is None:
            return None
        return state.webhooks.event("transcription.finished", transcription_data(current, "ready", recording_id))

    state.webhooks.emit_later(max(0.0, job.ready_at - state.clock.time()), finished)


TRIGGERS: dict[str, Callable[[_Room], None]] = {
    "room.client.joined": _joined,
    "room.client.left": _left,
    "room.client.knocked": _knocked,
    "room.client.knockCancelled": _knock_cancelled,
    "room.session.started": _session_started,
    "room.session.ended": _session_ended,
    "transcription.started": _transcription_event("transcription.started", "in_progress"),
    "transcription.finished": _transcription_event("transcription.finished", "ready"),
    "transcription.failed": _transcription_event("transcription.failed", "failed"),
    "recording.finished": _recording_finished,
    "assistant.requested": _assistant_requested,
}


def _pairs(url: str) -> set[tuple[str, str]]:
    return set(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def from_link(meeting: WherebyMeeting, link: object) -> JSONObject:
    """What the link a participant opened says about them: the role of the meeting URL it extends (with that URL's
    own key), and the room-URL parameters that describe a participant, checked by the contract's rules."""
    from videoconf._generated._room_url import SCHEMA

    meeting_id = meeting.wire["meetingId"]
    if not isinstance(link, str):
        raise TriggerError(400, f"{LINK} must be a URL string")
    place = urlsplit(link)._replace(query="", fragment="")
    urls = {meeting.host_room_url: "host", meeting.viewer_room_url: "viewer", str(meeting.wire["roomUrl"]): None}
    # A host link is the room URL with its key: the first URL the link extends, with all of its own query, is it.
    opened = [
        url for url in urls if urlsplit(url)._replace(query="", fragment="") == place and _pairs(url) <= _pairs(link)
    ]
    if not opened:
        raise TriggerError(409, f"{LINK} is no link of meeting {meeting_id} (its room, host or viewer URL)")
    role = urls[opened[0]]
    parameters = parse_participant_url(LINK_PARAMETERS, link)
    for problem in violations(parameters, SCHEMA):
        if not problem.advisory:
            raise TriggerError(400, f"{LINK}: {path_text(problem.path)}: {problem.reason}")
    found: JSONObject = {key: parameters[key] for key in ("displayName", "externalId", "metadata") if key in parameters}
    if role is not None:
        found["roleName"] = role
    return found


def trigger(
    state: SandboxState, event_type: str, meeting_id: str, overrides: JSONObject | None = None
) -> list[JSONObject]:
    """Make `event_type` happen in the room of meeting `meeting_id`; returns every event emitted, in order.

    Raises TriggerError for an unknown meeting or event type, or a participant who is not there, and ValueError
    (naming the field) when `overrides` make the event break its schema; nothing changes in either case.
    """
    run = TRIGGERS.get(event_type)
    if run is None:
        raise TriggerError(400, f"unknown event type {event_type!r}; one of: {', '.join(TRIGGERS)}")
    meeting = state.whereby.meetings.get(meeting_id)
    if meeting is None:
        raise TriggerError(404, f"no meeting {meeting_id!r} in the sandbox: create one with POST /v1/meetings")
    data = dict(overrides or {})
    if LINK in data:
        if not event_type.startswith("room.client."):
            raise TriggerError(400, f"{LINK} names the link a participant opened: only for room.client.* events")
        # What `data` says itself wins over what the link says.
        data = {**from_link(meeting, data.pop(LINK)), **data}
    room = _Room(state, meeting, data)
    run(room)
    return room.events
