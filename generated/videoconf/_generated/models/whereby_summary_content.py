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

_WherebySummaryContent_known = frozenset(
    {
        "summary",
        "SOAP",
        "extended_SOAP",
    }
)


@_attrs_define
class WherebySummaryContent:
    """The generated summary. Every template writes a `summary` text; `SOAP` adds `SOAP` and `Extended SOAP` adds
    `extended_SOAP`. Empty while the summary is in progress; keys not listed here are kept as received.

        Attributes:
            summary (str | Unset): The summary as text (paragraphs or bullet points, depending on the template).
            soap (WherebySoapNote | Unset): A clinical note in SOAP form, written by the `SOAP` template.
            extended_soap (WherebyExtendedSoapNote | Unset): A clinical note in SOAP form with the chief complaint,
                medications and allergies added, written by the `Extended SOAP` template.
    """

    summary: str | Unset = UNSET
    soap: WherebySoapNote | Unset = UNSET
    extended_soap: WherebyExtendedSoapNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        summary = self.summary

        soap: Any
        if isinstance(self.soap, WherebySoapNote | Unset):
            soap = UNSET
            if not isinstance(self.soap, Unset):
                soap = self.soap.to_dict()
        else:
            soap = self.soap

        extended_soap: Any
        if isinstance(self.extended_soap, WherebyExtendedSoapNote | Unset):
            extended_soap = UNSET
            if not isinstance(self.extended_soap, Unset):
                extended_soap = self.extended_soap.to_dict()
        else:
            extended_soap = self.extended_soap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if soap is not UNSET:
            field_dict["SOAP"] = soap
        if extended_soap is not UNSET:
            field_dict["extended_SOAP"] = extended_soap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        summary = src_dict.get("summary", UNSET)
        if type(summary) is not str and summary is not UNSET:
            summary = mismatch(
                _ctx,
                (_at, "summary"),
                "string",
                summary,
                "#/components/schemas/WherebySummaryContent/properties/summary",
            )

        soap = src_dict.get("SOAP", UNSET)
        if isinstance(soap, dict):
            soap = WherebySoapNote.from_dict(soap, _ctx, (_at, "SOAP"))
        elif soap is not UNSET:
            soap = mismatch(
                _ctx,
                (_at, "SOAP"),
                "WherebySoapNote",
                soap,
                "#/components/schemas/WherebySummaryContent/properties/SOAP",
            )

        extended_soap = src_dict.get("extended_SOAP", UNSET)
        if isinstance(extended_soap, dict):
            extended_soap = WherebyExtendedSoapNote.from_dict(extended_soap, _ctx, (_at, "extended_SOAP"))
        elif extended_soap is not UNSET:
            extended_soap = mismatch(
                _ctx,
                (_at, "extended_SOAP"),
                "WherebyExtendedSoapNote",
                extended_soap,
                "#/components/schemas/WherebySummaryContent/properties/extended_SOAP",
            )

        _instance = new_instance(cls)
        _instance.summary = summary
        _instance.soap = soap
        _instance.extended_soap = extended_soap

        if not src_dict.keys() <= _WherebySummaryContent_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebySummaryContent_known}
            unknown_fields(_ctx, _at, d, "WherebySummaryContent", "#/components/schemas/WherebySummaryContent")
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


from ..models.whereby_extended_soap_note import WherebyExtendedSoapNote  # noqa: E402
from ..models.whereby_soap_note import WherebySoapNote  # noqa: E402
