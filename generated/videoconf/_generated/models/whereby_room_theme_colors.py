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

_WherebyRoomThemeColors_known = frozenset(
    {
        "primary",
        "secondary",
        "focus",
    }
)


@_attrs_define
class WherebyRoomThemeColors:
    """Room colours as `#RRGGBB` hex codes.

    Attributes:
        primary (str | Unset): Primary colour (hex).
        secondary (str | Unset): Secondary colour (hex).
        focus (str | Unset): Colour of focus outlines (hex).
    """

    primary: str | Unset = UNSET
    secondary: str | Unset = UNSET
    focus: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        primary = self.primary

        secondary = self.secondary

        focus = self.focus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if focus is not UNSET:
            field_dict["focus"] = focus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        primary = src_dict.get("primary", UNSET)
        if type(primary) is not str and primary is not UNSET:
            primary = mismatch(
                _ctx,
                (_at, "primary"),
                "string",
                primary,
                "#/components/schemas/WherebyRoomThemeColors/properties/primary",
            )

        secondary = src_dict.get("secondary", UNSET)
        if type(secondary) is not str and secondary is not UNSET:
            secondary = mismatch(
                _ctx,
                (_at, "secondary"),
                "string",
                secondary,
                "#/components/schemas/WherebyRoomThemeColors/properties/secondary",
            )

        focus = src_dict.get("focus", UNSET)
        if type(focus) is not str and focus is not UNSET:
            focus = mismatch(
                _ctx, (_at, "focus"), "string", focus, "#/components/schemas/WherebyRoomThemeColors/properties/focus"
            )

        _instance = new_instance(cls)
        _instance.primary = primary
        _instance.secondary = secondary
        _instance.focus = focus

        if not src_dict.keys() <= _WherebyRoomThemeColors_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyRoomThemeColors_known}
            unknown_fields(_ctx, _at, d, "WherebyRoomThemeColors", "#/components/schemas/WherebyRoomThemeColors")
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
