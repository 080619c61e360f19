from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_recording_status import RoomRecordingStatus
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="RoomRecording")


@_attrs_define
class RoomRecording:
    """A recording made during a room session.

    Attributes:
        id (UUID): Identifier of the recording.
        room_session_id (UUID): Session that was recorded.
        status (None | RoomRecordingStatus): Stage of the recording.
        started_at (datetime.datetime | None): When recording started.
        finished_at (datetime.datetime | None): When recording stopped; null while it runs.
        duration (int | None): Length of the recording in seconds; null while it runs.
        size_in_bytes (int | None): Size of the recorded file in bytes; null until the file exists.
        format_ (None | str): MIME type of the recorded file, for example `video/mp4`.
        cost_in_dollars (float): Price of the recording in US dollars.
        uri (None | str): Temporary download address of the file; it expires after `media_ttl` seconds (900 by default).
            Null until the file is ready.
        created_at (datetime.datetime): When the recording record was created.
        updated_at (datetime.datetime): When the recording record was last changed.
    """

    id: UUID
    room_session_id: UUID
    status: None | RoomRecordingStatus
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    duration: int | None
    size_in_bytes: int | None
    format_: None | str
    cost_in_dollars: float
    uri: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        room_session_id = str(self.room_session_id)

        status: None | str
        if isinstance(self.status, RoomRecordingStatus):
            status = self.status.value
        else:
            status = self.status

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = format_datetime(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = format_datetime(self.finished_at)
        else:
            finished_at = self.finished_at

        duration: int | None
        duration = self.duration

        size_in_bytes: int | None
        size_in_bytes = self.size_in_bytes

        format_: None | str
        format_ = self.format_

        cost_in_dollars = self.cost_in_dollars

        uri: None | str
        uri = self.uri

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "room_session_id": room_session_id,
                "status": status,
                "started_at": started_at,
                "finished_at": finished_at,
                "duration": duration,
                "size_in_bytes": size_in_bytes,
                "format": format_,
                "cost_in_dollars": cost_in_dollars,
                "uri": uri,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        room_session_id = UUID(d.pop("room_session_id"))

        _status = d.pop("status")
        status: None | RoomRecordingStatus
        if _status is None:
            status = _status
        else:
            status_type_0 = RoomRecordingStatus(_status)

            status = status_type_0

        _started_at = d.pop("started_at")
        started_at: datetime.datetime | None
        if _started_at is None:
            started_at = _started_at
        else:
            started_at_type_0 = parse_datetime(_started_at, "started_at")

            started_at = started_at_type_0

        _finished_at = d.pop("finished_at")
        finished_at: datetime.datetime | None
        if _finished_at is None:
            finished_at = _finished_at
        else:
            finished_at_type_0 = parse_datetime(_finished_at, "finished_at")

            finished_at = finished_at_type_0

        duration = cast(int | None, d.pop("duration"))

        size_in_bytes = cast(int | None, d.pop("size_in_bytes"))

        format_ = cast(None | str, d.pop("format"))

        cost_in_dollars = d.pop("cost_in_dollars")

        uri = cast(None | str, d.pop("uri"))

        created_at = parse_datetime(d.pop("created_at"), "created_at")

        updated_at = parse_datetime(d.pop("updated_at"), "updated_at")

        _instance = cls(
            id=id,
            room_session_id=room_session_id,
            status=status,
            started_at=started_at,
            finished_at=finished_at,
            duration=duration,
            size_in_bytes=size_in_bytes,
            format_=format_,
            cost_in_dollars=cost_in_dollars,
            uri=uri,
            created_at=created_at,
            updated_at=updated_at,
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
