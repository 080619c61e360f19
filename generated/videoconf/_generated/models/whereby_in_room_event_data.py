from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
    unknown_fields,
)

from ..types import UNSET, Unset

_WherebyInRoomEventData_known = frozenset(
    {
        "roomName",
        "meetingId",
        "roomSessionId",
        "subdomain",
    }
)


@_attrs_define
class WherebyInRoomEventData:
    """Where an in-room event happened: the part shared by the participant, session and assistant events. Whereby sends in-
    room events from the creation of a room until one hour after its meeting's end date.

        Attributes:
            room_name (str): Name of the room, the last segment of its URL including the leading `/` (as
                `Meeting.roomName`).
            meeting_id (str | Unset): Id of the meeting, as the meetings operations return it. Identify the room by
                `roomName` when it is absent.
            room_session_id (None | str | Unset): Id of the room session the event belongs to; `null` while no session runs.
            subdomain (str | Unset): Subdomain of the organisation that owns the room.
    """

    room_name: str
    meeting_id: str | Unset = UNSET
    room_session_id: None | str | Unset = UNSET
    subdomain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_name = self.room_name

        meeting_id = self.meeting_id

        room_session_id: None | str | Unset
        if isinstance(self.room_session_id, Unset):
            room_session_id = UNSET
        else:
            room_session_id = self.room_session_id

        subdomain = self.subdomain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
            }
        )
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if room_session_id is not UNSET:
            field_dict["roomSessionId"] = room_session_id
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _room_name_in = src_dict["roomName"]
        except KeyError:
            _room_name_in = src_dict.get("roomName", MISSING)
            _read = 0
        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx,
                (_at, "roomName"),
                "string",
                room_name,
                "#/components/schemas/WherebyInRoomEventData/properties/roomName",
            )

        meeting_id = src_dict.get("meetingId", UNSET)
        if type(meeting_id) is not str and meeting_id is not UNSET:
            meeting_id = mismatch(
                _ctx,
                (_at, "meetingId"),
                "string",
                meeting_id,
                "#/components/schemas/WherebyInRoomEventData/properties/meetingId",
            )

        room_session_id = src_dict.get("roomSessionId", UNSET)
        if type(room_session_id) is not str and room_session_id is not UNSET and room_session_id is not None:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/WherebyInRoomEventData/properties/roomSessionId",
            )

        subdomain = src_dict.get("subdomain", UNSET)
        if type(subdomain) is not str and subdomain is not UNSET:
            subdomain = mismatch(
                _ctx,
                (_at, "subdomain"),
                "string",
                subdomain,
                "#/components/schemas/WherebyInRoomEventData/properties/subdomain",
            )

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.meeting_id = meeting_id
        _instance.room_session_id = room_session_id
        _instance.subdomain = subdomain

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyInRoomEventData_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyInRoomEventData_known}
            unknown_fields(_ctx, _at, d, "WherebyInRoomEventData", "#/components/schemas/WherebyInRoomEventData")
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
