from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    members,
    new_instance,
    parse_enum,
)

from ..models.whereby_room_background_palette import WherebyRoomBackgroundPalette
from ..models.whereby_room_background_theme import WherebyRoomBackgroundTheme
from ..types import UNSET, Unset

_WherebyRoomBackgroundPalette_members = members(WherebyRoomBackgroundPalette)
_WherebyRoomBackgroundTheme_members = members(WherebyRoomBackgroundTheme)


@_attrs_define
class WherebyRoomBackgroundPreset:
    """JSON body that picks one of Whereby's preset background colours and images.

    Attributes:
        palette (WherebyRoomBackgroundPalette | Unset): Preset background colour.
        theme (WherebyRoomBackgroundTheme | Unset): Preset background image.
    """

    palette: WherebyRoomBackgroundPalette | Unset = UNSET
    theme: WherebyRoomBackgroundTheme | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        palette: Any
        if isinstance(self.palette, WherebyRoomBackgroundPalette | Unset):
            palette = UNSET
            if not isinstance(self.palette, Unset):
                palette = self.palette.value
        else:
            palette = self.palette

        theme: Any
        if isinstance(self.theme, WherebyRoomBackgroundTheme | Unset):
            theme = UNSET
            if not isinstance(self.theme, Unset):
                theme = self.theme.value
        else:
            theme = self.theme

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if palette is not UNSET:
            field_dict["palette"] = palette
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _palette = src_dict.get("palette", UNSET)
        if _palette is UNSET:
            palette = UNSET
        else:
            palette = _WherebyRoomBackgroundPalette_members.get(_palette) if type(_palette) is str else None
            if palette is None:
                palette = parse_enum(
                    WherebyRoomBackgroundPalette,
                    _palette,
                    _ctx,
                    _at,
                    "palette",
                    "#/components/schemas/WherebyRoomBackgroundPreset/properties/palette",
                )

        _theme = src_dict.get("theme", UNSET)
        if _theme is UNSET:
            theme = UNSET
        else:
            theme = _WherebyRoomBackgroundTheme_members.get(_theme) if type(_theme) is str else None
            if theme is None:
                theme = parse_enum(
                    WherebyRoomBackgroundTheme,
                    _theme,
                    _ctx,
                    _at,
                    "theme",
                    "#/components/schemas/WherebyRoomBackgroundPreset/properties/theme",
                )

        _instance = new_instance(cls)
        _instance.palette = palette
        _instance.theme = theme

        return _instance
