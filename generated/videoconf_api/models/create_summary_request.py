from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.whereby_summary_template import WherebySummaryTemplate
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSummaryRequest")


@_attrs_define
class CreateSummaryRequest:
    """The transcription to summarise.

    Attributes:
        transcription_id (str): Id of the transcription to summarise.
        template (WherebySummaryTemplate | Unset): Template a summary is written from (clinical SOAP notes, general
            narrative or bullets, educational).
    """

    transcription_id: str
    template: WherebySummaryTemplate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        transcription_id = self.transcription_id

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transcriptionId": transcription_id,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcription_id = d.pop("transcriptionId")

        _template = d.pop("template", UNSET)
        template: WherebySummaryTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = WherebySummaryTemplate(_template)

        _instance = cls(
            transcription_id=transcription_id,
            template=template,
        )

        return _instance
