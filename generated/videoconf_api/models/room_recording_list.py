from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoomRecordingList")


@_attrs_define
class RoomRecordingList:
    """One page of recordings.

    Attributes:
        links (PaginationLinks): Links to neighbouring pages of a list. Follow `next` until it is absent or null instead
            of building URLs yourself; the paging parameters are page_number, page_size and page_token. `next` and `prev`
            may be absent or null.
        data (list[RoomRecording]): The recordings on this page.
    """

    links: PaginationLinks
    data: list[RoomRecording]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        links = PaginationLinks.from_dict(d.pop("links"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RoomRecording.from_dict(data_item_data)

            data.append(data_item)

        _instance = cls(
            links=links,
            data=data,
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


from ..models.pagination_links import PaginationLinks  # noqa: E402
from ..models.room_recording import RoomRecording  # noqa: E402
