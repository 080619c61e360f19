from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

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

_Recording_known = frozenset(
    {
        "recordingId",
        "roomSessionId",
        "filename",
        "startDate",
        "endDate",
        "sizeInMegaBytes",
    }
)


@_attrs_define
class Recording:
    """Metadata of a cloud recording.

    Attributes:
        recording_id (str): Id of the recording.
        room_session_id (str): Id of the room session that was recorded.
        filename (str): File name of the recording.
        start_date (datetime.datetime): When the recording started.
        end_date (datetime.datetime): When the recording ended.
        size_in_mega_bytes (float): Size of the recording file in megabytes; may have a fractional part.
    """

    recording_id: str
    room_session_id: str
    filename: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    size_in_mega_bytes: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        recording_id = self.recording_id

        room_session_id = self.room_session_id

        filename = self.filename

        start_date: Any
        if isinstance(self.start_date, datetime.datetime):
            start_date = format_datetime(self.start_date)
        else:
            start_date = self.start_date

        end_date: Any
        if isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date)
        else:
            end_date = self.end_date

        size_in_mega_bytes = self.size_in_mega_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordingId": recording_id,
                "roomSessionId": room_session_id,
                "filename": filename,
                "startDate": start_date,
                "endDate": end_date,
                "sizeInMegaBytes": size_in_mega_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 6
        try:
            _recording_id_in = src_dict["recordingId"]
            _room_session_id_in = src_dict["roomSessionId"]
            _filename_in = src_dict["filename"]
            _start_date_in = src_dict["startDate"]
            _end_date_in = src_dict["endDate"]
            _size_in_mega_bytes_in = src_dict["sizeInMegaBytes"]
        except KeyError:
            _recording_id_in = src_dict.get("recordingId", MISSING)
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _filename_in = src_dict.get("filename", MISSING)
            _start_date_in = src_dict.get("startDate", MISSING)
            _end_date_in = src_dict.get("endDate", MISSING)
            _size_in_mega_bytes_in = src_dict.get("sizeInMegaBytes", MISSING)
            _read = 0
        recording_id = _recording_id_in
        if type(recording_id) is not str:
            recording_id = mismatch(
                _ctx,
                (_at, "recordingId"),
                "string",
                recording_id,
                "#/components/schemas/Recording/properties/recordingId",
            )

        room_session_id = _room_session_id_in
        if type(room_session_id) is not str:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/Recording/properties/roomSessionId",
            )

        filename = _filename_in
        if type(filename) is not str:
            filename = mismatch(
                _ctx, (_at, "filename"), "string", filename, "#/components/schemas/Recording/properties/filename"
            )

        start_date = _start_date_in
        if type(start_date) is str:
            try:
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(
                    start_date, _ctx, _at, "startDate", "#/components/schemas/Recording/properties/startDate"
                )
            else:
                if start_date.tzinfo is None:
                    start_date = start_date.replace(tzinfo=UTC)
        else:
            start_date = parse_datetime(
                start_date, _ctx, _at, "startDate", "#/components/schemas/Recording/properties/startDate"
            )

        end_date = _end_date_in
        if type(end_date) is str:
            try:
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(
                    end_date, _ctx, _at, "endDate", "#/components/schemas/Recording/properties/endDate"
                )
            else:
                if end_date.tzinfo is None:
                    end_date = end_date.replace(tzinfo=UTC)
        else:
            end_date = parse_datetime(
                end_date, _ctx, _at, "endDate", "#/components/schemas/Recording/properties/endDate"
            )

        size_in_mega_bytes = _size_in_mega_bytes_in
        if type(size_in_mega_bytes) is not float and type(size_in_mega_bytes) is not int:
            size_in_mega_bytes = mismatch(
                _ctx,
                (_at, "sizeInMegaBytes"),
                "number",
                size_in_mega_bytes,
                "#/components/schemas/Recording/properties/sizeInMegaBytes",
            )

        _instance = new_instance(cls)
        _instance.recording_id = recording_id
        _instance.room_session_id = room_session_id
        _instance.filename = filename
        _instance.start_date = start_date
        _instance.end_date = end_date
        _instance.size_in_mega_bytes = size_in_mega_bytes

        if len(src_dict) > _read and not src_dict.keys() <= _Recording_known:
            d = {key: value for key, value in src_dict.items() if key not in _Recording_known}
            unknown_fields(_ctx, _at, d, "Recording", "#/components/schemas/Recording")
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
