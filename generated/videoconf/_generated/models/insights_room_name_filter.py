from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
)

from ..types import UNSET, Unset


@_attrs_define
class InsightsRoomNameFilter:
    """Room-name filter; give one of the matching modes.

    Attributes:
        exact (str | Unset): Room name must equal this (for example `/4b3bd908-cb88-11ec-9d64-0242ac120002`).
        starts_with (str | Unset): Room name must start with this (for example `/standup`).
        contains (str | Unset): Room name must contain this.
    """

    exact: str | Unset = UNSET
    starts_with: str | Unset = UNSET
    contains: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        exact = self.exact

        starts_with = self.starts_with

        contains = self.contains

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if exact is not UNSET:
            field_dict["exact"] = exact
        if starts_with is not UNSET:
            field_dict["startsWith"] = starts_with
        if contains is not UNSET:
            field_dict["contains"] = contains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        exact = src_dict.get("exact", UNSET)
        if type(exact) is not str and exact is not UNSET:
            exact = mismatch(
                _ctx, (_at, "exact"), "string", exact, "#/components/schemas/InsightsRoomNameFilter/properties/exact"
            )

        starts_with = src_dict.get("startsWith", UNSET)
        if type(starts_with) is not str and starts_with is not UNSET:
            starts_with = mismatch(
                _ctx,
                (_at, "startsWith"),
                "string",
                starts_with,
                "#/components/schemas/InsightsRoomNameFilter/properties/startsWith",
            )

        contains = src_dict.get("contains", UNSET)
        if type(contains) is not str and contains is not UNSET:
            contains = mismatch(
                _ctx,
                (_at, "contains"),
                "string",
                contains,
                "#/components/schemas/InsightsRoomNameFilter/properties/contains",
            )

        _instance = new_instance(cls)
        _instance.exact = exact
        _instance.starts_with = starts_with
        _instance.contains = contains

        return _instance
