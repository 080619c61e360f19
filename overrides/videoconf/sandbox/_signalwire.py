"""SignalWire Video operations: rooms, room tokens, sessions, recordings, conferences, streams and logs."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from pydantic import BaseModel, RootModel

import videoconf.sandbox._schemas as vs
import videoconf.sandbox._schemas._endpoints as ep
from videoconf.sandbox._errors import Invalid, NotFound, Problem
from videoconf.sandbox._pagination import links_page
from videoconf.sandbox._registry import Call, Registry, Reply
from videoconf.sandbox._state import JSONObject, SandboxState, SignalWireState
from videoconf.sandbox._time import at_midnight, format_instant, parse_filter_instant, parse_instant

__all__ = ["MEDIA_HOST", "create_room_record", "registry", "wire"]

registry = Registry("signalwire")
op = registry.op

# Download links point at a reserved, never-resolving host: the sandbox serves no media.
MEDIA_HOST = "https://media.sandbox.invalid"
MEDIA_TTL_SECONDS = 900
SESSION_LIST_ONLY = ("cost_in_dollars", "enable_room_previews", "locked_cover")
ACTIVE_SESSION_FIELDS = (
    "id",
    "room_id",
    "name",
    "display_name",
    "join_from",
    "join_until",
    "remove_at",
    "remove_after_seconds_elapsed",
    "layout",
    "max_members",
    "fps",
    "quality",
    "start_time",
    "end_time",
    "duration",
    "status",
    "record_on_start",
    "enable_room_previews",
    "preview_url",
)
COLOURS = {
    "dark_primary": "#044EF4",
    "dark_background": "#FFFFFF",
    "dark_foreground": "#1D2127",
    "dark_success": "#17BB58",
    "dark_negative": "#F42C50",
    "light_primary": "#044EF4",
    "light_background": "#FFFFFF",
    "light_foreground": "#1D2127",
    "light_success": "#17BB58",
    "light_negative": "#F42C50",
}
SELF_PERMISSIONS = [
    "room.self.audio_mute",
    "room.self.audio_unmute",
    "room.self.video_mute",
    "room.self.video_unmute",
    "room.self.deaf",
    "room.self.undeaf",
    "room.self.set_input_volume",
    "room.self.set_output_volume",
    "room.self.set_input_sensitivity",
    "room.self.screenshare",
    "room.self.additional_source",
]
MODERATOR_PERMISSIONS = [
    *SELF_PERMISSIONS,
    "room.member.audio_mute",
    "room.member.audio_unmute",
    "room.member.video_mute",
    "room.member.video_unmute",
    "room.member.remove",
    "room.member.promote",
    "room.member.demote",
    "room.list_available_layouts",
    "room.set_layout",
    "room.lock",
    "room.unlock",
    "room.recording",
    "room.stream",
]


class Paged(Protocol):
    @property
    def page_number(self) -> int | None: ...
    @property
    def page_size(self) -> int | None: ...
    @property
    def page_token(self) -> str | None: ...


def wire(value: object) -> Any:
    """A validated request value in the form the vendor stores and returns (dates as RFC 3339 with `Z`)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return format_instant(value)
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, list):
        return [wire(item) for item in value]
    return value


def _fields(model: BaseModel, names: Iterable[str]) -> JSONObject:
    return {name: wire(getattr(model, name)) for name in names}


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _page(call: Call[Paged, Any], items: Sequence[JSONObject]) -> Reply:
    query = call.query
    page_size = _or(query.page_size, 50)
    page = links_page(call.url, items, query.page_number or 0, page_size, query.page_token, lenient=call.state.lenient)
    return Reply(200, page)


def _sw(call: Call[Any, Any]) -> SignalWireState:
    return call.state.signalwire


def _find(table: dict[str, JSONObject], key: str) -> JSONObject:
    found = table.get(key)
    if found is None:
        raise NotFound()
    return found


def _forget_name(index: dict[str, str], table: dict[str, JSONObject], removed: JSONObject) -> None:
    # Names are unique unless the sandbox is lenient; then the index points at the newest holder of a name.
    if index.get(removed["name"]) != removed["id"]:
        return
    holders = [item["id"] for item in table.values() if item["name"] == removed["name"]]
    if holders:
        index[removed["name"]] = holders[-1]
    else:
        del index[removed["name"]]


def _taken(field: str) -> Invalid:
    return Invalid([Problem(field, "has already been taken", code="taken")])


