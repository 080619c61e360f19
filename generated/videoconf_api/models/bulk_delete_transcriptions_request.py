from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulkDeleteTranscriptionsRequest")


@_attrs_define
class BulkDeleteTranscriptionsRequest:
    """Transcriptions to delete.

    Attributes:
        transcription_ids (list[str]): Ids of the transcriptions to delete.
    """

    transcription_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        transcription_ids = self.transcription_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transcriptionIds": transcription_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_ids = cast(list[str], d.pop("transcriptionIds"))

        _instance = cls(
            transcription_ids=transcription_ids,
        )

        return _instance
