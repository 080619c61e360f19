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

_SignalWireValidationError_known = frozenset(
    {
        "errors",
    }
)


@_attrs_define
class SignalWireValidationError:
    """Error body listing every problem found in a request.

    Attributes:
        errors (list[SignalWireErrorItem]): The problems found.
    """

    errors: list[SignalWireErrorItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        errors: Any
        if isinstance(self.errors, list):
            errors = []
            for errors_item_data in self.errors:
                if not isinstance(errors_item_data, SignalWireErrorItem):
                    errors.append(errors_item_data)
                    continue
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _errors_in = src_dict["errors"]
        except KeyError:
            _errors_in = src_dict.get("errors", MISSING)
            _read = 0
        errors = _errors = _errors_in
        if isinstance(_errors, list):
            errors = []
            _errors_at = (_at, "errors")
            _errors_from_dict = SignalWireErrorItem.from_dict
            for _errors_index, _errors_item in enumerate(_errors):
                errors_item = _errors_item
                if isinstance(errors_item, dict):
                    errors_item = _errors_from_dict(errors_item, _ctx, (_errors_at, _errors_index))
                else:
                    errors_item = mismatch(
                        _ctx,
                        (_errors_at, _errors_index),
                        "SignalWireErrorItem",
                        errors_item,
                        "#/components/schemas/SignalWireValidationError/properties/errors/items",
                    )
                errors.append(errors_item)
        else:
            errors = mismatch(
                _ctx,
                (_at, "errors"),
                "array",
                _errors,
                "#/components/schemas/SignalWireValidationError/properties/errors",
            )

        _instance = new_instance(cls)
        _instance.errors = errors

        if len(src_dict) > _read and not src_dict.keys() <= _SignalWireValidationError_known:
            d = {key: value for key, value in src_dict.items() if key not in _SignalWireValidationError_known}
            unknown_fields(_ctx, _at, d, "SignalWireValidationError", "#/components/schemas/SignalWireValidationError")
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


from ..models.signal_wire_error_item import SignalWireErrorItem  # noqa: E402
