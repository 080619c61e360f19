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

from ..types import UNSET, Unset

_PaginationLinks_known = frozenset(
    {
        "self",
        "first",
        "next",
        "prev",
    }
)


@_attrs_define
class PaginationLinks:
    """Links to neighbouring pages of a list. Follow `next` until it is absent or null instead of building URLs yourself;
    the paging parameters are page_number, page_size and page_token. `next` and `prev` may be absent or null.

        Attributes:
            self_ (str): URL of the page you are reading.
            first (str): URL of the first page.
            next (None | str | Unset): URL of the following page; absent or null on the last page.
            prev (None | str | Unset): URL of the preceding page; absent or null on the first page.
    """

    self_: str
    first: str
    next: None | str | Unset = UNSET
    prev: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        self_ = self.self_

        first = self.first

        next_: None | str | Unset
        if isinstance(self.next, Unset):
            next_ = UNSET
        else:
            next_ = self.next

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "first": first,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 2
        try:
            _self__in = src_dict["self"]
            _first_in = src_dict["first"]
        except KeyError:
            _self__in = src_dict.get("self", MISSING)
            _first_in = src_dict.get("first", MISSING)
            _read = 0
        self_ = _self__in
        if type(self_) is not str:
            self_ = mismatch(
                _ctx, (_at, "self"), "string", self_, "#/components/schemas/PaginationLinks/properties/self"
            )

        first = _first_in
        if type(first) is not str:
            first = mismatch(
                _ctx, (_at, "first"), "string", first, "#/components/schemas/PaginationLinks/properties/first"
            )

        next_ = src_dict.get("next", UNSET)
        if type(next_) is not str and next_ is not UNSET and next_ is not None:
            next_ = mismatch(
                _ctx, (_at, "next"), "string", next_, "#/components/schemas/PaginationLinks/properties/next"
            )

        prev = src_dict.get("prev", UNSET)
        if type(prev) is not str and prev is not UNSET and prev is not None:
            prev = mismatch(_ctx, (_at, "prev"), "string", prev, "#/components/schemas/PaginationLinks/properties/prev")

        _instance = new_instance(cls)
        _instance.self_ = self_
        _instance.first = first
        _instance.next = next_
        _instance.prev = prev

        if len(src_dict) > _read and not src_dict.keys() <= _PaginationLinks_known:
            d = {key: value for key, value in src_dict.items() if key not in _PaginationLinks_known}
            unknown_fields(_ctx, _at, d, "PaginationLinks", "#/components/schemas/PaginationLinks")
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
