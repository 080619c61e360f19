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

_WherebyRoomThemeTokens_known = frozenset(
    {
        "colors",
    }
)


@_attrs_define
class WherebyRoomThemeTokens:
    """Theme tokens of a room.

    Attributes:
        colors (WherebyRoomThemeColors | Unset): Room colours as `#RRGGBB` hex codes.
    """

    colors: WherebyRoomThemeColors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        colors: Any
        if isinstance(self.colors, WherebyRoomThemeColors | Unset):
            colors = UNSET
            if not isinstance(self.colors, Unset):
                colors = self.colors.to_dict()
        else:
            colors = self.colors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if colors is not UNSET:
            field_dict["colors"] = colors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        colors = src_dict.get("colors", UNSET)
        if isinstance(colors, dict):
            colors = WherebyRoomThemeColors.from_dict(colors, _ctx, (_at, "colors"))
        elif colors is not UNSET:
            colors = mismatch(
                _ctx,
                (_at, "colors"),
                "WherebyRoomThemeColors",
                colors,
                "#/components/schemas/WherebyRoomThemeTokens/properties/colors",
            )

        _instance = new_instance(cls)
        _instance.colors = colors

        if not src_dict.keys() <= _WherebyRoomThemeTokens_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyRoomThemeTokens_known}
            unknown_fields(_ctx, _at, d, "WherebyRoomThemeTokens", "#/components/schemas/WherebyRoomThemeTokens")
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


from ..models.whereby_room_theme_colors import WherebyRoomThemeColors  # noqa: E402
