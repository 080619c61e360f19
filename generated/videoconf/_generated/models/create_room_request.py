from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    Trial,
    fromisoformat,
    members,
    mismatch,
    new_instance,
    parse_date,
    parse_datetime,
    parse_enum,
    settle,
)

from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime

_VideoLayout_members = members(VideoLayout)
_VideoQuality_members = members(VideoQuality)


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
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        name = self.name

        display_name = self.display_name

        description = self.description

        max_members = self.max_members

        quality: Any
        if isinstance(self.quality, VideoQuality | Unset):
            quality = UNSET
            if not isinstance(self.quality, Unset):
                quality = self.quality.value
        else:
            quality = self.quality

        remove_after_seconds_elapsed = self.remove_after_seconds_elapsed

        layout: Any
        if isinstance(self.layout, VideoLayout | Unset):
            layout = UNSET
            if not isinstance(self.layout, Unset):
                layout = self.layout.value
        else:
            layout = self.layout

        record_on_start = self.record_on_start

        enable_room_previews = self.enable_room_previews

        meta: Any
        if isinstance(self.meta, CreateRoomRequestMeta | Unset):
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
        else:
            meta = self.meta

        sync_audio_video = self.sync_audio_video

        join_from: Any
        if isinstance(self.join_from, datetime.date | datetime.datetime | Unset):
            if isinstance(self.join_from, Unset):
                join_from = UNSET
            elif isinstance(self.join_from, datetime.datetime):
                join_from = format_datetime(self.join_from)
            else:
                join_from = format_datetime(self.join_from)
        else:
            join_from = self.join_from

        join_until: Any
        if isinstance(self.join_until, datetime.date | datetime.datetime | Unset):
            if isinstance(self.join_until, Unset):
                join_until = UNSET
            elif isinstance(self.join_until, datetime.datetime):
                join_until = format_datetime(self.join_until)
            else:
                join_until = format_datetime(self.join_until)
        else:
            join_until = self.join_until

        remove_at: Any
        if isinstance(self.remove_at, datetime.date | datetime.datetime | Unset):
            if isinstance(self.remove_at, Unset):
                remove_at = UNSET
            elif isinstance(self.remove_at, datetime.datetime):
                remove_at = format_datetime(self.remove_at)
            else:
                remove_at = format_datetime(self.remove_at)
        else:
            remove_at = self.remove_at

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _name_in = src_dict["name"]
        except KeyError:
            _name_in = src_dict.get("name", MISSING)
            _read = 0
        name = _name_in
        if type(name) is not str:
            name = mismatch(
                _ctx, (_at, "name"), "string", name, "#/components/schemas/CreateRoomRequest/properties/name"
            )

        display_name = src_dict.get("display_name", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            display_name = mismatch(
                _ctx,
                (_at, "display_name"),
                "string",
                display_name,
                "#/components/schemas/CreateRoomRequest/properties/display_name",
            )

        description = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = mismatch(
                _ctx,
                (_at, "description"),
                "string",
                description,
                "#/components/schemas/CreateRoomRequest/properties/description",
            )

        max_members = src_dict.get("max_members", UNSET)
        if type(max_members) is not int and max_members is not UNSET:
            max_members = mismatch(
                _ctx,
                (_at, "max_members"),
                "integer",
                max_members,
                "#/components/schemas/CreateRoomRequest/properties/max_members",
            )

        _quality = src_dict.get("quality", UNSET)
        if _quality is UNSET:
            quality = UNSET
        else:
            quality = _VideoQuality_members.get(_quality) if type(_quality) is str else None
            if quality is None:
                quality = parse_enum(
                    VideoQuality,
                    _quality,
                    _ctx,
                    _at,
                    "quality",
                    "#/components/schemas/CreateRoomRequest/properties/quality",
                )

        remove_after_seconds_elapsed = src_dict.get("remove_after_seconds_elapsed", UNSET)
        if type(remove_after_seconds_elapsed) is not int and remove_after_seconds_elapsed is not UNSET:
            remove_after_seconds_elapsed = mismatch(
                _ctx,
                (_at, "remove_after_seconds_elapsed"),
                "integer",
                remove_after_seconds_elapsed,
                "#/components/schemas/CreateRoomRequest/properties/remove_after_seconds_elapsed",
            )

        _layout = src_dict.get("layout", UNSET)
        if _layout is UNSET:
            layout = UNSET
        else:
            layout = _VideoLayout_members.get(_layout) if type(_layout) is str else None
            if layout is None:
                layout = parse_enum(
                    VideoLayout,
                    _layout,
                    _ctx,
                    _at,
                    "layout",
                    "#/components/schemas/CreateRoomRequest/properties/layout",
                )

        record_on_start = src_dict.get("record_on_start", UNSET)
        if type(record_on_start) is not bool and record_on_start is not UNSET:
            record_on_start = mismatch(
                _ctx,
                (_at, "record_on_start"),
                "boolean",
                record_on_start,
                "#/components/schemas/CreateRoomRequest/properties/record_on_start",
            )

        enable_room_previews = src_dict.get("enable_room_previews", UNSET)
        if type(enable_room_previews) is not bool and enable_room_previews is not UNSET:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/CreateRoomRequest/properties/enable_room_previews",
            )

        meta = src_dict.get("meta", UNSET)
        if isinstance(meta, dict):
            _meta_object = new_instance(CreateRoomRequestMeta)
            _meta_object.additional_properties = dict(meta)
            meta = _meta_object
        elif meta is not UNSET:
            meta = mismatch(
                _ctx, (_at, "meta"), "object", meta, "#/components/schemas/CreateRoomRequest/properties/meta"
            )

        sync_audio_video = src_dict.get("sync_audio_video", UNSET)
        if type(sync_audio_video) is not bool and sync_audio_video is not UNSET:
            sync_audio_video = mismatch(
                _ctx,
                (_at, "sync_audio_video"),
                "boolean",
                sync_audio_video,
                "#/components/schemas/CreateRoomRequest/properties/sync_audio_video",
            )

        join_from = src_dict.get("join_from", UNSET)
        if join_from is not UNSET:
            _join_from_tried: list[tuple[Trial, Any]] = []
            _join_from_trial = Trial()
            join_from_type_0 = join_from
            if type(join_from_type_0) is str:
                try:
                    join_from_type_0 = fromisoformat(join_from_type_0)
                except ValueError:
                    join_from_type_0 = parse_datetime(
                        join_from_type_0,
                        _join_from_trial,
                        _at,
                        "join_from",
                        "#/components/schemas/CreateRoomRequest/properties/join_from",
                    )
                else:
                    if join_from_type_0.tzinfo is None:
                        join_from_type_0 = join_from_type_0.replace(tzinfo=UTC)
            else:
                join_from_type_0 = parse_datetime(
                    join_from_type_0,
                    _join_from_trial,
                    _at,
                    "join_from",
                    "#/components/schemas/CreateRoomRequest/properties/join_from",
                )
            _join_from_tried.append((_join_from_trial, join_from_type_0))
            if _join_from_trial.hard:
                _join_from_trial = Trial()
                join_from_type_1 = parse_date(
                    join_from,
                    _join_from_trial,
                    _at,
                    "join_from",
                    "#/components/schemas/CreateRoomRequest/properties/join_from",
                )
                _join_from_tried.append((_join_from_trial, join_from_type_1))
            join_from = settle(_ctx, _join_from_tried)

        join_until = src_dict.get("join_until", UNSET)
        if join_until is not UNSET:
            _join_until_tried: list[tuple[Trial, Any]] = []
            _join_until_trial = Trial()
            join_until_type_0 = join_until
            if type(join_until_type_0) is str:
                try:
                    join_until_type_0 = fromisoformat(join_until_type_0)
                except ValueError:
                    join_until_type_0 = parse_datetime(
                        join_until_type_0,
                        _join_until_trial,
                        _at,
                        "join_until",
                        "#/components/schemas/CreateRoomRequest/properties/join_until",
                    )
                else:
                    if join_until_type_0.tzinfo is None:
                        join_until_type_0 = join_until_type_0.replace(tzinfo=UTC)
            else:
                join_until_type_0 = parse_datetime(
                    join_until_type_0,
                    _join_until_trial,
                    _at,
                    "join_until",
                    "#/components/schemas/CreateRoomRequest/properties/join_until",
                )
            _join_until_tried.append((_join_until_trial, join_until_type_0))
            if _join_until_trial.hard:
                _join_until_trial = Trial()
                join_until_type_1 = parse_date(
                    join_until,
                    _join_until_trial,
                    _at,
                    "join_until",
                    "#/components/schemas/CreateRoomRequest/properties/join_until",
                )
                _join_until_tried.append((_join_until_trial, join_until_type_1))
            join_until = settle(_ctx, _join_until_tried)

        remove_at = src_dict.get("remove_at", UNSET)
        if remove_at is not UNSET:
            _remove_at_tried: list[tuple[Trial, Any]] = []
            _remove_at_trial = Trial()
            remove_at_type_0 = remove_at
            if type(remove_at_type_0) is str:
                try:
                    remove_at_type_0 = fromisoformat(remove_at_type_0)
                except ValueError:
                    remove_at_type_0 = parse_datetime(
                        remove_at_type_0,
                        _remove_at_trial,
                        _at,
                        "remove_at",
                        "#/components/schemas/CreateRoomRequest/properties/remove_at",
                    )
                else:
                    if remove_at_type_0.tzinfo is None:
                        remove_at_type_0 = remove_at_type_0.replace(tzinfo=UTC)
            else:
                remove_at_type_0 = parse_datetime(
                    remove_at_type_0,
                    _remove_at_trial,
                    _at,
                    "remove_at",
                    "#/components/schemas/CreateRoomRequest/properties/remove_at",
                )
            _remove_at_tried.append((_remove_at_trial, remove_at_type_0))
            if _remove_at_trial.hard:
                _remove_at_trial = Trial()
                remove_at_type_1 = parse_date(
                    remove_at,
                    _remove_at_trial,
                    _at,
                    "remove_at",
                    "#/components/schemas/CreateRoomRequest/properties/remove_at",
                )
                _remove_at_tried.append((_remove_at_trial, remove_at_type_1))
            remove_at = settle(_ctx, _remove_at_tried)

        _instance = new_instance(cls)
        _instance.name = name
        _instance.display_name = display_name
        _instance.description = description
        _instance.max_members = max_members
        _instance.quality = quality
        _instance.remove_after_seconds_elapsed = remove_after_seconds_elapsed
        _instance.layout = layout
        _instance.record_on_start = record_on_start
        _instance.enable_room_previews = enable_room_previews
        _instance.meta = meta
        _instance.sync_audio_video = sync_audio_video
        _instance.join_from = join_from
        _instance.join_until = join_until
        _instance.remove_at = remove_at

        return _instance


from ..models.create_room_request_meta import CreateRoomRequestMeta  # noqa: E402
