from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="InsightsParticipant")


@_attrs_define
class InsightsParticipant:
    """One participant of a room session.

    Attributes:
        room_session_id (str): Id of the session.
        participant_id (str): Id of the participant within the session.
        device_id (str): Id of the participant's device.
        user_id (str): Whereby user id of the participant.
        role_name (str): Role the participant had (for example host or visitor).
        display_name (str): Name shown for the participant.
        joined_at (datetime.datetime): When the participant joined.
        left_at (datetime.datetime): When the participant left.
        external_id (str): Your own id for the participant, as passed when joining.
        rating (float | None | Unset): Rating the participant gave the call; `null` if none.
        tags (list[str] | None | Unset): Feedback tags the participant chose; `null` if none.
        comment (None | str | Unset): Free-text feedback; `null` if none.
    """

    room_session_id: str
    participant_id: str
    device_id: str
    user_id: str
    role_name: str
    display_name: str
    joined_at: datetime.datetime
    left_at: datetime.datetime
    external_id: str
    rating: float | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_session_id = self.room_session_id

        participant_id = self.participant_id

        device_id = self.device_id

        user_id = self.user_id

        role_name = self.role_name

        display_name = self.display_name

        joined_at = format_datetime(self.joined_at)

        left_at = format_datetime(self.left_at)

        external_id = self.external_id

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomSessionId": room_session_id,
                "participantId": participant_id,
                "deviceId": device_id,
                "userId": user_id,
                "roleName": role_name,
                "displayName": display_name,
                "joinedAt": joined_at,
                "leftAt": left_at,
                "externalId": external_id,
            }
        )
        if rating is not UNSET:
            field_dict["rating"] = rating
        if tags is not UNSET:
            field_dict["tags"] = tags
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_session_id = d.pop("roomSessionId")

        participant_id = d.pop("participantId")

        device_id = d.pop("deviceId")

        user_id = d.pop("userId")

        role_name = d.pop("roleName")

        display_name = d.pop("displayName")

        joined_at = parse_datetime(d.pop("joinedAt"), "joinedAt")

        left_at = parse_datetime(d.pop("leftAt"), "leftAt")

        external_id = d.pop("externalId")

        rating = cast(float | None | Unset, d.pop("rating", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"tags: {data!r} does not match list[str] | None")

        tags = _parse_tags(d.pop("tags", UNSET))

        comment = cast(None | str | Unset, d.pop("comment", UNSET))

        _instance = cls(
            room_session_id=room_session_id,
            participant_id=participant_id,
            device_id=device_id,
            user_id=user_id,
            role_name=role_name,
            display_name=display_name,
            joined_at=joined_at,
            left_at=left_at,
            external_id=external_id,
            rating=rating,
            tags=tags,
            comment=comment,
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
