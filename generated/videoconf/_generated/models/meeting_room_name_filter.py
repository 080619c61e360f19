from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
)


@_attrs_define
class MeetingRoomNameFilter:
    """Room-name filter of the meetings list.

    Attributes:
        starts_with (str): Room name must start with this (for example `/customer`).
    """

    starts_with: str

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        starts_with = self.starts_with

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "startsWith": starts_with,
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
            _starts_with_in = src_dict["startsWith"]
        except KeyError:
            _starts_with_in = src_dict.get("startsWith", MISSING)
            _read = 0
        starts_with = _starts_with_in
        if type(starts_with) is not str:
            starts_with = mismatch(
                _ctx,
                (_at, "startsWith"),
                "string",
                starts_with,
                "#/components/schemas/MeetingRoomNameFilter/properties/startsWith",
            )

        _instance = new_instance(cls)
        _instance.starts_with = starts_with

        return _instance
