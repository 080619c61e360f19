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

_WherebyError_known = frozenset(
    {
        "error",
        "data",
    }
)


@_attrs_define
class WherebyError:
    """Error body returned by Whereby for 4xx answers.

    Attributes:
        error (str): Human-readable error message.
        data (WherebyErrorData | Unset): Free-form extra details about the error, when the server sends any.
    """

    error: str
    data: WherebyErrorData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        error = self.error

        data: Any
        if isinstance(self.data, WherebyErrorData | Unset):
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _error_in = src_dict["error"]
        except KeyError:
            _error_in = src_dict.get("error", MISSING)
            _read = 0
        error = _error_in
        if type(error) is not str:
            error = mismatch(
                _ctx, (_at, "error"), "string", error, "#/components/schemas/WherebyError/properties/error"
            )

        data = src_dict.get("data", UNSET)
        if isinstance(data, dict):
            data = WherebyErrorData.from_dict(data, _ctx, (_at, "data"))
        elif data is not UNSET:
            data = mismatch(_ctx, (_at, "data"), "object", data, "#/components/schemas/WherebyError/properties/data")

        _instance = new_instance(cls)
        _instance.error = error
        _instance.data = data

        if len(src_dict) > _read and not src_dict.keys() <= _WherebyError_known:
            d = {key: value for key, value in src_dict.items() if key not in _WherebyError_known}
            unknown_fields(_ctx, _at, d, "WherebyError", "#/components/schemas/WherebyError")
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


from ..models.whereby_error_data import WherebyErrorData  # noqa: E402
