from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    members,
    mismatch,
    new_instance,
    parse_enum,
)

from ..models.whereby_theme_tokens_preset import WherebyThemeTokensPreset
from ..types import UNSET, Unset

_WherebyThemeTokensPreset_members = members(WherebyThemeTokensPreset)


@_attrs_define
class WherebyRoomThemeTokensRequest:
    """Room colours, or a reset to the organisation's colours.

    Attributes:
        tokens (WherebyRoomThemeTokens | Unset): Theme tokens of a room.
        tokens_preset (WherebyThemeTokensPreset | Unset): `custom` applies the given colours; `default` (or leaving it
            out) uses the organisation's colours.
    """

    tokens: WherebyRoomThemeTokens | Unset = UNSET
    tokens_preset: WherebyThemeTokensPreset | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        tokens: Any
        if isinstance(self.tokens, WherebyRoomThemeTokens | Unset):
            tokens = UNSET
            if not isinstance(self.tokens, Unset):
                tokens = self.tokens.to_dict()
        else:
            tokens = self.tokens

        tokens_preset: Any
        if isinstance(self.tokens_preset, WherebyThemeTokensPreset | Unset):
            tokens_preset = UNSET
            if not isinstance(self.tokens_preset, Unset):
                tokens_preset = self.tokens_preset.value
        else:
            tokens_preset = self.tokens_preset

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if tokens_preset is not UNSET:
            field_dict["tokensPreset"] = tokens_preset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        tokens = src_dict.get("tokens", UNSET)
        if isinstance(tokens, dict):
            tokens = WherebyRoomThemeTokens.from_dict(tokens, _ctx, (_at, "tokens"))
        elif tokens is not UNSET:
            tokens = mismatch(
                _ctx,
                (_at, "tokens"),
                "WherebyRoomThemeTokens",
                tokens,
                "#/components/schemas/WherebyRoomThemeTokensRequest/properties/tokens",
            )

        _tokens_preset = src_dict.get("tokensPreset", UNSET)
        if _tokens_preset is UNSET:
            tokens_preset = UNSET
        else:
            tokens_preset = (
                _WherebyThemeTokensPreset_members.get(_tokens_preset) if type(_tokens_preset) is str else None
            )
            if tokens_preset is None:
                tokens_preset = parse_enum(
                    WherebyThemeTokensPreset,
                    _tokens_preset,
                    _ctx,
                    _at,
                    "tokensPreset",
                    "#/components/schemas/WherebyRoomThemeTokensRequest/properties/tokensPreset",
                )

        _instance = new_instance(cls)
        _instance.tokens = tokens
        _instance.tokens_preset = tokens_preset

        return _instance


from ..models.whereby_room_theme_tokens import WherebyRoomThemeTokens  # noqa: E402
