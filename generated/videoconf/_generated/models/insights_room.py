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

_InsightsRoom_known = frozenset(
    {
        "roomName",
        "createdAt",
        "endAt",
        "firstSessionStartedAt",
        "lastSessionStartedAt",
        "totalParticipantMinutes",
        "totalRecorderMinutes",
        "totalStreamerMinutes",
        "totalUniqueParticipants",
        "totalUniqueRecorders",
        "totalUniqueStreamers",
        "totalSessions",
        "rating",
        "totalRatings",
    }
)


@_attrs_define
class InsightsRoom:
    """Usage totals of one room.

    Attributes:
        room_name (str): Name of the room (starts with `/`).
        created_at (datetime.datetime): When the room was created.
        end_at (datetime.datetime): When the room was set to expire.
        first_session_started_at (datetime.datetime): Start of the room's first session.
        last_session_started_at (datetime.datetime): Start of the room's latest session.
        total_participant_minutes (int): Participant minutes in the room, each connection rounded up to whole minutes.
        total_recorder_minutes (int): Minutes the room was recorded.
        total_streamer_minutes (int): Minutes the room was streamed.
        total_unique_participants (int): Number of distinct participants.
        total_unique_recorders (int): Number of distinct recorders.
        total_unique_streamers (int): Number of distinct streamers.
        total_sessions (int): Number of sessions held in the room.
        rating (float | None | Unset): Average participant rating; `null` when nobody rated.
        total_ratings (float | None | Unset): Number of ratings given; `null` when nobody rated.
    """

    room_name: str
    created_at: datetime.datetime
    end_at: datetime.datetime
    first_session_started_at: datetime.datetime
    last_session_started_at: datetime.datetime
    total_participant_minutes: int
    total_recorder_minutes: int
    total_streamer_minutes: int
    total_unique_participants: int
    total_unique_recorders: int
    total_unique_streamers: int
    total_sessions: int
    rating: float | None | Unset = UNSET
    total_ratings: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        room_name = self.room_name

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        end_at: Any
        if isinstance(self.end_at, datetime.datetime):
            end_at = format_datetime(self.end_at)
        else:
            end_at = self.end_at

        first_session_started_at: Any
        if isinstance(self.first_session_started_at, datetime.datetime):
            first_session_started_at = format_datetime(self.first_session_started_at)
        else:
            first_session_started_at = self.first_session_started_at

        last_session_started_at: Any
        if isinstance(self.last_session_started_at, datetime.datetime):
            last_session_started_at = format_datetime(self.last_session_started_at)
        else:
            last_session_started_at = self.last_session_started_at

        total_participant_minutes = self.total_participant_minutes

        total_recorder_minutes = self.total_recorder_minutes

        total_streamer_minutes = self.total_streamer_minutes

        total_unique_participants = self.total_unique_participants

        total_unique_recorders = self.total_unique_recorders

        total_unique_streamers = self.total_unique_streamers

        total_sessions = self.total_sessions

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
                "roomName": room_name,
                "createdAt": created_at,
                "endAt": end_at,
                "firstSessionStartedAt": first_session_started_at,
                "lastSessionStartedAt": last_session_started_at,
                "totalParticipantMinutes": total_participant_minutes,
                "totalRecorderMinutes": total_recorder_minutes,
                "totalStreamerMinutes": total_streamer_minutes,
                "totalUniqueParticipants": total_unique_participants,
                "totalUniqueRecorders": total_unique_recorders,
                "totalUniqueStreamers": total_unique_streamers,
                "totalSessions": total_sessions,
            }
        )
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
        _read = 12
        try:
            _room_name_in = src_dict["roomName"]
            _created_at_in = src_dict["createdAt"]
            _end_at_in = src_dict["endAt"]
            _first_session_started_at_in = src_dict["firstSessionStartedAt"]
            _last_session_started_at_in = src_dict["lastSessionStartedAt"]
            _total_participant_minutes_in = src_dict["totalParticipantMinutes"]
            _total_recorder_minutes_in = src_dict["totalRecorderMinutes"]
            _total_streamer_minutes_in = src_dict["totalStreamerMinutes"]
            _total_unique_participants_in = src_dict["totalUniqueParticipants"]
            _total_unique_recorders_in = src_dict["totalUniqueRecorders"]
            _total_unique_streamers_in = src_dict["totalUniqueStreamers"]
            _total_sessions_in = src_dict["totalSessions"]
        except KeyError:
            _room_name_in = src_dict.get("roomName", MISSING)
            _created_at_in = src_dict.get("createdAt", MISSING)
            _end_at_in = src_dict.get("endAt", MISSING)
            _first_session_started_at_in = src_dict.get("firstSessionStartedAt", MISSING)
            _last_session_started_at_in = src_dict.get("lastSessionStartedAt", MISSING)
            _total_participant_minutes_in = src_dict.get("totalParticipantMinutes", MISSING)
            _total_recorder_minutes_in = src_dict.get("totalRecorderMinutes", MISSING)
            _total_streamer_minutes_in = src_dict.get("totalStreamerMinutes", MISSING)
            _total_unique_participants_in = src_dict.get("totalUniqueParticipants", MISSING)
            _total_unique_recorders_in = src_dict.get("totalUniqueRecorders", MISSING)
            _total_unique_streamers_in = src_dict.get("totalUniqueStreamers", MISSING)
            _total_sessions_in = src_dict.get("totalSessions", MISSING)
            _read = 0
        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx, (_at, "roomName"), "string", room_name, "#/components/schemas/InsightsRoom/properties/roomName"
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "createdAt", "#/components/schemas/InsightsRoom/properties/createdAt"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "createdAt", "#/components/schemas/InsightsRoom/properties/createdAt"
            )

        end_at = _end_at_in
        if type(end_at) is str:
            try:
                end_at = fromisoformat(end_at)
            except ValueError:
                end_at = parse_datetime(
                    end_at, _ctx, _at, "endAt", "#/components/schemas/InsightsRoom/properties/endAt"
                )
            else:
                if end_at.tzinfo is None:
                    end_at = end_at.replace(tzinfo=UTC)
        else:
            end_at = parse_datetime(end_at, _ctx, _at, "endAt", "#/components/schemas/InsightsRoom/properties/endAt")

        first_session_started_at = _first_session_started_at_in
        if type(first_session_started_at) is str:
            try:
                first_session_started_at = fromisoformat(first_session_started_at)
            except ValueError:
                first_session_started_at = parse_datetime(
                    first_session_started_at,
                    _ctx,
                    _at,
                    "firstSessionStartedAt",
                    "#/components/schemas/InsightsRoom/properties/firstSessionStartedAt",
                )
            else:
                if first_session_started_at.tzinfo is None:
                    first_session_started_at = first_session_started_at.replace(tzinfo=UTC)
        else:
            first_session_started_at = parse_datetime(
                first_session_started_at,
                _ctx,
                _at,
                "firstSessionStartedAt",
                "#/components/schemas/InsightsRoom/properties/firstSessionStartedAt",
            )

        last_session_started_at = _last_session_started_at_in
        if type(last_session_started_at) is str:
            try:
                last_session_started_at = fromisoformat(last_session_started_at)
            except ValueError:
                last_session_started_at = parse_datetime(
                    last_session_started_at,
                    _ctx,
                    _at,
                    "lastSessionStartedAt",
                    "#/components/schemas/InsightsRoom/properties/lastSessionStartedAt",
                )
            else:
                if last_session_started_at.tzinfo is None:
                    last_session_started_at = last_session_started_at.replace(tzinfo=UTC)
        else:
            last_session_started_at = parse_datetime(
                last_session_started_at,
                _ctx,
                _at,
                "lastSessionStartedAt",
                "#/components/schemas/InsightsRoom/properties/lastSessionStartedAt",
            )

        total_participant_minutes = _total_participant_minutes_in
        if type(total_participant_minutes) is not int:
            total_participant_minutes = mismatch(
                _ctx,
                (_at, "totalParticipantMinutes"),
                "integer",
                total_participant_minutes,
                "#/components/schemas/InsightsRoom/properties/totalParticipantMinutes",
            )

        total_recorder_minutes = _total_recorder_minutes_in
        if type(total_recorder_minutes) is not int:
            total_recorder_minutes = mismatch(
                _ctx,
                (_at, "totalRecorderMinutes"),
                "integer",
                total_recorder_minutes,
                "#/components/schemas/InsightsRoom/properties/totalRecorderMinutes",
            )

        total_streamer_minutes = _total_streamer_minutes_in
        if type(total_streamer_minutes) is not int:
            total_streamer_minutes = mismatch(
                _ctx,
                (_at, "totalStreamerMinutes"),
                "integer",
                total_streamer_minutes,
                "#/components/schemas/InsightsRoom/properties/totalStreamerMinutes",
            )

        total_unique_participants = _total_unique_participants_in
        if type(total_unique_participants) is not int:
            total_unique_participants = mismatch(
                _ctx,
                (_at, "totalUniqueParticipants"),
                "integer",
                total_unique_participants,
                "#/components/schemas/InsightsRoom/properties/totalUniqueParticipants",
            )

        total_unique_recorders = _total_unique_recorders_in
        if type(total_unique_recorders) is not int:
            total_unique_recorders = mismatch(
                _ctx,
                (_at, "totalUniqueRecorders"),
                "integer",
                total_unique_recorders,
                "#/components/schemas/InsightsRoom/properties/totalUniqueRecorders",
            )

        total_unique_streamers = _total_unique_streamers_in
        if type(total_unique_streamers) is not int:
            total_unique_streamers = mismatch(
                _ctx,
                (_at, "totalUniqueStreamers"),
                "integer",
                total_unique_streamers,
                "#/components/schemas/InsightsRoom/properties/totalUniqueStreamers",
            )

        total_sessions = _total_sessions_in
        if type(total_sessions) is not int:
            total_sessions = mismatch(
                _ctx,
                (_at, "totalSessions"),
                "integer",
                total_sessions,
                "#/components/schemas/InsightsRoom/properties/totalSessions",
            )

        rating = src_dict.get("rating", UNSET)
        if type(rating) is not float and type(rating) is not int and rating is not UNSET and rating is not None:
            rating = mismatch(
                _ctx, (_at, "rating"), "number", rating, "#/components/schemas/InsightsRoom/properties/rating"
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
                "#/components/schemas/InsightsRoom/properties/totalRatings",
            )

        _instance = new_instance(cls)
        _instance.room_name = room_name
        _instance.created_at = created_at
        _instance.end_at = end_at
        _instance.first_session_started_at = first_session_started_at
        _instance.last_session_started_at = last_session_started_at
        _instance.total_participant_minutes = total_participant_minutes
        _instance.total_recorder_minutes = total_recorder_minutes
        _instance.total_streamer_minutes = total_streamer_minutes
        _instance.total_unique_participants = total_unique_participants
        _instance.total_unique_recorders = total_unique_recorders
        _instance.total_unique_streamers = total_unique_streamers
        _instance.total_sessions = total_sessions
        _instance.rating = rating
        _instance.total_ratings = total_ratings

        if len(src_dict) > _read and not src_dict.keys() <= _InsightsRoom_known:
            d = {key: value for key, value in src_dict.items() if key not in _InsightsRoom_known}
            unknown_fields(_ctx, _at, d, "InsightsRoom", "#/components/schemas/InsightsRoom")
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
