from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="WherebyRoomClientKnockedEvent")


@_attrs_define
class WherebyRoomClientKnockedEvent:
    """`room.client.knocked`: a visitor knocked from the waiting room.

    Attributes:
        id (str): Unique id of the event (64 hexadecimal characters in Whereby's example). A retried or duplicated
            delivery keeps the id, so receivers use it to ignore repeats.
        api_version (str): Version of the event format, for example `1.0`.
        created_at (datetime.datetime): When the event happened, in UTC with milliseconds. Deliveries can arrive out of
            order; sort by this when order matters.
        type_ (Literal['room.client.knocked']): Name of the event, such as `room.client.joined`; each event schema
            narrows it to one constant.
        data (WherebyClientEventData): An in-room event about one participant (knocks, joins and departures).
    """

    id: str
    api_version: str
    created_at: datetime.datetime
    type_: Literal["room.client.knocked"]
    data: WherebyClientEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_version = self.api_version

        created_at = format_datetime(self.created_at)

        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "apiVersion": api_version,
                "createdAt": created_at,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        api_version = d.pop("apiVersion")

        created_at = parse_datetime(d.pop("createdAt"), "createdAt")

        type_ = cast(Literal["room.client.knocked"], d.pop("type"))
        if type_ != "room.client.knocked":
            raise ValueError(f"type must match const 'room.client.knocked', got '{type_}'")

        data = WherebyClientEventData.from_dict(d.pop("data"))

        _instance = cls(
            id=id,
            api_version=api_version,
            created_at=created_at,
            type_=type_,
            data=data,
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


from ..models.whereby_client_event_data import WherebyClientEventData  # noqa: E402
