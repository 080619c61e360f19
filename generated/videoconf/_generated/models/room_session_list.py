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

_RoomSessionList_known = frozenset(
    {
        "links",
        "data",
    }
)


@_attrs_define
class RoomSessionList:
    """One page of room sessions.

    Attributes:
        links (PaginationLinks): Links to neighbouring pages of a list. Follow `next` until it is absent or null instead
            of building URLs yourself; the paging parameters are page_number, page_size and page_token. `next` and `prev`
            may be absent or null.
        data (list[RoomSession]): The room sessions on this page.
    """

    links: PaginationLinks
    data: list[RoomSession]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        links: Any
        if isinstance(self.links, PaginationLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        data: Any
        if isinstance(self.data, list):
            data = []
            for data_item_data in self.data:
                if not isinstance(data_item_data, RoomSession):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 2
        try:
            _links_in = src_dict["links"]
            _data_in = src_dict["data"]
        except KeyError:
            _links_in = src_dict.get("links", MISSING)
            _data_in = src_dict.get("data", MISSING)
            _read = 0
        links = _links_in
        if isinstance(links, dict):
            links = PaginationLinks.from_dict(links, _ctx, (_at, "links"))
        else:
            links = mismatch(
                _ctx, (_at, "links"), "PaginationLinks", links, "#/components/schemas/RoomSessionList/properties/links"
            )

        data = _data = _data_in
        if isinstance(_data, list):
            data = []
            _data_at = (_at, "data")
            _data_from_dict = RoomSession.from_dict
            for _data_index, _data_item in enumerate(_data):
                data_item = _data_item
                if isinstance(data_item, dict):
                    data_item = _data_from_dict(data_item, _ctx, (_data_at, _data_index))
                else:
                    data_item = mismatch(
                        _ctx,
                        (_data_at, _data_index),
                        "RoomSession",
                        data_item,
                        "#/components/schemas/RoomSessionList/properties/data/items",
                    )
                data.append(data_item)
        else:
            data = mismatch(_ctx, (_at, "data"), "array", _data, "#/components/schemas/RoomSessionList/properties/data")

        _instance = new_instance(cls)
        _instance.links = links
        _instance.data = data

        if len(src_dict) > _read and not src_dict.keys() <= _RoomSessionList_known:
            d = {key: value for key, value in src_dict.items() if key not in _RoomSessionList_known}
            unknown_fields(_ctx, _at, d, "RoomSessionList", "#/components/schemas/RoomSessionList")
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


from ..models.pagination_links import PaginationLinks  # noqa: E402
from ..models.room_session import RoomSession  # noqa: E402
