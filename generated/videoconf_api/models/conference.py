from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_size import ConferenceSize
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="Conference")


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
        id = str(self.id)

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

        quality = self.quality.value

        layout = self.layout.value

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        display_name = cast(None | str, d.pop("display_name"))

        description = cast(None | str, d.pop("description"))

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

        quality = VideoQuality(d.pop("quality"))

        layout = VideoLayout(d.pop("layout"))

        _size = d.pop("size")
        size: ConferenceSize | None
        if _size is None:
            size = _size
        else:
            size_type_0 = ConferenceSize(_size)

            size = size_type_0

        record_on_start = d.pop("record_on_start")

        tone_on_entry_and_exit = d.pop("tone_on_entry_and_exit")

        user_join_video_off = d.pop("user_join_video_off")

        room_join_video_off = d.pop("room_join_video_off")

        enable_chat = d.pop("enable_chat")

        enable_room_previews = cast(bool | None, d.pop("enable_room_previews"))

        dark_primary = cast(None | str, d.pop("dark_primary"))

        dark_background = cast(None | str, d.pop("dark_background"))

        dark_foreground = cast(None | str, d.pop("dark_foreground"))

        dark_success = cast(None | str, d.pop("dark_success"))

        dark_negative = cast(None | str, d.pop("dark_negative"))

        light_primary = cast(None | str, d.pop("light_primary"))

        light_background = cast(None | str, d.pop("light_background"))

        light_foreground = cast(None | str, d.pop("light_foreground"))

        light_success = cast(None | str, d.pop("light_success"))

        light_negative = cast(None | str, d.pop("light_negative"))

        def _parse_meta(data: object) -> ConferenceMetaType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ConferenceMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"meta: {data!r} does not match ConferenceMetaType0 | None")

        meta = _parse_meta(d.pop("meta"))

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
            join_from=join_from,
            join_until=join_until,
            quality=quality,
            layout=layout,
            size=size,
            record_on_start=record_on_start,
            tone_on_entry_and_exit=tone_on_entry_and_exit,
            user_join_video_off=user_join_video_off,
            room_join_video_off=room_join_video_off,
            enable_chat=enable_chat,
            enable_room_previews=enable_room_previews,
            dark_primary=dark_primary,
            dark_background=dark_background,
            dark_foreground=dark_foreground,
            dark_success=dark_success,
            dark_negative=dark_negative,
            light_primary=light_primary,
            light_background=light_background,
            light_foreground=light_foreground,
            light_success=light_success,
            light_negative=light_negative,
            meta=meta,
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
from ..models.conference_meta_type_0 import ConferenceMetaType0  # noqa: E402