def _bound(value: object, *, unix: bool) -> dt.datetime | None:
    """A filter bound as the generated query model holds it: a datetime, a date (its midnight UTC), or text
    (Unix seconds, possibly wrapped in a RootModel). None when it cannot be read."""
    if isinstance(value, RootModel):
        value = value.root
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        return at_midnight(value)
    return parse_filter_instant(value, unix=unix) if isinstance(value, str) else None


def _bounds(names: Iterable[str], query: object, *, unix: bool, lenient: bool) -> dict[str, dt.datetime]:
    found: dict[str, dt.datetime] = {}
    problems = []
    for name in names:
        value = getattr(query, name)
        if value is None:
            continue
        bound = _bound(value, unix=unix)
        if bound is None:
            problems.append(Problem(name, "must be a date-time" + (" or a Unix timestamp" if unix else " or a date")))
        else:
            found[name] = bound
    if problems and not lenient:
        raise Invalid(problems)
    return found


def _window_filter(items: Iterable[JSONObject], query: object, *, lenient: bool) -> list[JSONObject]:
    given = _bounds(("starts_after", "ends_before"), query, unix=True, lenient=lenient)
    bounds = [
        (field, given[name], after)
        for name, field, after in (("starts_after", "join_from", True), ("ends_before", "join_until", False))
        if name in given
    ]
    selected = []
    for item in items:
        keep = True
        for field, bound, after in bounds:
            value = item[field]
            instant = parse_instant(value) if value is not None else None
            if instant is None or (instant < bound if after else instant > bound):
                keep = False
                break
        if keep:
            selected.append(item)
    return selected


def _running_sessions(sw: SignalWireState) -> dict[str, JSONObject]:
    return {s["room_id"]: s for s in sw.sessions.values() if s["status"] == "in-progress" and s["room_id"]}


def _active_session(session: JSONObject | None) -> JSONObject | None:
    if session is None:
        return None
    active = {name: session.get(name) for name in ACTIVE_SESSION_FIELDS}
    active["enable_room_previews"] = bool(active["enable_room_previews"])
    # Inside the active session the server still uses the older name of this setting.
    active["audio_video_sync"] = session["sync_audio_video"]
    return active


def _with_session(item: JSONObject, include: bool | None, running: dict[str, JSONObject] | None) -> JSONObject:
    if not include or running is None:
        return item
    return {**item, "active_session": _active_session(running.get(item["id"]))}


# --- rooms -------------------------------------------------------------------------------------------------------


def create_room_record(state: SandboxState, body: vs.CreateRoomRequest, at: str) -> JSONObject:
    """Store a new room; shared by rooms_create and the seed data."""
    sw = state.signalwire
    if body.name in sw.room_ids_by_name and not state.lenient:
        raise _taken("name")
    room: JSONObject = {
        "id": state.ids.uuid(),
        "name": body.name,
        "display_name": body.display_name,
        "description": body.description,
        "max_members": _or(body.max_members, 20),
        "quality": wire(_or(body.quality, vs.VideoQuality.HD_720P)),
        "fps": 20,
        "join_from": wire(body.join_from),
        "join_until": wire(body.join_until),
        "remove_at": wire(body.remove_at),
        "remove_after_seconds_elapsed": body.remove_after_seconds_elapsed,
        "layout": wire(_or(body.layout, vs.VideoLayout.GRID_RESPONSIVE)),
        "record_on_start": _or(body.record_on_start, False),
        "tone_on_entry_and_exit": True,
        "room_join_video_off": False,
        "user_join_video_off": False,
        "enable_room_previews": _or(body.enable_room_previews, False),
        "sync_audio_video": _or(body.sync_audio_video, False),
        "meta": body.meta,
        "prioritize_handraise": False,
        "created_at": at,
        "updated_at": at,
    }
    sw.rooms[room["id"]] = room
    sw.room_ids_by_name[room["name"]] = room["id"]
    return room


@op
def rooms_create(call: ep.RoomsCreateCall) -> Reply:
    return Reply(200, create_room_record(call.state, call.body, format_instant(call.state.clock.now())))


@op
def rooms_list(call: ep.RoomsListCall) -> Reply:
    sw, query = _sw(call), call.query
    rooms = _window_filter(sw.rooms.values(), query, lenient=call.state.lenient)
    running = _running_sessions(sw) if query.include_active_session else None
    return _page(call, [_with_session(room, query.include_active_session, running) for room in rooms])


def _room(sw: SignalWireState, key: str) -> JSONObject:
    room = sw.rooms.get(key)
    if room is None and key in sw.room_ids_by_name:
        room = sw.rooms[sw.room_ids_by_name[key]]
    if room is None:
        raise NotFound()
    return room


