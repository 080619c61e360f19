from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    members,
    mismatch,
    new_instance,
    parse_datetime,
    parse_enum,
    parse_uuid,
    unknown_fields,
    uuid_text,
)

from ..models.room_session_status import RoomSessionStatus
from ..models.video_fps import VideoFps
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime

_RoomSessionStatus_members = members(RoomSessionStatus)
_VideoFps_members = members(VideoFps)
_VideoLayout_members = members(VideoLayout)
_VideoQuality_members = members(VideoQuality)
_RoomSession_known = frozenset(
    {
        "id",
        "room_id",
        "name",
        "display_name",
        "max_members",
        "quality",
        "fps",
        "join_from",
        "join_until",
        "remove_at",
        "remove_after_seconds_elapsed",
        "layout",
        "record_on_start",
        "tone_on_entry_and_exit",
        "room_join_video_off",
        "user_join_video_off",
        "locked",
        "start_time",
        "end_time",
        "duration",
        "status",
        "created_at",
        "updated_at",
        "preview_url",
        "prioritize_handraise",
        "sync_audio_video",
        "cost_in_dollars",
        "enable_room_previews",
        "locked_cover",
    }
)


@_attrs_define
class RoomSession:
    """One run of a room, from the first participant joining to the end. `cost_in_dollars`, `enable_room_previews` and
    `locked_cover` are present only in list entries, not in the answer to a single-session GET.

        Attributes:
            id (UUID): Identifier of the session.
            room_id (None | UUID): Room the session belongs to; null for sessions created on the fly by a token.
            name (None | str): Name of the session (copied from the room).
            display_name (None | str): Human-readable name; null when none was set.
            max_members (int | None): Maximum number of simultaneous participants.
            quality (None | VideoQuality): Video resolution.
            fps (None | VideoFps): Frames per second.
            join_from (datetime.datetime | None): Nobody could join before this instant; null when unrestricted.
            join_until (datetime.datetime | None): No new participant could join after this instant; null when unrestricted.
            remove_at (datetime.datetime | None): Participants are removed at this instant; null when not scheduled.
            remove_after_seconds_elapsed (int | None): Participants are removed this many seconds after joining; null when
                not set.
            layout (None | VideoLayout): Layout the session started with.
            record_on_start (bool): Whether recording began automatically with the session.
            tone_on_entry_and_exit (bool): Whether a sound plays when someone enters or leaves.
            room_join_video_off (bool): Whether participants join with their camera off because of a room setting.
            user_join_video_off (bool): Whether participants join with their camera off because of a user setting.
            locked (bool): Whether the session is locked against new participants.
            start_time (datetime.datetime | None): When the session started.
            end_time (datetime.datetime | None): When the session ended; null while it runs.
            duration (int | None): Length of the session in seconds; null while it runs.
            status (None | RoomSessionStatus): Whether the session is running or finished.
            created_at (datetime.datetime): When the session record was created.
            updated_at (datetime.datetime): When the session record was last changed.
            preview_url (None | str): Address of the preview video while the session runs; null when previews are off.
            prioritize_handraise (bool | None): Whether participants who raise a hand get priority in the layout.
            sync_audio_video (bool | None): Whether the jitter buffer keeps audio and video in sync.
            cost_in_dollars (float | Unset): Price of the session in US dollars. Present in list entries only.
            enable_room_previews (bool | Unset): Whether a preview video was produced. Present in list entries only.
            locked_cover (str | Unset): Address of the image shown while the session is locked. Present in list entries
                only.
    """

    id: UUID
    room_id: None | UUID
    name: None | str
    display_name: None | str
    max_members: int | None
    quality: None | VideoQuality
    fps: None | VideoFps
    join_from: datetime.datetime | None
    join_until: datetime.datetime | None
    remove_at: datetime.datetime | None
    remove_after_seconds_elapsed: int | None
    layout: None | VideoLayout
    record_on_start: bool
    tone_on_entry_and_exit: bool
    room_join_video_off: bool
    user_join_video_off: bool
    locked: bool
    start_time: datetime.datetime | None
    end_time: datetime.datetime | None
    duration: int | None
    status: None | RoomSessionStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    preview_url: None | str
    prioritize_handraise: bool | None
    sync_audio_video: bool | None
    cost_in_dollars: float | Unset = UNSET
    enable_room_previews: bool | Unset = UNSET
    locked_cover: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        room_id: None | str
        if isinstance(self.room_id, UUID):
            room_id = str(self.room_id)
        else:
            room_id = self.room_id

        name: None | str
        name = self.name

        display_name: None | str
        display_name = self.display_name

        max_members: int | None
        max_members = self.max_members

        quality: None | str
        if isinstance(self.quality, VideoQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        fps: int | None
        if isinstance(self.fps, VideoFps):
            fps = self.fps.value
        else:
            fps = self.fps

        join_from: None | str
        if isinstance(self.join_from, datetime.datetime):
            join_from = format_datetime(self.join_from)
        else:
            join_from = self.join_from

        join_until: None | str
        if isinstance(self.join_until, datetime.datetime):
            join_until = format_datetime(self.join_until)
        else:
            join_until = self.join_until

        remove_at: None | str
        if isinstance(self.remove_at, datetime.datetime):
            remove_at = format_datetime(self.remove_at)
        else:
            remove_at = self.remove_at

        remove_after_seconds_elapsed: int | None
        remove_after_seconds_elapsed = self.remove_after_seconds_elapsed

        layout: None | str
        if isinstance(self.layout, VideoLayout):
            layout = self.layout.value
        else:
            layout = self.layout

        record_on_start = self.record_on_start

        tone_on_entry_and_exit = self.tone_on_entry_and_exit

        room_join_video_off = self.room_join_video_off

        user_join_video_off = self.user_join_video_off

        locked = self.locked

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = format_datetime(self.start_time)
        else:
            start_time = self.start_time

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = format_datetime(self.end_time)
        else:
            end_time = self.end_time

        duration: int | None
        duration = self.duration

        status: None | str
        if isinstance(self.status, RoomSessionStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        updated_at: Any
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = format_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        preview_url: None | str
        preview_url = self.preview_url

        prioritize_handraise: bool | None
        prioritize_handraise = self.prioritize_handraise

        sync_audio_video: bool | None
        sync_audio_video = self.sync_audio_video

        cost_in_dollars = self.cost_in_dollars

        enable_room_previews = self.enable_room_previews

        locked_cover = self.locked_cover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "room_id": room_id,
                "name": name,
                "display_name": display_name,
                "max_members": max_members,
                "quality": quality,
                "fps": fps,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "layout": layout,
                "record_on_start": record_on_start,
                "tone_on_entry_and_exit": tone_on_entry_and_exit,
                "room_join_video_off": room_join_video_off,
                "user_join_video_off": user_join_video_off,
                "locked": locked,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "preview_url": preview_url,
                "prioritize_handraise": prioritize_handraise,
                "sync_audio_video": sync_audio_video,
            }
        )
        if cost_in_dollars is not UNSET:
            field_dict["cost_in_dollars"] = cost_in_dollars
        if enable_room_previews is not UNSET:
            field_dict["enable_room_previews"] = enable_room_previews
        if locked_cover is not UNSET:
            field_dict["locked_cover"] = locked_cover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 26
        try:
            _id_in = src_dict["id"]
            _room_id_in = src_dict["room_id"]
            _name_in = src_dict["name"]
            _display_name_in = src_dict["display_name"]
            _max_members_in = src_dict["max_members"]
            _quality_in = src_dict["quality"]
            _fps_in = src_dict["fps"]
            _join_from_in = src_dict["join_from"]
            _join_until_in = src_dict["join_until"]
            _remove_at_in = src_dict["remove_at"]
            _remove_after_seconds_elapsed_in = src_dict["remove_after_seconds_elapsed"]
            _layout_in = src_dict["layout"]
            _record_on_start_in = src_dict["record_on_start"]
            _tone_on_entry_and_exit_in = src_dict["tone_on_entry_and_exit"]
            _room_join_video_off_in = src_dict["room_join_video_off"]
            _user_join_video_off_in = src_dict["user_join_video_off"]
            _locked_in = src_dict["locked"]
            _start_time_in = src_dict["start_time"]
            _end_time_in = src_dict["end_time"]
            _duration_in = src_dict["duration"]
            _status_in = src_dict["status"]
            _created_at_in = src_dict["created_at"]
            _updated_at_in = src_dict["updated_at"]
            _preview_url_in = src_dict["preview_url"]
            _prioritize_handraise_in = src_dict["prioritize_handraise"]
            _sync_audio_video_in = src_dict["sync_audio_video"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _room_id_in = src_dict.get("room_id", MISSING)
            _name_in = src_dict.get("name", MISSING)
            _display_name_in = src_dict.get("display_name", MISSING)
            _max_members_in = src_dict.get("max_members", MISSING)
            _quality_in = src_dict.get("quality", MISSING)
            _fps_in = src_dict.get("fps", MISSING)
            _join_from_in = src_dict.get("join_from", MISSING)
            _join_until_in = src_dict.get("join_until", MISSING)
            _remove_at_in = src_dict.get("remove_at", MISSING)
            _remove_after_seconds_elapsed_in = src_dict.get("remove_after_seconds_elapsed", MISSING)
            _layout_in = src_dict.get("layout", MISSING)
            _record_on_start_in = src_dict.get("record_on_start", MISSING)
            _tone_on_entry_and_exit_in = src_dict.get("tone_on_entry_and_exit", MISSING)
            _room_join_video_off_in = src_dict.get("room_join_video_off", MISSING)
            _user_join_video_off_in = src_dict.get("user_join_video_off", MISSING)
            _locked_in = src_dict.get("locked", MISSING)
            _start_time_in = src_dict.get("start_time", MISSING)
            _end_time_in = src_dict.get("end_time", MISSING)
            _duration_in = src_dict.get("duration", MISSING)
            _status_in = src_dict.get("status", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _updated_at_in = src_dict.get("updated_at", MISSING)
            _preview_url_in = src_dict.get("preview_url", MISSING)
            _prioritize_handraise_in = src_dict.get("prioritize_handraise", MISSING)
            _sync_audio_video_in = src_dict.get("sync_audio_video", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomSession/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomSession/properties/id")

        room_id = _room_id_in
        if type(room_id) is str:
            try:
                room_id = uuid_text(room_id)
            except ValueError:
                room_id = parse_uuid(
                    room_id, _ctx, _at, "room_id", "#/components/schemas/RoomSession/properties/room_id"
                )
        elif room_id is not None:
            room_id = parse_uuid(room_id, _ctx, _at, "room_id", "#/components/schemas/RoomSession/properties/room_id")

        name = _name_in
        if type(name) is not str and name is not None:
            name = mismatch(_ctx, (_at, "name"), "string", name, "#/components/schemas/RoomSession/properties/name")

        display_name = _display_name_in
        if type(display_name) is not str and display_name is not None:
            display_name = mismatch(
                _ctx,
                (_at, "display_name"),
                "string",
                display_name,
                "#/components/schemas/RoomSession/properties/display_name",
            )

        max_members = _max_members_in
        if type(max_members) is not int and max_members is not None:
            max_members = mismatch(
                _ctx,
                (_at, "max_members"),
                "integer",
                max_members,
                "#/components/schemas/RoomSession/properties/max_members",
            )

        _quality = _quality_in
        quality = _VideoQuality_members.get(_quality) if type(_quality) is str else None
        if quality is None and _quality is not None:
            quality = parse_enum(
                VideoQuality, _quality, _ctx, _at, "quality", "#/components/schemas/RoomSession/properties/quality"
            )

        _fps = _fps_in
        fps = _VideoFps_members.get(_fps) if type(_fps) is int else None
        if fps is None and _fps is not None:
            fps = parse_enum(VideoFps, _fps, _ctx, _at, "fps", "#/components/schemas/RoomSession/properties/fps")

        join_from = _join_from_in
        if type(join_from) is str:
            try:
                join_from = fromisoformat(join_from)
            except ValueError:
                join_from = parse_datetime(
                    join_from, _ctx, _at, "join_from", "#/components/schemas/RoomSession/properties/join_from"
                )
            else:
                if join_from.tzinfo is None:
                    join_from = join_from.replace(tzinfo=UTC)
        elif join_from is not None:
            join_from = parse_datetime(
                join_from, _ctx, _at, "join_from", "#/components/schemas/RoomSession/properties/join_from"
            )

        join_until = _join_until_in
        if type(join_until) is str:
            try:
                join_until = fromisoformat(join_until)
            except ValueError:
                join_until = parse_datetime(
                    join_until, _ctx, _at, "join_until", "#/components/schemas/RoomSession/properties/join_until"
                )
            else:
                if join_until.tzinfo is None:
                    join_until = join_until.replace(tzinfo=UTC)
        elif join_until is not None:
            join_until = parse_datetime(
                join_until, _ctx, _at, "join_until", "#/components/schemas/RoomSession/properties/join_until"
            )

        remove_at = _remove_at_in
        if type(remove_at) is str:
            try:
                remove_at = fromisoformat(remove_at)
            except ValueError:
                remove_at = parse_datetime(
                    remove_at, _ctx, _at, "remove_at", "#/components/schemas/RoomSession/properties/remove_at"
                )
            else:
                if remove_at.tzinfo is None:
                    remove_at = remove_at.replace(tzinfo=UTC)
        elif remove_at is not None:
            remove_at = parse_datetime(
                remove_at, _ctx, _at, "remove_at", "#/components/schemas/RoomSession/properties/remove_at"
            )

        remove_after_seconds_elapsed = _remove_after_seconds_elapsed_in
        if type(remove_after_seconds_elapsed) is not int and remove_after_seconds_elapsed is not None:
            remove_after_seconds_elapsed = mismatch(
                _ctx,
                (_at, "remove_after_seconds_elapsed"),
                "integer",
                remove_after_seconds_elapsed,
                "#/components/schemas/RoomSession/properties/remove_after_seconds_elapsed",
            )

        _layout = _layout_in
        layout = _VideoLayout_members.get(_layout) if type(_layout) is str else None
        if layout is None and _layout is not None:
            layout = parse_enum(
                VideoLayout, _layout, _ctx, _at, "layout", "#/components/schemas/RoomSession/properties/layout"
            )

        record_on_start = _record_on_start_in
        if type(record_on_start) is not bool:
            record_on_start = mismatch(
                _ctx,
                (_at, "record_on_start"),
                "boolean",
                record_on_start,
                "#/components/schemas/RoomSession/properties/record_on_start",
            )

        tone_on_entry_and_exit = _tone_on_entry_and_exit_in
        if type(tone_on_entry_and_exit) is not bool:
            tone_on_entry_and_exit = mismatch(
                _ctx,
                (_at, "tone_on_entry_and_exit"),
                "boolean",
                tone_on_entry_and_exit,
                "#/components/schemas/RoomSession/properties/tone_on_entry_and_exit",
            )

        room_join_video_off = _room_join_video_off_in
        if type(room_join_video_off) is not bool:
            room_join_video_off = mismatch(
                _ctx,
                (_at, "room_join_video_off"),
                "boolean",
                room_join_video_off,
                "#/components/schemas/RoomSession/properties/room_join_video_off",
            )

        user_join_video_off = _user_join_video_off_in
        if type(user_join_video_off) is not bool:
            user_join_video_off = mismatch(
                _ctx,
                (_at, "user_join_video_off"),
                "boolean",
                user_join_video_off,
                "#/components/schemas/RoomSession/properties/user_join_video_off",
            )

        locked = _locked_in
        if type(locked) is not bool:
            locked = mismatch(
                _ctx, (_at, "locked"), "boolean", locked, "#/components/schemas/RoomSession/properties/locked"
            )

        start_time = _start_time_in
        if type(start_time) is str:
            try:
                start_time = fromisoformat(start_time)
            except ValueError:
                start_time = parse_datetime(
                    start_time, _ctx, _at, "start_time", "#/components/schemas/RoomSession/properties/start_time"
                )
            else:
                if start_time.tzinfo is None:
                    start_time = start_time.replace(tzinfo=UTC)
        elif start_time is not None:
            start_time = parse_datetime(
                start_time, _ctx, _at, "start_time", "#/components/schemas/RoomSession/properties/start_time"
            )

        end_time = _end_time_in
        if type(end_time) is str:
            try:
                end_time = fromisoformat(end_time)
            except ValueError:
                end_time = parse_datetime(
                    end_time, _ctx, _at, "end_time", "#/components/schemas/RoomSession/properties/end_time"
                )
            else:
                if end_time.tzinfo is None:
                    end_time = end_time.replace(tzinfo=UTC)
        elif end_time is not None:
            end_time = parse_datetime(
                end_time, _ctx, _at, "end_time", "#/components/schemas/RoomSession/properties/end_time"
            )

        duration = _duration_in
        if type(duration) is not int and duration is not None:
            duration = mismatch(
                _ctx, (_at, "duration"), "integer", duration, "#/components/schemas/RoomSession/properties/duration"
            )

        _status = _status_in
        status = _RoomSessionStatus_members.get(_status) if type(_status) is str else None
        if status is None and _status is not None:
            status = parse_enum(
                RoomSessionStatus, _status, _ctx, _at, "status", "#/components/schemas/RoomSession/properties/status"
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/RoomSession/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/RoomSession/properties/created_at"
            )

        updated_at = _updated_at_in
        if type(updated_at) is str:
            try:
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(
                    updated_at, _ctx, _at, "updated_at", "#/components/schemas/RoomSession/properties/updated_at"
                )
            else:
                if updated_at.tzinfo is None:
                    updated_at = updated_at.replace(tzinfo=UTC)
        else:
            updated_at = parse_datetime(
                updated_at, _ctx, _at, "updated_at", "#/components/schemas/RoomSession/properties/updated_at"
            )

        preview_url = _preview_url_in
        if type(preview_url) is not str and preview_url is not None:
            preview_url = mismatch(
                _ctx,
                (_at, "preview_url"),
                "string",
                preview_url,
                "#/components/schemas/RoomSession/properties/preview_url",
            )

        prioritize_handraise = _prioritize_handraise_in
        if type(prioritize_handraise) is not bool and prioritize_handraise is not None:
            prioritize_handraise = mismatch(
                _ctx,
                (_at, "prioritize_handraise"),
                "boolean",
                prioritize_handraise,
                "#/components/schemas/RoomSession/properties/prioritize_handraise",
            )

        sync_audio_video = _sync_audio_video_in
        if type(sync_audio_video) is not bool and sync_audio_video is not None:
            sync_audio_video = mismatch(
                _ctx,
                (_at, "sync_audio_video"),
                "boolean",
                sync_audio_video,
                "#/components/schemas/RoomSession/properties/sync_audio_video",
            )

        cost_in_dollars = src_dict.get("cost_in_dollars", UNSET)
        if type(cost_in_dollars) is not float and type(cost_in_dollars) is not int and cost_in_dollars is not UNSET:
            cost_in_dollars = mismatch(
                _ctx,
                (_at, "cost_in_dollars"),
                "number",
                cost_in_dollars,
                "#/components/schemas/RoomSession/properties/cost_in_dollars",
            )

        enable_room_previews = src_dict.get("enable_room_previews", UNSET)
        if type(enable_room_previews) is not bool and enable_room_previews is not UNSET:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/RoomSession/properties/enable_room_previews",
            )

        locked_cover = src_dict.get("locked_cover", UNSET)
        if type(locked_cover) is not str and locked_cover is not UNSET:
            locked_cover = mismatch(
                _ctx,
                (_at, "locked_cover"),
                "string",
                locked_cover,
                "#/components/schemas/RoomSession/properties/locked_cover",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.room_id = room_id
        _instance.name = name
        _instance.display_name = display_name
        _instance.max_members = max_members
        _instance.quality = quality
        _instance.fps = fps
        _instance.join_from = join_from
        _instance.join_until = join_until
        _instance.remove_at = remove_at
        _instance.remove_after_seconds_elapsed = remove_after_seconds_elapsed
        _instance.layout = layout
        _instance.record_on_start = record_on_start
        _instance.tone_on_entry_and_exit = tone_on_entry_and_exit
        _instance.room_join_video_off = room_join_video_off
        _instance.user_join_video_off = user_join_video_off
        _instance.locked = locked
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.duration = duration
        _instance.status = status
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.preview_url = preview_url
        _instance.prioritize_handraise = prioritize_handraise
        _instance.sync_audio_video = sync_audio_video
        _instance.cost_in_dollars = cost_in_dollars
        _instance.enable_room_previews = enable_room_previews
        _instance.locked_cover = locked_cover

        if len(src_dict) > _read and not src_dict.keys() <= _RoomSession_known:
            d = {key: value for key, value in src_dict.items() if key not in _RoomSession_known}
            unknown_fields(_ctx, _at, d, "RoomSession", "#/components/schemas/RoomSession")
            _instance.additional_properties = d
        else:
            _instance.additional_properties = {}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
