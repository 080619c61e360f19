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

from ..models.conference_size import ConferenceSize
from ..models.video_layout import VideoLayout
from ..models.video_quality import VideoQuality
from ..types import UNSET, Unset, format_datetime

_ConferenceSize_members = members(ConferenceSize)
_VideoLayout_members = members(VideoLayout)
_VideoQuality_members = members(VideoQuality)


@_attrs_define
class CreateConferenceRequest:
    """Settings for a new conference. Only `display_name` is required. When `name` is left out the server assigns one
    itself. Tone on entry and the camera-off-on-join flags can only be set with an update; there is no way to store
    `meta` on a conference.

        Attributes:
            display_name (str): Human-readable name.
            name (str | Unset): Unique, URL-safe name of a room or conference: letters, digits, `_` and `-`.
            description (str | Unset): Free-text description.
            quality (VideoQuality | Unset): Video resolution of a room, conference or session.
            layout (VideoLayout | Unset): Arrangement of the video tiles. One list serves rooms, conferences and sessions.
            size (ConferenceSize | Unset): Capacity class of a conference: `small` holds up to 10 members, `medium` up to 50
                and `large` up to 300.
            record_on_start (bool | Unset): Record each session from its start.
            enable_room_previews (bool | Unset): Produce a preview video of running sessions.
            enable_chat (bool | Unset): Let participants chat as a group. Default: True.
            dark_primary (str | Unset): Colour of call-to-action buttons and selected items in the dark theme, as `#RRGGBB`.
                Default: '#044EF4'.
            dark_background (str | Unset): Main background colour in the dark theme, as `#RRGGBB`. The default equals the
                light theme's value, as the server applies it. Default: '#FFFFFF'.
            dark_foreground (str | Unset): Main foreground (text) colour in the dark theme, as `#RRGGBB`. The default equals
                the light theme's value, as the server applies it. Default: '#1D2127'.
            dark_success (str | Unset): Colour used to signal success in the dark theme, as `#RRGGBB`. Default: '#17BB58'.
            dark_negative (str | Unset): Colour used to signal errors in the dark theme, as `#RRGGBB`. Default: '#F42C50'.
            light_primary (str | Unset): Colour of call-to-action buttons and selected items in the light theme, as
                `#RRGGBB`. Default: '#044EF4'.
            light_background (str | Unset): Main background colour in the light theme, as `#RRGGBB`. Default: '#FFFFFF'.
            light_foreground (str | Unset): Main foreground (text) colour in the light theme, as `#RRGGBB`. Default:
                '#1D2127'.
            light_success (str | Unset): Colour used to signal success in the light theme, as `#RRGGBB`. Default: '#17BB58'.
            light_negative (str | Unset): Colour used to signal errors in the light theme, as `#RRGGBB`. Default: '#F42C50'.
            join_from (datetime.date | datetime.datetime | Unset): Before this instant nobody can join. Send an RFC 3339
                date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01`
                is read as `2022-01-01T00:00:00Z`).
            join_until (datetime.date | datetime.datetime | Unset): From this instant on no new participant can join; people
                already inside stay until they leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is
                accepted as well and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`).
    """

    display_name: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    quality: VideoQuality | Unset = UNSET
    layout: VideoLayout | Unset = UNSET
    size: ConferenceSize | Unset = UNSET
    record_on_start: bool | Unset = UNSET
    enable_room_previews: bool | Unset = UNSET
    enable_chat: bool | Unset = True
    dark_primary: str | Unset = "#044EF4"
    dark_background: str | Unset = "#FFFFFF"
    dark_foreground: str | Unset = "#1D2127"
    dark_success: str | Unset = "#17BB58"
    dark_negative: str | Unset = "#F42C50"
    light_primary: str | Unset = "#044EF4"
    light_background: str | Unset = "#FFFFFF"
    light_foreground: str | Unset = "#1D2127"
    light_success: str | Unset = "#17BB58"
    light_negative: str | Unset = "#F42C50"
    join_from: datetime.date | datetime.datetime | Unset = UNSET
    join_until: datetime.date | datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        display_name = self.display_name

        name = self.name

        description = self.description

        quality: Any
        if isinstance(self.quality, VideoQuality | Unset):
            quality = UNSET
            if not isinstance(self.quality, Unset):
                quality = self.quality.value
        else:
            quality = self.quality

        layout: Any
        if isinstance(self.layout, VideoLayout | Unset):
            layout = UNSET
            if not isinstance(self.layout, Unset):
                layout = self.layout.value
        else:
            layout = self.layout

        size: Any
        if isinstance(self.size, ConferenceSize | Unset):
            size = UNSET
            if not isinstance(self.size, Unset):
                size = self.size.value
        else:
            size = self.size

        record_on_start = self.record_on_start

        enable_room_previews = self.enable_room_previews

        enable_chat = self.enable_chat

        dark_primary = self.dark_primary

        dark_background = self.dark_background

        dark_foreground = self.dark_foreground

        dark_success = self.dark_success

        dark_negative = self.dark_negative

        light_primary = self.light_primary

        light_background = self.light_background

        light_foreground = self.light_foreground

        light_success = self.light_success

        light_negative = self.light_negative

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

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "display_name": display_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if quality is not UNSET:
            field_dict["quality"] = quality
        if layout is not UNSET:
            field_dict["layout"] = layout
        if size is not UNSET:
            field_dict["size"] = size
        if record_on_start is not UNSET:
            field_dict["record_on_start"] = record_on_start
        if enable_room_previews is not UNSET:
            field_dict["enable_room_previews"] = enable_room_previews
        if enable_chat is not UNSET:
            field_dict["enable_chat"] = enable_chat
        if dark_primary is not UNSET:
            field_dict["dark_primary"] = dark_primary
        if dark_background is not UNSET:
            field_dict["dark_background"] = dark_background
        if dark_foreground is not UNSET:
            field_dict["dark_foreground"] = dark_foreground
        if dark_success is not UNSET:
            field_dict["dark_success"] = dark_success
        if dark_negative is not UNSET:
            field_dict["dark_negative"] = dark_negative
        if light_primary is not UNSET:
            field_dict["light_primary"] = light_primary
        if light_background is not UNSET:
            field_dict["light_background"] = light_background
        if light_foreground is not UNSET:
            field_dict["light_foreground"] = light_foreground
        if light_success is not UNSET:
            field_dict["light_success"] = light_success
        if light_negative is not UNSET:
            field_dict["light_negative"] = light_negative
        if join_from is not UNSET:
            field_dict["join_from"] = join_from
        if join_until is not UNSET:
            field_dict["join_until"] = join_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _display_name_in = src_dict["display_name"]
        except KeyError:
            _display_name_in = src_dict.get("display_name", MISSING)
            _read = 0
        display_name = _display_name_in
        if type(display_name) is not str:
            display_name = mismatch(
                _ctx,
                (_at, "display_name"),
                "string",
                display_name,
                "#/components/schemas/CreateConferenceRequest/properties/display_name",
            )

        name = src_dict.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = mismatch(
                _ctx, (_at, "name"), "string", name, "#/components/schemas/CreateConferenceRequest/properties/name"
            )

        description = src_dict.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = mismatch(
                _ctx,
                (_at, "description"),
                "string",
                description,
                "#/components/schemas/CreateConferenceRequest/properties/description",
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
                    "#/components/schemas/CreateConferenceRequest/properties/quality",
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
                    "#/components/schemas/CreateConferenceRequest/properties/layout",
                )

        _size = src_dict.get("size", UNSET)
        if _size is UNSET:
            size = UNSET
        else:
            size = _ConferenceSize_members.get(_size) if type(_size) is str else None
            if size is None:
                size = parse_enum(
                    ConferenceSize,
                    _size,
                    _ctx,
                    _at,
                    "size",
                    "#/components/schemas/CreateConferenceRequest/properties/size",
                )

        record_on_start = src_dict.get("record_on_start", UNSET)
        if type(record_on_start) is not bool and record_on_start is not UNSET:
            record_on_start = mismatch(
                _ctx,
                (_at, "record_on_start"),
                "boolean",
                record_on_start,
                "#/components/schemas/CreateConferenceRequest/properties/record_on_start",
            )

        enable_room_previews = src_dict.get("enable_room_previews", UNSET)
        if type(enable_room_previews) is not bool and enable_room_previews is not UNSET:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/CreateConferenceRequest/properties/enable_room_previews",
            )

        enable_chat = src_dict.get("enable_chat", UNSET)
        if type(enable_chat) is not bool and enable_chat is not UNSET:
            enable_chat = mismatch(
                _ctx,
                (_at, "enable_chat"),
                "boolean",
                enable_chat,
                "#/components/schemas/CreateConferenceRequest/properties/enable_chat",
            )

        dark_primary = src_dict.get("dark_primary", UNSET)
        if type(dark_primary) is not str and dark_primary is not UNSET:
            dark_primary = mismatch(
                _ctx,
                (_at, "dark_primary"),
                "string",
                dark_primary,
                "#/components/schemas/CreateConferenceRequest/properties/dark_primary",
            )

        dark_background = src_dict.get("dark_background", UNSET)
        if type(dark_background) is not str and dark_background is not UNSET:
            dark_background = mismatch(
                _ctx,
                (_at, "dark_background"),
                "string",
                dark_background,
                "#/components/schemas/CreateConferenceRequest/properties/dark_background",
            )

        dark_foreground = src_dict.get("dark_foreground", UNSET)
        if type(dark_foreground) is not str and dark_foreground is not UNSET:
            dark_foreground = mismatch(
                _ctx,
                (_at, "dark_foreground"),
                "string",
                dark_foreground,
                "#/components/schemas/CreateConferenceRequest/properties/dark_foreground",
            )

        dark_success = src_dict.get("dark_success", UNSET)
        if type(dark_success) is not str and dark_success is not UNSET:
            dark_success = mismatch(
                _ctx,
                (_at, "dark_success"),
                "string",
                dark_success,
                "#/components/schemas/CreateConferenceRequest/properties/dark_success",
            )

        dark_negative = src_dict.get("dark_negative", UNSET)
        if type(dark_negative) is not str and dark_negative is not UNSET:
            dark_negative = mismatch(
                _ctx,
                (_at, "dark_negative"),
                "string",
                dark_negative,
                "#/components/schemas/CreateConferenceRequest/properties/dark_negative",
            )

        light_primary = src_dict.get("light_primary", UNSET)
        if type(light_primary) is not str and light_primary is not UNSET:
            light_primary = mismatch(
                _ctx,
                (_at, "light_primary"),
                "string",
                light_primary,
                "#/components/schemas/CreateConferenceRequest/properties/light_primary",
            )

        light_background = src_dict.get("light_background", UNSET)
        if type(light_background) is not str and light_background is not UNSET:
            light_background = mismatch(
                _ctx,
                (_at, "light_background"),
                "string",
                light_background,
                "#/components/schemas/CreateConferenceRequest/properties/light_background",
            )

        light_foreground = src_dict.get("light_foreground", UNSET)
        if type(light_foreground) is not str and light_foreground is not UNSET:
            light_foreground = mismatch(
                _ctx,
                (_at, "light_foreground"),
                "string",
                light_foreground,
                "#/components/schemas/CreateConferenceRequest/properties/light_foreground",
            )

        light_success = src_dict.get("light_success", UNSET)
        if type(light_success) is not str and light_success is not UNSET:
            light_success = mismatch(
                _ctx,
                (_at, "light_success"),
                "string",
                light_success,
                "#/components/schemas/CreateConferenceRequest/properties/light_success",
            )

        light_negative = src_dict.get("light_negative", UNSET)
        if type(light_negative) is not str and light_negative is not UNSET:
            light_negative = mismatch(
                _ctx,
                (_at, "light_negative"),
                "string",
                light_negative,
                "#/components/schemas/CreateConferenceRequest/properties/light_negative",
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
                        "#/components/schemas/CreateConferenceRequest/properties/join_from",
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
                    "#/components/schemas/CreateConferenceRequest/properties/join_from",
                )
            _join_from_tried.append((_join_from_trial, join_from_type_0))
            if _join_from_trial.hard:
                _join_from_trial = Trial()
                join_from_type_1 = parse_date(
                    join_from,
                    _join_from_trial,
                    _at,
                    "join_from",
                    "#/components/schemas/CreateConferenceRequest/properties/join_from",
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
                        "#/components/schemas/CreateConferenceRequest/properties/join_until",
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
                    "#/components/schemas/CreateConferenceRequest/properties/join_until",
                )
            _join_until_tried.append((_join_until_trial, join_until_type_0))
            if _join_until_trial.hard:
                _join_until_trial = Trial()
                join_until_type_1 = parse_date(
                    join_until,
                    _join_until_trial,
                    _at,
                    "join_until",
                    "#/components/schemas/CreateConferenceRequest/properties/join_until",
                )
                _join_until_tried.append((_join_until_trial, join_until_type_1))
            join_until = settle(_ctx, _join_until_tried)

        _instance = new_instance(cls)
        _instance.display_name = display_name
        _instance.name = name
        _instance.description = description
        _instance.quality = quality
        _instance.layout = layout
        _instance.size = size
        _instance.record_on_start = record_on_start
        _instance.enable_room_previews = enable_room_previews
        _instance.enable_chat = enable_chat
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
        _instance.join_from = join_from
        _instance.join_until = join_until

        return _instance