@op
def rooms_get(call: ep.RoomsGetCall) -> Reply:
    # One operation serves both vendor lookups: by UUID first, then by unique name.
    sw, include = _sw(call), call.query.include_active_session
    room = _room(sw, call.path["id"])
    return Reply(200, _with_session(room, include, _running_sessions(sw) if include else None))


@op
def rooms_update(call: ep.RoomsUpdateCall) -> Reply:
    room = _find(_sw(call).rooms, call.path["id"])
    # PUT works like PATCH here: only the fields sent change.
    room.update(_fields(call.body, call.body.model_fields_set))
    room["updated_at"] = format_instant(call.state.clock.now())
    return Reply(200, room)


@op
def rooms_delete(call: ep.RoomsDeleteCall) -> Reply:
    sw = _sw(call)
    room = sw.rooms.pop(call.path["id"], None)
    if room is None:
        raise NotFound()
    _forget_name(sw.room_ids_by_name, sw.rooms, room)
    _delete_streams_of(sw, room["id"])
    return Reply(204)


# --- streams -----------------------------------------------------------------------------------------------------


def _stream_type(url: str) -> str | None:
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    return scheme if scheme in ("rtmp", "rtmps") else None


def _new_stream(state: SandboxState, owner: JSONObject, url: str) -> JSONObject:
    sw, at = state.signalwire, format_instant(state.clock.now())
    width, height = (1920, 1080) if owner.get("quality") == "1080p" else (1280, 720)
    stream: JSONObject = {
        "id": state.ids.uuid(),
        "url": url,
        "stream_type": _stream_type(url),
        "width": width,
        "height": height,
        "fps": 20,
        "created_at": at,
        "updated_at": at,
    }
    sw.streams[stream["id"]] = stream
    sw.stream_owner[stream["id"]] = owner["id"]
    sw.streams_by_owner.setdefault(owner["id"], []).append(stream["id"])
    return stream


def _streams_of(sw: SignalWireState, owner_id: str) -> list[JSONObject]:
    return [sw.streams[stream_id] for stream_id in sw.streams_by_owner.get(owner_id, ())]


def _delete_streams_of(sw: SignalWireState, owner_id: str) -> None:
    for stream_id in sw.streams_by_owner.pop(owner_id, ()):
        del sw.streams[stream_id]
        del sw.stream_owner[stream_id]


@op
def rooms_list_streams(call: ep.RoomsListStreamsCall) -> Reply:
    room = _find(_sw(call).rooms, call.path["id"])
    return _page(call, _streams_of(_sw(call), room["id"]))


@op
def rooms_create_stream(call: ep.RoomsCreateStreamCall) -> Reply:
    room = _find(_sw(call).rooms, call.path["id"])
    return Reply(201, _new_stream(call.state, room, call.body.url))


@op
def streams_get(call: ep.StreamsGetCall) -> Reply:
    return Reply(200, _find(_sw(call).streams, call.path["id"]))


@op
def streams_update(call: ep.StreamsUpdateCall) -> Reply:
    stream = _find(_sw(call).streams, call.path["id"])
    stream.update(
        url=call.body.url, stream_type=_stream_type(call.body.url), updated_at=format_instant(call.state.clock.now())
    )
    return Reply(200, stream)


@op
def streams_delete(call: ep.StreamsDeleteCall) -> Reply:
    sw, stream_id = _sw(call), call.path["id"]
    if sw.streams.pop(stream_id, None) is None:
        raise NotFound()
    sw.streams_by_owner[sw.stream_owner.pop(stream_id)].remove(stream_id)
    return Reply(204)


# --- room tokens -------------------------------------------------------------------------------------------------


