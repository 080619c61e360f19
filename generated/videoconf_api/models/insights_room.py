from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="InsightsRoom")


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
        room_name = self.room_name

        created_at = format_datetime(self.created_at)

        end_at = format_datetime(self.end_at)

        first_session_started_at = format_datetime(self.first_session_started_at)

        last_session_started_at = format_datetime(self.last_session_started_at)

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("roomName")

        created_at = parse_datetime(d.pop("createdAt"), "createdAt")

        end_at = parse_datetime(d.pop("endAt"), "endAt")

        first_session_started_at = parse_datetime(d.pop("firstSessionStartedAt"), "firstSessionStartedAt")

        last_session_started_at = parse_datetime(d.pop("lastSessionStartedAt"), "lastSessionStartedAt")

        total_participant_minutes = d.pop("totalParticipantMinutes")

        total_recorder_minutes = d.pop("totalRecorderMinutes")

        total_streamer_minutes = d.pop("totalStreamerMinutes")

        total_unique_participants = d.pop("totalUniqueParticipants")

        total_unique_recorders = d.pop("totalUniqueRecorders")

        total_unique_streamers = d.pop("totalUniqueStreamers")

        total_sessions = d.pop("totalSessions")

        rating = cast(float | None | Unset, d.pop("rating", UNSET))

        total_ratings = cast(float | None | Unset, d.pop("totalRatings", UNSET))

        _instance = cls(
            room_name=room_name,
            created_at=created_at,
            end_at=end_at,
            first_session_started_at=first_session_started_at,
            last_session_started_at=last_session_started_at,
            total_participant_minutes=total_participant_minutes,
            total_recorder_minutes=total_recorder_minutes,
            total_streamer_minutes=total_streamer_minutes,
            total_unique_participants=total_unique_participants,
            total_unique_recorders=total_unique_recorders,
            total_unique_streamers=total_unique_streamers,
            total_sessions=total_sessions,
            rating=rating,
            total_ratings=total_ratings,
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
