from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="InsightsCreatedAtFilter")


@_attrs_define
class InsightsCreatedAtFilter:
    """Room creation-time window; either bound may be left out.

    Attributes:
        from_ (datetime.datetime | Unset): Only rooms created at or after this time.
        to (datetime.datetime | Unset): Only rooms created at or before this time.
    """

    from_: datetime.datetime | Unset = UNSET
    to: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = format_datetime(self.from_)

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = format_datetime(self.to)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = parse_datetime(_from_, "from")

        _to = d.pop("to", UNSET)
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = parse_datetime(_to, "to")

        _instance = cls(
            from_=from_,
            to=to,
        )

        return _instance
