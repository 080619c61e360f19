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

_WherebyAccessLink_known = frozenset(
    {
        "accessLink",
        "expires",
    }
)


@_attrs_define
class WherebyAccessLink:
    """A signed, time-limited download link.

    Attributes:
        access_link (str): Signed URL of the file.
        expires (int): When the link stops working, in milliseconds since the Unix epoch.
    """

    access_link: str
    expires: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        access_link = self.access_link

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessLink": access_link,
                "expires": expires,
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
            _access_link_in = src_dict["accessLink"]
            _expires_in = src_dict["expires"]
        except KeyError:
            _access_link_in = src_dict.get("accessLink", MISSING)
            _expires_in = src_dict.get("expires", MISSING)
            _read = 0
        access_link = _access_link_in
        if type(access_link) is not str:
            access_link = mismatch(
                _ctx,
                (_at, "accessLink"),
                "string",
                access_link,
                "#/components/schemas/WherebyAccessLink/properties/accessLink",
            )

        expires = _expires_in
        if type(expires) is not int:
            expires = mismatch(
                _ctx, (_at, "expires"), "integer", expires, "#/components/schemas/WherebyAccessLink/properties/expires"
            )

        _instance = new_instance(cls)
        _instance.access_link = access_link
        _instance.expires = expires

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyAccessLink_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyAccessLink_known}
            unknown_fields(_ctx, _at, d, "WherebyAccessLink", "#/components/schemas/WherebyAccessLink")
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
