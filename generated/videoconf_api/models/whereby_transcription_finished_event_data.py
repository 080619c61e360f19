from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whereby_transcription_state import WherebyTranscriptionState
from ..models.whereby_transcription_storage_type import WherebyTranscriptionStorageType
from ..models.whereby_transcription_type import WherebyTranscriptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WherebyTranscriptionFinishedEventData")


@_attrs_define
class WherebyTranscriptionFinishedEventData:
    """A transcription that is ready, with where its transcript is stored.

    Attributes:
        room_name (str): Name of the transcribed room (starts with `/`).
        room_session_id (str): Id of the transcribed room session.
        transcription_id (str): Id of the transcription, as the transcriptions operations use it.
        type_ (WherebyTranscriptionType): Origin of a transcription; made live during the session or from a recording
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
    type_: WherebyTranscriptionType
    status: WherebyTranscriptionState
    filename: str
    storage_type: WherebyTranscriptionStorageType
    duration_in_seconds: float
    recording_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        room_session_id = self.room_session_id

        transcription_id = self.transcription_id

        type_ = self.type_.value

        status = self.status.value

        filename = self.filename

        storage_type = self.storage_type.value

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("roomName")

        room_session_id = d.pop("roomSessionId")

        transcription_id = d.pop("transcriptionId")

        type_ = WherebyTranscriptionType(d.pop("type"))

        status = WherebyTranscriptionState(d.pop("status"))

        filename = d.pop("filename")

        storage_type = WherebyTranscriptionStorageType(d.pop("storageType"))

        duration_in_seconds = d.pop("durationInSeconds")

        recording_id = d.pop("recordingId", UNSET)

        _instance = cls(
            room_name=room_name,
            room_session_id=room_session_id,
            transcription_id=transcription_id,
            type_=type_,
            status=status,
            filename=filename,
            storage_type=storage_type,
            duration_in_seconds=duration_in_seconds,
            recording_id=recording_id,
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
