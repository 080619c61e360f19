from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
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
_ActiveSession_known = frozenset(
    {
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
        "audio_video_sync",
    }
)


@_attrs_define
class ActiveSession:
    """The session currently running in a room or conference. Fields follow the same nullability as RoomSession, ids are
    UUIDs, and no field is guaranteed to be present.

        Attributes:
            id (UUID | Unset): Identifier of the session.
            room_id (None | Unset | UUID): Room or conference the session belongs to; null for sessions created on the fly
                by a token.
            name (None | str | Unset): Name of the session (copied from the room).
            display_name (None | str | Unset): Human-readable name of the session; null when none was set.
            join_from (datetime.datetime | None | Unset): Nobody could join before this instant; null when unrestricted.
            join_until (datetime.datetime | None | Unset): No new participant can join after this instant; null when
                unrestricted.
            remove_at (datetime.datetime | None | Unset): Participants are removed at this instant; null when not scheduled.
            remove_after_seconds_elapsed (int | None | Unset): Participants are removed this many seconds after joining;
                null when not set.
            layout (None | Unset | VideoLayout): Layout the session started with.
            max_members (int | None | Unset): Maximum number of simultaneous participants.
            fps (None | Unset | VideoFps): Frames per second of the session video.
            quality (None | Unset | VideoQuality): Resolution of the session video.
            start_time (datetime.datetime | None | Unset): When the session started.
            end_time (datetime.datetime | None | Unset): When the session ended; null while it runs.
            duration (int | None | Unset): Length of the session in seconds; null while it runs.
            status (None | RoomSessionStatus | Unset): Whether the session is running or finished.
            record_on_start (bool | Unset): Whether recording began automatically with the session.
            enable_room_previews (bool | Unset): Whether a preview video of the session is produced.
            preview_url (None | str | Unset): Address of the preview video while the session runs; null when previews are
                off.
            audio_video_sync (bool | None | Unset): Whether the jitter buffer keeps audio and video in sync. Same setting as
                `sync_audio_video` elsewhere; inside the active session the server sends it under this older name.
    """

    id: UUID | Unset = UNSET
    room_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    join_from: datetime.datetime | None | Unset = UNSET
    join_until: datetime.datetime | None | Unset = UNSET
    remove_at: datetime.datetime | None | Unset = UNSET
    remove_after_seconds_elapsed: int | None | Unset = UNSET
    layout: None | Unset | VideoLayout = UNSET
    max_members: int | None | Unset = UNSET
    fps: None | Unset | VideoFps = UNSET
    quality: None | Unset | VideoQuality = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    status: None | RoomSessionStatus | Unset = UNSET
    record_on_start: bool | Unset = UNSET
    enable_room_previews: bool | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    audio_video_sync: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID | Unset):
            id = UNSET
            if not isinstance(self.id, Unset):
                id = str(self.id)
        else:
            id = self.id

        room_id: None | str | Unset
        if isinstance(self.room_id, Unset):
            room_id = UNSET
        elif isinstance(self.room_id, UUID):
            room_id = str(self.room_id)
        else:
            room_id = self.room_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        join_from: None | str | Unset
        if isinstance(self.join_from, Unset):
            join_from = UNSET
        elif isinstance(self.join_from, datetime.datetime):
            join_from = format_datetime(self.join_from)
        else:
            join_from = self.join_from

        join_until: None | str | Unset
        if isinstance(self.join_until, Unset):
            join_until = UNSET
        elif isinstance(self.join_until, datetime.datetime):
            join_until = format_datetime(self.join_until)
        else:
            join_until = self.join_until

        remove_at: None | str | Unset
        if isinstance(self.remove_at, Unset):
            remove_at = UNSET
        elif isinstance(self.remove_at, datetime.datetime):
            remove_at = format_datetime(self.remove_at)
        else:
            remove_at = self.remove_at

        remove_after_seconds_elapsed: int | None | Unset
        if isinstance(self.remove_after_seconds_elapsed, Unset):
            remove_after_seconds_elapsed = UNSET
        else:
            remove_after_seconds_elapsed = self.remove_after_seconds_elapsed

        layout: None | str | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        elif isinstance(self.layout, VideoLayout):
            layout = self.layout.value
        else:
            layout = self.layout

        max_members: int | None | Unset
        if isinstance(self.max_members, Unset):
            max_members = UNSET
        else:
            max_members = self.max_members

        fps: int | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        elif isinstance(self.fps, VideoFps):
            fps = self.fps.value
        else:
            fps = self.fps

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, VideoQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = format_datetime(self.start_time)
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = format_datetime(self.end_time)
        else:
            end_time = self.end_time

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RoomSessionStatus):
            status = self.status.value
        else:
            status = self.status

        record_on_start = self.record_on_start

        enable_room_previews = self.enable_room_previews

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        audio_video_sync: bool | None | Unset
        if isinstance(self.audio_video_sync, Unset):
            audio_video_sync = UNSET
        else:
            audio_video_sync = self.audio_video_sync

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if join_from is not UNSET:
            field_dict["join_from"] = join_from
        if join_until is not UNSET:
            field_dict["join_until"] = join_until
        if remove_at is not UNSET:
            field_dict["remove_at"] = remove_at
        if remove_after_seconds_elapsed is not UNSET:
            field_dict["remove_after_seconds_elapsed"] = remove_after_seconds_elapsed
        if layout is not UNSET:
            field_dict["layout"] = layout
        if max_members is not UNSET:
            field_dict["max_members"] = max_members
        if fps is not UNSET:
            field_dict["fps"] = fps
        if quality is not UNSET:
            field_dict["quality"] = quality
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if record_on_start is not UNSET:
            field_dict["record_on_start"] = record_on_start
        if enable_room_previews is not UNSET:
            field_dict["enable_room_previews"] = enable_room_previews
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if audio_video_sync is not UNSET:
            field_dict["audio_video_sync"] = audio_video_sync

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        id = src_dict.get("id", UNSET)
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/ActiveSession/properties/id")
        elif id is not UNSET:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/ActiveSession/properties/id")

        room_id = src_dict.get("room_id", UNSET)
        if type(room_id) is str:
            try:
                room_id = uuid_text(room_id)
            except ValueError:
                room_id = parse_uuid(
                    room_id, _ctx, _at, "room_id", "#/components/schemas/ActiveSession/properties/room_id"
                )
        elif room_id is not UNSET and room_id is not None:
            room_id = parse_uuid(room_id, _ctx, _at, "room_id", "#/components/schemas/ActiveSession/properties/room_id")

        name = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET and name is not None:
            name = mismatch(_ctx, (_at, "name"), "string", name, "#/components/schemas/ActiveSession/properties/name")

        display_name = src_dict.get("display_name", UNSET)
        if type(display_name) is not str and display_name is not UNSET and display_name is not None:
            display_name = mismatch(
                _ctx,
                (_at, "display_name"),
                "string",
                display_name,
                "#/components/schemas/ActiveSession/properties/display_name",
            )

        join_from = src_dict.get("join_from", UNSET)
        if type(join_from) is str:
            try:
                join_from = fromisoformat(join_from)
            except ValueError:
                join_from = parse_datetime(
                    join_from, _ctx, _at, "join_from", "#/components/schemas/ActiveSession/properties/join_from"
                )
            else:
                if join_from.tzinfo is None:
                    join_from = join_from.replace(tzinfo=UTC)
        elif join_from is not UNSET and join_from is not None:
            join_from = parse_datetime(
                join_from, _ctx, _at, "join_from", "#/components/schemas/ActiveSession/properties/join_from"
            )

        join_until = src_dict.get("join_until", UNSET)
        if type(join_until) is str:
            try:
                join_until = fromisoformat(join_until)
            except ValueError:
                join_until = parse_datetime(
                    join_until, _ctx, _at, "join_until", "#/components/schemas/ActiveSession/properties/join_until"
                )
            else:
                if join_until.tzinfo is None:
                    join_until = join_until.replace(tzinfo=UTC)
        elif join_until is not UNSET and join_until is not None:
            join_until = parse_datetime(
                join_until, _ctx, _at, "join_until", "#/components/schemas/ActiveSession/properties/join_until"
            )

        remove_at = src_dict.get("remove_at", UNSET)
        if type(remove_at) is str:
            try:
                remove_at = fromisoformat(remove_at)
            except ValueError:
                remove_at = parse_datetime(
                    remove_at, _ctx, _at, "remove_at", "#/components/schemas/ActiveSession/properties/remove_at"
                )
            else:
                if remove_at.tzinfo is None:
                    remove_at = remove_at.replace(tzinfo=UTC)
        elif remove_at is not UNSET and remove_at is not None:
            remove_at = parse_datetime(
                remove_at, _ctx, _at, "remove_at", "#/components/schemas/ActiveSession/properties/remove_at"
            )

        remove_after_seconds_elapsed = src_dict.get("remove_after_seconds_elapsed", UNSET)
        if (
            type(remove_after_seconds_elapsed) is not int
            and remove_after_seconds_elapsed is not UNSET
            and remove_after_seconds_elapsed is not None
        ):
            remove_after_seconds_elapsed = mismatch(
                _ctx,
                (_at, "remove_after_seconds_elapsed"),
                "integer",
                remove_after_seconds_elapsed,
                "#/components/schemas/ActiveSession/properties/remove_after_seconds_elapsed",
            )

        _layout = src_dict.get("layout", UNSET)
        if _layout is UNSET:
            layout = UNSET
        else:
            layout = _VideoLayout_members.get(_layout) if type(_layout) is str else None
            if layout is None and _layout is not None:
                layout = parse_enum(
                    VideoLayout, _layout, _ctx, _at, "layout", "#/components/schemas/ActiveSession/properties/layout"
                )

        max_members = src_dict.get("max_members", UNSET)
        if type(max_members) is not int and max_members is not UNSET and max_members is not None:
            max_members = mismatch(
                _ctx,
                (_at, "max_members"),
                "integer",
                max_members,
                "#/components/schemas/ActiveSession/properties/max_members",
            )

        _fps = src_dict.get("fps", UNSET)
        if _fps is UNSET:
            fps = UNSET
        else:
            fps = _VideoFps_members.get(_fps) if type(_fps) is int else None
            if fps is None and _fps is not None:
                fps = parse_enum(VideoFps, _fps, _ctx, _at, "fps", "#/components/schemas/ActiveSession/properties/fps")

        _quality = src_dict.get("quality", UNSET)
        if _quality is UNSET:
            quality = UNSET
        else:
            quality = _VideoQuality_members.get(_quality) if type(_quality) is str else None
            if quality is None and _quality is not None:
                quality = parse_enum(
                    VideoQuality,
                    _quality,
                    _ctx,
                    _at,
                    "quality",
                    "#/components/schemas/ActiveSession/properties/quality",
                )

        start_time = src_dict.get("start_time", UNSET)
        if type(start_time) is str:
            try:
                start_time = fromisoformat(start_time)
            except ValueError:
                start_time = parse_datetime(
                    start_time, _ctx, _at, "start_time", "#/components/schemas/ActiveSession/properties/start_time"
                )
            else:
                if start_time.tzinfo is None:
                    start_time = start_time.replace(tzinfo=UTC)
        elif start_time is not UNSET and start_time is not None:
            start_time = parse_datetime(
                start_time, _ctx, _at, "start_time", "#/components/schemas/ActiveSession/properties/start_time"
            )

        end_time = src_dict.get("end_time", UNSET)
        if type(end_time) is str:
            try:
                end_time = fromisoformat(end_time)
            except ValueError:
                end_time = parse_datetime(
                    end_time, _ctx, _at, "end_time", "#/components/schemas/ActiveSession/properties/end_time"
                )
            else:
                if end_time.tzinfo is None:
                    end_time = end_time.replace(tzinfo=UTC)
        elif end_time is not UNSET and end_time is not None:
            end_time = parse_datetime(
                end_time, _ctx, _at, "end_time", "#/components/schemas/ActiveSession/properties/end_time"
            )

        duration = src_dict.get("duration", UNSET)
        if type(duration) is not int and duration is not UNSET and duration is not None:
            duration = mismatch(
                _ctx, (_at, "duration"), "integer", duration, "#/components/schemas/ActiveSession/properties/duration"
            )

        _status = src_dict.get("status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            status = _RoomSessionStatus_members.get(_status) if type(_status) is str else None
            if status is None and _status is not None:
                status = parse_enum(
                    RoomSessionStatus,
                    _status,
                    _ctx,
                    _at,
                    "status",
                    "#/components/schemas/ActiveSession/properties/status",
                )

        record_on_start = src_dict.get("record_on_start", UNSET)
        if type(record_on_start) is not bool and record_on_start is not UNSET:
            record_on_start = mismatch(
                _ctx,
                (_at, "record_on_start"),
                "boolean",
                record_on_start,
                "#/components/schemas/ActiveSession/properties/record_on_start",
            )

        enable_room_previews = src_dict.get("enable_room_previews", UNSET)
        if type(enable_room_previews) is not bool and enable_room_previews is not UNSET:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/ActiveSession/properties/enable_room_previews",
            )

        preview_url = src_dict.get("preview_url", UNSET)
        if type(preview_url) is not str and preview_url is not UNSET and preview_url is not None:
            preview_url = mismatch(
                _ctx,
                (_at, "preview_url"),
                "string",
                preview_url,
                "#/components/schemas/ActiveSession/properties/preview_url",
            )

        audio_video_sync = src_dict.get("audio_video_sync", UNSET)
        if type(audio_video_sync) is not bool and audio_video_sync is not UNSET and audio_video_sync is not None:
            audio_video_sync = mismatch(
                _ctx,
                (_at, "audio_video_sync"),
                "boolean",
                audio_video_sync,
                "#/components/schemas/ActiveSession/properties/audio_video_sync",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.room_id = room_id
        _instance.name = name
        _instance.display_name = display_name
        _instance.join_from = join_from
        _instance.join_until = join_until
        _instance.remove_at = remove_at
        _instance.remove_after_seconds_elapsed = remove_after_seconds_elapsed
        _instance.layout = layout
        _instance.max_members = max_members
        _instance.fps = fps
        _instance.quality = quality
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.duration = duration
        _instance.status = status
        _instance.record_on_start = record_on_start
        _instance.enable_room_previews = enable_room_previews
        _instance.preview_url = preview_url
        _instance.audio_video_sync = audio_video_sync

        if not src_dict.keys() <= _ActiveSession_known:
            d = {key: value for key, value in src_dict.items() if key not in _ActiveSession_known}
            unknown_fields(_ctx, _at, d, "ActiveSession", "#/components/schemas/ActiveSession")
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
