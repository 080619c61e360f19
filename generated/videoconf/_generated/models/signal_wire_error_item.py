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

_SignalWireErrorItem_known = frozenset(
    {
        "type",
        "code",
        "message",
        "url",
        "attribute",
    }
)


@_attrs_define
class SignalWireErrorItem:
    """One problem found in a request.

    Attributes:
        type (str): Category of the problem, for example `validation_error`.
        code (str): Machine-readable code, for example `page_token_required`.
        message (str): Human-readable explanation.
        url (str): Link to documentation about this code.
        attribute (None | str | Unset): Request field the problem concerns; absent or null when it concerns the request
            as a whole.
    """

    type: str
    code: str
    message: str
    url: str
    attribute: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        type_ = self.type

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 4
        try:
            _type__in = src_dict["type"]
            _code_in = src_dict["code"]
            _message_in = src_dict["message"]
            _url_in = src_dict["url"]
        except KeyError:
            _type__in = src_dict.get("type", MISSING)
            _code_in = src_dict.get("code", MISSING)
            _message_in = src_dict.get("message", MISSING)
            _url_in = src_dict.get("url", MISSING)
            _read = 0
        type_ = _type__in
        if type(type_) is not str:
            type_ = mismatch(
                _ctx, (_at, "type"), "string", type_, "#/components/schemas/SignalWireErrorItem/properties/type"
            )

        code = _code_in
        if type(code) is not str:
            code = mismatch(
                _ctx, (_at, "code"), "string", code, "#/components/schemas/SignalWireErrorItem/properties/code"
            )

        message = _message_in
        if type(message) is not str:
            message = mismatch(
                _ctx, (_at, "message"), "string", message, "#/components/schemas/SignalWireErrorItem/properties/message"
            )

        url = _url_in
        if type(url) is not str:
            url = mismatch(_ctx, (_at, "url"), "string", url, "#/components/schemas/SignalWireErrorItem/properties/url")

        attribute = src_dict.get("attribute", UNSET)
        if type(attribute) is not str and attribute is not UNSET and attribute is not None:
            attribute = mismatch(
                _ctx,
                (_at, "attribute"),
                "string",
                attribute,
                "#/components/schemas/SignalWireErrorItem/properties/attribute",
            )

        _instance = new_instance(cls)
        _instance.type = type_
        _instance.code = code
        _instance.message = message
        _instance.url = url
        _instance.attribute = attribute

        if len(src_dict) > _read and not src_dict.keys() <= _SignalWireErrorItem_known:
            d = {key: value for key, value in src_dict.items() if key not in _SignalWireErrorItem_known}
            unknown_fields(_ctx, _at, d, "SignalWireErrorItem", "#/components/schemas/SignalWireErrorItem")
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
