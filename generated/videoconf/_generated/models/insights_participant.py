from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unknown_fields,
)

from ..types import UNSET, Unset, format_datetime

_InsightsParticipant_known = frozenset(
    {
        "roomSessionId",
        "participantId",
        "deviceId",
        "userId",
        "roleName",
        "displayName",
        "joinedAt",
        "leftAt",
        "externalId",
        "rating",
        "tags",
        "comment",
    }
)


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
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_session_id = self.room_session_id

        participant_id = self.participant_id

        device_id = self.device_id

        user_id = self.user_id

        role_name = self.role_name

        display_name = self.display_name

        joined_at: Any
        if isinstance(self.joined_at, datetime.datetime):
            joined_at = format_datetime(self.joined_at)
        else:
            joined_at = self.joined_at

        left_at: Any
        if isinstance(self.left_at, datetime.datetime):
            left_at = format_datetime(self.left_at)
        else:
            left_at = self.left_at

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 9
        try:
            _room_session_id_in = src_dict["roomSessionId"]
            _participant_id_in = src_dict["participantId"]
            _device_id_in = src_dict["deviceId"]
            _user_id_in = src_dict["userId"]
            _role_name_in = src_dict["roleName"]
            _display_name_in = src_dict["displayName"]
            _joined_at_in = src_dict["joinedAt"]
            _left_at_in = src_dict["leftAt"]
            _external_id_in = src_dict["externalId"]
        except KeyError:
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _participant_id_in = src_dict.get("participantId", MISSING)
            _device_id_in = src_dict.get("deviceId", MISSING)
            _user_id_in = src_dict.get("userId", MISSING)
            _role_name_in = src_dict.get("roleName", MISSING)
            _display_name_in = src_dict.get("displayName", MISSING)
            _joined_at_in = src_dict.get("joinedAt", MISSING)
            _left_at_in = src_dict.get("leftAt", MISSING)
            _external_id_in = src_dict.get("externalId", MISSING)
            _read = 0
        room_session_id = _room_session_id_in
        if type(room_session_id) is not str:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/InsightsParticipant/properties/roomSessionId",
            )

        participant_id = _participant_id_in
        if type(participant_id) is not str:
            participant_id = mismatch(
                _ctx,
                (_at, "participantId"),
                "string",
                participant_id,
                "#/components/schemas/InsightsParticipant/properties/participantId",
            )

        device_id = _device_id_in
        if type(device_id) is not str:
            device_id = mismatch(
                _ctx,
                (_at, "deviceId"),
                "string",
                device_id,
                "#/components/schemas/InsightsParticipant/properties/deviceId",
            )

        user_id = _user_id_in
        if type(user_id) is not str:
            user_id = mismatch(
                _ctx, (_at, "userId"), "string", user_id, "#/components/schemas/InsightsParticipant/properties/userId"
            )

        role_name = _role_name_in
        if type(role_name) is not str:
            role_name = mismatch(
                _ctx,
                (_at, "roleName"),
                "string",
                role_name,
                "#/components/schemas/InsightsParticipant/properties/roleName",
            )

        display_name = _display_name_in
        if type(display_name) is not str:
            display_name = mismatch(
                _ctx,
                (_at, "displayName"),
                "string",
                display_name,
                "#/components/schemas/InsightsParticipant/properties/displayName",
            )

        joined_at = _joined_at_in
        if type(joined_at) is str:
            try:
                joined_at = fromisoformat(joined_at)
            except ValueError:
                joined_at = parse_datetime(
                    joined_at, _ctx, _at, "joinedAt", "#/components/schemas/InsightsParticipant/properties/joinedAt"
                )
            else:
                if joined_at.tzinfo is None:
                    joined_at = joined_at.replace(tzinfo=UTC)
        else:
            joined_at = parse_datetime(
                joined_at, _ctx, _at, "joinedAt", "#/components/schemas/InsightsParticipant/properties/joinedAt"
            )

        left_at = _left_at_in
        if type(left_at) is str:
            try:
                left_at = fromisoformat(left_at)
            except ValueError:
                left_at = parse_datetime(
                    left_at, _ctx, _at, "leftAt", "#/components/schemas/InsightsParticipant/properties/leftAt"
                )
            else:
                if left_at.tzinfo is None:
                    left_at = left_at.replace(tzinfo=UTC)
        else:
            left_at = parse_datetime(
                left_at, _ctx, _at, "leftAt", "#/components/schemas/InsightsParticipant/properties/leftAt"
            )

        external_id = _external_id_in
        if type(external_id) is not str:
            external_id = mismatch(
                _ctx,
                (_at, "externalId"),
                "string",
                external_id,
                "#/components/schemas/InsightsParticipant/properties/externalId",
            )

        rating = src_dict.get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET and rating is not None:
            rating = mismatch(
                _ctx, (_at, "rating"), "number", rating, "#/components/schemas/InsightsParticipant/properties/rating"
            )

        tags = _tags = src_dict.get("tags", UNSET)
        if isinstance(_tags, list):
            tags = []
            _tags_at = (_at, "tags")
            for _tags_index, _tags_type_0_item in enumerate(_tags):
                tags_type_0_item = _tags_type_0_item
                if type(tags_type_0_item) is not str:
                    tags_type_0_item = mismatch(
                        _ctx,
                        (_tags_at, _tags_index),
                        "string",
                        tags_type_0_item,
                        "#/components/schemas/InsightsParticipant/properties/tags/items",
                    )
                tags.append(tags_type_0_item)
        elif tags is not UNSET and tags is not None:
            tags = mismatch(
                _ctx, (_at, "tags"), "array", _tags, "#/components/schemas/InsightsParticipant/properties/tags"
            )

        comment = src_dict.get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET and comment is not None:
            comment = mismatch(
                _ctx, (_at, "comment"), "string", comment, "#/components/schemas/InsightsParticipant/properties/comment"
            )

        _instance = new_instance(cls)
        _instance.room_session_id = room_session_id
        _instance.participant_id = participant_id
        _instance.device_id = device_id
        _instance.user_id = user_id
        _instance.role_name = role_name
        _instance.display_name = display_name
        _instance.joined_at = joined_at
        _instance.left_at = left_at
        _instance.external_id = external_id
        _instance.rating = rating
        _instance.tags = tags
        _instance.comment = comment

        if len(src_dict) > _read and not src_dict.keys() <= _InsightsParticipant_known:
            d = {key: value for key, value in src_dict.items() if key not in _InsightsParticipant_known}
            unknown_fields(_ctx, _at, d, "InsightsParticipant", "#/components/schemas/InsightsParticipant")
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
