from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exact = self.exact

        starts_with = self.starts_with

        contains = self.contains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        _instance.additional_properties = d
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
