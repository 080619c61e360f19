from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
)

T = TypeVar("T", bound="MeetingRoomNameFilter")


@_attrs_define
class MeetingRoomNameFilter:
    """Room-name filter of the meetings list.

    Attributes:
        starts_with (str): Room name must start with this (for example `/customer`).
    """

    starts_with: str

    def to_dict(self) -> dict[str, Any]:
        starts_with = self.starts_with

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startsWith": starts_with,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> T:
        d = dict(src_dict)
        starts_with = d.pop("startsWith", MISSING)
        if type(starts_with) is not str:
            starts_with = mismatch(_ctx, (_at, "startsWith"), "string", starts_with)

        _instance = cls(
            starts_with,
        )

        return _instance
