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

from ..models.whereby_transcription_state import WherebyTranscriptionState
from ..models.whereby_transcription_storage_type import WherebyTranscriptionStorageType
from ..models.whereby_transcription_type import WherebyTranscriptionType
from ..types import UNSET, Unset

_WherebyTranscriptionState_members = members(WherebyTranscriptionState)
_WherebyTranscriptionStorageType_members = members(WherebyTranscriptionStorageType)
_WherebyTranscriptionType_members = members(WherebyTranscriptionType)
_WherebyTranscriptionFinishedEventData_known = frozenset(
    {
        "roomName",
        "roomSessionId",
        "transcriptionId",
        "type",
        "status",
        "filename",
        "storageType",
        "durationInSeconds",
        "recordingId",
    }
)


@_attrs_define
class WherebyTranscriptionFinishedEventData:
    """A transcription that is ready, with where its transcript is stored.

    Attributes:
        room_name (str): Name of the transcribed room (starts with `/`).
        room_session_id (str): Id of the transcribed room session.
        transcription_id (str): Id of the transcription, as the transcriptions operations use it.
        type (WherebyTranscriptionType): Origin of a transcription; made live during the session or from a recording
            afterwards.
        status (WherebyTranscriptionState): Processing state of a transcription.
        filename (str): File name of the transcript.
        storage_type (WherebyTranscriptionStorageType): Where the transcript is stored; on Whereby's storage or on your
            own.
        duration_in_seconds (float): Transcribed (and billed) length of the audio, in seconds.
        recording_id (str | Unset): Id of the transcribed recording; only present for `RECORDING_TRANSCRIPTION`.
    """

    room_name: str
    room_session_id: str
    transcription_id: str
    type: WherebyTranscriptionType
    status: WherebyTranscriptionState
    filename: str
    storage_type: WherebyTranscriptionStorageType
    duration_in_seconds: float
    recording_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_name = self.room_name

        room_session_id = self.room_session_id

        transcription_id = self.transcription_id

        type_: Any
        if isinstance(self.type, WherebyTranscriptionType):
            type_ = self.type.value
        else:
            type_ = self.type

        status: Any
        if isinstance(self.status, WherebyTranscriptionState):
            status = self.status.value
        else:
            status = self.status

        filename = self.filename

        storage_type: Any
        if isinstance(self.storage_type, WherebyTranscriptionStorageType):
            storage_type = self.storage_type.value
        else:
            storage_type = self.storage_type

        duration_in_seconds = self.duration_in_seconds

        recording_id = self.recording_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "roomSessionId": room_session_id,
                "transcriptionId": transcription_id,
                "type": type_,
                "status": status,
                "filename": filename,
                "storageType": storage_type,
                "durationInSeconds": duration_in_seconds,
            }
        )
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 8
        try:
            _room_name_in = src_dict["roomName"]
            _room_session_id_in = src_dict["roomSessionId"]
            _transcription_id_in = src_dict["transcriptionId"]
            _type__in = src_dict["type"]
            _status_in = src_dict["status"]
            _filename_in = src_dict["filename"]
            _storage_type_in = src_dict["storageType"]
            _duration_in_seconds_in = src_dict["durationInSeconds"]
        except KeyError:
            _room_name_in = src_dict.get("roomName", MISSING)
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _transcription_id_in = src_dict.get("transcriptionId", MISSING)
            _type__in = src_dict.get("type", MISSING)
            _status_in = src_dict.get("status", MISSING)
            _filename_in = src_dict.get("filename", MISSING)
            _storage_type_in = src_dict.get("storageType", MISSING)
            _duration_in_seconds_in = src_dict.get("durationInSeconds", MISSING)
            _read = 0
        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx,
                (_at, "roomName"),
                "string",
                room_name,
                "#/components/schemas/WherebyTranscriptionEventData/properties/roomName",
            )

        room_session_id = _room_session_id_in
        if type(room_session_id) is not str:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/WherebyTranscriptionEventData/properties/roomSessionId",
            )

        transcription_id = _transcription_id_in
        if type(transcription_id) is not str:
            transcription_id = mismatch(
                _ctx,
                (_at, "transcriptionId"),
                "string",
                transcription_id,
                "#/components/schemas/WherebyTranscriptionEventData/properties/transcriptionId",
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
                "#/components/schemas/WherebyTranscriptionEventData/properties/type",
            )

        _status = _status_in
        status = _WherebyTranscriptionState_members.get(_status) if type(_status) is str else None
        if status is None:
            status = parse_enum(
                WherebyTranscriptionState,
                _status,
                _ctx,
                _at,
                "status",
                "#/components/schemas/WherebyTranscriptionEventData/properties/status",
            )

        filename = _filename_in
        if type(filename) is not str:
            filename = mismatch(
                _ctx,
                (_at, "filename"),
                "string",
                filename,
                "#/components/schemas/WherebyTranscriptionFinishedEventData/allOf/1/properties/filename",
            )

        _storage_type = _storage_type_in
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
                "#/components/schemas/WherebyTranscriptionFinishedEventData/allOf/1/properties/storageType",
            )

        duration_in_seconds = _duration_in_seconds_in
        if type(duration_in_seconds) is not float and type(duration_in_seconds) is not int:
            duration_in_seconds = mismatch(
                _ctx,
                (_at, "durationInSeconds"),
                "number",
                duration_in_seconds,
                "#/components/schemas/WherebyTranscriptionFinishedEventData/allOf/1/properties/durationInSeconds",
            )

        recording_id = src_dict.get("recordingId", UNSET)
        if type(recording_id) is not str and recording_id is not UNSET:
            recording_id = mismatch(
                _ctx,
                (_at, "recordingId"),
                "string",
                recording_id,
                "#/components/schemas/WherebyTranscriptionFinishedEventData/allOf/1/properties/recordingId",
            )

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.room_session_id = room_session_id
        _instance.transcription_id = transcription_id
        _instance.type = type_
        _instance.status = status
        _instance.filename = filename
        _instance.storage_type = storage_type
        _instance.duration_in_seconds = duration_in_seconds
        _instance.recording_id = recording_id

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyTranscriptionFinishedEventData_known:
            d = {
                key: value for key, value in src_dict.items() if key not in _WherebyTranscriptionFinishedEventData_known
            }
            unknown_fields(
                _ctx,
                _at,
                d,
                "WherebyTranscriptionFinishedEventData",
                "#/components/schemas/WherebyTranscriptionFinishedEventData",
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
