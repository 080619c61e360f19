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

_InsightsRoomSession_known = frozenset(
    {
        "roomSessionId",
        "roomName",
        "totalParticipantMinutes",
        "totalRecorderMinutes",
        "totalStreamerMinutes",
        "totalUniqueParticipants",
        "totalUniqueRecorders",
        "totalUniqueStreamers",
        "startedAt",
        "endedAt",
        "rating",
        "totalRatings",
    }
)


@_attrs_define
class InsightsRoomSession:
    """Usage totals of one room session; `startedAt` and `endedAt` may be absent.

    Attributes:
        room_session_id (str): Id of the session.
        room_name (str): Name of the room (starts with `/`).
        total_participant_minutes (int): Participant minutes in the session, each connection rounded up to whole
            minutes.
        total_recorder_minutes (int): Minutes the session was recorded.
        total_streamer_minutes (int): Minutes the session was streamed.
        total_unique_participants (int): Number of distinct participants.
        total_unique_recorders (int): Number of distinct recorders.
        total_unique_streamers (int): Number of distinct streamers.
        started_at (datetime.datetime | Unset): When the session started.
        ended_at (datetime.datetime | Unset): When the session ended.
        rating (float | None | Unset): Average participant rating; `null` when nobody rated.
        total_ratings (float | None | Unset): Number of ratings given; `null` when nobody rated.
    """

    room_session_id: str
    room_name: str
    total_participant_minutes: int
    total_recorder_minutes: int
    total_streamer_minutes: int
    total_unique_participants: int
    total_unique_recorders: int
    total_unique_streamers: int
    started_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    rating: float | None | Unset = UNSET
    total_ratings: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_session_id = self.room_session_id

        room_name = self.room_name

        total_participant_minutes = self.total_participant_minutes

        total_recorder_minutes = self.total_recorder_minutes

        total_streamer_minutes = self.total_streamer_minutes

        total_unique_participants = self.total_unique_participants

        total_unique_recorders = self.total_unique_recorders

        total_unique_streamers = self.total_unique_streamers

        started_at: Any
        if isinstance(self.started_at, datetime.datetime | Unset):
            started_at = UNSET
            if not isinstance(self.started_at, Unset):
                started_at = format_datetime(self.started_at)
        else:
            started_at = self.started_at

        ended_at: Any
        if isinstance(self.ended_at, datetime.datetime | Unset):
            ended_at = UNSET
            if not isinstance(self.ended_at, Unset):
                ended_at = format_datetime(self.ended_at)
        else:
            ended_at = self.ended_at

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        total_ratings: float | None | Unset
        if isinstance(self.total_ratings, Unset):
            total_ratings = UNSET
        else:
            total_ratings = self.total_ratings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomSessionId": room_session_id,
                "roomName": room_name,
                "totalParticipantMinutes": total_participant_minutes,
                "totalRecorderMinutes": total_recorder_minutes,
                "totalStreamerMinutes": total_streamer_minutes,
                "totalUniqueParticipants": total_unique_participants,
                "totalUniqueRecorders": total_unique_recorders,
                "totalUniqueStreamers": total_unique_streamers,
            }
        )
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if rating is not UNSET:
            field_dict["rating"] = rating
        if total_ratings is not UNSET:
            field_dict["totalRatings"] = total_ratings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 8
        try:
            _room_session_id_in = src_dict["roomSessionId"]
            _room_name_in = src_dict["roomName"]
            _total_participant_minutes_in = src_dict["totalParticipantMinutes"]
            _total_recorder_minutes_in = src_dict["totalRecorderMinutes"]
            _total_streamer_minutes_in = src_dict["totalStreamerMinutes"]
            _total_unique_participants_in = src_dict["totalUniqueParticipants"]
            _total_unique_recorders_in = src_dict["totalUniqueRecorders"]
            _total_unique_streamers_in = src_dict["totalUniqueStreamers"]
        except KeyError:
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _room_name_in = src_dict.get("roomName", MISSING)
            _total_participant_minutes_in = src_dict.get("totalParticipantMinutes", MISSING)
            _total_recorder_minutes_in = src_dict.get("totalRecorderMinutes", MISSING)
            _total_streamer_minutes_in = src_dict.get("totalStreamerMinutes", MISSING)
            _total_unique_participants_in = src_dict.get("totalUniqueParticipants", MISSING)
            _total_unique_recorders_in = src_dict.get("totalUniqueRecorders", MISSING)
            _total_unique_streamers_in = src_dict.get("totalUniqueStreamers", MISSING)
            _read = 0
        room_session_id = _room_session_id_in
        if type(room_session_id) is not str:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/InsightsRoomSession/properties/roomSessionId",
            )

        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx,
                (_at, "roomName"),
                "string",
                room_name,
                "#/components/schemas/InsightsRoomSession/properties/roomName",
            )

        total_participant_minutes = _total_participant_minutes_in
        if type(total_participant_minutes) is not int:
            total_participant_minutes = mismatch(
                _ctx,
                (_at, "totalParticipantMinutes"),
                "integer",
                total_participant_minutes,
                "#/components/schemas/InsightsRoomSession/properties/totalParticipantMinutes",
            )

        total_recorder_minutes = _total_recorder_minutes_in
        if type(total_recorder_minutes) is not int:
            total_recorder_minutes = mismatch(
                _ctx,
                (_at, "totalRecorderMinutes"),
                "integer",
                total_recorder_minutes,
                "#/components/schemas/InsightsRoomSession/properties/totalRecorderMinutes",
            )

        total_streamer_minutes = _total_streamer_minutes_in
        if type(total_streamer_minutes) is not int:
            total_streamer_minutes = mismatch(
                _ctx,
                (_at, "totalStreamerMinutes"),
                "integer",
                total_streamer_minutes,
                "#/components/schemas/InsightsRoomSession/properties/totalStreamerMinutes",
            )

        total_unique_participants = _total_unique_participants_in
        if type(total_unique_participants) is not int:
            total_unique_participants = mismatch(
                _ctx,
                (_at, "totalUniqueParticipants"),
                "integer",
                total_unique_participants,
                "#/components/schemas/InsightsRoomSession/properties/totalUniqueParticipants",
            )

        total_unique_recorders = _total_unique_recorders_in
        if type(total_unique_recorders) is not int:
            total_unique_recorders = mismatch(
                _ctx,
                (_at, "totalUniqueRecorders"),
                "integer",
                total_unique_recorders,
                "#/components/schemas/InsightsRoomSession/properties/totalUniqueRecorders",
            )

        total_unique_streamers = _total_unique_streamers_in
        if type(total_unique_streamers) is not int:
            total_unique_streamers = mismatch(
                _ctx,
                (_at, "totalUniqueStreamers"),
                "integer",
                total_unique_streamers,
                "#/components/schemas/InsightsRoomSession/properties/totalUniqueStreamers",
            )

        started_at = src_dict.get("startedAt", UNSET)
        if type(started_at) is str:
            try:
                started_at = fromisoformat(started_at)
            except ValueError:
                started_at = parse_datetime(
                    started_at, _ctx, _at, "startedAt", "#/components/schemas/InsightsRoomSession/properties/startedAt"
                )
            else:
                if started_at.tzinfo is None:
                    started_at = started_at.replace(tzinfo=UTC)
        elif started_at is not UNSET:
            started_at = parse_datetime(
                started_at, _ctx, _at, "startedAt", "#/components/schemas/InsightsRoomSession/properties/startedAt"
            )

        ended_at = src_dict.get("endedAt", UNSET)
        if type(ended_at) is str:
            try:
                ended_at = fromisoformat(ended_at)
            except ValueError:
                ended_at = parse_datetime(
                    ended_at, _ctx, _at, "endedAt", "#/components/schemas/InsightsRoomSession/properties/endedAt"
                )
            else:
                if ended_at.tzinfo is None:
                    ended_at = ended_at.replace(tzinfo=UTC)
        elif ended_at is not UNSET:
            ended_at = parse_datetime(
                ended_at, _ctx, _at, "endedAt", "#/components/schemas/InsightsRoomSession/properties/endedAt"
            )

        rating = src_dict.get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET and rating is not None:
            rating = mismatch(
                _ctx, (_at, "rating"), "number", rating, "#/components/schemas/InsightsRoomSession/properties/rating"
            )

        total_ratings = src_dict.get("totalRatings", UNSET)
        if (
            type(total_ratings) is not float
            and type(total_ratings) is not int
            and total_ratings is not UNSET
            and total_ratings is not None
        ):
            total_ratings = mismatch(
                _ctx,
                (_at, "totalRatings"),
                "number",
                total_ratings,
                "#/components/schemas/InsightsRoomSession/properties/totalRatings",
            )

        _instance = new_instance(cls)
        _instance.room_session_id = room_session_id
        _instance.room_name = room_name
        _instance.total_participant_minutes = total_participant_minutes
        _instance.total_recorder_minutes = total_recorder_minutes
        _instance.total_streamer_minutes = total_streamer_minutes
        _instance.total_unique_participants = total_unique_participants
        _instance.total_unique_recorders = total_unique_recorders
        _instance.total_unique_streamers = total_unique_streamers
        _instance.started_at = started_at
        _instance.ended_at = ended_at
        _instance.rating = rating
        _instance.total_ratings = total_ratings

        if len(src_dict) > _read and not src_dict.keys() <= _InsightsRoomSession_known:
            d = {key: value for key, value in src_dict.items() if key not in _InsightsRoomSession_known}
            unknown_fields(_ctx, _at, d, "InsightsRoomSession", "#/components/schemas/InsightsRoomSession")
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
