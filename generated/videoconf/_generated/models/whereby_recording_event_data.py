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

from ..models.whereby_recording_event_status import WherebyRecordingEventStatus

_WherebyRecordingEventStatus_members = members(WherebyRecordingEventStatus)
_WherebyRecordingEventData_known = frozenset(
    {
        "recordingId",
        "roomName",
        "filename",
        "status",
    }
)


@_attrs_define
class WherebyRecordingEventData:
    """A cloud recording that has been uploaded.

    Attributes:
        recording_id (str): Id of the recording, as the recordings operations use it.
        room_name (str): Name of the recorded room (starts with `/`).
        filename (str): File name of the recording.
        status (WherebyRecordingEventStatus): State of an uploaded recording; Whereby documents a single value so far.
            Values not listed are kept as received.
    """

    recording_id: str
    room_name: str
    filename: str
    status: WherebyRecordingEventStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        recording_id = self.recording_id

        room_name = self.room_name

        filename = self.filename

        status: Any
        if isinstance(self.status, WherebyRecordingEventStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingId": recording_id,
                "roomName": room_name,
                "filename": filename,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 4
        try:
            _recording_id_in = src_dict["recordingId"]
            _room_name_in = src_dict["roomName"]
            _filename_in = src_dict["filename"]
            _status_in = src_dict["status"]
        except KeyError:
            _recording_id_in = src_dict.get("recordingId", MISSING)
            _room_name_in = src_dict.get("roomName", MISSING)
            _filename_in = src_dict.get("filename", MISSING)
            _status_in = src_dict.get("status", MISSING)
            _read = 0
        recording_id = _recording_id_in
        if type(recording_id) is not str:
            recording_id = mismatch(
                _ctx,
                (_at, "recordingId"),
                "string",
                recording_id,
                "#/components/schemas/WherebyRecordingEventData/properties/recordingId",
            )

        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx,
                (_at, "roomName"),
                "string",
                room_name,
                "#/components/schemas/WherebyRecordingEventData/properties/roomName",
            )

        filename = _filename_in
        if type(filename) is not str:
            filename = mismatch(
                _ctx,
                (_at, "filename"),
                "string",
                filename,
                "#/components/schemas/WherebyRecordingEventData/properties/filename",
            )

        _status = _status_in
        status = _WherebyRecordingEventStatus_members.get(_status) if type(_status) is str else None
        if status is None:
            status = parse_enum(
                WherebyRecordingEventStatus,
                _status,
                _ctx,
                _at,
                "status",
                "#/components/schemas/WherebyRecordingEventData/properties/status",
            )

        _instance = new_instance(cls)
        _instance.recording_id = recording_id
        _instance.room_name = room_name
        _instance.filename = filename
        _instance.status = status

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyRecordingEventData_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyRecordingEventData_known}
            unknown_fields(_ctx, _at, d, "WherebyRecordingEventData", "#/components/schemas/WherebyRecordingEventData")
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
