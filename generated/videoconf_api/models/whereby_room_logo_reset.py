from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.whereby_room_logo_theme import WherebyRoomLogoTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="WherebyRoomLogoReset")


@_attrs_define
class WherebyRoomLogoReset:
    """JSON body that resets the room logo to the default.

    Attributes:
        theme (WherebyRoomLogoTheme | Unset): Logo preset; only `default` exists.
    """

    theme: WherebyRoomLogoTheme | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _theme = d.pop("theme", UNSET)
        theme: WherebyRoomLogoTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = WherebyRoomLogoTheme(_theme)

        _instance = cls(
            theme=theme,
        )

        return _instance
