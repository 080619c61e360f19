from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    members,
    parse_enum,
)

from ..models.whereby_room_logo_theme import WherebyRoomLogoTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="WherebyRoomLogoReset")

_WherebyRoomLogoTheme_members = members(WherebyRoomLogoTheme)


@_attrs_define
class WherebyRoomLogoReset:
    """JSON body that resets the room logo to the default.

    Attributes:
        theme (WherebyRoomLogoTheme | Unset): Logo preset; only `default` exists.
    """

    theme: WherebyRoomLogoTheme | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        theme: Any
        if isinstance(self.theme, WherebyRoomLogoTheme | Unset):
            theme = UNSET
            if not isinstance(self.theme, Unset):
                theme = self.theme.value

        else:
            theme = self.theme

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> T:
        d = dict(src_dict)
        _theme = d.pop("theme", UNSET)
        if _theme is UNSET:
            theme = UNSET
        else:
            theme = _WherebyRoomLogoTheme_members.get(_theme) if type(_theme) is str else None
            if theme is None:
                theme = parse_enum(
                    WherebyRoomLogoTheme,
                    _theme,
                    _ctx,
                    _at,
                    "theme",
                    "#/components/schemas/WherebyRoomLogoReset/properties/theme",
                )

        _instance = cls(
            theme,
        )

        return _instance
