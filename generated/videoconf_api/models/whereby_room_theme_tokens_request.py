from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.whereby_theme_tokens_preset import WherebyThemeTokensPreset
from ..types import UNSET, Unset

T = TypeVar("T", bound="WherebyRoomThemeTokensRequest")


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
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        tokens_preset: str | Unset = UNSET
        if not isinstance(self.tokens_preset, Unset):
            tokens_preset = self.tokens_preset.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if tokens_preset is not UNSET:
            field_dict["tokensPreset"] = tokens_preset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tokens = d.pop("tokens", UNSET)
        tokens: WherebyRoomThemeTokens | Unset
        if isinstance(_tokens, Unset):
            tokens = UNSET
        else:
            tokens = WherebyRoomThemeTokens.from_dict(_tokens)

        _tokens_preset = d.pop("tokensPreset", UNSET)
        tokens_preset: WherebyThemeTokensPreset | Unset
        if isinstance(_tokens_preset, Unset):
            tokens_preset = UNSET
        else:
            tokens_preset = WherebyThemeTokensPreset(_tokens_preset)

        _instance = cls(
            tokens=tokens,
            tokens_preset=tokens_preset,
        )

        return _instance


from ..models.whereby_room_theme_tokens import WherebyRoomThemeTokens  # noqa: E402
