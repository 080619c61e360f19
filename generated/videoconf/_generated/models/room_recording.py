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

from ..models.room_recording_status import RoomRecordingStatus
from ..types import format_datetime

_RoomRecordingStatus_members = members(RoomRecordingStatus)
_RoomRecording_known = frozenset(
    {
        "id",
        "room_session_id",
        "status",
        "started_at",
        "finished_at",
        "duration",
        "size_in_bytes",
        "format",
        "cost_in_dollars",
        "uri",
        "created_at",
        "updated_at",
    }
)


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
        format (None | str): MIME type of the recorded file, for example `video/mp4`.
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
    format: None | str
    cost_in_dollars: float
    uri: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
        format_ = self.format

        cost_in_dollars = self.cost_in_dollars

        uri: None | str
        uri = self.uri

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        updated_at: Any
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = format_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 12
        try:
            _id_in = src_dict["id"]
            _room_session_id_in = src_dict["room_session_id"]
            _status_in = src_dict["status"]
            _started_at_in = src_dict["started_at"]
            _finished_at_in = src_dict["finished_at"]
            _duration_in = src_dict["duration"]
            _size_in_bytes_in = src_dict["size_in_bytes"]
            _format__in = src_dict["format"]
            _cost_in_dollars_in = src_dict["cost_in_dollars"]
            _uri_in = src_dict["uri"]
            _created_at_in = src_dict["created_at"]
            _updated_at_in = src_dict["updated_at"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _room_session_id_in = src_dict.get("room_session_id", MISSING)
            _status_in = src_dict.get("status", MISSING)
            _started_at_in = src_dict.get("started_at", MISSING)
            _finished_at_in = src_dict.get("finished_at", MISSING)
            _duration_in = src_dict.get("duration", MISSING)
            _size_in_bytes_in = src_dict.get("size_in_bytes", MISSING)
            _format__in = src_dict.get("format", MISSING)
            _cost_in_dollars_in = src_dict.get("cost_in_dollars", MISSING)
            _uri_in = src_dict.get("uri", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _updated_at_in = src_dict.get("updated_at", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomRecording/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/RoomRecording/properties/id")

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
                    "#/components/schemas/RoomRecording/properties/room_session_id",
                )
        else:
            room_session_id = parse_uuid(
                room_session_id,
                _ctx,
                _at,
                "room_session_id",
                "#/components/schemas/RoomRecording/properties/room_session_id",
            )

        _status = _status_in
        status = _RoomRecordingStatus_members.get(_status) if type(_status) is str else None
        if status is None and _status is not None:
            status = parse_enum(
                RoomRecordingStatus,
                _status,
                _ctx,
                _at,
                "status",
                "#/components/schemas/RoomRecording/properties/status",
            )

        started_at = _started_at_in
        if type(started_at) is str:
            try:
                started_at = fromisoformat(started_at)
            except ValueError:
                started_at = parse_datetime(
                    started_at, _ctx, _at, "started_at", "#/components/schemas/RoomRecording/properties/started_at"
                )
            else:
                if started_at.tzinfo is None:
                    started_at = started_at.replace(tzinfo=UTC)
        elif started_at is not None:
            started_at = parse_datetime(
                started_at, _ctx, _at, "started_at", "#/components/schemas/RoomRecording/properties/started_at"
            )

        finished_at = _finished_at_in
        if type(finished_at) is str:
            try:
                finished_at = fromisoformat(finished_at)
            except ValueError:
                finished_at = parse_datetime(
                    finished_at, _ctx, _at, "finished_at", "#/components/schemas/RoomRecording/properties/finished_at"
                )
            else:
                if finished_at.tzinfo is None:
                    finished_at = finished_at.replace(tzinfo=UTC)
        elif finished_at is not None:
            finished_at = parse_datetime(
                finished_at, _ctx, _at, "finished_at", "#/components/schemas/RoomRecording/properties/finished_at"
            )

        duration = _duration_in
        if type(duration) is not int and duration is not None:
            duration = mismatch(
                _ctx, (_at, "duration"), "integer", duration, "#/components/schemas/RoomRecording/properties/duration"
            )

        size_in_bytes = _size_in_bytes_in
        if type(size_in_bytes) is not int and size_in_bytes is not None:
            size_in_bytes = mismatch(
                _ctx,
                (_at, "size_in_bytes"),
                "integer",
                size_in_bytes,
                "#/components/schemas/RoomRecording/properties/size_in_bytes",
            )

        format_ = _format__in
        if type(format_) is not str and format_ is not None:
            format_ = mismatch(
                _ctx, (_at, "format"), "string", format_, "#/components/schemas/RoomRecording/properties/format"
            )

        cost_in_dollars = _cost_in_dollars_in
        if type(cost_in_dollars) is not float and type(cost_in_dollars) is not int:
            cost_in_dollars = mismatch(
                _ctx,
                (_at, "cost_in_dollars"),
                "number",
                cost_in_dollars,
                "#/components/schemas/RoomRecording/properties/cost_in_dollars",
            )

        uri = _uri_in
        if type(uri) is not str and uri is not None:
            uri = mismatch(_ctx, (_at, "uri"), "string", uri, "#/components/schemas/RoomRecording/properties/uri")

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/RoomRecording/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/RoomRecording/properties/created_at"
            )

        updated_at = _updated_at_in
        if type(updated_at) is str:
            try:
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(
                    updated_at, _ctx, _at, "updated_at", "#/components/schemas/RoomRecording/properties/updated_at"
                )
            else:
                if updated_at.tzinfo is None:
                    updated_at = updated_at.replace(tzinfo=UTC)
        else:
            updated_at = parse_datetime(
                updated_at, _ctx, _at, "updated_at", "#/components/schemas/RoomRecording/properties/updated_at"
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.room_session_id = room_session_id
        _instance.status = status
        _instance.started_at = started_at
        _instance.finished_at = finished_at
        _instance.duration = duration
        _instance.size_in_bytes = size_in_bytes
        _instance.format = format_
        _instance.cost_in_dollars = cost_in_dollars
        _instance.uri = uri
        _instance.created_at = created_at
        _instance.updated_at = updated_at

        if len(src_dict) > _read and not src_dict.keys() <= _RoomRecording_known:
            d = {key: value for key, value in src_dict.items() if key not in _RoomRecording_known}
            unknown_fields(_ctx, _at, d, "RoomRecording", "#/components/schemas/RoomRecording")
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
