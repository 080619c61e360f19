from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    members,
    mismatch,
    new_instance,
    parse_enum,
    parse_uuid,
    unknown_fields,
    uuid_text,
)

from ..models.room_token_permission import RoomTokenPermission

_RoomTokenPermission_members = members(RoomTokenPermission)
_ConferenceToken_known = frozenset(
    {
        "id",
        "name",
        "token",
        "scopes",
    }
)


@_attrs_define
class ConferenceToken:
    """A long-lived token that gives access to a conference with a fixed set of permissions.

    Attributes:
        id (UUID): Identifier of the token.
        name (None | str): Label of the token (for example the role it is meant for); null when unnamed.
        token (str): The token value to hand to a client.
        scopes (list[RoomTokenPermission]): Permissions the token grants.
    """

    id: UUID
    name: None | str
    token: str
    scopes: list[RoomTokenPermission]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name: None | str
        name = self.name

        token = self.token

        scopes: Any
        if isinstance(self.scopes, list):
            scopes = []
            for scopes_item_data in self.scopes:
                if not isinstance(scopes_item_data, RoomTokenPermission):
                    scopes.append(scopes_item_data)
                    continue
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)
        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "token": token,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 4
        try:
            _id_in = src_dict["id"]
            _name_in = src_dict["name"]
            _token_in = src_dict["token"]
            _scopes_in = src_dict["scopes"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _name_in = src_dict.get("name", MISSING)
            _token_in = src_dict.get("token", MISSING)
            _scopes_in = src_dict.get("scopes", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/ConferenceToken/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/ConferenceToken/properties/id")

        name = _name_in
        if type(name) is not str and name is not None:
            name = mismatch(_ctx, (_at, "name"), "string", name, "#/components/schemas/ConferenceToken/properties/name")

        token = _token_in
        if type(token) is not str:
            token = mismatch(
                _ctx, (_at, "token"), "string", token, "#/components/schemas/ConferenceToken/properties/token"
            )

        scopes = _scopes = _scopes_in
        if isinstance(_scopes, list):
            scopes = []
            _scopes_at = (_at, "scopes")
            for _scopes_index, _scopes_item in enumerate(_scopes):
                _scopes_item = _scopes_item
                scopes_item = _RoomTokenPermission_members.get(_scopes_item) if type(_scopes_item) is str else None
                if scopes_item is None:
                    scopes_item = parse_enum(
                        RoomTokenPermission,
                        _scopes_item,
                        _ctx,
                        _scopes_at,
                        _scopes_index,
                        "#/components/schemas/ConferenceToken/properties/scopes/items",
                    )
                scopes.append(scopes_item)
        else:
            scopes = mismatch(
                _ctx, (_at, "scopes"), "array", _scopes, "#/components/schemas/ConferenceToken/properties/scopes"
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.name = name
        _instance.token = token
        _instance.scopes = scopes

        if len(src_dict) > _read and not src_dict.keys() <= _ConferenceToken_known:
            d = {key: value for key, value in src_dict.items() if key not in _ConferenceToken_known}
            unknown_fields(_ctx, _at, d, "ConferenceToken", "#/components/schemas/ConferenceToken")
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
