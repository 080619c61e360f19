from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsightsRoomNameFilter")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exact = d.pop("exact", UNSET)

        starts_with = d.pop("startsWith", UNSET)

        contains = d.pop("contains", UNSET)

        _instance = cls(
            exact=exact,
            starts_with=starts_with,
            contains=contains,
        )

        return _instance
