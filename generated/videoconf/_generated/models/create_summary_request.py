from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    members,
    mismatch,
    new_instance,
    parse_enum,
)

from ..models.whereby_summary_template import WherebySummaryTemplate
from ..types import UNSET, Unset

_WherebySummaryTemplate_members = members(WherebySummaryTemplate)


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
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        transcription_id = self.transcription_id

        template: Any
        if isinstance(self.template, WherebySummaryTemplate | Unset):
            template = UNSET
            if not isinstance(self.template, Unset):
                template = self.template.value
        else:
            template = self.template

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _transcription_id_in = src_dict["transcriptionId"]
        except KeyError:
            _transcription_id_in = src_dict.get("transcriptionId", MISSING)
            _read = 0
        transcription_id = _transcription_id_in
        if type(transcription_id) is not str:
            transcription_id = mismatch(
                _ctx,
                (_at, "transcriptionId"),
                "string",
                transcription_id,
                "#/components/schemas/CreateSummaryRequest/properties/transcriptionId",
            )

        _template = src_dict.get("template", UNSET)
        if _template is UNSET:
            template = UNSET
        else:
            template = _WherebySummaryTemplate_members.get(_template) if type(_template) is str else None
            if template is None:
                template = parse_enum(
                    WherebySummaryTemplate,
                    _template,
                    _ctx,
                    _at,
                    "template",
                    "#/components/schemas/CreateSummaryRequest/properties/template",
                )

        _instance = new_instance(cls)
        _instance.transcription_id = transcription_id
        _instance.template = template

        return _instance
