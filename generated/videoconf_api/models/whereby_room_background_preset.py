from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.whereby_room_background_palette import WherebyRoomBackgroundPalette
from ..models.whereby_room_background_theme import WherebyRoomBackgroundTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="WherebyRoomBackgroundPreset")


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
        palette: str | Unset = UNSET
        if not isinstance(self.palette, Unset):
            palette = self.palette.value

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if palette is not UNSET:
            field_dict["palette"] = palette
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _palette = d.pop("palette", UNSET)
        palette: WherebyRoomBackgroundPalette | Unset
        if isinstance(_palette, Unset):
            palette = UNSET
        else:
            palette = WherebyRoomBackgroundPalette(_palette)

        _theme = d.pop("theme", UNSET)
        theme: WherebyRoomBackgroundTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = WherebyRoomBackgroundTheme(_theme)

        _instance = cls(
            palette=palette,
            theme=theme,
        )

        return _instance
