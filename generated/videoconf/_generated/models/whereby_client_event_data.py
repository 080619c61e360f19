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

_WherebyClientEventData_known = frozenset(
    {
        "roomName",
        "displayName",
        "meetingId",
        "roomSessionId",
        "subdomain",
        "participantId",
        "metadata",
        "externalId",
    }
)


@_attrs_define
class WherebyClientEventData:
    """An in-room event about one participant (knocks, joins and departures).

    Attributes:
        room_name (str): Name of the room, the last segment of its URL including the leading `/` (as
            `Meeting.roomName`).
        display_name (str): Name the participant shows in the room.
        meeting_id (str | Unset): Id of the meeting, as the meetings operations return it. Identify the room by
            `roomName` when it is absent.
        room_session_id (None | str | Unset): Id of the room session the event belongs to; `null` while no session runs.
        subdomain (str | Unset): Subdomain of the organisation that owns the room.
        participant_id (str | Unset): Id of the participant in the room session; the insights operations accept it.
            Listed for every participant event, but missing from Whereby's own example event, so check for it.
        metadata (None | str | Unset): The `metadata` URL parameter the participant joined with; `null` or absent when
            there was none.
        external_id (None | str | Unset): The `externalId` URL parameter the participant joined with; `null` or absent
            when there was none.
    """

    room_name: str
    display_name: str
    meeting_id: str | Unset = UNSET
    room_session_id: None | str | Unset = UNSET
    subdomain: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    metadata: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_name = self.room_name

        display_name = self.display_name

        meeting_id = self.meeting_id

        room_session_id: None | str | Unset
        if isinstance(self.room_session_id, Unset):
            room_session_id = UNSET
        else:
            room_session_id = self.room_session_id

        subdomain = self.subdomain

        participant_id = self.participant_id

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "displayName": display_name,
            }
        )
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if room_session_id is not UNSET:
            field_dict["roomSessionId"] = room_session_id
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 2
        try:
            _room_name_in = src_dict["roomName"]
            _display_name_in = src_dict["displayName"]
        except KeyError:
            _room_name_in = src_dict.get("roomName", MISSING)
            _display_name_in = src_dict.get("displayName", MISSING)
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

        display_name = _display_name_in
        if type(display_name) is not str:
            display_name = mismatch(
                _ctx,
                (_at, "displayName"),
                "string",
                display_name,
                "#/components/schemas/WherebyClientEventData/allOf/1/properties/displayName",
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

        participant_id = src_dict.get("participantId", UNSET)
        if type(participant_id) is not str and participant_id is not UNSET:
            participant_id = mismatch(
                _ctx,
                (_at, "participantId"),
                "string",
                participant_id,
                "#/components/schemas/WherebyClientEventData/allOf/1/properties/participantId",
            )

        metadata = src_dict.get("metadata", UNSET)
        if type(metadata) is not str and metadata is not UNSET and metadata is not None:
            metadata = mismatch(
                _ctx,
                (_at, "metadata"),
                "string",
                metadata,
                "#/components/schemas/WherebyClientEventData/allOf/1/properties/metadata",
            )

        external_id = src_dict.get("externalId", UNSET)
        if type(external_id) is not str and external_id is not UNSET and external_id is not None:
            external_id = mismatch(
                _ctx,
                (_at, "externalId"),
                "string",
                external_id,
                "#/components/schemas/WherebyClientEventData/allOf/1/properties/externalId",
            )

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.display_name = display_name
        _instance.meeting_id = meeting_id
        _instance.room_session_id = room_session_id
        _instance.subdomain = subdomain
        _instance.participant_id = participant_id
        _instance.metadata = metadata
        _instance.external_id = external_id

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyClientEventData_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyClientEventData_known}
            unknown_fields(_ctx, _at, d, "WherebyClientEventData", "#/components/schemas/WherebyClientEventData")
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
