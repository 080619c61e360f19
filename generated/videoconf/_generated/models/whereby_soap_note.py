from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
    unknown_fields,
)

from ..types import UNSET, Unset

_WherebySoapNote_known = frozenset(
    {
        "subjective",
        "objective",
        "assessment",
        "plan",
    }
)


@_attrs_define
class WherebySoapNote:
    """A clinical note in SOAP form, written by the `SOAP` template.

    Attributes:
        subjective (str | Unset): What the patient reports.
        objective (str | Unset): What was observed or measured.
        assessment (str | Unset): The clinician's assessment.
        plan (str | Unset): The agreed plan.
    """

    subjective: str | Unset = UNSET
    objective: str | Unset = UNSET
    assessment: str | Unset = UNSET
    plan: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        subjective = self.subjective

        objective = self.objective

        assessment = self.assessment

        plan = self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subjective is not UNSET:
            field_dict["subjective"] = subjective
        if objective is not UNSET:
            field_dict["objective"] = objective
        if assessment is not UNSET:
            field_dict["assessment"] = assessment
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        subjective = src_dict.get("subjective", UNSET)
        if type(subjective) is not str and subjective is not UNSET:
            subjective = mismatch(
                _ctx,
                (_at, "subjective"),
                "string",
                subjective,
                "#/components/schemas/WherebySoapNote/properties/subjective",
            )

        objective = src_dict.get("objective", UNSET)
        if type(objective) is not str and objective is not UNSET:
            objective = mismatch(
                _ctx,
                (_at, "objective"),
                "string",
                objective,
                "#/components/schemas/WherebySoapNote/properties/objective",
            )

        assessment = src_dict.get("assessment", UNSET)
        if type(assessment) is not str and assessment is not UNSET:
            assessment = mismatch(
                _ctx,
                (_at, "assessment"),
                "string",
                assessment,
                "#/components/schemas/WherebySoapNote/properties/assessment",
            )

        plan = src_dict.get("plan", UNSET)
        if type(plan) is not str and plan is not UNSET:
            plan = mismatch(_ctx, (_at, "plan"), "string", plan, "#/components/schemas/WherebySoapNote/properties/plan")

        _instance = new_instance(cls)
        _instance.subjective = subjective
        _instance.objective = objective
        _instance.assessment = assessment
        _instance.plan = plan

        if not src_dict.keys() <= _WherebySoapNote_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebySoapNote_known}
            unknown_fields(_ctx, _at, d, "WherebySoapNote", "#/components/schemas/WherebySoapNote")
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
