from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_fps import VideoFps
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="Room")


@_attrs_define
class Room:
    """A persistent video room that sessions run in.

    Attributes:
        id (UUID): Identifier of the room.
        name (str): Unique name of the room.
        display_name (None | str): Human-readable name; null when none was set.
        description (None | str): Free-text description; null when none was set.
        max_members (int): Maximum number of simultaneous participants.
        quality (VideoQuality): Video resolution of a room, conference or session.
        fps (VideoFps): Frames per second of the video, always an integer.
        join_from (datetime.datetime | None): Nobody can join before this instant; null when unrestricted.
        join_until (datetime.datetime | None): No new participant can join after this instant; null when unrestricted.
        remove_at (datetime.datetime | None): Participants are removed at this instant; null when not scheduled.
        remove_after_seconds_elapsed (int | None): Participants are removed this many seconds after joining; null when
            not set.
        layout (VideoLayout): Arrangement of the video tiles. One list serves rooms, conferences and sessions.
        record_on_start (bool): Whether each session is recorded from its start.
        tone_on_entry_and_exit (bool): Whether a sound plays when someone enters or leaves.
        room_join_video_off (bool): Whether participants join with their camera off because of a room setting.
        user_join_video_off (bool): Whether participants join with their camera off because of a user setting.
        enable_room_previews (bool | None): Whether a preview video of running sessions is produced.
        sync_audio_video (bool | None): Whether the jitter buffer keeps audio and video in sync.
        meta (None | RoomMetaType0): Your own JSON data stored with the room; null when none was set.
        prioritize_handraise (bool): Whether participants who raise a hand get priority in the layout.
        created_at (datetime.datetime): When the room was created.
        updated_at (datetime.datetime): When the room was last changed.
        active_session (ActiveSession | None | Unset): Present only when the request sets include_active_session=true;
            null when no session is running.
    """

    id: UUID
    name: str
    display_name: None | str
    description: None | str
    max_members: int
    quality: VideoQuality
    fps: VideoFps
    join_from: datetime.datetime | None
    join_until: datetime.datetime | None
    remove_at: datetime.datetime | None
    remove_after_seconds_elapsed: int | None
    layout: VideoLayout
    record_on_start: bool
    tone_on_entry_and_exit: bool
    room_join_video_off: bool
    user_join_video_off: bool
    enable_room_previews: bool | None
    sync_audio_video: bool | None
    meta: None | RoomMetaType0
    prioritize_handraise: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    active_session: ActiveSession | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        max_members = self.max_members

        quality = self.quality.value

        fps = self.fps.value

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

        layout = self.layout.value

        record_on_start = self.record_on_start

        tone_on_entry_and_exit = self.tone_on_entry_and_exit

        room_join_video_off = self.room_join_video_off

        user_join_video_off = self.user_join_video_off

        enable_room_previews: bool | None
        enable_room_previews = self.enable_room_previews

        sync_audio_video: bool | None
        sync_audio_video = self.sync_audio_video

        meta: dict[str, Any] | None
        if isinstance(self.meta, RoomMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        prioritize_handraise = self.prioritize_handraise

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        active_session: dict[str, Any] | None | Unset
        if isinstance(self.active_session, Unset):
            active_session = UNSET
        elif isinstance(self.active_session, ActiveSession):
            active_session = self.active_session.to_dict()
        else:
            active_session = self.active_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "display_name": display_name,
                "description": description,
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
                "enable_room_previews": enable_room_previews,
                "sync_audio_video": sync_audio_video,
                "meta": meta,
                "prioritize_handraise": prioritize_handraise,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if active_session is not UNSET:
            field_dict["active_session"] = active_session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        display_name = cast(None | str, d.pop("display_name"))

        description = cast(None | str, d.pop("description"))

        max_members = d.pop("max_members")

        quality = VideoQuality(d.pop("quality"))

        fps = VideoFps(d.pop("fps"))

        _join_from = d.pop("join_from")
        join_from: datetime.datetime | None
        if _join_from is None:
            join_from = _join_from
        else:
            join_from_type_0 = parse_datetime(_join_from, "join_from")

            join_from = join_from_type_0

        _join_until = d.pop("join_until")
        join_until: datetime.datetime | None
        if _join_until is None:
            join_until = _join_until
        else:
            join_until_type_0 = parse_datetime(_join_until, "join_until")

            join_until = join_until_type_0

        _remove_at = d.pop("remove_at")
        remove_at: datetime.datetime | None
        if _remove_at is None:
            remove_at = _remove_at
        else:
            remove_at_type_0 = parse_datetime(_remove_at, "remove_at")

            remove_at = remove_at_type_0

        remove_after_seconds_elapsed = cast(int | None, d.pop("remove_after_seconds_elapsed"))

        layout = VideoLayout(d.pop("layout"))

        record_on_start = d.pop("record_on_start")

        tone_on_entry_and_exit = d.pop("tone_on_entry_and_exit")

        room_join_video_off = d.pop("room_join_video_off")

        user_join_video_off = d.pop("user_join_video_off")

        enable_room_previews = cast(bool | None, d.pop("enable_room_previews"))

        sync_audio_video = cast(bool | None, d.pop("sync_audio_video"))

        def _parse_meta(data: object) -> None | RoomMetaType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = RoomMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"meta: {data!r} does not match None | RoomMetaType0")

        meta = _parse_meta(d.pop("meta"))

        prioritize_handraise = d.pop("prioritize_handraise")

        created_at = parse_datetime(d.pop("created_at"), "created_at")

        updated_at = parse_datetime(d.pop("updated_at"), "updated_at")

        def _parse_active_session(data: object) -> ActiveSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_session_type_0 = ActiveSession.from_dict(data)

                return active_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"active_session: {data!r} does not match ActiveSession | None")

        active_session = _parse_active_session(d.pop("active_session", UNSET))

        _instance = cls(
            id=id,
            name=name,
            display_name=display_name,
            description=description,
            max_members=max_members,
            quality=quality,
            fps=fps,
            join_from=join_from,
            join_until=join_until,
            remove_at=remove_at,
            remove_after_seconds_elapsed=remove_after_seconds_elapsed,
            layout=layout,
            record_on_start=record_on_start,
            tone_on_entry_and_exit=tone_on_entry_and_exit,
            room_join_video_off=room_join_video_off,
            user_join_video_off=user_join_video_off,
            enable_room_previews=enable_room_previews,
            sync_audio_video=sync_audio_video,
            meta=meta,
            prioritize_handraise=prioritize_handraise,
            created_at=created_at,
            updated_at=updated_at,
            active_session=active_session,
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


from ..models.active_session import ActiveSession  # noqa: E402
from ..models.room_meta_type_0 import RoomMetaType0  # noqa: E402
