from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
    unknown_fields,
)

_MeetingDialInPhoneNumber_known = frozenset(
    {
        "countryCode",
        "phoneNumber",
    }
)


@_attrs_define
class MeetingDialInPhoneNumber:
    """One telephone number for dial-in. A `tel:` link of the form `tel:<phoneNumber>,<code>` dials it and enters the code
    after a pause.

        Attributes:
            country_code (str): Country of the number, as a two-letter code (for example `US`).
            phone_number (str): The number to dial, formatted as Whereby sends it (for example `111-867-5309`).
    """

    country_code: str
    phone_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        country_code = self.country_code

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 2
        try:
            _country_code_in = src_dict["countryCode"]
            _phone_number_in = src_dict["phoneNumber"]
        except KeyError:
            _country_code_in = src_dict.get("countryCode", MISSING)
            _phone_number_in = src_dict.get("phoneNumber", MISSING)
            _read = 0
        country_code = _country_code_in
        if type(country_code) is not str:
            country_code = mismatch(
                _ctx,
                (_at, "countryCode"),
                "string",
                country_code,
                "#/components/schemas/MeetingDialInPhoneNumber/properties/countryCode",
            )

        phone_number = _phone_number_in
        if type(phone_number) is not str:
            phone_number = mismatch(
                _ctx,
                (_at, "phoneNumber"),
                "string",
                phone_number,
                "#/components/schemas/MeetingDialInPhoneNumber/properties/phoneNumber",
            )

        _instance = new_instance(cls)
        _instance.country_code = country_code
        _instance.phone_number = phone_number

        if len(src_dict) > _read and not src_dict.keys() <= _MeetingDialInPhoneNumber_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingDialInPhoneNumber_known}
            unknown_fields(_ctx, _at, d, "MeetingDialInPhoneNumber", "#/components/schemas/MeetingDialInPhoneNumber")
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
