from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
    unknown_fields,
)

_RoomToken_known = frozenset(
    {
        "token",
    }
)


@_attrs_define
class RoomToken:
    """A freshly issued room token.

    Attributes:
        token (str): The token to hand to a client SDK so it can join the room.
    """

    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _token_in = src_dict["token"]
        except KeyError:
            _token_in = src_dict.get("token", MISSING)
            _read = 0
        token = _token_in
        if type(token) is not str:
            token = mismatch(_ctx, (_at, "token"), "string", token, "#/components/schemas/RoomToken/properties/token")

        _instance = new_instance(cls)
        _instance.token = token

        if len(src_dict) > _read and not src_dict.keys() <= _RoomToken_known:
            d = {key: value for key, value in src_dict.items() if key not in _RoomToken_known}
            unknown_fields(_ctx, _at, d, "RoomToken", "#/components/schemas/RoomToken")
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
