from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_source import LogSource
from ..models.log_status import LogStatus
from ..models.log_type import LogType
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="Log")


@_attrs_define
class Log:
    """Usage log of a video session.

    Attributes:
        id (UUID): Identifier of the log entry.
        source (LogSource): Subsystem that produced the log entry.
        type_ (LogType): Kind of session a log entry describes.
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
    type_: LogType
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
        id = str(self.id)

        source = self.source.value

        type_ = self.type_.value

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

        created_at = format_datetime(self.created_at)

        charge_details = []
        for charge_details_item_data in self.charge_details:
            charge_details_item = charge_details_item_data.to_dict()
            charge_details.append(charge_details_item)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        source = LogSource(d.pop("source"))

        type_ = LogType(d.pop("type"))

        url = d.pop("url")

        room_name = cast(None | str, d.pop("room_name"))

        _status = d.pop("status")
        status: LogStatus | None
        if _status is None:
            status = _status
        else:
            status_type_0 = LogStatus(_status)

            status = status_type_0

        locked = d.pop("locked")

        _started_at = d.pop("started_at")
        started_at: datetime.datetime | None
        if _started_at is None:
            started_at = _started_at
        else:
            started_at_type_0 = parse_datetime(_started_at, "started_at")

            started_at = started_at_type_0

        _ended_at = d.pop("ended_at")
        ended_at: datetime.datetime | None
        if _ended_at is None:
            ended_at = _ended_at
        else:
            ended_at_type_0 = parse_datetime(_ended_at, "ended_at")

            ended_at = ended_at_type_0

        charge = d.pop("charge")

        created_at = parse_datetime(d.pop("created_at"), "created_at")

        charge_details = []
        _charge_details = d.pop("charge_details")
        for charge_details_item_data in _charge_details:
            charge_details_item = ChargeDetail.from_dict(charge_details_item_data)

            charge_details.append(charge_details_item)

        _instance = cls(
            id=id,
            source=source,
            type_=type_,
            url=url,
            room_name=room_name,
            status=status,
            locked=locked,
            started_at=started_at,
            ended_at=ended_at,
            charge=charge,
            created_at=created_at,
            charge_details=charge_details,
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


from ..models.charge_detail import ChargeDetail  # noqa: E402
