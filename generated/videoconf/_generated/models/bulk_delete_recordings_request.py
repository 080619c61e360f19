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
class BulkDeleteRecordingsRequest:
    """Recordings to delete.

    Attributes:
        recording_ids (list[str]): Ids of the recordings to delete.
    """

    recording_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        recording_ids: Any
        if isinstance(self.recording_ids, list):
            recording_ids = self.recording_ids
        else:
            recording_ids = self.recording_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "recordingIds": recording_ids,
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
            _recording_ids_in = src_dict["recordingIds"]
        except KeyError:
            _recording_ids_in = src_dict.get("recordingIds", MISSING)
            _read = 0
        recording_ids = _recording_ids = _recording_ids_in
        if isinstance(_recording_ids, list):
            recording_ids = []
            _recording_ids_at = (_at, "recordingIds")
            for _recording_ids_index, _recording_ids_item in enumerate(_recording_ids):
                recording_ids_item = _recording_ids_item
                if type(recording_ids_item) is not str:
                    recording_ids_item = mismatch(
                        _ctx,
                        (_recording_ids_at, _recording_ids_index),
                        "string",
                        recording_ids_item,
                        "#/components/schemas/BulkDeleteRecordingsRequest/properties/recordingIds/items",
                    )
                recording_ids.append(recording_ids_item)
        else:
            recording_ids = mismatch(
                _ctx,
                (_at, "recordingIds"),
                "array",
                _recording_ids,
                "#/components/schemas/BulkDeleteRecordingsRequest/properties/recordingIds",
            )

        _instance = new_instance(cls)
        _instance.recording_ids = recording_ids

        return _instance
