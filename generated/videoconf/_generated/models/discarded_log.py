from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    new_instance,
    parse_datetime,
    parse_uuid,
    unknown_fields,
    uuid_text,
)

from ..types import format_datetime

_DiscardedLog_known = frozenset(
    {
        "id",
        "discarded_at",
        "created_at",
    }
)


@_attrs_define
class DiscardedLog:
    """Placeholder for a log entry that has been discarded; listed only with include_deleted=true.

    Attributes:
        id (UUID): Identifier of the discarded entry.
        discarded_at (datetime.datetime): When the entry was discarded.
        created_at (datetime.datetime): When the entry was originally created.
    """

    id: UUID
    discarded_at: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        discarded_at: Any
        if isinstance(self.discarded_at, datetime.datetime):
            discarded_at = format_datetime(self.discarded_at)
        else:
            discarded_at = self.discarded_at

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "discarded_at": discarded_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 3
        try:
            _id_in = src_dict["id"]
            _discarded_at_in = src_dict["discarded_at"]
            _created_at_in = src_dict["created_at"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _discarded_at_in = src_dict.get("discarded_at", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/DiscardedLog/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/DiscardedLog/properties/id")

        discarded_at = _discarded_at_in
        if type(discarded_at) is str:
            try:
                discarded_at = fromisoformat(discarded_at)
            except ValueError:
                discarded_at = parse_datetime(
                    discarded_at, _ctx, _at, "discarded_at", "#/components/schemas/DiscardedLog/properties/discarded_at"
                )
            else:
                if discarded_at.tzinfo is None:
                    discarded_at = discarded_at.replace(tzinfo=UTC)
        else:
            discarded_at = parse_datetime(
                discarded_at, _ctx, _at, "discarded_at", "#/components/schemas/DiscardedLog/properties/discarded_at"
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/DiscardedLog/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/DiscardedLog/properties/created_at"
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.discarded_at = discarded_at
        _instance.created_at = created_at

        if len(src_dict) > _read and not src_dict.keys() <= _DiscardedLog_known:
            d = {key: value for key, value in src_dict.items() if key not in _DiscardedLog_known}
            unknown_fields(_ctx, _at, d, "DiscardedLog", "#/components/schemas/DiscardedLog")
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
