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
    members,
    mismatch,
    new_instance,
    parse_datetime,
    parse_enum,
    parse_uuid,
    unknown_fields,
    uuid_text,
)

from ..models.log_source import LogSource
from ..models.log_status import LogStatus
from ..models.log_type import LogType
from ..types import format_datetime

_LogSource_members = members(LogSource)
_LogStatus_members = members(LogStatus)
_LogType_members = members(LogType)
_Log_known = frozenset(
    {
        "id",
        "source",
        "type",
        "url",
        "room_name",
        "status",
        "locked",
        "started_at",
        "ended_at",
        "charge",
        "created_at",
        "charge_details",
    }
)


@_attrs_define
class Log:
    """Usage log of a video session.

    Attributes:
        id (UUID): Identifier of the log entry.
        source (LogSource): Subsystem that produced the log entry.
        type (LogType): Kind of session a log entry describes.
        url (str): API address of this log entry.
        room_name (None | str): Name of the room or conference; null when unknown.
        status (LogStatus | None): Whether the session is running or finished.
        locked (bool): Whether the session was locked.
        started_at (datetime.datetime | None): When the session started.
        ended_at (datetime.datetime | None): When the session ended; null while it runs.
        charge (float): Total charge in US dollars.
        created_at (datetime.datetime): When the entry was created.
        charge_details (list[ChargeDetail]): Breakdown of the total charge.
    """

    id: UUID
    source: LogSource
    type: LogType
    url: str
    room_name: None | str
    status: LogStatus | None
    locked: bool
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    charge: float
    created_at: datetime.datetime
    charge_details: list[ChargeDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        source: Any
        if isinstance(self.source, LogSource):
            source = self.source.value
        else:
            source = self.source

        type_: Any
        if isinstance(self.type, LogType):
            type_ = self.type.value
        else:
            type_ = self.type

        url = self.url

        room_name: None | str
        room_name = self.room_name

        status: None | str
        if isinstance(self.status, LogStatus):
            status = self.status.value
        else:
            status = self.status

        locked = self.locked

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = format_datetime(self.started_at)
        else:
            started_at = self.started_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = format_datetime(self.ended_at)
        else:
            ended_at = self.ended_at

        charge = self.charge

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        charge_details: Any
        if isinstance(self.charge_details, list):
            charge_details = []
            for charge_details_item_data in self.charge_details:
                if not isinstance(charge_details_item_data, ChargeDetail):
                    charge_details.append(charge_details_item_data)
                    continue
                charge_details_item = charge_details_item_data.to_dict()
                charge_details.append(charge_details_item)
        else:
            charge_details = self.charge_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "type": type_,
                "url": url,
                "room_name": room_name,
                "status": status,
                "locked": locked,
                "started_at": started_at,
                "ended_at": ended_at,
                "charge": charge,
                "created_at": created_at,
                "charge_details": charge_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 12
        try:
            _id_in = src_dict["id"]
            _source_in = src_dict["source"]
            _type__in = src_dict["type"]
            _url_in = src_dict["url"]
            _room_name_in = src_dict["room_name"]
            _status_in = src_dict["status"]
            _locked_in = src_dict["locked"]
            _started_at_in = src_dict["started_at"]
            _ended_at_in = src_dict["ended_at"]
            _charge_in = src_dict["charge"]
            _created_at_in = src_dict["created_at"]
            _charge_details_in = src_dict["charge_details"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _source_in = src_dict.get("source", MISSING)
            _type__in = src_dict.get("type", MISSING)
            _url_in = src_dict.get("url", MISSING)
            _room_name_in = src_dict.get("room_name", MISSING)
            _status_in = src_dict.get("status", MISSING)
            _locked_in = src_dict.get("locked", MISSING)
            _started_at_in = src_dict.get("started_at", MISSING)
            _ended_at_in = src_dict.get("ended_at", MISSING)
            _charge_in = src_dict.get("charge", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _charge_details_in = src_dict.get("charge_details", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Log/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Log/properties/id")

        _source = _source_in
        source = _LogSource_members.get(_source) if type(_source) is str else None
        if source is None:
            source = parse_enum(LogSource, _source, _ctx, _at, "source", "#/components/schemas/Log/properties/source")

        _type_ = _type__in
        type_ = _LogType_members.get(_type_) if type(_type_) is str else None
        if type_ is None:
            type_ = parse_enum(LogType, _type_, _ctx, _at, "type", "#/components/schemas/Log/properties/type")

        url = _url_in
        if type(url) is not str:
            url = mismatch(_ctx, (_at, "url"), "string", url, "#/components/schemas/Log/properties/url")

        room_name = _room_name_in
        if type(room_name) is not str and room_name is not None:
            room_name = mismatch(
                _ctx, (_at, "room_name"), "string", room_name, "#/components/schemas/Log/properties/room_name"
            )

        _status = _status_in
        status = _LogStatus_members.get(_status) if type(_status) is str else None
        if status is None and _status is not None:
            status = parse_enum(LogStatus, _status, _ctx, _at, "status", "#/components/schemas/Log/properties/status")

        locked = _locked_in
        if type(locked) is not bool:
            locked = mismatch(_ctx, (_at, "locked"), "boolean", locked, "#/components/schemas/Log/properties/locked")

        started_at = _started_at_in
        if type(started_at) is str:
            try:
                started_at = fromisoformat(started_at)
            except ValueError:
                started_at = parse_datetime(
                    started_at, _ctx, _at, "started_at", "#/components/schemas/Log/properties/started_at"
                )
            else:
                if started_at.tzinfo is None:
                    started_at = started_at.replace(tzinfo=UTC)
        elif started_at is not None:
            started_at = parse_datetime(
                started_at, _ctx, _at, "started_at", "#/components/schemas/Log/properties/started_at"
            )

        ended_at = _ended_at_in
        if type(ended_at) is str:
            try:
                ended_at = fromisoformat(ended_at)
            except ValueError:
                ended_at = parse_datetime(
                    ended_at, _ctx, _at, "ended_at", "#/components/schemas/Log/properties/ended_at"
                )
            else:
                if ended_at.tzinfo is None:
                    ended_at = ended_at.replace(tzinfo=UTC)
        elif ended_at is not None:
            ended_at = parse_datetime(ended_at, _ctx, _at, "ended_at", "#/components/schemas/Log/properties/ended_at")

        charge = _charge_in
        if type(charge) is not float and type(charge) is not int:
            charge = mismatch(_ctx, (_at, "charge"), "number", charge, "#/components/schemas/Log/properties/charge")

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/Log/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/Log/properties/created_at"
            )

        charge_details = _charge_details = _charge_details_in
        if isinstance(_charge_details, list):
            charge_details = []
            _charge_details_at = (_at, "charge_details")
            _charge_details_from_dict = ChargeDetail.from_dict
            for _charge_details_index, _charge_details_item in enumerate(_charge_details):
                charge_details_item = _charge_details_item
                if isinstance(charge_details_item, dict):
                    charge_details_item = _charge_details_from_dict(
                        charge_details_item, _ctx, (_charge_details_at, _charge_details_index)
                    )
                else:
                    charge_details_item = mismatch(
                        _ctx,
                        (_charge_details_at, _charge_details_index),
                        "ChargeDetail",
                        charge_details_item,
                        "#/components/schemas/Log/properties/charge_details/items",
                    )
                charge_details.append(charge_details_item)
        else:
            charge_details = mismatch(
                _ctx,
                (_at, "charge_details"),
                "array",
                _charge_details,
                "#/components/schemas/Log/properties/charge_details",
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.source = source
        _instance.type = type_
        _instance.url = url
        _instance.room_name = room_name
        _instance.status = status
        _instance.locked = locked
        _instance.started_at = started_at
        _instance.ended_at = ended_at
        _instance.charge = charge
        _instance.created_at = created_at
        _instance.charge_details = charge_details

        if len(src_dict) > _read and not src_dict.keys() <= _Log_known:
            d = {key: value for key, value in src_dict.items() if key not in _Log_known}
            unknown_fields(_ctx, _at, d, "Log", "#/components/schemas/Log")
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


from ..models.charge_detail import ChargeDetail  # noqa: E402
