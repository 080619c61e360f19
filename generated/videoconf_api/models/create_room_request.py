from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime, parse_date, parse_datetime

T = TypeVar("T", bound="CreateRoomRequest")


@_attrs_define
class CreateRoomRequest:
    """Settings for a new room. Only `name` is required. Tone on entry, camera-off-on-join flags and hand-raise priority
    cannot be set through this API.

        Attributes:
            name (str): Unique, URL-safe name of a room or conference: letters, digits, `_` and `-`.
            display_name (str | Unset): Human-readable name.
            description (str | Unset): Free-text description.
            max_members (int | Unset): Maximum number of simultaneous participants. Default: 20.
            quality (VideoQuality | Unset): Video resolution of a room, conference or session.
            remove_after_seconds_elapsed (int | Unset): Each participant is removed this many seconds after joining. A token
                may override it.
            layout (VideoLayout | Unset): Arrangement of the video tiles. One list serves rooms, conferences and sessions.
            record_on_start (bool | Unset): Record each session from its start. Default: False.
            enable_room_previews (bool | Unset): Produce a preview video of running sessions. Default: False.
            meta (CreateRoomRequestMeta | Unset): Any JSON object you want to store with the room. The server limits it to
                2000 characters once serialised as JSON.
            sync_audio_video (bool | Unset): Keep audio and video in sync with the jitter buffer. Older documents call this
                `audio_video_sync`; requests use `sync_audio_video`.
            join_from (datetime.date | datetime.datetime | Unset): Before this instant nobody can join. Send an RFC 3339
                date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01`
                is read as `2022-01-01T00:00:00Z`). A token may override it.
            join_until (datetime.date | datetime.datetime | Unset): From this instant on no new participant can join; people
                already inside stay until they leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is
                accepted as well and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). A token may override
                it.
            remove_at (datetime.date | datetime.datetime | Unset): At this instant every participant is removed. Send an RFC
                3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC
                (`2022-01-01` is read as `2022-01-01T00:00:00Z`). A token may override it.
    """

    name: str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    max_members: int | Unset = 20
    quality: VideoQuality | Unset = UNSET
    remove_after_seconds_elapsed: int | Unset = UNSET
    layout: VideoLayout | Unset = UNSET
    record_on_start: bool | Unset = False
    enable_room_previews: bool | Unset = False
    meta: CreateRoomRequestMeta | Unset = UNSET
    sync_audio_video: bool | Unset = UNSET
    join_from: datetime.date | datetime.datetime | Unset = UNSET
    join_until: datetime.date | datetime.datetime | Unset = UNSET
    remove_at: datetime.date | datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        description = self.description

        max_members = self.max_members

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

        remove_after_seconds_elapsed = self.remove_after_seconds_elapsed

        layout: str | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.value

        record_on_start = self.record_on_start

        enable_room_previews = self.enable_room_previews

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        sync_audio_video = self.sync_audio_video

        join_from: str | Unset
        if isinstance(self.join_from, Unset):
            join_from = UNSET
        elif isinstance(self.join_from, datetime.datetime):
            join_from = format_datetime(self.join_from)
        else:
            join_from = format_datetime(self.join_from)

        join_until: str | Unset
        if isinstance(self.join_until, Unset):
            join_until = UNSET
        elif isinstance(self.join_until, datetime.datetime):
            join_until = format_datetime(self.join_until)
        else:
            join_until = format_datetime(self.join_until)

        remove_at: str | Unset
        if isinstance(self.remove_at, Unset):
            remove_at = UNSET
        elif isinstance(self.remove_at, datetime.datetime):
            remove_at = format_datetime(self.remove_at)
        else:
            remove_at = format_datetime(self.remove_at)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if max_members is not UNSET:
            field_dict["max_members"] = max_members
        if quality is not UNSET:
            field_dict["quality"] = quality
        if remove_after_seconds_elapsed is not UNSET:
            field_dict["remove_after_seconds_elapsed"] = remove_after_seconds_elapsed
        if layout is not UNSET:
            field_dict["layout"] = layout
        if record_on_start is not UNSET:
            field_dict["record_on_start"] = record_on_start
        if enable_room_previews is not UNSET:
            field_dict["enable_room_previews"] = enable_room_previews
        if meta is not UNSET:
            field_dict["meta"] = meta
        if sync_audio_video is not UNSET:
            field_dict["sync_audio_video"] = sync_audio_video
        if join_from is not UNSET:
            field_dict["join_from"] = join_from
        if join_until is not UNSET:
            field_dict["join_until"] = join_until
        if remove_at is not UNSET:
            field_dict["remove_at"] = remove_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        display_name = d.pop("display_name", UNSET)

        description = d.pop("description", UNSET)

        max_members = d.pop("max_members", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: VideoQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = VideoQuality(_quality)

        remove_after_seconds_elapsed = d.pop("remove_after_seconds_elapsed", UNSET)

        _layout = d.pop("layout", UNSET)
        layout: VideoLayout | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = VideoLayout(_layout)

        record_on_start = d.pop("record_on_start", UNSET)

        enable_room_previews = d.pop("enable_room_previews", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: CreateRoomRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CreateRoomRequestMeta.from_dict(_meta)

        sync_audio_video = d.pop("sync_audio_video", UNSET)

        def _parse_join_from(data: object) -> datetime.date | datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                join_from_type_0 = parse_datetime(data, "join_from")

                return join_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            join_from_type_1 = parse_date(data, "join_from")

            return join_from_type_1

        join_from = _parse_join_from(d.pop("join_from", UNSET))

        def _parse_join_until(data: object) -> datetime.date | datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                join_until_type_0 = parse_datetime(data, "join_until")

                return join_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            join_until_type_1 = parse_date(data, "join_until")

            return join_until_type_1

        join_until = _parse_join_until(d.pop("join_until", UNSET))

        def _parse_remove_at(data: object) -> datetime.date | datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remove_at_type_0 = parse_datetime(data, "remove_at")

                return remove_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            remove_at_type_1 = parse_date(data, "remove_at")

            return remove_at_type_1

        remove_at = _parse_remove_at(d.pop("remove_at", UNSET))

        _instance = cls(
            name=name,
            display_name=display_name,
            description=description,
            max_members=max_members,
            quality=quality,
            remove_after_seconds_elapsed=remove_after_seconds_elapsed,
            layout=layout,
            record_on_start=record_on_start,
            enable_room_previews=enable_room_previews,
            meta=meta,
            sync_audio_video=sync_audio_video,
            join_from=join_from,
            join_until=join_until,
            remove_at=remove_at,
        )

        return _instance


from ..models.create_room_request_meta import CreateRoomRequestMeta  # noqa: E402
