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

_SummaryList_known = frozenset(
    {
        "results",
        "cursor",
    }
)


@_attrs_define
class SummaryList:
    """One page of summaries.

    Attributes:
        results (list[Summary]): The summaries on this page.
        cursor (None | str | Unset): Cursor for the next page; `null` or absent on the last page.
    """

    results: list[Summary]
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        results: Any
        if isinstance(self.results, list):
            results = []
            for results_item_data in self.results:
                if not isinstance(results_item_data, Summary):
                    results.append(results_item_data)
                    continue
                results_item = results_item_data.to_dict()
                results.append(results_item)
        else:
            results = self.results

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _results_in = src_dict["results"]
        except KeyError:
            _results_in = src_dict.get("results", MISSING)
            _read = 0
        results = _results = _results_in
        if isinstance(_results, list):
            results = []
            _results_at = (_at, "results")
            _results_from_dict = Summary.from_dict
            for _results_index, _results_item in enumerate(_results):
                results_item = _results_item
                if isinstance(results_item, dict):
                    results_item = _results_from_dict(results_item, _ctx, (_results_at, _results_index))
                else:
                    results_item = mismatch(
                        _ctx,
                        (_results_at, _results_index),
                        "Summary",
                        results_item,
                        "#/components/schemas/SummaryList/properties/results/items",
                    )
                results.append(results_item)
        else:
            results = mismatch(
                _ctx, (_at, "results"), "array", _results, "#/components/schemas/SummaryList/properties/results"
            )

        cursor = src_dict.get("cursor", UNSET)
        if type(cursor) is not str and cursor is not UNSET and cursor is not None:
            cursor = mismatch(
                _ctx, (_at, "cursor"), "string", cursor, "#/components/schemas/SummaryList/properties/cursor"
            )

        _instance = new_instance(cls)
        _instance.results = results
        _instance.cursor = cursor

        if len(src_dict) > _read and not src_dict.keys() <= _SummaryList_known:
            d = {key: value for key, value in src_dict.items() if key not in _SummaryList_known}
            unknown_fields(_ctx, _at, d, "SummaryList", "#/components/schemas/SummaryList")
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


from ..models.summary import Summary  # noqa: E402
