from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulkDeleteRecordingsRequest")


@_attrs_define
class BulkDeleteRecordingsRequest:
    """Recordings to delete.

    Attributes:
        recording_ids (list[str]): Ids of the recordings to delete.
    """

    recording_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        recording_ids = self.recording_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recordingIds": recording_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_ids = cast(list[str], d.pop("recordingIds"))

        _instance = cls(
            recording_ids=recording_ids,
        )

        return _instance
