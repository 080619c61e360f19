from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
    unknown_fields,
)

from ..types import UNSET, Unset

_MeetingRoomPreferences_known = frozenset(
    {
        "dialIn",
    }
)


@_attrs_define
class MeetingRoomPreferences:
    """Settings of the meeting's room that the response reports back; only `dialIn` is documented so far, and any other key
    is kept as received.

        Attributes:
            dial_in (bool | Unset): Closed beta: whether dial-in is enabled for the room.
    """

    dial_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        dial_in = self.dial_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dial_in is not UNSET:
            field_dict["dialIn"] = dial_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        dial_in = src_dict.get("dialIn", UNSET)
        if type(dial_in) is not bool and dial_in is not UNSET:
            dial_in = mismatch(
                _ctx,
                (_at, "dialIn"),
                "boolean",
                dial_in,
                "#/components/schemas/MeetingRoomPreferences/properties/dialIn",
            )

        _instance = new_instance(cls)
        _instance.dial_in = dial_in

        if not src_dict.keys() <= _MeetingRoomPreferences_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingRoomPreferences_known}
            unknown_fields(_ctx, _at, d, "MeetingRoomPreferences", "#/components/schemas/MeetingRoomPreferences")
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
