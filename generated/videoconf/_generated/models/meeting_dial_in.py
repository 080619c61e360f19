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

_MeetingDialIn_known = frozenset(
    {
        "code",
        "phoneNumbers",
    }
)


@_attrs_define
class MeetingDialIn:
    """Closed beta: how to join the meeting by telephone. Only present when `dialIn` is asked for in `fields` and the
    meeting was created with `isDialInEnabled`.

        Attributes:
            code (str): Access code a caller enters after dialling one of the numbers (digits, in a string).
            phone_numbers (list[MeetingDialInPhoneNumber]): Numbers to call, one or more per country.
    """

    code: str
    phone_numbers: list[MeetingDialInPhoneNumber]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        code = self.code

        phone_numbers: Any
        if isinstance(self.phone_numbers, list):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                if not isinstance(phone_numbers_item_data, MeetingDialInPhoneNumber):
                    phone_numbers.append(phone_numbers_item_data)
                    continue
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)
        else:
            phone_numbers = self.phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "phoneNumbers": phone_numbers,
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
            _code_in = src_dict["code"]
            _phone_numbers_in = src_dict["phoneNumbers"]
        except KeyError:
            _code_in = src_dict.get("code", MISSING)
            _phone_numbers_in = src_dict.get("phoneNumbers", MISSING)
            _read = 0
        code = _code_in
        if type(code) is not str:
            code = mismatch(_ctx, (_at, "code"), "string", code, "#/components/schemas/MeetingDialIn/properties/code")

        phone_numbers = _phone_numbers = _phone_numbers_in
        if isinstance(_phone_numbers, list):
            phone_numbers = []
            _phone_numbers_at = (_at, "phoneNumbers")
            _phone_numbers_from_dict = MeetingDialInPhoneNumber.from_dict
            for _phone_numbers_index, _phone_numbers_item in enumerate(_phone_numbers):
                phone_numbers_item = _phone_numbers_item
                if isinstance(phone_numbers_item, dict):
                    phone_numbers_item = _phone_numbers_from_dict(
                        phone_numbers_item, _ctx, (_phone_numbers_at, _phone_numbers_index)
                    )
                else:
                    phone_numbers_item = mismatch(
                        _ctx,
                        (_phone_numbers_at, _phone_numbers_index),
                        "MeetingDialInPhoneNumber",
                        phone_numbers_item,
                        "#/components/schemas/MeetingDialIn/properties/phoneNumbers/items",
                    )
                phone_numbers.append(phone_numbers_item)
        else:
            phone_numbers = mismatch(
                _ctx,
                (_at, "phoneNumbers"),
                "array",
                _phone_numbers,
                "#/components/schemas/MeetingDialIn/properties/phoneNumbers",
            )

        _instance = new_instance(cls)
        _instance.code = code
        _instance.phone_numbers = phone_numbers

        if len(src_dict) > _read and not src_dict.keys() <= _MeetingDialIn_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingDialIn_known}
            unknown_fields(_ctx, _at, d, "MeetingDialIn", "#/components/schemas/MeetingDialIn")
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


from ..models.meeting_dial_in_phone_number import MeetingDialInPhoneNumber  # noqa: E402
