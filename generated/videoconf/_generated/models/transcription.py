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
    members,
    mismatch,
    new_instance,
    parse_datetime,
    parse_enum,
    unknown_fields,
)

from ..models.whereby_transcription_state import WherebyTranscriptionState
from ..models.whereby_transcription_storage_type import WherebyTranscriptionStorageType
from ..models.whereby_transcription_type import WherebyTranscriptionType
from ..types import UNSET, Unset, format_datetime

_WherebyTranscriptionState_members = members(WherebyTranscriptionState)
_WherebyTranscriptionStorageType_members = members(WherebyTranscriptionStorageType)
_WherebyTranscriptionType_members = members(WherebyTranscriptionType)
_Transcription_known = frozenset(
    {
        "transcriptionId",
        "roomSessionId",
        "roomName",
        "startDate",
        "endDate",
        "state",
        "createdAt",
        "type",
        "filename",
        "durationInSeconds",
        "storageType",
    }
)


@_attrs_define
class Transcription:
    """Metadata of a transcription.

    Attributes:
        transcription_id (str): Id of the transcription.
        room_session_id (str): Id of the transcribed room session.
        room_name (str): Name of the room (starts with `/`).
        start_date (datetime.datetime): Start of the transcribed session.
        end_date (datetime.datetime): End of the transcribed session.
        state (WherebyTranscriptionState): Processing state of a transcription.
        created_at (datetime.datetime): When the transcription was created.
        type (WherebyTranscriptionType): Origin of a transcription; made live during the session or from a recording
            afterwards.
        filename (str | Unset): File name of the transcript.
        duration_in_seconds (float | Unset): Length of the transcribed audio, in seconds.
        storage_type (WherebyTranscriptionStorageType | Unset): Where the transcript is stored; on Whereby's storage or
            on your own.
    """

    transcription_id: str
    room_session_id: str
    room_name: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    state: WherebyTranscriptionState
    created_at: datetime.datetime
    type: WherebyTranscriptionType
    filename: str | Unset = UNSET
    duration_in_seconds: float | Unset = UNSET
    storage_type: WherebyTranscriptionStorageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        transcription_id = self.transcription_id

        room_session_id = self.room_session_id

        room_name = self.room_name

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

        state: Any
        if isinstance(self.state, WherebyTranscriptionState):
            state = self.state.value
        else:
            state = self.state

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        type_: Any
        if isinstance(self.type, WherebyTranscriptionType):
            type_ = self.type.value
        else:
            type_ = self.type

        filename = self.filename

        duration_in_seconds = self.duration_in_seconds

        storage_type: Any
        if isinstance(self.storage_type, WherebyTranscriptionStorageType | Unset):
            storage_type = UNSET
            if not isinstance(self.storage_type, Unset):
                storage_type = self.storage_type.value
        else:
            storage_type = self.storage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcriptionId": transcription_id,
                "roomSessionId": room_session_id,
                "roomName": room_name,
                "startDate": start_date,
                "endDate": end_date,
                "state": state,
                "createdAt": created_at,
                "type": type_,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 8
        try:
            _transcription_id_in = src_dict["transcriptionId"]
            _room_session_id_in = src_dict["roomSessionId"]
            _room_name_in = src_dict["roomName"]
            _start_date_in = src_dict["startDate"]
            _end_date_in = src_dict["endDate"]
            _state_in = src_dict["state"]
            _created_at_in = src_dict["createdAt"]
            _type__in = src_dict["type"]
        except KeyError:
            _transcription_id_in = src_dict.get("transcriptionId", MISSING)
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _room_name_in = src_dict.get("roomName", MISSING)
            _start_date_in = src_dict.get("startDate", MISSING)
            _end_date_in = src_dict.get("endDate", MISSING)
            _state_in = src_dict.get("state", MISSING)
            _created_at_in = src_dict.get("createdAt", MISSING)
            _type__in = src_dict.get("type", MISSING)
            _read = 0
        transcription_id = _transcription_id_in
        if type(transcription_id) is not str:
            transcription_id = mismatch(
                _ctx,
                (_at, "transcriptionId"),
                "string",
                transcription_id,
                "#/components/schemas/Transcription/properties/transcriptionId",
            )

        room_session_id = _room_session_id_in
        if type(room_session_id) is not str:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/Transcription/properties/roomSessionId",
            )

        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx, (_at, "roomName"), "string", room_name, "#/components/schemas/Transcription/properties/roomName"
            )

        start_date = _start_date_in
        if type(start_date) is str:
            try:
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(
                    start_date, _ctx, _at, "startDate", "#/components/schemas/Transcription/properties/startDate"
                )
            else:
                if start_date.tzinfo is None:
                    start_date = start_date.replace(tzinfo=UTC)
        else:
            start_date = parse_datetime(
                start_date, _ctx, _at, "startDate", "#/components/schemas/Transcription/properties/startDate"
            )

        end_date = _end_date_in
        if type(end_date) is str:
            try:
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(
                    end_date, _ctx, _at, "endDate", "#/components/schemas/Transcription/properties/endDate"
                )
            else:
                if end_date.tzinfo is None:
                    end_date = end_date.replace(tzinfo=UTC)
        else:
            end_date = parse_datetime(
                end_date, _ctx, _at, "endDate", "#/components/schemas/Transcription/properties/endDate"
            )

        _state = _state_in
        state = _WherebyTranscriptionState_members.get(_state) if type(_state) is str else None
        if state is None:
            state = parse_enum(
                WherebyTranscriptionState,
                _state,
                _ctx,
                _at,
                "state",
                "#/components/schemas/Transcription/properties/state",
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "createdAt", "#/components/schemas/Transcription/properties/createdAt"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "createdAt", "#/components/schemas/Transcription/properties/createdAt"
            )

        _type_ = _type__in
        type_ = _WherebyTranscriptionType_members.get(_type_) if type(_type_) is str else None
        if type_ is None:
            type_ = parse_enum(
                WherebyTranscriptionType,
                _type_,
                _ctx,
                _at,
                "type",
                "#/components/schemas/Transcription/properties/type",
            )

        filename = src_dict.get("filename", UNSET)
        if type(filename) is not str and filename is not UNSET:
            filename = mismatch(
                _ctx, (_at, "filename"), "string", filename, "#/components/schemas/Transcription/properties/filename"
            )

        duration_in_seconds = src_dict.get("durationInSeconds", UNSET)
        if (
            type(duration_in_seconds) is not float
            and type(duration_in_seconds) is not int
            and duration_in_seconds is not UNSET
        ):
            duration_in_seconds = mismatch(
                _ctx,
                (_at, "durationInSeconds"),
                "number",
                duration_in_seconds,
                "#/components/schemas/Transcription/properties/durationInSeconds",
            )

        _storage_type = src_dict.get("storageType", UNSET)
        if _storage_type is UNSET:
            storage_type = UNSET
        else:
            storage_type = (
                _WherebyTranscriptionStorageType_members.get(_storage_type) if type(_storage_type) is str else None
            )
            if storage_type is None:
                storage_type = parse_enum(
                    WherebyTranscriptionStorageType,
                    _storage_type,
                    _ctx,
                    _at,
                    "storageType",
                    "#/components/schemas/Transcription/properties/storageType",
                )

        _instance = new_instance(cls)
        _instance.transcription_id = transcription_id
        _instance.room_session_id = room_session_id
        _instance.room_name = room_name
        _instance.start_date = start_date
        _instance.end_date = end_date
        _instance.state = state
        _instance.created_at = created_at
        _instance.type = type_
        _instance.filename = filename
        _instance.duration_in_seconds = duration_in_seconds
        _instance.storage_type = storage_type

        if len(src_dict) > _read and not src_dict.keys() <= _Transcription_known:
            d = {key: value for key, value in src_dict.items() if key not in _Transcription_known}
            unknown_fields(_ctx, _at, d, "Transcription", "#/components/schemas/Transcription")
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
