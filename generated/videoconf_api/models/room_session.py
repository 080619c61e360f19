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

T = TypeVar("T", bound="RoomSession")


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
        id = str(self.id)

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

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        _room_id = d.pop("room_id")
        room_id: None | UUID
        if _room_id is None:
            room_id = _room_id
        else:
            room_id_type_0 = UUID(_room_id)

            room_id = room_id_type_0

        name = cast(None | str, d.pop("name"))

        display_name = cast(None | str, d.pop("display_name"))

        max_members = cast(int | None, d.pop("max_members"))

        _quality = d.pop("quality")
        quality: None | VideoQuality
        if _quality is None:
            quality = _quality
        else:
            quality_type_0 = VideoQuality(_quality)

            quality = quality_type_0

        _fps = d.pop("fps")
        fps: None | VideoFps
        if _fps is None:
            fps = _fps
        else:
            fps_type_0 = VideoFps(_fps)

            fps = fps_type_0

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

        _layout = d.pop("layout")
        layout: None | VideoLayout
        if _layout is None:
            layout = _layout
        else:
            layout_type_0 = VideoLayout(_layout)

            layout = layout_type_0

        record_on_start = d.pop("record_on_start")

        tone_on_entry_and_exit = d.pop("tone_on_entry_and_exit")

        room_join_video_off = d.pop("room_join_video_off")

        user_join_video_off = d.pop("user_join_video_off")

        locked = d.pop("locked")

        _start_time = d.pop("start_time")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            start_time_type_0 = parse_datetime(_start_time, "start_time")

            start_time = start_time_type_0

        _end_time = d.pop("end_time")
        end_time: datetime.datetime | None
        if _end_time is None:
            end_time = _end_time
        else:
            end_time_type_0 = parse_datetime(_end_time, "end_time")

            end_time = end_time_type_0

        duration = cast(int | None, d.pop("duration"))

        _status = d.pop("status")
        status: None | RoomSessionStatus
        if _status is None:
            status = _status
        else:
            status_type_0 = RoomSessionStatus(_status)

            status = status_type_0

        created_at = parse_datetime(d.pop("created_at"), "created_at")

        updated_at = parse_datetime(d.pop("updated_at"), "updated_at")

        preview_url = cast(None | str, d.pop("preview_url"))

        prioritize_handraise = cast(bool | None, d.pop("prioritize_handraise"))

        sync_audio_video = cast(bool | None, d.pop("sync_audio_video"))

        cost_in_dollars = d.pop("cost_in_dollars", UNSET)

        enable_room_previews = d.pop("enable_room_previews", UNSET)

        locked_cover = d.pop("locked_cover", UNSET)

        _instance = cls(
            id=id,
            room_id=room_id,
            name=name,
            display_name=display_name,
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
            locked=locked,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            preview_url=preview_url,
            prioritize_handraise=prioritize_handraise,
            sync_audio_video=sync_audio_video,
            cost_in_dollars=cost_in_dollars,
            enable_room_previews=enable_room_previews,
            locked_cover=locked_cover,
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
