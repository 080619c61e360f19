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

from ..models.whereby_room_logo_theme import WherebyRoomLogoTheme
from ..types import UNSET, Unset

_WherebyRoomLogoTheme_members = members(WherebyRoomLogoTheme)


@_attrs_define
class WherebyRoomLogoReset:
    """JSON body that resets the room logo to the default.

    Attributes:
        theme (WherebyRoomLogoTheme | Unset): Logo preset; only `default` exists.
    """

    theme: WherebyRoomLogoTheme | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _theme = src_dict.get("theme", UNSET)
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

        _instance = new_instance(cls)
        _instance.theme = theme

        return _instance
