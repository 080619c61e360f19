from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="RoomSessionMember")


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
        id = str(self.id)

        room_session_id = str(self.room_session_id)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        room_session_id = UUID(d.pop("room_session_id"))

        name = cast(None | str, d.pop("name"))

        _join_time = d.pop("join_time")
        join_time: datetime.datetime | None
        if _join_time is None:
            join_time = _join_time
        else:
            join_time_type_0 = parse_datetime(_join_time, "join_time")

            join_time = join_time_type_0

        _leave_time = d.pop("leave_time")
        leave_time: datetime.datetime | None
        if _leave_time is None:
            leave_time = _leave_time
        else:
            leave_time_type_0 = parse_datetime(_leave_time, "leave_time")

            leave_time = leave_time_type_0

        duration = cast(int | None, d.pop("duration"))

        cost_in_dollars = d.pop("cost_in_dollars")

        _instance = cls(
            id=id,
            room_session_id=room_session_id,
            name=name,
            join_time=join_time,
            leave_time=leave_time,
            duration=duration,
            cost_in_dollars=cost_in_dollars,
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
