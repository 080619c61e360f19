from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.join_as import JoinAs
from ..models.media_allowed import MediaAllowed
from ..models.room_token_permission import RoomTokenPermission
from ..types import UNSET, Unset, format_datetime, parse_date, parse_datetime

T = TypeVar("T", bound="RoomTokenRequest")


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
        room_name = self.room_name

        user_name = self.user_name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        remove_after_seconds_elapsed = self.remove_after_seconds_elapsed

        join_audio_muted = self.join_audio_muted

        join_video_muted = self.join_video_muted

        auto_create_room = self.auto_create_room

        enable_room_previews = self.enable_room_previews

        room_display_name = self.room_display_name

        end_room_session_on_leave = self.end_room_session_on_leave

        join_as: str | Unset = UNSET
        if not isinstance(self.join_as, Unset):
            join_as = self.join_as.value

        media_allowed: str | Unset = UNSET
        if not isinstance(self.media_allowed, Unset):
            media_allowed = self.media_allowed.value

        room_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room_meta, Unset):
            room_meta = self.room_meta.to_dict()

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("room_name")

        user_name = d.pop("user_name", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[RoomTokenPermission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = RoomTokenPermission(permissions_item_data)

                permissions.append(permissions_item)

        remove_after_seconds_elapsed = d.pop("remove_after_seconds_elapsed", UNSET)

        join_audio_muted = d.pop("join_audio_muted", UNSET)

        join_video_muted = d.pop("join_video_muted", UNSET)

        auto_create_room = d.pop("auto_create_room", UNSET)

        enable_room_previews = d.pop("enable_room_previews", UNSET)

        room_display_name = d.pop("room_display_name", UNSET)

        end_room_session_on_leave = d.pop("end_room_session_on_leave", UNSET)

        _join_as = d.pop("join_as", UNSET)
        join_as: JoinAs | Unset
        if isinstance(_join_as, Unset):
            join_as = UNSET
        else:
            join_as = JoinAs(_join_as)

        _media_allowed = d.pop("media_allowed", UNSET)
        media_allowed: MediaAllowed | Unset
        if isinstance(_media_allowed, Unset):
            media_allowed = UNSET
        else:
            media_allowed = MediaAllowed(_media_allowed)

        _room_meta = d.pop("room_meta", UNSET)
        room_meta: RoomTokenRequestRoomMeta | Unset
        if isinstance(_room_meta, Unset):
            room_meta = UNSET
        else:
            room_meta = RoomTokenRequestRoomMeta.from_dict(_room_meta)

        _meta = d.pop("meta", UNSET)
        meta: RoomTokenRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RoomTokenRequestMeta.from_dict(_meta)

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
            room_name=room_name,
            user_name=user_name,
            permissions=permissions,
            remove_after_seconds_elapsed=remove_after_seconds_elapsed,
            join_audio_muted=join_audio_muted,
            join_video_muted=join_video_muted,
            auto_create_room=auto_create_room,
            enable_room_previews=enable_room_previews,
            room_display_name=room_display_name,
            end_room_session_on_leave=end_room_session_on_leave,
            join_as=join_as,
            media_allowed=media_allowed,
            room_meta=room_meta,
            meta=meta,
            sync_audio_video=sync_audio_video,
            join_from=join_from,
            join_until=join_until,
            remove_at=remove_at,
        )

        return _instance


from ..models.room_token_request_meta import RoomTokenRequestMeta  # noqa: E402
from ..models.room_token_request_room_meta import RoomTokenRequestRoomMeta  # noqa: E402
