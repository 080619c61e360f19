from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whereby_transcription_state import WherebyTranscriptionState
from ..models.whereby_transcription_type import WherebyTranscriptionType

T = TypeVar("T", bound="WherebyTranscriptionFailedEventData")


@_attrs_define
class WherebyTranscriptionFailedEventData:
    """A transcription that could not be produced.

    Attributes:
        room_name (str): Name of the transcribed room (starts with `/`).
        room_session_id (str): Id of the transcribed room session.
        transcription_id (str): Id of the transcription, as the transcriptions operations use it.
        type_ (WherebyTranscriptionType): Origin of a transcription; made live during the session or from a recording
            afterwards.
        status (WherebyTranscriptionState): Processing state of a transcription.
        error (str): Why the transcription failed, in words meant for people.
    """

    room_name: str
    room_session_id: str
    transcription_id: str
    type_: WherebyTranscriptionType
    status: WherebyTranscriptionState
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        room_session_id = self.room_session_id

        transcription_id = self.transcription_id

        type_ = self.type_.value

        status = self.status.value

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "roomSessionId": room_session_id,
                "transcriptionId": transcription_id,
                "type": type_,
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("roomName")

        room_session_id = d.pop("roomSessionId")

        transcription_id = d.pop("transcriptionId")

        type_ = WherebyTranscriptionType(d.pop("type"))

        status = WherebyTranscriptionState(d.pop("status"))

        error = d.pop("error")

        _instance = cls(
            room_name=room_name,
            room_session_id=room_session_id,
            transcription_id=transcription_id,
            type_=type_,
            status=status,
            error=error,
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
