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
    """The session currently running in a room or conference. Fields follow the same nullability as RoomSession (the vendor
    spec makes them non-null here only) and ids are UUIDs (plain strings in the vendor spec). The vendor declares no
    required fields for this object, so none are required here.

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
            layout (None | Unset | VideoLayout): Layout the session started with (a plain string in the vendor spec).
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
                `sync_audio_video` elsewhere; the server really sends it under this older name inside the active session, so we
                keep the wire name.
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

        def _parse_room_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                room_id_type_0 = UUID(data)

                return room_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"room_id: {data!r} does not match None | UUID")

        room_id = _parse_room_id(d.pop("room_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_join_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                join_from_type_0 = parse_datetime(data, "join_from")

                return join_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"join_from: {data!r} does not match datetime.datetime | None")

        join_from = _parse_join_from(d.pop("join_from", UNSET))

        def _parse_join_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                join_until_type_0 = parse_datetime(data, "join_until")

                return join_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"join_until: {data!r} does not match datetime.datetime | None")

        join_until = _parse_join_until(d.pop("join_until", UNSET))

        def _parse_remove_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remove_at_type_0 = parse_datetime(data, "remove_at")

                return remove_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"remove_at: {data!r} does not match datetime.datetime | None")

        remove_at = _parse_remove_at(d.pop("remove_at", UNSET))

        def _parse_remove_after_seconds_elapsed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remove_after_seconds_elapsed = _parse_remove_after_seconds_elapsed(d.pop("remove_after_seconds_elapsed", UNSET))

        def _parse_layout(data: object) -> None | Unset | VideoLayout:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                layout_type_0 = VideoLayout(data)

                return layout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"layout: {data!r} does not match None | VideoLayout")

        layout = _parse_layout(d.pop("layout", UNSET))

        def _parse_max_members(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_members = _parse_max_members(d.pop("max_members", UNSET))

        def _parse_fps(data: object) -> None | Unset | VideoFps:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                fps_type_0 = VideoFps(data)

                return fps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"fps: {data!r} does not match None | VideoFps")

        fps = _parse_fps(d.pop("fps", UNSET))

        def _parse_quality(data: object) -> None | Unset | VideoQuality:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = VideoQuality(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"quality: {data!r} does not match None | VideoQuality")

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = parse_datetime(data, "start_time")

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"start_time: {data!r} does not match datetime.datetime | None")

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = parse_datetime(data, "end_time")

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"end_time: {data!r} does not match datetime.datetime | None")

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_status(data: object) -> None | RoomSessionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RoomSessionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"status: {data!r} does not match None | RoomSessionStatus")

        status = _parse_status(d.pop("status", UNSET))

        record_on_start = d.pop("record_on_start", UNSET)

        enable_room_previews = d.pop("enable_room_previews", UNSET)

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_url = _parse_preview_url(d.pop("preview_url", UNSET))

        def _parse_audio_video_sync(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        audio_video_sync = _parse_audio_video_sync(d.pop("audio_video_sync", UNSET))

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