def _segment(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


@op
def room_tokens_create(call: ep.RoomTokensCreateCall) -> Reply:
    body, ids = call.body, call.state.ids
    join_as = wire(_or(body.join_as, vs.JoinAs.MEMBER))
    # Audience members get no permissions whatever was asked for, as the vendor documents.
    permissions = [] if join_as == "audience" else wire(_or(body.permissions, SELF_PERMISSIONS))
    claims = {
        "iat": int(call.state.clock.time()),
        "jti": ids.uuid(),
        "sub": call.state.signalwire.project_id,
        "u": _or(body.user_name, f"guest-{ids.digits(6)}"),
        "ja": join_as,
        "r": body.room_name,
        "p": permissions,
        "ma": wire(_or(body.media_allowed, vs.MediaAllowed.ALL)),
        "acr": _or(body.auto_create_room, True),
        **{key: wire(getattr(body, key)) for key in ("join_from", "join_until", "remove_at") if getattr(body, key)},
    }
    token = ".".join((_segment({"typ": "VRT", "ver": "2.0", "alg": "HS512"}), _segment(claims), ids.secret(32)))
    return Reply(200, {"token": token})


# --- room sessions and recordings --------------------------------------------------------------------------------


@op
def room_sessions_list(call: ep.RoomSessionsListCall) -> Reply:
    query = call.query
    room_id = str(query.room_id) if query.room_id is not None else None
    status = wire(query.status)
    matches = query.room_name_matches.lower() if query.room_name_matches is not None else None
    sessions = [
        s
        for s in _sw(call).sessions.values()
        if (room_id is None or s["room_id"] == room_id)
        and (query.room_name is None or s["name"] == query.room_name)
        and (matches is None or matches in (s["name"] or "").lower())
        and (status is None or s["status"] == status)
    ]
    return _page(call, sessions)


@op
def room_sessions_get(call: ep.RoomSessionsGetCall) -> Reply:
    # The single-session answer leaves out the fields only list entries carry.
    session = _find(_sw(call).sessions, call.path["id"])
    return Reply(200, {key: value for key, value in session.items() if key not in SESSION_LIST_ONLY})


@op
def room_sessions_list_events(call: ep.RoomSessionsListEventsCall) -> Reply:
    session = _find(_sw(call).sessions, call.path["id"])
    return _page(call, _sw(call).session_events.get(session["id"], []))


@op
def room_sessions_list_members(call: ep.RoomSessionsListMembersCall) -> Reply:
    session = _find(_sw(call).sessions, call.path["id"])
    return _page(call, _sw(call).session_members.get(session["id"], []))


def _recording_view(recording: JSONObject, media_ttl: int | None, moment: float) -> JSONObject:
    if recording["status"] != "completed":
        return recording
    expires = int(moment) + _or(media_ttl, MEDIA_TTL_SECONDS)
    return {**recording, "uri": f"{MEDIA_HOST}/room_recordings/{recording['id']}.mp4?expires={expires}"}


@op
def room_sessions_list_recordings(call: ep.RoomSessionsListRecordingsCall) -> Reply:
    session = _find(_sw(call).sessions, call.path["id"])
    recordings = [r for r in _sw(call).recordings.values() if r["room_session_id"] == session["id"]]
    return _page(call, [_recording_view(r, call.query.media_ttl, call.state.clock.time()) for r in recordings])


@op
def room_recordings_list(call: ep.RoomRecordingsListCall) -> Reply:
    return _page(
        call, [_recording_view(r, call.query.media_ttl, call.state.clock.time()) for r in _sw(call).recordings.values()]
    )


@op
def room_recordings_get(call: ep.RoomRecordingsGetCall) -> Reply:
    return Reply(
        200,
        _recording_view(_find(_sw(call).recordings, call.path["id"]), call.query.media_ttl, call.state.clock.time()),
    )


@op
def room_recordings_delete(call: ep.RoomRecordingsDeleteCall) -> Reply:
    if _sw(call).recordings.pop(call.path["id"], None) is None:
        raise NotFound()
    return Reply(204)


@op
def room_recordings_list_events(call: ep.RoomRecordingsListEventsCall) -> Reply:
    sw = _sw(call)
    recording = _find(sw.recordings, call.path["id"])
    events = sw.session_events.get(recording["room_session_id"], [])
    return _page(call, [event for event in events if event["room_recording_id"] == recording["id"]])


# --- conferences and their tokens --------------------------------------------------------------------------------


def _new_conference_token(state: SandboxState, conference_id: str, name: str, scopes: list[str]) -> None:
    token: JSONObject = {"id": state.ids.uuid(), "name": name, "token": state.ids.secret(), "scopes": list(scopes)}
    state.signalwire.conference_tokens[token["id"]] = token
    state.signalwire.tokens_by_conference.setdefault(conference_id, []).append(token["id"])


@op
def conferences_create(call: ep.ConferencesCreateCall) -> Reply:
    sw, body, ids = _sw(call), call.body, call.state.ids
    name = body.name if body.name is not None else f"conference-{ids.letters(10, 'abcdefghijkmnpqrstuvwxyz23456789')}"
    if name in sw.conference_ids_by_name and not call.state.lenient:
        raise _taken("name")
    at = format_instant(call.state.clock.now())
    conference: JSONObject = {
        "id": ids.uuid(),
        "name": name,
        "display_name": body.display_name,
        "description": body.description,
        "join_from": wire(body.join_from),
        "join_until": wire(body.join_until),
        "quality": wire(_or(body.quality, vs.VideoQuality.HD_720P)),
        "layout": wire(_or(body.layout, vs.VideoLayout.GRID_RESPONSIVE)),
        "size": wire(_or(body.size, vs.ConferenceSize.MEDIUM)),
        "record_on_start": _or(body.record_on_start, False),
        "tone_on_entry_and_exit": True,
        "user_join_video_off": False,
        "room_join_video_off": False,
        "enable_chat": _or(body.enable_chat, True),
        "enable_room_previews": _or(body.enable_room_previews, False),
        **{key: _or(getattr(body, key), default) for key, default in COLOURS.items()},
        "meta": None,
        "created_at": at,
        "updated_at": at,
    }
    sw.conferences[conference["id"]] = conference
    sw.conference_ids_by_name[name] = conference["id"]
    # Every conference comes with a moderator and a guest token, as on the vendor's dashboard.
    _new_conference_token(call.state, conference["id"], "Moderator", MODERATOR_PERMISSIONS)
    _new_conference_token(call.state, conference["id"], "Guest", SELF_PERMISSIONS)
    return Reply(200, conference)


@op
def conferences_list(call: ep.ConferencesListCall) -> Reply:
    sw, query = _sw(call), call.query
    conferences = _window_filter(sw.conferences.values(), query, lenient=call.state.lenient)
    running = _running_sessions(sw) if query.include_active_session else None
    return _page(call, [_with_session(c, query.include_active_session, running) for c in conferences])


@op
def conferences_get(call: ep.ConferencesGetCall) -> Reply:
    sw, include = _sw(call), call.query.include_active_session
    conference = _find(sw.conferences, call.path["id"])
    return Reply(200, _with_session(conference, include, _running_sessions(sw) if include else None))


@op
def conferences_update(call: ep.ConferencesUpdateCall) -> Reply:
    conference = _find(_sw(call).conferences, call.path["id"])
    conference.update(_fields(call.body, call.body.model_fields_set))
    conference["updated_at"] = format_instant(call.state.clock.now())
    return Reply(200, conference)


@op
def conferences_delete(call: ep.ConferencesDeleteCall) -> Reply:
    sw = _sw(call)
    conference = sw.conferences.pop(call.path["id"], None)
    if conference is None:
        raise NotFound()
    _forget_name(sw.conference_ids_by_name, sw.conferences, conference)
    for token_id in sw.tokens_by_conference.pop(conference["id"], ()):
        del sw.conference_tokens[token_id]
    _delete_streams_of(sw, conference["id"])
    return Reply(204)


@op
def conferences_list_tokens(call: ep.ConferencesListTokensCall) -> Reply:
    sw = _sw(call)
    conference = _find(sw.conferences, call.path["id"])
    return _page(call, [sw.conference_tokens[t] for t in sw.tokens_by_conference.get(conference["id"], ())])


@op
def conferences_list_streams(call: ep.ConferencesListStreamsCall) -> Reply:
    conference = _find(_sw(call).conferences, call.path["id"])
    return _page(call, _streams_of(_sw(call), conference["id"]))


@op
def conferences_create_stream(call: ep.ConferencesCreateStreamCall) -> Reply:
    conference = _find(_sw(call).conferences, call.path["id"])
    return Reply(200, _new_stream(call.state, conference, call.body.url))


@op
def conference_tokens_get(call: ep.ConferenceTokensGetCall) -> Reply:
    return Reply(200, _find(_sw(call).conference_tokens, call.path["id"]))


@op
def conference_tokens_reset(call: ep.ConferenceTokensResetCall) -> Reply:
    token = _find(_sw(call).conference_tokens, call.path["id"])
    token["token"] = call.state.ids.secret()
    return Reply(200, token)


# --- logs --------------------------------------------------------------------------------------------------------


@op
def logs_list(call: ep.LogsListCall) -> Reply:
    query = call.query
    bounds = _bounds(("created_before", "created_on", "created_after"), query, unix=False, lenient=call.state.lenient)
    selected = []
    for log in _sw(call).logs.values():
        if "discarded_at" in log and not query.include_deleted:
            continue
        created = parse_instant(log["created_at"])
        assert created is not None
        if "created_before" in bounds and not created < bounds["created_before"]:
            continue
        if "created_after" in bounds and not created > bounds["created_after"]:
            continue
        if "created_on" in bounds and created.date() != bounds["created_on"].date():
            continue
        selected.append(_log_view(call, log))
    return _page(call, selected)


def _log_view(call: Call[Any, Any], log: JSONObject) -> JSONObject:
    if "discarded_at" in log:
        return log
    return {**log, "url": f"{call.origin}/api/video/logs/{log['id']}"}


@op
def logs_get(call: ep.LogsGetCall) -> Reply:
    return Reply(200, _log_view(call, _find(_sw(call).logs, call.path["id"])))
