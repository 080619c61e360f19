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
class BulkDeleteTranscriptionsRequest:
    """Transcriptions to delete.

    Attributes:
        transcription_ids (list[str]): Ids of the transcriptions to delete.
    """

    transcription_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        transcription_ids: Any
        if isinstance(self.transcription_ids, list):
            transcription_ids = self.transcription_ids
        else:
            transcription_ids = self.transcription_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "transcriptionIds": transcription_ids,
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
            _transcription_ids_in = src_dict["transcriptionIds"]
        except KeyError:
            _transcription_ids_in = src_dict.get("transcriptionIds", MISSING)
            _read = 0
        transcription_ids = _transcription_ids = _transcription_ids_in
        if isinstance(_transcription_ids, list):
            transcription_ids = []
            _transcription_ids_at = (_at, "transcriptionIds")
            for _transcription_ids_index, _transcription_ids_item in enumerate(_transcription_ids):
                transcription_ids_item = _transcription_ids_item
                if type(transcription_ids_item) is not str:
                    transcription_ids_item = mismatch(
                        _ctx,
                        (_transcription_ids_at, _transcription_ids_index),
                        "string",
                        transcription_ids_item,
                        "#/components/schemas/BulkDeleteTranscriptionsRequest/properties/transcriptionIds/items",
                    )
                transcription_ids.append(transcription_ids_item)
        else:
            transcription_ids = mismatch(
                _ctx,
                (_at, "transcriptionIds"),
                "array",
                _transcription_ids,
                "#/components/schemas/BulkDeleteTranscriptionsRequest/properties/transcriptionIds",
            )

        _instance = new_instance(cls)
        _instance.transcription_ids = transcription_ids

        return _instance
