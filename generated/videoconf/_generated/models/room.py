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

from ..models.video_fps import VideoFps
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime

_VideoFps_members = members(VideoFps)
_VideoLayout_members = members(VideoLayout)
_VideoQuality_members = members(VideoQuality)
_Room_known = frozenset(
    {
        "id",
        "name",
        "display_name",
        "description",
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
        "enable_room_previews",
        "sync_audio_video",
        "meta",
        "prioritize_handraise",
        "created_at",
        "updated_at",
        "active_session",
    }
)


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
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        max_members = self.max_members

        quality: Any
        if isinstance(self.quality, VideoQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        fps: Any
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

        layout: Any
        if isinstance(self.layout, VideoLayout):
            layout = self.layout.value
        else:
            layout = self.layout

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 22
        try:
            _id_in = src_dict["id"]
            _name_in = src_dict["name"]
            _display_name_in = src_dict["display_name"]
            _description_in = src_dict["description"]
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
            _enable_room_previews_in = src_dict["enable_room_previews"]
            _sync_audio_video_in = src_dict["sync_audio_video"]
            _meta_in = src_dict["meta"]
            _prioritize_handraise_in = src_dict["prioritize_handraise"]
            _created_at_in = src_dict["created_at"]
            _updated_at_in = src_dict["updated_at"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _name_in = src_dict.get("name", MISSING)
            _display_name_in = src_dict.get("display_name", MISSING)
            _description_in = src_dict.get("description", MISSING)
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
            _enable_room_previews_in = src_dict.get("enable_room_previews", MISSING)
            _sync_audio_video_in = src_dict.get("sync_audio_video", MISSING)
            _meta_in = src_dict.get("meta", MISSING)
            _prioritize_handraise_in = src_dict.get("prioritize_handraise", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _updated_at_in = src_dict.get("updated_at", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Room/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Room/properties/id")

        name = _name_in
        if type(name) is not str:
            name = mismatch(_ctx, (_at, "name"), "string", name, "#/components/schemas/Room/properties/name")

        display_name = _display_name_in
        if type(display_name) is not str and display_name is not None:
            display_name = mismatch(
                _ctx, (_at, "display_name"), "string", display_name, "#/components/schemas/Room/properties/display_name"
            )

        description = _description_in
        if type(description) is not str and description is not None:
            description = mismatch(
                _ctx, (_at, "description"), "string", description, "#/components/schemas/Room/properties/description"
            )

        max_members = _max_members_in
        if type(max_members) is not int:
            max_members = mismatch(
                _ctx, (_at, "max_members"), "integer", max_members, "#/components/schemas/Room/properties/max_members"
            )

        _quality = _quality_in
        quality = _VideoQuality_members.get(_quality) if type(_quality) is str else None
        if quality is None:
            quality = parse_enum(
                VideoQuality, _quality, _ctx, _at, "quality", "#/components/schemas/Room/properties/quality"
            )

        _fps = _fps_in
        fps = _VideoFps_members.get(_fps) if type(_fps) is int else None
        if fps is None:
            fps = parse_enum(VideoFps, _fps, _ctx, _at, "fps", "#/components/schemas/Room/properties/fps")

        join_from = _join_from_in
        if type(join_from) is str:
            try:
                join_from = fromisoformat(join_from)
            except ValueError:
                join_from = parse_datetime(
                    join_from, _ctx, _at, "join_from", "#/components/schemas/Room/properties/join_from"
                )
            else:
                if join_from.tzinfo is None:
                    join_from = join_from.replace(tzinfo=UTC)
        elif join_from is not None:
            join_from = parse_datetime(
                join_from, _ctx, _at, "join_from", "#/components/schemas/Room/properties/join_from"
            )

        join_until = _join_until_in
        if type(join_until) is str:
            try:
                join_until = fromisoformat(join_until)
            except ValueError:
                join_until = parse_datetime(
                    join_until, _ctx, _at, "join_until", "#/components/schemas/Room/properties/join_until"
                )
            else:
                if join_until.tzinfo is None:
                    join_until = join_until.replace(tzinfo=UTC)
        elif join_until is not None:
            join_until = parse_datetime(
                join_until, _ctx, _at, "join_until", "#/components/schemas/Room/properties/join_until"
            )

        remove_at = _remove_at_in
        if type(remove_at) is str:
            try:
                remove_at = fromisoformat(remove_at)
            except ValueError:
                remove_at = parse_datetime(
                    remove_at, _ctx, _at, "remove_at", "#/components/schemas/Room/properties/remove_at"
                )
            else:
                if remove_at.tzinfo is None:
                    remove_at = remove_at.replace(tzinfo=UTC)
        elif remove_at is not None:
            remove_at = parse_datetime(
                remove_at, _ctx, _at, "remove_at", "#/components/schemas/Room/properties/remove_at"
            )

        remove_after_seconds_elapsed = _remove_after_seconds_elapsed_in
        if type(remove_after_seconds_elapsed) is not int and remove_after_seconds_elapsed is not None:
            remove_after_seconds_elapsed = mismatch(
                _ctx,
                (_at, "remove_after_seconds_elapsed"),
                "integer",
                remove_after_seconds_elapsed,
                "#/components/schemas/Room/properties/remove_after_seconds_elapsed",
            )

        _layout = _layout_in
        layout = _VideoLayout_members.get(_layout) if type(_layout) is str else None
        if layout is None:
            layout = parse_enum(
                VideoLayout, _layout, _ctx, _at, "layout", "#/components/schemas/Room/properties/layout"
            )

        record_on_start = _record_on_start_in
        if type(record_on_start) is not bool:
            record_on_start = mismatch(
                _ctx,
                (_at, "record_on_start"),
                "boolean",
                record_on_start,
                "#/components/schemas/Room/properties/record_on_start",
            )

        tone_on_entry_and_exit = _tone_on_entry_and_exit_in
        if type(tone_on_entry_and_exit) is not bool:
            tone_on_entry_and_exit = mismatch(
                _ctx,
                (_at, "tone_on_entry_and_exit"),
                "boolean",
                tone_on_entry_and_exit,
                "#/components/schemas/Room/properties/tone_on_entry_and_exit",
            )

        room_join_video_off = _room_join_video_off_in
        if type(room_join_video_off) is not bool:
            room_join_video_off = mismatch(
                _ctx,
                (_at, "room_join_video_off"),
                "boolean",
                room_join_video_off,
                "#/components/schemas/Room/properties/room_join_video_off",
            )

        user_join_video_off = _user_join_video_off_in
        if type(user_join_video_off) is not bool:
            user_join_video_off = mismatch(
                _ctx,
                (_at, "user_join_video_off"),
                "boolean",
                user_join_video_off,
                "#/components/schemas/Room/properties/user_join_video_off",
            )

        enable_room_previews = _enable_room_previews_in
        if type(enable_room_previews) is not bool and enable_room_previews is not None:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/Room/properties/enable_room_previews",
            )

        sync_audio_video = _sync_audio_video_in
        if type(sync_audio_video) is not bool and sync_audio_video is not None:
            sync_audio_video = mismatch(
                _ctx,
                (_at, "sync_audio_video"),
                "boolean",
                sync_audio_video,
                "#/components/schemas/Room/properties/sync_audio_video",
            )

        meta = _meta_in
        if isinstance(meta, dict):
            _meta_object = new_instance(RoomMetaType0)
            _meta_object.additional_properties = dict(meta)
            meta = _meta_object
        elif meta is not None:
            meta = mismatch(_ctx, (_at, "meta"), "object", meta, "#/components/schemas/Room/properties/meta")

        prioritize_handraise = _prioritize_handraise_in
        if type(prioritize_handraise) is not bool:
            prioritize_handraise = mismatch(
                _ctx,
                (_at, "prioritize_handraise"),
                "boolean",
                prioritize_handraise,
                "#/components/schemas/Room/properties/prioritize_handraise",
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/Room/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/Room/properties/created_at"
            )

        updated_at = _updated_at_in
        if type(updated_at) is str:
            try:
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(
                    updated_at, _ctx, _at, "updated_at", "#/components/schemas/Room/properties/updated_at"
                )
            else:
                if updated_at.tzinfo is None:
                    updated_at = updated_at.replace(tzinfo=UTC)
        else:
            updated_at = parse_datetime(
                updated_at, _ctx, _at, "updated_at", "#/components/schemas/Room/properties/updated_at"
            )

        active_session = src_dict.get("active_session", UNSET)
        if isinstance(active_session, dict):
            active_session = ActiveSession.from_dict(active_session, _ctx, (_at, "active_session"))
        elif active_session is not UNSET and active_session is not None:
            active_session = mismatch(
                _ctx,
                (_at, "active_session"),
                "ActiveSession",
                active_session,
                "#/components/schemas/Room/properties/active_session",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.name = name
        _instance.display_name = display_name
        _instance.description = description
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
        _instance.enable_room_previews = enable_room_previews
        _instance.sync_audio_video = sync_audio_video
        _instance.meta = meta
        _instance.prioritize_handraise = prioritize_handraise
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.active_session = active_session

        if len(src_dict) > _read and not src_dict.keys() <= _Room_known:
            d = {key: value for key, value in src_dict.items() if key not in _Room_known}
            unknown_fields(_ctx, _at, d, "Room", "#/components/schemas/Room")
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


from ..models.active_session import ActiveSession  # noqa: E402
from ..models.room_meta_type_0 import RoomMetaType0  # noqa: E402
