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

_WherebyExtendedSoapNote_known = frozenset(
    {
        "chief_complaint",
        "subjective",
        "medications",
        "allergies",
        "objective",
        "assessment",
        "plan",
    }
)


@_attrs_define
class WherebyExtendedSoapNote:
    """A clinical note in SOAP form with the chief complaint, medications and allergies added, written by the `Extended
    SOAP` template.

        Attributes:
            chief_complaint (str | Unset): The main reason for the consultation.
            subjective (str | Unset): What the patient reports.
            medications (str | Unset): Medications mentioned.
            allergies (str | Unset): Allergies mentioned.
            objective (str | Unset): What was observed or measured.
            assessment (str | Unset): The clinician's assessment.
            plan (str | Unset): The agreed plan.
    """

    chief_complaint: str | Unset = UNSET
    subjective: str | Unset = UNSET
    medications: str | Unset = UNSET
    allergies: str | Unset = UNSET
    objective: str | Unset = UNSET
    assessment: str | Unset = UNSET
    plan: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        chief_complaint = self.chief_complaint

        subjective = self.subjective

        medications = self.medications

        allergies = self.allergies

        objective = self.objective

        assessment = self.assessment

        plan = self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chief_complaint is not UNSET:
            field_dict["chief_complaint"] = chief_complaint
        if subjective is not UNSET:
            field_dict["subjective"] = subjective
        if medications is not UNSET:
            field_dict["medications"] = medications
        if allergies is not UNSET:
            field_dict["allergies"] = allergies
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
        chief_complaint = src_dict.get("chief_complaint", UNSET)
        if type(chief_complaint) is not str and chief_complaint is not UNSET:
            chief_complaint = mismatch(
                _ctx,
                (_at, "chief_complaint"),
                "string",
                chief_complaint,
                "#/components/schemas/WherebyExtendedSoapNote/properties/chief_complaint",
            )

        subjective = src_dict.get("subjective", UNSET)
        if type(subjective) is not str and subjective is not UNSET:
            subjective = mismatch(
                _ctx,
                (_at, "subjective"),
                "string",
                subjective,
                "#/components/schemas/WherebyExtendedSoapNote/properties/subjective",
            )

        medications = src_dict.get("medications", UNSET)
        if type(medications) is not str and medications is not UNSET:
            medications = mismatch(
                _ctx,
                (_at, "medications"),
                "string",
                medications,
                "#/components/schemas/WherebyExtendedSoapNote/properties/medications",
            )

        allergies = src_dict.get("allergies", UNSET)
        if type(allergies) is not str and allergies is not UNSET:
            allergies = mismatch(
                _ctx,
                (_at, "allergies"),
                "string",
                allergies,
                "#/components/schemas/WherebyExtendedSoapNote/properties/allergies",
            )

        objective = src_dict.get("objective", UNSET)
        if type(objective) is not str and objective is not UNSET:
            objective = mismatch(
                _ctx,
                (_at, "objective"),
                "string",
                objective,
                "#/components/schemas/WherebyExtendedSoapNote/properties/objective",
            )

        assessment = src_dict.get("assessment", UNSET)
        if type(assessment) is not str and assessment is not UNSET:
            assessment = mismatch(
                _ctx,
                (_at, "assessment"),
                "string",
                assessment,
                "#/components/schemas/WherebyExtendedSoapNote/properties/assessment",
            )

        plan = src_dict.get("plan", UNSET)
        if type(plan) is not str and plan is not UNSET:
            plan = mismatch(
                _ctx, (_at, "plan"), "string", plan, "#/components/schemas/WherebyExtendedSoapNote/properties/plan"
            )

        _instance = new_instance(cls)
        _instance.chief_complaint = chief_complaint
        _instance.subjective = subjective
        _instance.medications = medications
        _instance.allergies = allergies
        _instance.objective = objective
        _instance.assessment = assessment
        _instance.plan = plan

        if not src_dict.keys() <= _WherebyExtendedSoapNote_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyExtendedSoapNote_known}
            unknown_fields(_ctx, _at, d, "WherebyExtendedSoapNote", "#/components/schemas/WherebyExtendedSoapNote")
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
