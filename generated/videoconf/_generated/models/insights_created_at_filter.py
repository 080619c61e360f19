from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    new_instance,
    parse_datetime,
)

from ..types import UNSET, Unset, format_datetime


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
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        from_: Any
        if isinstance(self.from_, datetime.datetime | Unset):
            from_ = UNSET
            if not isinstance(self.from_, Unset):
                from_ = format_datetime(self.from_)
        else:
            from_ = self.from_

        to: Any
        if isinstance(self.to, datetime.datetime | Unset):
            to = UNSET
            if not isinstance(self.to, Unset):
                to = format_datetime(self.to)
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        from_ = src_dict.get("from", UNSET)
        if type(from_) is str:
            try:
                from_ = fromisoformat(from_)
            except ValueError:
                from_ = parse_datetime(
                    from_, _ctx, _at, "from", "#/components/schemas/InsightsCreatedAtFilter/properties/from"
                )
            else:
                if from_.tzinfo is None:
                    from_ = from_.replace(tzinfo=UTC)
        elif from_ is not UNSET:
            from_ = parse_datetime(
                from_, _ctx, _at, "from", "#/components/schemas/InsightsCreatedAtFilter/properties/from"
            )

        to = src_dict.get("to", UNSET)
        if type(to) is str:
            try:
                to = fromisoformat(to)
            except ValueError:
                to = parse_datetime(to, _ctx, _at, "to", "#/components/schemas/InsightsCreatedAtFilter/properties/to")
            else:
                if to.tzinfo is None:
                    to = to.replace(tzinfo=UTC)
        elif to is not UNSET:
            to = parse_datetime(to, _ctx, _at, "to", "#/components/schemas/InsightsCreatedAtFilter/properties/to")

        _instance = new_instance(cls)
        _instance.from_ = from_
        _instance.to = to

        return _instance
