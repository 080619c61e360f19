from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self

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
    unknown_fields,
)

from ..types import format_datetime

_WherebyRoomClientJoinedEvent_known = frozenset(
    {
        "id",
        "apiVersion",
        "createdAt",
        "type",
        "data",
    }
)


@_attrs_define
class WherebyRoomClientJoinedEvent:
    """`room.client.joined`: a participant entered the room.

    Attributes:
        id (str): Unique id of the event (64 hexadecimal characters in Whereby's example). A retried or duplicated
            delivery keeps the id, so receivers use it to ignore repeats.
        api_version (str): Version of the event format, for example `1.0`.
        created_at (datetime.datetime): When the event happened, in UTC with milliseconds. Deliveries can arrive out of
            order; sort by this when order matters.
        type (Literal['room.client.joined']): Name of the event, such as `room.client.joined`; each event schema narrows
            it to one constant.
        data (WherebyClientJoinLeaveEventData): A participant joined or left, with the room's head count after the
            change.
    """

    id: str
    api_version: str
    created_at: datetime.datetime
    type: Literal["room.client.joined"]
    data: WherebyClientJoinLeaveEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id = self.id

        api_version = self.api_version

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        type_ = self.type

        data: Any
        if isinstance(self.data, WherebyClientJoinLeaveEventData):
            data = self.data.to_dict()
        else:
            data = self.data

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 5
        try:
            _id_in = src_dict["id"]
            _api_version_in = src_dict["apiVersion"]
            _created_at_in = src_dict["createdAt"]
            _type__in = src_dict["type"]
            _data_in = src_dict["data"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _api_version_in = src_dict.get("apiVersion", MISSING)
            _created_at_in = src_dict.get("createdAt", MISSING)
            _type__in = src_dict.get("type", MISSING)
            _data_in = src_dict.get("data", MISSING)
            _read = 0
        id = _id_in
        if type(id) is not str:
            id = mismatch(_ctx, (_at, "id"), "string", id, "#/components/schemas/WherebyEventEnvelope/properties/id")

        api_version = _api_version_in
        if type(api_version) is not str:
            api_version = mismatch(
                _ctx,
                (_at, "apiVersion"),
                "string",
                api_version,
                "#/components/schemas/WherebyEventEnvelope/properties/apiVersion",
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "createdAt", "#/components/schemas/WherebyEventEnvelope/properties/createdAt"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "createdAt", "#/components/schemas/WherebyEventEnvelope/properties/createdAt"
            )

        type_ = _type__in
        if type_ != "room.client.joined":
            type_ = mismatch(
                _ctx,
                (_at, "type"),
                "'room.client.joined'",
                type_,
                "#/components/schemas/WherebyRoomClientJoinedEvent/allOf/1/properties/type",
            )

        data = _data_in
        if isinstance(data, dict):
            data = WherebyClientJoinLeaveEventData.from_dict(data, _ctx, (_at, "data"))
        else:
            data = mismatch(
                _ctx,
                (_at, "data"),
                "WherebyClientJoinLeaveEventData",
                data,
                "#/components/schemas/WherebyRoomClientJoinedEvent/allOf/1/properties/data",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.api_version = api_version
        _instance.created_at = created_at
        _instance.type = type_
        _instance.data = data

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyRoomClientJoinedEvent_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyRoomClientJoinedEvent_known}
            unknown_fields(
                _ctx, _at, d, "WherebyRoomClientJoinedEvent", "#/components/schemas/WherebyRoomClientJoinedEvent"
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


from ..models.whereby_client_join_leave_event_data import WherebyClientJoinLeaveEventData  # noqa: E402
