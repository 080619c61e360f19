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

from ..models.join_as import JoinAs
from ..models.media_allowed import MediaAllowed
from ..models.room_token_permission import RoomTokenPermission
from ..types import UNSET, Unset, format_datetime

_JoinAs_members = members(JoinAs)
_MediaAllowed_members = members(MediaAllowed)
_RoomTokenPermission_members = members(RoomTokenPermission)


@_attrs_define
class RoomTokenRequest:
    """What a room token allows. Only `room_name` is required.

    Attributes:
        room_name (str): Unique, URL-safe name of a room or conference: letters, digits, `_` and `-`.
        user_name (str | Unset): Name shown for the participant; the server picks a random one when omitted.
        permissions (list[RoomTokenPermission] | Unset): Capabilities granted to the participant. The server empties
            this list when `join_as` is `audience`.
        remove_after_seconds_elapsed (int | Unset): Each participant is removed this many seconds after joining.
            Overrides the room's value.
        join_audio_muted (bool | Unset): Join with the microphone muted. Default: False.
        join_video_muted (bool | Unset): Join with the camera muted. Default: False.
        auto_create_room (bool | Unset): Create the room on first join when it does not exist yet. Default: True.
        enable_room_previews (bool | Unset): Produce a preview video; only has an effect when this token creates the
            room. Default: False.
        room_display_name (str | Unset): Human-readable name for a room this token creates; ignored otherwise.
        end_room_session_on_leave (bool | Unset): End the whole session when this participant leaves. Default: False.
        join_as (JoinAs | Unset): Role of the token holder: a full `member`, or an `audience` participant who only
            watches.
        media_allowed (MediaAllowed | Unset): Which media the token holder receives from the room.
        room_meta (RoomTokenRequestRoomMeta | Unset): Any JSON object you want to store with the room. The server limits
            it to 2000 characters once serialised as JSON.
        meta (RoomTokenRequestMeta | Unset): Any JSON object you want to store with the participant. The server limits
            it to 2000 characters once serialised as JSON.
        sync_audio_video (bool | Unset): Keep audio and video in sync with the jitter buffer. Default: False.
        join_from (datetime.date | datetime.datetime | Unset): Before this instant nobody can join. Send an RFC 3339
            date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01`
            is read as `2022-01-01T00:00:00Z`). Overrides the room's value.
        join_until (datetime.date | datetime.datetime | Unset): From this instant on no new participant can join; people
            already inside stay until they leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is
            accepted as well and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Overrides the room's
            value.
        remove_at (datetime.date | datetime.datetime | Unset): At this instant every participant is removed. Send an RFC
            3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC
            (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Overrides the room's value.
    """

    room_name: str
    user_name: str | Unset = UNSET
    permissions: list[RoomTokenPermission] | Unset = UNSET
    remove_after_seconds_elapsed: int | Unset = UNSET
    join_audio_muted: bool | Unset = False
    join_video_muted: bool | Unset = False
    auto_create_room: bool | Unset = True
    enable_room_previews: bool | Unset = False
    room_display_name: str | Unset = UNSET
    end_room_session_on_leave: bool | Unset = False
    join_as: JoinAs | Unset = UNSET
    media_allowed: MediaAllowed | Unset = UNSET
    room_meta: RoomTokenRequestRoomMeta | Unset = UNSET
    meta: RoomTokenRequestMeta | Unset = UNSET
    sync_audio_video: bool | Unset = False
    join_from: datetime.date | datetime.datetime | Unset = UNSET
    join_until: datetime.date | datetime.datetime | Unset = UNSET
    remove_at: datetime.date | datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_name = self.room_name

        user_name = self.user_name

        permissions: Any
        if isinstance(self.permissions, list | Unset):
            permissions = UNSET
            if not isinstance(self.permissions, Unset):
                permissions = []
                for permissions_item_data in self.permissions:
                    if not isinstance(permissions_item_data, RoomTokenPermission):
                        permissions.append(permissions_item_data)
                        continue
                    permissions_item = permissions_item_data.value
                    permissions.append(permissions_item)
        else:
            permissions = self.permissions

        remove_after_seconds_elapsed = self.remove_after_seconds_elapsed

        join_audio_muted = self.join_audio_muted

        join_video_muted = self.join_video_muted

        auto_create_room = self.auto_create_room

        enable_room_previews = self.enable_room_previews

        room_display_name = self.room_display_name

        end_room_session_on_leave = self.end_room_session_on_leave

        join_as: Any
        if isinstance(self.join_as, JoinAs | Unset):
            join_as = UNSET
            if not isinstance(self.join_as, Unset):
                join_as = self.join_as.value
        else:
            join_as = self.join_as

        media_allowed: Any
        if isinstance(self.media_allowed, MediaAllowed | Unset):
            media_allowed = UNSET
            if not isinstance(self.media_allowed, Unset):
                media_allowed = self.media_allowed.value
        else:
            media_allowed = self.media_allowed

        room_meta: Any
        if isinstance(self.room_meta, RoomTokenRequestRoomMeta | Unset):
            room_meta = UNSET
            if not isinstance(self.room_meta, Unset):
                room_meta = self.room_meta.to_dict()
        else:
            room_meta = self.room_meta

        meta: Any
        if isinstance(self.meta, RoomTokenRequestMeta | Unset):
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
                "room_name": room_name,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if remove_after_seconds_elapsed is not UNSET:
            field_dict["remove_after_seconds_elapsed"] = remove_after_seconds_elapsed
        if join_audio_muted is not UNSET:
            field_dict["join_audio_muted"] = join_audio_muted
        if join_video_muted is not UNSET:
            field_dict["join_video_muted"] = join_video_muted
        if auto_create_room is not UNSET:
            field_dict["auto_create_room"] = auto_create_room
        if enable_room_previews is not UNSET:
            field_dict["enable_room_previews"] = enable_room_previews
        if room_display_name is not UNSET:
            field_dict["room_display_name"] = room_display_name
        if end_room_session_on_leave is not UNSET:
            field_dict["end_room_session_on_leave"] = end_room_session_on_leave
        if join_as is not UNSET:
            field_dict["join_as"] = join_as
        if media_allowed is not UNSET:
            field_dict["media_allowed"] = media_allowed
        if room_meta is not UNSET:
            field_dict["room_meta"] = room_meta
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
            _room_name_in = src_dict["room_name"]
        except KeyError:
            _room_name_in = src_dict.get("room_name", MISSING)
            _read = 0
        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx,
                (_at, "room_name"),
                "string",
                room_name,
                "#/components/schemas/RoomTokenRequest/properties/room_name",
            )

        user_name = src_dict.get("user_name", UNSET)
        if type(user_name) is not str and user_name is not UNSET:
            user_name = mismatch(
                _ctx,
                (_at, "user_name"),
                "string",
                user_name,
                "#/components/schemas/RoomTokenRequest/properties/user_name",
            )

        permissions = _permissions = src_dict.get("permissions", UNSET)
        if isinstance(_permissions, list):
            permissions = []
            _permissions_at = (_at, "permissions")
            for _permissions_index, _permissions_item in enumerate(_permissions):
                _permissions_item = _permissions_item
                permissions_item = (
                    _RoomTokenPermission_members.get(_permissions_item) if type(_permissions_item) is str else None
                )
                if permissions_item is None:
                    permissions_item = parse_enum(
                        RoomTokenPermission,
                        _permissions_item,
                        _ctx,
                        _permissions_at,
                        _permissions_index,
                        "#/components/schemas/RoomTokenRequest/properties/permissions/items",
                    )
                permissions.append(permissions_item)
        elif permissions is not UNSET:
            permissions = mismatch(
                _ctx,
                (_at, "permissions"),
                "array",
                _permissions,
                "#/components/schemas/RoomTokenRequest/properties/permissions",
            )

        remove_after_seconds_elapsed = src_dict.get("remove_after_seconds_elapsed", UNSET)
        if type(remove_after_seconds_elapsed) is not int and remove_after_seconds_elapsed is not UNSET:
            remove_after_seconds_elapsed = mismatch(
                _ctx,
                (_at, "remove_after_seconds_elapsed"),
                "integer",
                remove_after_seconds_elapsed,
                "#/components/schemas/RoomTokenRequest/properties/remove_after_seconds_elapsed",
            )

        join_audio_muted = src_dict.get("join_audio_muted", UNSET)
        if type(join_audio_muted) is not bool and join_audio_muted is not UNSET:
            join_audio_muted = mismatch(
                _ctx,
                (_at, "join_audio_muted"),
                "boolean",
                join_audio_muted,
                "#/components/schemas/RoomTokenRequest/properties/join_audio_muted",
            )

        join_video_muted = src_dict.get("join_video_muted", UNSET)
        if type(join_video_muted) is not bool and join_video_muted is not UNSET:
            join_video_muted = mismatch(
                _ctx,
                (_at, "join_video_muted"),
                "boolean",
                join_video_muted,
                "#/components/schemas/RoomTokenRequest/properties/join_video_muted",
            )

        auto_create_room = src_dict.get("auto_create_room", UNSET)
        if type(auto_create_room) is not bool and auto_create_room is not UNSET:
            auto_create_room = mismatch(
                _ctx,
                (_at, "auto_create_room"),
                "boolean",
                auto_create_room,
                "#/components/schemas/RoomTokenRequest/properties/auto_create_room",
            )

        enable_room_previews = src_dict.get("enable_room_previews", UNSET)
        if type(enable_room_previews) is not bool and enable_room_previews is not UNSET:
            enable_room_previews = mismatch(
                _ctx,
                (_at, "enable_room_previews"),
                "boolean",
                enable_room_previews,
                "#/components/schemas/RoomTokenRequest/properties/enable_room_previews",
            )

        room_display_name = src_dict.get("room_display_name", UNSET)
        if type(room_display_name) is not str and room_display_name is not UNSET:
            room_display_name = mismatch(
                _ctx,
                (_at, "room_display_name"),
                "string",
                room_display_name,
                "#/components/schemas/RoomTokenRequest/properties/room_display_name",
            )

        end_room_session_on_leave = src_dict.get("end_room_session_on_leave", UNSET)
        if type(end_room_session_on_leave) is not bool and end_room_session_on_leave is not UNSET:
            end_room_session_on_leave = mismatch(
                _ctx,
                (_at, "end_room_session_on_leave"),
                "boolean",
                end_room_session_on_leave,
                "#/components/schemas/RoomTokenRequest/properties/end_room_session_on_leave",
            )

        _join_as = src_dict.get("join_as", UNSET)
        if _join_as is UNSET:
            join_as = UNSET
        else:
            join_as = _JoinAs_members.get(_join_as) if type(_join_as) is str else None
            if join_as is None:
                join_as = parse_enum(
                    JoinAs, _join_as, _ctx, _at, "join_as", "#/components/schemas/RoomTokenRequest/properties/join_as"
                )

        _media_allowed = src_dict.get("media_allowed", UNSET)
        if _media_allowed is UNSET:
            media_allowed = UNSET
        else:
            media_allowed = _MediaAllowed_members.get(_media_allowed) if type(_media_allowed) is str else None
            if media_allowed is None:
                media_allowed = parse_enum(
                    MediaAllowed,
                    _media_allowed,
                    _ctx,
                    _at,
                    "media_allowed",
                    "#/components/schemas/RoomTokenRequest/properties/media_allowed",
                )

        room_meta = src_dict.get("room_meta", UNSET)
        if isinstance(room_meta, dict):
            _room_meta_object = new_instance(RoomTokenRequestRoomMeta)
            _room_meta_object.additional_properties = dict(room_meta)
            room_meta = _room_meta_object
        elif room_meta is not UNSET:
            room_meta = mismatch(
                _ctx,
                (_at, "room_meta"),
                "object",
                room_meta,
                "#/components/schemas/RoomTokenRequest/properties/room_meta",
            )

        meta = src_dict.get("meta", UNSET)
        if isinstance(meta, dict):
            _meta_object = new_instance(RoomTokenRequestMeta)
            _meta_object.additional_properties = dict(meta)
            meta = _meta_object
        elif meta is not UNSET:
            meta = mismatch(
                _ctx, (_at, "meta"), "object", meta, "#/components/schemas/RoomTokenRequest/properties/meta"
            )

        sync_audio_video = src_dict.get("sync_audio_video", UNSET)
        if type(sync_audio_video) is not bool and sync_audio_video is not UNSET:
            sync_audio_video = mismatch(
                _ctx,
                (_at, "sync_audio_video"),
                "boolean",
                sync_audio_video,
                "#/components/schemas/RoomTokenRequest/properties/sync_audio_video",
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
                        "#/components/schemas/RoomTokenRequest/properties/join_from",
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
                    "#/components/schemas/RoomTokenRequest/properties/join_from",
                )
            _join_from_tried.append((_join_from_trial, join_from_type_0))
            if _join_from_trial.hard:
                _join_from_trial = Trial()
                join_from_type_1 = parse_date(
                    join_from,
                    _join_from_trial,
                    _at,
                    "join_from",
                    "#/components/schemas/RoomTokenRequest/properties/join_from",
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
                        "#/components/schemas/RoomTokenRequest/properties/join_until",
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
                    "#/components/schemas/RoomTokenRequest/properties/join_until",
                )
            _join_until_tried.append((_join_until_trial, join_until_type_0))
            if _join_until_trial.hard:
                _join_until_trial = Trial()
                join_until_type_1 = parse_date(
                    join_until,
                    _join_until_trial,
                    _at,
                    "join_until",
                    "#/components/schemas/RoomTokenRequest/properties/join_until",
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
                        "#/components/schemas/RoomTokenRequest/properties/remove_at",
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
                    "#/components/schemas/RoomTokenRequest/properties/remove_at",
                )
            _remove_at_tried.append((_remove_at_trial, remove_at_type_0))
            if _remove_at_trial.hard:
                _remove_at_trial = Trial()
                remove_at_type_1 = parse_date(
                    remove_at,
                    _remove_at_trial,
                    _at,
                    "remove_at",
                    "#/components/schemas/RoomTokenRequest/properties/remove_at",
                )
                _remove_at_tried.append((_remove_at_trial, remove_at_type_1))
            remove_at = settle(_ctx, _remove_at_tried)

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.user_name = user_name
        _instance.permissions = permissions
        _instance.remove_after_seconds_elapsed = remove_after_seconds_elapsed
        _instance.join_audio_muted = join_audio_muted
        _instance.join_video_muted = join_video_muted
        _instance.auto_create_room = auto_create_room
        _instance.enable_room_previews = enable_room_previews
        _instance.room_display_name = room_display_name
        _instance.end_room_session_on_leave = end_room_session_on_leave
        _instance.join_as = join_as
        _instance.media_allowed = media_allowed
        _instance.room_meta = room_meta
        _instance.meta = meta
        _instance.sync_audio_video = sync_audio_video
        _instance.join_from = join_from
        _instance.join_until = join_until
        _instance.remove_at = remove_at

        return _instance


from ..models.room_token_request_meta import RoomTokenRequestMeta  # noqa: E402
from ..models.room_token_request_room_meta import RoomTokenRequestRoomMeta  # noqa: E402
