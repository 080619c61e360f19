from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_session_status import RoomSessionStatus
from ..models.video_fps import VideoFps
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="ActiveSession")


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
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _room_id = d.pop("room_id", UNSET)
        room_id: None | Unset | UUID
        if _room_id is None or isinstance(_room_id, Unset):
            room_id = _room_id
        else:
            room_id_type_0 = UUID(_room_id)

            room_id = room_id_type_0

        name = cast(None | str | Unset, d.pop("name", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        _join_from = d.pop("join_from", UNSET)
        join_from: datetime.datetime | None | Unset
        if _join_from is None or isinstance(_join_from, Unset):
            join_from = _join_from
        else:
            join_from_type_0 = parse_datetime(_join_from, "join_from")

            join_from = join_from_type_0

        _join_until = d.pop("join_until", UNSET)
        join_until: datetime.datetime | None | Unset
        if _join_until is None or isinstance(_join_until, Unset):
            join_until = _join_until
        else:
            join_until_type_0 = parse_datetime(_join_until, "join_until")

            join_until = join_until_type_0

        _remove_at = d.pop("remove_at", UNSET)
        remove_at: datetime.datetime | None | Unset
        if _remove_at is None or isinstance(_remove_at, Unset):
            remove_at = _remove_at
        else:
            remove_at_type_0 = parse_datetime(_remove_at, "remove_at")

            remove_at = remove_at_type_0

        remove_after_seconds_elapsed = cast(int | None | Unset, d.pop("remove_after_seconds_elapsed", UNSET))

        _layout = d.pop("layout", UNSET)
        layout: None | Unset | VideoLayout
        if _layout is None or isinstance(_layout, Unset):
            layout = _layout
        else:
            layout_type_0 = VideoLayout(_layout)

            layout = layout_type_0

        max_members = cast(int | None | Unset, d.pop("max_members", UNSET))

        _fps = d.pop("fps", UNSET)
        fps: None | Unset | VideoFps
        if _fps is None or isinstance(_fps, Unset):
            fps = _fps
        else:
            fps_type_0 = VideoFps(_fps)

            fps = fps_type_0

        _quality = d.pop("quality", UNSET)
        quality: None | Unset | VideoQuality
        if _quality is None or isinstance(_quality, Unset):
            quality = _quality
        else:
            quality_type_0 = VideoQuality(_quality)

            quality = quality_type_0

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is None or isinstance(_start_time, Unset):
            start_time = _start_time
        else:
            start_time_type_0 = parse_datetime(_start_time, "start_time")

            start_time = start_time_type_0

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or isinstance(_end_time, Unset):
            end_time = _end_time
        else:
            end_time_type_0 = parse_datetime(_end_time, "end_time")

            end_time = end_time_type_0

        duration = cast(int | None | Unset, d.pop("duration", UNSET))

        _status = d.pop("status", UNSET)
        status: None | RoomSessionStatus | Unset
        if _status is None or isinstance(_status, Unset):
            status = _status
        else:
            status_type_0 = RoomSessionStatus(_status)

            status = status_type_0

        record_on_start = d.pop("record_on_start", UNSET)

        enable_room_previews = d.pop("enable_room_previews", UNSET)

        preview_url = cast(None | str | Unset, d.pop("preview_url", UNSET))

        audio_video_sync = cast(bool | None | Unset, d.pop("audio_video_sync", UNSET))

        _instance = cls(
            id=id,
            room_id=room_id,
            name=name,
            display_name=display_name,
            join_from=join_from,
            join_until=join_until,
            remove_at=remove_at,
            remove_after_seconds_elapsed=remove_after_seconds_elapsed,
            layout=layout,
            max_members=max_members,
            fps=fps,
            quality=quality,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            status=status,
            record_on_start=record_on_start,
            enable_room_previews=enable_room_previews,
            preview_url=preview_url,
            audio_video_sync=audio_video_sync,
        )

        _instance.additional_properties = d
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
