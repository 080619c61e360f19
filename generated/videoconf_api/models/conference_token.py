from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_token_permission import RoomTokenPermission

T = TypeVar("T", bound="ConferenceToken")


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
        id = str(self.id)

        name: None | str
        name = self.name

        token = self.token

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = cast(None | str, d.pop("name"))

        token = d.pop("token")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = RoomTokenPermission(scopes_item_data)

            scopes.append(scopes_item)

        _instance = cls(
            id=id,
            name=name,
            token=token,
            scopes=scopes,
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
