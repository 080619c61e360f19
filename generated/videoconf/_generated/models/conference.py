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

from ..models.conference_size import ConferenceSize
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime

_ConferenceSize_members = members(ConferenceSize)
_VideoLayout_members = members(VideoLayout)
_VideoQuality_members = members(VideoQuality)
_Conference_known = frozenset(
    {
        "id",
        "name",
        "display_name",
        "description",
        "join_from",
        "join_until",
        "quality",
        "layout",
        "size",
        "record_on_start",
        "tone_on_entry_and_exit",
        "user_join_video_off",
        "room_join_video_off",
        "enable_chat",
        "enable_room_previews",
        "dark_primary",
        "dark_background",
        "dark_foreground",
        "dark_success",
        "dark_negative",
        "light_primary",
        "light_background",
        "light_foreground",
        "light_success",
        "light_negative",
        "meta",
        "created_at",
        "updated_at",
        "active_session",
    }
)


@_attrs_define
class Conference:
    """A conference: a room with a ready-made user interface and its own theme.

    Attributes:
        id (UUID): Identifier of the conference.
        name (str): Unique name of the conference.
        display_name (None | str): Human-readable name; null when none was set.
        description (None | str): Free-text description; null when none was set.
        join_from (datetime.datetime | None): Nobody can join before this instant; null when unrestricted.
        join_until (datetime.datetime | None): No new participant can join after this instant; null when unrestricted.
        quality (VideoQuality): Video resolution of a room, conference or session.
        layout (VideoLayout): Arrangement of the video tiles. One list serves rooms, conferences and sessions.
        size (ConferenceSize | None): Capacity class; null for conferences that have none recorded.
        record_on_start (bool): Whether each session is recorded from its start.
        tone_on_entry_and_exit (bool): Whether a sound plays when someone enters or leaves.
        user_join_video_off (bool): Whether participants join with their camera off because of a user setting.
        room_join_video_off (bool): Whether participants join with their camera off because of a room setting.
        enable_chat (bool): Whether participants can chat as a group.
        enable_room_previews (bool | None): Whether a preview video of running sessions is produced.
        dark_primary (None | str): Colour of call-to-action buttons and selected items in the dark theme, as `#RRGGBB`.
            Null when not set.
        dark_background (None | str): Main background colour in the dark theme, as `#RRGGBB`. Null when not set.
        dark_foreground (None | str): Main foreground (text) colour in the dark theme, as `#RRGGBB`. Null when not set.
        dark_success (None | str): Colour used to signal success in the dark theme, as `#RRGGBB`. Null when not set.
        dark_negative (None | str): Colour used to signal errors in the dark theme, as `#RRGGBB`. Null when not set.
        light_primary (None | str): Colour of call-to-action buttons and selected items in the light theme, as
            `#RRGGBB`. Null when not set.
        light_background (None | str): Main background colour in the light theme, as `#RRGGBB`. Null when not set.
        light_foreground (None | str): Main foreground (text) colour in the light theme, as `#RRGGBB`. Null when not
            set.
        light_success (None | str): Colour used to signal success in the light theme, as `#RRGGBB`. Null when not set.
        light_negative (None | str): Colour used to signal errors in the light theme, as `#RRGGBB`. Null when not set.
        meta (ConferenceMetaType0 | None): Your own JSON data stored with the conference; null when none was set (the
            API offers no way to set it on conferences).
        created_at (datetime.datetime): When the conference was created.
        updated_at (datetime.datetime): When the conference was last changed.
        active_session (ActiveSession | None | Unset): Present only when the request sets include_active_session=true;
            null when no session is running.
    """

    id: UUID
    name: str
    display_name: None | str
    description: None | str
    join_from: datetime.datetime | None
    join_until: datetime.datetime | None
    quality: VideoQuality
    layout: VideoLayout
    size: ConferenceSize | None
    record_on_start: bool
    tone_on_entry_and_exit: bool
    user_join_video_off: bool
    room_join_video_off: bool
    enable_chat: bool
    enable_room_previews: bool | None
    dark_primary: None | str
    dark_background: None | str
    dark_foreground: None | str
    dark_success: None | str
    dark_negative: None | str
    light_primary: None | str
    light_background: None | str
    light_foreground: None | str
    light_success: None | str
    light_negative: None | str
    meta: ConferenceMetaType0 | None
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

        quality: Any
        if isinstance(self.quality, VideoQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        layout: Any
        if isinstance(self.layout, VideoLayout):
            layout = self.layout.value
        else:
            layout = self.layout

        size: None | str
        if isinstance(self.size, ConferenceSize):
            size = self.size.value
        else:
            size = self.size

        record_on_start = self.record_on_start

        tone_on_entry_and_exit = self.tone_on_entry_and_exit

        user_join_video_off = self.user_join_video_off

        room_join_video_off = self.room_join_video_off

        enable_chat = self.enable_chat

        enable_room_previews: bool | None
        enable_room_previews = self.enable_room_previews

        dark_primary: None | str
        dark_primary = self.dark_primary

        dark_background: None | str
        dark_background = self.dark_background

        dark_foreground: None | str
        dark_foreground = self.dark_foreground

        dark_success: None | str
        dark_success = self.dark_success

        dark_negative: None | str
        dark_negative = self.dark_negative

        light_primary: None | str
        light_primary = self.light_primary

        light_background: None | str
        light_background = self.light_background

        light_foreground: None | str
        light_foreground = self.light_foreground

        light_success: None | str
        light_success = self.light_success

        light_negative: None | str
        light_negative = self.light_negative

        meta: dict[str, Any] | None
        if isinstance(self.meta, ConferenceMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

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
                "join_from": join_from,
                "join_until": join_until,
                "quality": quality,
                "layout": layout,
                "size": size,
                "record_on_start": record_on_start,
                "tone_on_entry_and_exit": tone_on_entry_and_exit,
                "user_join_video_off": user_join_video_off,
                "room_join_video_off": room_join_video_off,
                "enable_chat": enable_chat,
                "enable_room_previews": enable_room_previews,
                "dark_primary": dark_primary,
                "dark_background": dark_background,
                "dark_foreground": dark_foreground,
                "dark_success": dark_success,
                "dark_negative": dark_negative,
                "light_primary": light_primary,
                "light_background": light_background,
                "light_foreground": light_foreground,
                "light_success": light_success,
                "light_negative": light_negative,
                "meta": meta,
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
        _read = 28
        try:
            _id_in = src_dict["id"]
            _name_in = src_dict["name"]
            _display_name_in = src_dict["display_name"]
            _description_in = src_dict["description"]
            _join_from_in = src_dict["join_from"]
            _join_until_in = src_dict["join_until"]
            _quality_in = src_dict["quality"]
            _layout_in = src_dict["layout"]
            _size_in = src_dict["size"]
            _record_on_start_in = src_dict["record_on_start"]
            _tone_on_entry_and_exit_in = src_dict["tone_on_entry_and_exit"]
            _user_join_video_off_in = src_dict["user_join_video_off"]
            _room_join_video_off_in = src_dict["room_join_video_off"]
            _enable_chat_in = src_dict["enable_chat"]
            _enable_room_previews_in = src_dict["enable_room_previews"]
            _dark_primary_in = src_dict["dark_primary"]
            _dark_background_in = src_dict["dark_background"]
            _dark_foreground_in = src_dict["dark_foreground"]
            _dark_success_in = src_dict["dark_success"]
            _dark_negative_in = src_dict["dark_negative"]
            _light_primary_in = src_dict["light_primary"]
            _light_background_in = src_dict["light_background"]
            _light_foreground_in = src_dict["light_foreground"]
            _light_success_in = src_dict["light_success"]
            _light_negative_in = src_dict["light_negative"]
            _meta_in = src_dict["meta"]
            _created_at_in = src_dict["created_at"]
            _updated_at_in = src_dict["updated_at"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _name_in = src_dict.get("name", MISSING)
            _display_name_in = src_dict.get("display_name", MISSING)
            _description_in = src_dict.get("description", MISSING)
            _join_from_in = src_dict.get("join_from", MISSING)
            _join_until_in = src_dict.get("join_until", MISSING)
            _quality_in = src_dict.get("quality", MISSING)
            _layout_in = src_dict.get("layout", MISSING)
            _size_in = src_dict.get("size", MISSING)
            _record_on_start_in = src_dict.get("record_on_start", MISSING)
            _tone_on_entry_and_exit_in = src_dict.get("tone_on_entry_and_exit", MISSING)
            _user_join_video_off_in = src_dict.get("user_join_video_off", MISSING)
            _room_join_video_off_in = src_dict.get("room_join_video_off", MISSING)
            _enable_chat_in = src_dict.get("enable_chat", MISSING)
            _enable_room_previews_in = src_dict.get("enable_room_previews", MISSING)
            _dark_primary_in = src_dict.get("dark_primary", MISSING)
            _dark_background_in = src_dict.get("dark_background", MISSING)
            _dark_foreground_in = src_dict.get("dark_foreground", MISSING)
            _dark_success_in = src_dict.get("dark_success", MISSING)
            _dark_negative_in = src_dict.get("dark_negative", MISSING)
            _light_primary_in = src_dict.get("light_primary", MISSING)
            _light_background_in = src_dict.get("light_background", MISSING)
            _light_foreground_in = src_dict.get("light_foreground", MISSING)
            _light_success_in = src_dict.get("light_success", MISSING)
            _light_negative_in = src_dict.get("light_negative", MISSING)
            _meta_in = src_dict.get("meta", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _updated_at_in = src_dict.get("updated_at", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Conference/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Conference/properties/id")

        name = _name_in
        if type(name) is not str:
            name = mismatch(_ctx, (_at, "name"), "string", name, "#/components/schemas/Conference/properties/name")

        display_name = _display_name_in
        if type(display_name) is not str and display_name is not None:
            display_name = mismatch(
                _ctx,
                (_at, "display_name"),
                "string",
                display_name,
                "#/components/schemas/Conference/properties/display_name",
            )

        description = _description_in
        if type(description) is not str and description is not None:
            description = mismatch(
                _ctx,
                (_at, "description"),
                "string",
                description,
                "#/components/schemas/Conference/properties/description",
            )

        join_from = _join_from_in
        if type(join_from) is str:
            try:
                join_from = fromisoformat(join_from)
            except ValueError:
                join_from = parse_datetime(
                    join_from, _ctx, _at, "join_from", "#/components/schemas/Conference/properties/join_from"
                )
            else:
                if join_from.tzinfo is None:
                    join_from = join_from.replace(tzinfo=UTC)
        elif join_from is not None:
            join_from = parse_datetime(
                join_from, _ctx, _at, "join_from", "#/components/schemas/Conference/properties/join_from"
            )

        join_until = _join_until_in
        if type(join_until) is str:
            try:
                join_until = fromisoformat(join_until)
            except ValueError:
                join_until = parse_datetime(
                    join_until, _ctx, _at, "join_until", "#/components/schemas/Conference/properties/join_until"
                )
            else:
                if join_until.tzinfo is None:
                    join_until = join_until.replace(tzinfo=UTC)
        elif join_until is not None:
            join_until = parse_datetime(
                join_until, _ctx, _at, "join_until", "#/components/schemas/Conference/properties/join_until"
            )

        _quality = _quality_in
        quality = _VideoQuality_members.get(_quality) if type(_quality) is str else None
        if quality is None:
            quality = parse_enum(
                VideoQuality, _quality, _ctx, _at, "quality", "#/components/schemas/Conference/properties/quality"
            )

        _layout = _layout_in
        layout = _VideoLayout_members.get(_layout) if type(_layout) is str else None
        if layout is None:
            layout = parse_enum(
                VideoLayout, _layout, _ctx, _at, "layout", "#/components/schemas/Conference/properties/layout"
            )

        _size = _size_in
        size = _ConferenceSize_members.get(_size) if type(_size) is str else None
        if size is None and _size is not None:
            size = parse_enum(
                ConferenceSize, _size, _ctx, _at, "size", "#/components/schemas/Conference/properties/size"
            )

        record_on_start = _record_on_start_in
        if type(record_on_start) is not bool:
            record_on_start = mismatch(
                _ctx,
                (_at, "record_on_start"),
                "boolean",
                record_on_start,
                "#/components/schemas/Conference/properties/record_on_start",
            )

        tone_on_entry_and_exit = _tone_on_entry_and_exit_in
        if type(tone_on_entry_and_exit) is not bool:
            tone_on_entry_and_exit = mismatch(
                _ctx,
                (_at, "tone_on_entry_and_exit"),
                "boolean",
                tone_on_entry_and_exit,
                "#/components/schemas/Conference/properties/tone_on_entry_and_exit",
            )

        user_join_video_off = _user_join_video_off_in
        if type(user_join_video_off) is not bool:
            user_join_video_off = mismatch(
                _ctx,
                (_at, "user_join_video_off"),
                "boolean",
                user_join_video_off,
                "#/components/schemas/Conference/properties/user_join_video_off",
            )

        room_join_video_off = _room_join_video_off_in
        if type(room_join_video_off) is not bool:
            room_join_video_off = mismatch(
                _ctx,
                (_at, "room_join_video_off"),
                "boolean",
                room_join_video_off,
                "#/components/schemas/Conference/properties/room_join_video_off",
            )

        enable_chat = _enable_chat_in
        if type(enable_chat) is not bool:
            enable_chat = mismatch(
                _ctx,
                (_at, "enable_chat"),
                "boolean",
                enable_chat,
                "#/components/schemas/Conference/properties/enable_chat",
            )

        enable_room_previews = _enable_room_previews_in
        if type(enable_room_previews) is not bool and enable_room_previews is not None:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/Conference/properties/enable_room_previews",
            )

        dark_primary = _dark_primary_in
        if type(dark_primary) is not str and dark_primary is not None:
            dark_primary = mismatch(
                _ctx,
                (_at, "dark_primary"),
                "string",
                dark_primary,
                "#/components/schemas/Conference/properties/dark_primary",
            )

        dark_background = _dark_background_in
        if type(dark_background) is not str and dark_background is not None:
            dark_background = mismatch(
                _ctx,
                (_at, "dark_background"),
                "string",
                dark_background,
                "#/components/schemas/Conference/properties/dark_background",
            )

        dark_foreground = _dark_foreground_in
        if type(dark_foreground) is not str and dark_foreground is not None:
            dark_foreground = mismatch(
                _ctx,
                (_at, "dark_foreground"),
                "string",
                dark_foreground,
                "#/components/schemas/Conference/properties/dark_foreground",
            )

        dark_success = _dark_success_in
        if type(dark_success) is not str and dark_success is not None:
            dark_success = mismatch(
                _ctx,
                (_at, "dark_success"),
                "string",
                dark_success,
                "#/components/schemas/Conference/properties/dark_success",
            )

        dark_negative = _dark_negative_in
        if type(dark_negative) is not str and dark_negative is not None:
            dark_negative = mismatch(
                _ctx,
                (_at, "dark_negative"),
                "string",
                dark_negative,
                "#/components/schemas/Conference/properties/dark_negative",
            )

        light_primary = _light_primary_in
        if type(light_primary) is not str and light_primary is not None:
            light_primary = mismatch(
                _ctx,
                (_at, "light_primary"),
                "string",
                light_primary,
                "#/components/schemas/Conference/properties/light_primary",
            )

        light_background = _light_background_in
        if type(light_background) is not str and light_background is not None:
            light_background = mismatch(
                _ctx,
                (_at, "light_background"),
                "string",
                light_background,
                "#/components/schemas/Conference/properties/light_background",
            )

        light_foreground = _light_foreground_in
        if type(light_foreground) is not str and light_foreground is not None:
            light_foreground = mismatch(
                _ctx,
                (_at, "light_foreground"),
                "string",
                light_foreground,
                "#/components/schemas/Conference/properties/light_foreground",
            )

        light_success = _light_success_in
        if type(light_success) is not str and light_success is not None:
            light_success = mismatch(
                _ctx,
                (_at, "light_success"),
                "string",
                light_success,
                "#/components/schemas/Conference/properties/light_success",
            )

        light_negative = _light_negative_in
        if type(light_negative) is not str and light_negative is not None:
            light_negative = mismatch(
                _ctx,
                (_at, "light_negative"),
                "string",
                light_negative,
                "#/components/schemas/Conference/properties/light_negative",
            )

        meta = _meta_in
        if isinstance(meta, dict):
            _meta_object = new_instance(ConferenceMetaType0)
            _meta_object.additional_properties = dict(meta)
            meta = _meta_object
        elif meta is not None:
            meta = mismatch(_ctx, (_at, "meta"), "object", meta, "#/components/schemas/Conference/properties/meta")

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/Conference/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/Conference/properties/created_at"
            )

        updated_at = _updated_at_in
        if type(updated_at) is str:
            try:
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(
                    updated_at, _ctx, _at, "updated_at", "#/components/schemas/Conference/properties/updated_at"
                )
            else:
                if updated_at.tzinfo is None:
                    updated_at = updated_at.replace(tzinfo=UTC)
        else:
            updated_at = parse_datetime(
                updated_at, _ctx, _at, "updated_at", "#/components/schemas/Conference/properties/updated_at"
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
                "#/components/schemas/Conference/properties/active_session",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.name = name
        _instance.display_name = display_name
        _instance.description = description
        _instance.join_from = join_from
        _instance.join_until = join_until
        _instance.quality = quality
        _instance.layout = layout
        _instance.size = size
        _instance.record_on_start = record_on_start
        _instance.tone_on_entry_and_exit = tone_on_entry_and_exit
        _instance.user_join_video_off = user_join_video_off
        _instance.room_join_video_off = room_join_video_off
        _instance.enable_chat = enable_chat
        _instance.enable_room_previews = enable_room_previews
        _instance.dark_primary = dark_primary
        _instance.dark_background = dark_background
        _instance.dark_foreground = dark_foreground
        _instance.dark_success = dark_success
        _instance.dark_negative = dark_negative
        _instance.light_primary = light_primary
        _instance.light_background = light_background
        _instance.light_foreground = light_foreground
        _instance.light_success = light_success
        _instance.light_negative = light_negative
        _instance.meta = meta
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.active_session = active_session

        if len(src_dict) > _read and not src_dict.keys() <= _Conference_known:
            d = {key: value for key, value in src_dict.items() if key not in _Conference_known}
            unknown_fields(_ctx, _at, d, "Conference", "#/components/schemas/Conference")
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
from ..models.conference_meta_type_0 import ConferenceMetaType0  # noqa: E402
