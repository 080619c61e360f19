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

_WherebyRateLimitData_known = frozenset(
    {
        "msLeft",
    }
)


@_attrs_define
class WherebyRateLimitData:
    """Details of the active rate limit.

    Attributes:
        ms_left (int | Unset): Milliseconds until requests are accepted again.
    """

    ms_left: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        ms_left = self.ms_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ms_left is not UNSET:
            field_dict["msLeft"] = ms_left

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        ms_left = src_dict.get("msLeft", UNSET)
        if type(ms_left) is not int and ms_left is not UNSET:
            ms_left = mismatch(
                _ctx, (_at, "msLeft"), "integer", ms_left, "#/components/schemas/WherebyRateLimitData/properties/msLeft"
            )

        _instance = new_instance(cls)
        _instance.ms_left = ms_left

        if not src_dict.keys() <= _WherebyRateLimitData_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyRateLimitData_known}
            unknown_fields(_ctx, _at, d, "WherebyRateLimitData", "#/components/schemas/WherebyRateLimitData")
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
