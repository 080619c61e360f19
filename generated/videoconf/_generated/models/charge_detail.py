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

_ChargeDetail_known = frozenset(
    {
        "description",
        "charge",
    }
)


@_attrs_define
class ChargeDetail:
    """One line of the charge breakdown of a log entry.

    Attributes:
        description (str): What was charged.
        charge (float): Amount charged for this line, in US dollars.
    """

    description: str
    charge: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        description = self.description

        charge = self.charge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "charge": charge,
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
            _description_in = src_dict["description"]
            _charge_in = src_dict["charge"]
        except KeyError:
            _description_in = src_dict.get("description", MISSING)
            _charge_in = src_dict.get("charge", MISSING)
            _read = 0
        description = _description_in
        if type(description) is not str:
            description = mismatch(
                _ctx,
                (_at, "description"),
                "string",
                description,
                "#/components/schemas/ChargeDetail/properties/description",
            )

        charge = _charge_in
        if type(charge) is not float and type(charge) is not int:
            charge = mismatch(
                _ctx, (_at, "charge"), "number", charge, "#/components/schemas/ChargeDetail/properties/charge"
            )

        _instance = new_instance(cls)
        _instance.description = description
        _instance.charge = charge

        if len(src_dict) > _read and not src_dict.keys() <= _ChargeDetail_known:
            d = {key: value for key, value in src_dict.items() if key not in _ChargeDetail_known}
            unknown_fields(_ctx, _at, d, "ChargeDetail", "#/components/schemas/ChargeDetail")
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
