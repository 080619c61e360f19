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
    members,
    mismatch,
    new_instance,
    parse_enum,
    unknown_fields,
)

from ..models.whereby_role_name import WherebyRoleName
from ..types import UNSET, Unset

_WherebyRoleName_members = members(WherebyRoleName)
_WherebyClientJoinLeaveEventData_known = frozenset(
    {
        "roomName",
        "displayName",
        "roleName",
        "numClients",
        "numClientsByRoleName",
        "meetingId",
        "roomSessionId",
        "subdomain",
        "participantId",
        "metadata",
        "externalId",
        "isDialIn",
    }
)


@_attrs_define
class WherebyClientJoinLeaveEventData:
    """A participant joined or left, with the room's head count after the change.

    Attributes:
        room_name (str): Name of the room, the last segment of its URL including the leading `/` (as
            `Meeting.roomName`).
        display_name (str): Name the participant shows in the room.
        role_name (WherebyRoleName): Role of a participant in a room. `assistant` is a Whereby Assistant (a closed beta)
            that a host invited in. Values not listed are kept as received.
        num_clients (int): Number of clients connected to the room after the event.
        num_clients_by_role_name (WherebyClientCountsByRole): Clients connected to the room after the event, per role
            name (the keys are the values of `WherebyRoleName`, or new ones); roles without clients may be left out.
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
        is_dial_in (bool | Unset): Whether the participant connected by telephone dial-in (a closed beta). Only the
            webhooks page lists this field (the SDK's types do not), so it is optional; treat its absence as unknown rather
            than as `false`. The dial-in guide says such events also carry the caller's phone number and join or leave time,
            under names it does not give; they are kept as unknown fields.
    """

    room_name: str
    display_name: str
    role_name: WherebyRoleName
    num_clients: int
    num_clients_by_role_name: WherebyClientCountsByRole
    meeting_id: str | Unset = UNSET
    room_session_id: None | str | Unset = UNSET
    subdomain: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    metadata: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    is_dial_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_name = self.room_name

        display_name = self.display_name

        role_name: Any
        if isinstance(self.role_name, WherebyRoleName):
            role_name = self.role_name.value
        else:
            role_name = self.role_name

        num_clients = self.num_clients

        num_clients_by_role_name: Any
        if isinstance(self.num_clients_by_role_name, WherebyClientCountsByRole):
            num_clients_by_role_name = self.num_clients_by_role_name.to_dict()
        else:
            num_clients_by_role_name = self.num_clients_by_role_name

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

        is_dial_in = self.is_dial_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "displayName": display_name,
                "roleName": role_name,
                "numClients": num_clients,
                "numClientsByRoleName": num_clients_by_role_name,
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
        if is_dial_in is not UNSET:
            field_dict["isDialIn"] = is_dial_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 5
        try:
            _room_name_in = src_dict["roomName"]
            _display_name_in = src_dict["displayName"]
            _role_name_in = src_dict["roleName"]
            _num_clients_in = src_dict["numClients"]
            _num_clients_by_role_name_in = src_dict["numClientsByRoleName"]
        except KeyError:
            _room_name_in = src_dict.get("roomName", MISSING)
            _display_name_in = src_dict.get("displayName", MISSING)
            _role_name_in = src_dict.get("roleName", MISSING)
            _num_clients_in = src_dict.get("numClients", MISSING)
            _num_clients_by_role_name_in = src_dict.get("numClientsByRoleName", MISSING)
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

        _role_name = _role_name_in
        role_name = _WherebyRoleName_members.get(_role_name) if type(_role_name) is str else None
        if role_name is None:
            role_name = parse_enum(
                WherebyRoleName,
                _role_name,
                _ctx,
                _at,
                "roleName",
                "#/components/schemas/WherebyClientJoinLeaveEventData/allOf/1/properties/roleName",
            )

        num_clients = _num_clients_in
        if type(num_clients) is not int:
            num_clients = mismatch(
                _ctx,
                (_at, "numClients"),
                "integer",
                num_clients,
                "#/components/schemas/WherebyClientJoinLeaveEventData/allOf/1/properties/numClients",
            )

        num_clients_by_role_name = _num_clients_by_role_name_in
        if isinstance(num_clients_by_role_name, dict):
            num_clients_by_role_name = WherebyClientCountsByRole.from_dict(
                num_clients_by_role_name, _ctx, (_at, "numClientsByRoleName")
            )
        else:
            num_clients_by_role_name = mismatch(
                _ctx,
                (_at, "numClientsByRoleName"),
                "object",
                num_clients_by_role_name,
                "#/components/schemas/WherebyClientJoinLeaveEventData/allOf/1/properties/numClientsByRoleName",
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

        is_dial_in = src_dict.get("isDialIn", UNSET)
        if type(is_dial_in) is not bool and is_dial_in is not UNSET:
            is_dial_in = mismatch(
                _ctx,
                (_at, "isDialIn"),
                "boolean",
                is_dial_in,
                "#/components/schemas/WherebyClientJoinLeaveEventData/allOf/1/properties/isDialIn",
            )

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.display_name = display_name
        _instance.role_name = role_name
        _instance.num_clients = num_clients
        _instance.num_clients_by_role_name = num_clients_by_role_name
        _instance.meeting_id = meeting_id
        _instance.room_session_id = room_session_id
        _instance.subdomain = subdomain
        _instance.participant_id = participant_id
        _instance.metadata = metadata
        _instance.external_id = external_id
        _instance.is_dial_in = is_dial_in

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyClientJoinLeaveEventData_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyClientJoinLeaveEventData_known}
            unknown_fields(
                _ctx, _at, d, "WherebyClientJoinLeaveEventData", "#/components/schemas/WherebyClientJoinLeaveEventData"
            )
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


from ..models.whereby_client_counts_by_role import WherebyClientCountsByRole  # noqa: E402
