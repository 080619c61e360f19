from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
)


@_attrs_define
class CreateTranscriptionRequest:
    """The recording to transcribe.

    Attributes:
        recording_id (str): Id of the recording to transcribe.
    """

    recording_id: str

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        recording_id = self.recording_id

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "recordingId": recording_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _recording_id_in = src_dict["recordingId"]
        except KeyError:
            _recording_id_in = src_dict.get("recordingId", MISSING)
            _read = 0
        recording_id = _recording_id_in
        if type(recording_id) is not str:
            recording_id = mismatch(
                _ctx,
                (_at, "recordingId"),
                "string",
                recording_id,
                "#/components/schemas/CreateTranscriptionRequest/properties/recordingId",
            )

        _instance = new_instance(cls)
        _instance.recording_id = recording_id

        return _instance
