from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalWireErrorItem")


@_attrs_define
class SignalWireErrorItem:
    """One problem found in a request.

    Attributes:
        type_ (str): Category of the problem, for example `validation_error`.
        code (str): Machine-readable code, for example `page_token_required`.
        message (str): Human-readable explanation.
        url (str): Link to documentation about this code.
        attribute (None | str | Unset): Request field the problem concerns; absent or null when it concerns the request
            as a whole.
    """

    type_: str
    code: str
    message: str
    url: str
    attribute: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        url = self.url

        attribute: None | str | Unset
        if isinstance(self.attribute, Unset):
            attribute = UNSET
        else:
            attribute = self.attribute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
                "url": url,
            }
        )
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        code = d.pop("code")

        message = d.pop("message")

        url = d.pop("url")

        attribute = cast(None | str | Unset, d.pop("attribute", UNSET))

        _instance = cls(
            type_=type_,
            code=code,
            message=message,
            url=url,
            attribute=attribute,
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
