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
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unknown_fields,
    uuid_text,
)

from ..types import UNSET, Unset, format_datetime

_RoomSessionEvent_known = frozenset(
    {
        "id",
        "project_id",
        "room_id",
        "room_session_id",
        "level",
        "name",
        "payload",
        "created_at",
        "room_recording_id",
        "room_participant_id",
    }
)


@_attrs_define
class RoomSessionEvent:
    """Something that happened during a room session, such as a recording starting.

    Attributes:
        id (UUID): Identifier of the event.
        project_id (UUID): Project the event belongs to.
        room_id (UUID): Room the event happened in.
        room_session_id (UUID): Session the event happened in.
        level (str): Severity of the event, for example `info`; any string may appear.
        name (str): What happened, as a dotted event name.
        payload (RoomSessionEventPayload): Details of the event; their shape depends on the event name.
        created_at (datetime.datetime): When the event happened.
        room_recording_id (None | Unset | UUID): Recording the event concerns, when any.
        room_participant_id (None | Unset | UUID): Participant the event concerns, when any.
    """

    id: UUID
    project_id: UUID
    room_id: UUID
    room_session_id: UUID
    level: str
    name: str
    payload: RoomSessionEventPayload
    created_at: datetime.datetime
    room_recording_id: None | Unset | UUID = UNSET
    room_participant_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        project_id: Any
        if isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        room_id: Any
        if isinstance(self.room_id, UUID):
            room_id = str(self.room_id)
        else:
            room_id = self.room_id

        room_session_id: Any
        if isinstance(self.room_session_id, UUID):
            room_session_id = str(self.room_session_id)
        else:
            room_session_id = self.room_session_id

        level = self.level

        name = self.name

        payload: Any
        if isinstance(self.payload, RoomSessionEventPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        room_recording_id: None | str | Unset
        if isinstance(self.room_recording_id, Unset):
            room_recording_id = UNSET
        elif isinstance(self.room_recording_id, UUID):
            room_recording_id = str(self.room_recording_id)
        else:
            room_recording_id = self.room_recording_id

        room_participant_id: None | str | Unset
        if isinstance(self.room_participant_id, Unset):
            room_participant_id = UNSET
        elif isinstance(self.room_participant_id, UUID):
            room_participant_id = str(self.room_participant_id)
        else:
            room_participant_id = self.room_participant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "room_id": room_id,
                "room_session_id": room_session_id,
                "level": level,
                "name": name,
                "payload": payload,
                "created_at": created_at,
            }
        )
        if room_recording_id is not UNSET:
            field_dict["room_recording_id"] = room_recording_id
        if room_participant_id is not UNSET:
            field_dict["room_participant_id"] = room_participant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 8
        try:
            _id_in = src_dict["id"]
            _project_id_in = src_dict["project_id"]
            _room_id_in = src_dict["room_id"]
            _room_session_id_in = src_dict["room_session_id"]
            _level_in = src_dict["level"]
            _name_in = src_dict["name"]
            _payload_in = src_dict["payload"]
            _created_at_in = src_dict["created_at"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _project_id_in = src_dict.get("project_id", MISSING)
            _room_id_in = src_dict.get("room_id", MISSING)
            _room_session_id_in = src_dict.get("room_session_id", MISSING)
            _level_in = src_dict.get("level", MISSING)
            _name_in = src_dict.get("name", MISSING)
            _payload_in = src_dict.get("payload", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomSessionEvent/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomSessionEvent/properties/id")

        project_id = _project_id_in
        if type(project_id) is str:
            try:
                project_id = uuid_text(project_id)
            except ValueError:
                project_id = parse_uuid(
                    project_id, _ctx, _at, "project_id", "#/components/schemas/RoomSessionEvent/properties/project_id"
                )
        else:
            project_id = parse_uuid(
                project_id, _ctx, _at, "project_id", "#/components/schemas/RoomSessionEvent/properties/project_id"
            )

        room_id = _room_id_in
        if type(room_id) is str:
            try:
                room_id = uuid_text(room_id)
            except ValueError:
                room_id = parse_uuid(
                    room_id, _ctx, _at, "room_id", "#/components/schemas/RoomSessionEvent/properties/room_id"
                )
        else:
            room_id = parse_uuid(
                room_id, _ctx, _at, "room_id", "#/components/schemas/RoomSessionEvent/properties/room_id"
            )

        room_session_id = _room_session_id_in
        if type(room_session_id) is str:
            try:
                room_session_id = uuid_text(room_session_id)
            except ValueError:
                room_session_id = parse_uuid(
                    room_session_id,
                    _ctx,
                    _at,
                    "room_session_id",
                    "#/components/schemas/RoomSessionEvent/properties/room_session_id",
                )
        else:
            room_session_id = parse_uuid(
                room_session_id,
                _ctx,
                _at,
                "room_session_id",
                "#/components/schemas/RoomSessionEvent/properties/room_session_id",
            )

        level = _level_in
        if type(level) is not str:
            level = mismatch(
                _ctx, (_at, "level"), "string", level, "#/components/schemas/RoomSessionEvent/properties/level"
            )

        name = _name_in
        if type(name) is not str:
            name = mismatch(
                _ctx, (_at, "name"), "string", name, "#/components/schemas/RoomSessionEvent/properties/name"
            )

        payload = _payload_in
        if isinstance(payload, dict):
            _payload_object = new_instance(RoomSessionEventPayload)
            _payload_object.additional_properties = dict(payload)
            payload = _payload_object
        else:
            payload = mismatch(
                _ctx, (_at, "payload"), "object", payload, "#/components/schemas/RoomSessionEvent/properties/payload"
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/RoomSessionEvent/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/RoomSessionEvent/properties/created_at"
            )

        room_recording_id = src_dict.get("room_recording_id", UNSET)
        if type(room_recording_id) is str:
            try:
                room_recording_id = uuid_text(room_recording_id)
            except ValueError:
                room_recording_id = parse_uuid(
                    room_recording_id,
                    _ctx,
                    _at,
                    "room_recording_id",
                    "#/components/schemas/RoomSessionEvent/properties/room_recording_id",
                )
        elif room_recording_id is not UNSET and room_recording_id is not None:
            room_recording_id = parse_uuid(
                room_recording_id,
                _ctx,
                _at,
                "room_recording_id",
                "#/components/schemas/RoomSessionEvent/properties/room_recording_id",
            )

        room_participant_id = src_dict.get("room_participant_id", UNSET)
        if type(room_participant_id) is str:
            try:
                room_participant_id = uuid_text(room_participant_id)
            except ValueError:
                room_participant_id = parse_uuid(
                    room_participant_id,
                    _ctx,
                    _at,
                    "room_participant_id",
                    "#/components/schemas/RoomSessionEvent/properties/room_participant_id",
                )
        elif room_participant_id is not UNSET and room_participant_id is not None:
            room_participant_id = parse_uuid(
                room_participant_id,
                _ctx,
                _at,
                "room_participant_id",
                "#/components/schemas/RoomSessionEvent/properties/room_participant_id",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.project_id = project_id
        _instance.room_id = room_id
        _instance.room_session_id = room_session_id
        _instance.level = level
        _instance.name = name
        _instance.payload = payload
        _instance.created_at = created_at
        _instance.room_recording_id = room_recording_id
        _instance.room_participant_id = room_participant_id

        if len(src_dict) > _read and not src_dict.keys() <= _RoomSessionEvent_known:
            d = {key: value for key, value in src_dict.items() if key not in _RoomSessionEvent_known}
            unknown_fields(_ctx, _at, d, "RoomSessionEvent", "#/components/schemas/RoomSessionEvent")
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


from ..models.room_session_event_payload import RoomSessionEventPayload  # noqa: E402
