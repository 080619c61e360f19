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
from ..models.whereby_transcription_type import WherebyTranscriptionType

_WherebyTranscriptionState_members = members(WherebyTranscriptionState)
_WherebyTranscriptionType_members = members(WherebyTranscriptionType)
_WherebyTranscriptionEventData_known = frozenset(
    {
        "roomName",
        "roomSessionId",
        "transcriptionId",
        "type",
        "status",
    }
)


@_attrs_define
class WherebyTranscriptionEventData:
    """Which transcription an event is about, and its state.

    Attributes:
        room_name (str): Name of the transcribed room (starts with `/`).
        room_session_id (str): Id of the transcribed room session.
        transcription_id (str): Id of the transcription, as the transcriptions operations use it.
        type (WherebyTranscriptionType): Origin of a transcription; made live during the session or from a recording
            afterwards.
        status (WherebyTranscriptionState): Processing state of a transcription.
    """

    room_name: str
    room_session_id: str
    transcription_id: str
    type: WherebyTranscriptionType
    status: WherebyTranscriptionState
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "roomSessionId": room_session_id,
                "transcriptionId": transcription_id,
                "type": type_,
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
        _read = 5
        try:
            _room_name_in = src_dict["roomName"]
            _room_session_id_in = src_dict["roomSessionId"]
            _transcription_id_in = src_dict["transcriptionId"]
            _type__in = src_dict["type"]
            _status_in = src_dict["status"]
        except KeyError:
            _room_name_in = src_dict.get("roomName", MISSING)
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _transcription_id_in = src_dict.get("transcriptionId", MISSING)
            _type__in = src_dict.get("type", MISSING)
            _status_in = src_dict.get("status", MISSING)
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

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.room_session_id = room_session_id
        _instance.transcription_id = transcription_id
        _instance.type = type_
        _instance.status = status

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyTranscriptionEventData_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyTranscriptionEventData_known}
            unknown_fields(
                _ctx, _at, d, "WherebyTranscriptionEventData", "#/components/schemas/WherebyTranscriptionEventData"
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
