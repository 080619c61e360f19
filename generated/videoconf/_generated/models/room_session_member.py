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

from ..types import format_datetime

_RoomSessionMember_known = frozenset(
    {
        "id",
        "room_session_id",
        "name",
        "join_time",
        "leave_time",
        "duration",
        "cost_in_dollars",
    }
)


@_attrs_define
class RoomSessionMember:
    """A participant of a room session.

    Attributes:
        id (UUID): Identifier of the participant.
        room_session_id (UUID): Session the participant took part in.
        name (None | str): Name the participant used; null when unknown.
        join_time (datetime.datetime | None): When the participant joined.
        leave_time (datetime.datetime | None): When the participant left; null while still inside.
        duration (int | None): Time spent in the session, in seconds; null while still inside.
        cost_in_dollars (float): Price of this participant's time in US dollars.
    """

    id: UUID
    room_session_id: UUID
    name: None | str
    join_time: datetime.datetime | None
    leave_time: datetime.datetime | None
    duration: int | None
    cost_in_dollars: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        room_session_id: Any
        if isinstance(self.room_session_id, UUID):
            room_session_id = str(self.room_session_id)
        else:
            room_session_id = self.room_session_id

        name: None | str
        name = self.name

        join_time: None | str
        if isinstance(self.join_time, datetime.datetime):
            join_time = format_datetime(self.join_time)
        else:
            join_time = self.join_time

        leave_time: None | str
        if isinstance(self.leave_time, datetime.datetime):
            leave_time = format_datetime(self.leave_time)
        else:
            leave_time = self.leave_time

        duration: int | None
        duration = self.duration

        cost_in_dollars = self.cost_in_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "room_session_id": room_session_id,
                "name": name,
                "join_time": join_time,
                "leave_time": leave_time,
                "duration": duration,
                "cost_in_dollars": cost_in_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 7
        try:
            _id_in = src_dict["id"]
            _room_session_id_in = src_dict["room_session_id"]
            _name_in = src_dict["name"]
            _join_time_in = src_dict["join_time"]
            _leave_time_in = src_dict["leave_time"]
            _duration_in = src_dict["duration"]
            _cost_in_dollars_in = src_dict["cost_in_dollars"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _room_session_id_in = src_dict.get("room_session_id", MISSING)
            _name_in = src_dict.get("name", MISSING)
            _join_time_in = src_dict.get("join_time", MISSING)
            _leave_time_in = src_dict.get("leave_time", MISSING)
            _duration_in = src_dict.get("duration", MISSING)
            _cost_in_dollars_in = src_dict.get("cost_in_dollars", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomSessionMember/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomSessionMember/properties/id")

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
                    "#/components/schemas/RoomSessionMember/properties/room_session_id",
                )
        else:
            room_session_id = parse_uuid(
                room_session_id,
                _ctx,
                _at,
                "room_session_id",
                "#/components/schemas/RoomSessionMember/properties/room_session_id",
            )

        name = _name_in
        if type(name) is not str and name is not None:
            name = mismatch(
                _ctx, (_at, "name"), "string", name, "#/components/schemas/RoomSessionMember/properties/name"
            )

        join_time = _join_time_in
        if type(join_time) is str:
            try:
                join_time = fromisoformat(join_time)
            except ValueError:
                join_time = parse_datetime(
                    join_time, _ctx, _at, "join_time", "#/components/schemas/RoomSessionMember/properties/join_time"
                )
            else:
                if join_time.tzinfo is None:
                    join_time = join_time.replace(tzinfo=UTC)
        elif join_time is not None:
            join_time = parse_datetime(
                join_time, _ctx, _at, "join_time", "#/components/schemas/RoomSessionMember/properties/join_time"
            )

        leave_time = _leave_time_in
        if type(leave_time) is str:
            try:
                leave_time = fromisoformat(leave_time)
            except ValueError:
                leave_time = parse_datetime(
                    leave_time, _ctx, _at, "leave_time", "#/components/schemas/RoomSessionMember/properties/leave_time"
                )
            else:
                if leave_time.tzinfo is None:
                    leave_time = leave_time.replace(tzinfo=UTC)
        elif leave_time is not None:
            leave_time = parse_datetime(
                leave_time, _ctx, _at, "leave_time", "#/components/schemas/RoomSessionMember/properties/leave_time"
            )

        duration = _duration_in
        if type(duration) is not int and duration is not None:
            duration = mismatch(
                _ctx,
                (_at, "duration"),
                "integer",
                duration,
                "#/components/schemas/RoomSessionMember/properties/duration",
            )

        cost_in_dollars = _cost_in_dollars_in
        if type(cost_in_dollars) is not float and type(cost_in_dollars) is not int:
            cost_in_dollars = mismatch(
                _ctx,
                (_at, "cost_in_dollars"),
                "number",
                cost_in_dollars,
                "#/components/schemas/RoomSessionMember/properties/cost_in_dollars",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.room_session_id = room_session_id
        _instance.name = name
        _instance.join_time = join_time
        _instance.leave_time = leave_time
        _instance.duration = duration
        _instance.cost_in_dollars = cost_in_dollars

        if len(src_dict) > _read and not src_dict.keys() <= _RoomSessionMember_known:
            d = {key: value for key, value in src_dict.items() if key not in _RoomSessionMember_known}
            unknown_fields(_ctx, _at, d, "RoomSessionMember", "#/components/schemas/RoomSessionMember")
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
