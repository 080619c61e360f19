"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..._parsing import Drift, mismatch
from ..._requester import (
    AsyncPager,
    AsyncRequester,
    Requester,
    SyncPager,
    async_raw_pager,
    async_raw_response,
    raw_response,
)
from ...models.insights_created_at_filter import InsightsCreatedAtFilter
from ...models.insights_participant import InsightsParticipant
from ...models.insights_participant_detail import InsightsParticipantDetail
from ...models.insights_participant_list import InsightsParticipantList
from ...models.insights_room import InsightsRoom
from ...models.insights_room_list import InsightsRoomList
from ...models.insights_room_name_filter import InsightsRoomNameFilter
from ...models.insights_room_session import InsightsRoomSession
from ...models.insights_room_session_list import InsightsRoomSessionList
from ...types import UNSET, Unset

__all__ = [
    "WherebyInsights",
    "AsyncWherebyInsights",
    "WherebyInsightsWithRawResponse",
    "AsyncWherebyInsightsWithRawResponse",
]


def _insights_rooms_items(page: InsightsRoomList) -> list[InsightsRoom]:
    return page.results


def _insights_room_sessions_items(page: InsightsRoomSessionList) -> list[InsightsRoomSession]:
    return page.results


def _insights_participants_items(page: InsightsParticipantList) -> list[InsightsParticipant]:
    return page.results


def _insights_participant_result(data: Any, _ctx: Drift) -> list[InsightsParticipantDetail]:
    response_200 = _response_200 = data
    if isinstance(_response_200, list):
        response_200 = []
        _response_200_at = None
        for _response_200_index, _response_200_item in enumerate(_response_200):
            response_200_item = _response_200_item
            if isinstance(response_200_item, dict):
                response_200_item = InsightsParticipantDetail.from_dict(
                    response_200_item, _ctx, (_response_200_at, _response_200_index)
                )
            else:
                response_200_item = mismatch(
                    _ctx, (_response_200_at, _response_200_index), "InsightsParticipantDetail", response_200_item
                )

            response_200.append(response_200_item)
    else:
        response_200 = mismatch(_ctx, None, "array", _response_200)

    return response_200  # type: ignore[no-any-return]


class WherebyInsights:
    """`insights` operations (whereby_insights), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def rooms(
        self,
        *,
        room_name: InsightsRoomNameFilter | Mapping[str, Any] | Unset = UNSET,
        created_at: InsightsCreatedAtFilter | Mapping[str, Any] | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[InsightsRoom]:
        """Get room insights

        Returns one page of per-room usage totals (minutes, unique participants, sessions, ratings),
        optionally filtered by room name and creation time. Follow `cursor` for further pages. Costs 1 rate-
        limit point.

        Operation `insights_rooms`: GET /insights/rooms.
        """
        return self._requester.paginate(
            "insights_rooms",
            InsightsRoomList.from_dict,
            _insights_rooms_items,
            query={
                "roomName": room_name,
                "createdAt": created_at,
                "sortBy": sort_by,
                "cursor": cursor,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def room_sessions(
        self,
        *,
        room_name: str,
        room_session_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[InsightsRoomSession]:
        """Get room session insights

        Returns one page of usage totals for each session held in one room. Follow `cursor` for further
        pages. Costs 1 rate-limit point.

        Operation `insights_room_sessions`: GET /insights/room-sessions.
        """
        return self._requester.paginate(
            "insights_room_sessions",
            InsightsRoomSessionList.from_dict,
            _insights_room_sessions_items,
            query={
                "roomName": room_name,
                "roomSessionId": room_session_id,
                "sortBy": sort_by,
                "cursor": cursor,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def participants(
        self,
        *,
        room_session_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[InsightsParticipant]:
        """Get participant insights

        Returns one page of participants, with join and leave times and any rating they gave, for one room
        session or one external participant id. Give `roomSessionId`, `externalId` or both; the schema marks
        neither as required because either one is enough. Follow `cursor` for further pages. Costs 1 rate-
        limit point.

        Operation `insights_participants`: GET /insights/participants.
        """
        return self._requester.paginate(
            "insights_participants",
            InsightsParticipantList.from_dict,
            _insights_participants_items,
            query={
                "roomSessionId": room_session_id,
                "externalId": external_id,
                "sortBy": sort_by,
                "cursor": cursor,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def participant(
        self,
        *,
        room_session_id: str,
        participant_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[InsightsParticipantDetail]:
        """Get one participant's call quality

        Returns the connection-quality series (packet loss, bitrate and so on) recorded for one participant
        in one room session, one entry per connection. Answers 404 when the session or participant is
        unknown. Costs 1 rate-limit point.

        Operation `insights_participant`: GET /insights/participant.
        """
        return self._requester.request(
            "insights_participant",
            _insights_participant_result,
            query={
                "roomSessionId": room_session_id,
                "participantId": participant_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWherebyInsights:
    """`insights` operations (whereby_insights), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def rooms(
        self,
        *,
        room_name: InsightsRoomNameFilter | Mapping[str, Any] | Unset = UNSET,
        created_at: InsightsCreatedAtFilter | Mapping[str, Any] | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[InsightsRoom]:
        """Get room insights

        Returns one page of per-room usage totals (minutes, unique participants, sessions, ratings),
        optionally filtered by room name and creation time. Follow `cursor` for further pages. Costs 1 rate-
        limit point.

        Operation `insights_rooms`: GET /insights/rooms.
        """
        return self._requester.paginate(
            "insights_rooms",
            InsightsRoomList.from_dict,
            _insights_rooms_items,
            query={
                "roomName": room_name,
                "createdAt": created_at,
                "sortBy": sort_by,
                "cursor": cursor,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def room_sessions(
        self,
        *,
        room_name: str,
        room_session_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[InsightsRoomSession]:
        """Get room session insights

        Returns one page of usage totals for each session held in one room. Follow `cursor` for further
        pages. Costs 1 rate-limit point.

        Operation `insights_room_sessions`: GET /insights/room-sessions.
        """
        return self._requester.paginate(
            "insights_room_sessions",
            InsightsRoomSessionList.from_dict,
            _insights_room_sessions_items,
            query={
                "roomName": room_name,
                "roomSessionId": room_session_id,
                "sortBy": sort_by,
                "cursor": cursor,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def participants(
        self,
        *,
        room_session_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[InsightsParticipant]:
        """Get participant insights

        Returns one page of participants, with join and leave times and any rating they gave, for one room
        session or one external participant id. Give `roomSessionId`, `externalId` or both; the schema marks
        neither as required because either one is enough. Follow `cursor` for further pages. Costs 1 rate-
        limit point.

        Operation `insights_participants`: GET /insights/participants.
        """
        return self._requester.paginate(
            "insights_participants",
            InsightsParticipantList.from_dict,
            _insights_participants_items,
            query={
                "roomSessionId": room_session_id,
                "externalId": external_id,
                "sortBy": sort_by,
                "cursor": cursor,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def participant(
        self,
        *,
        room_session_id: str,
        participant_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[InsightsParticipantDetail]:
        """Get one participant's call quality

        Returns the connection-quality series (packet loss, bitrate and so on) recorded for one participant
        in one room session, one entry per connection. Answers 404 when the session or participant is
        unknown. Costs 1 rate-limit point.

        Operation `insights_participant`: GET /insights/participant.
        """
        return await self._requester.request(
            "insights_participant",
            _insights_participant_result,
            query={
                "roomSessionId": room_session_id,
                "participantId": participant_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class WherebyInsightsWithRawResponse:
    """`insights` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = WherebyInsights(requester)
        self.rooms = raw_response(resource.rooms)
        self.room_sessions = raw_response(resource.room_sessions)
        self.participants = raw_response(resource.participants)
        self.participant = raw_response(resource.participant)


class AsyncWherebyInsightsWithRawResponse:
    """`insights` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncWherebyInsights(requester)
        self.rooms = async_raw_pager(resource.rooms)
        self.room_sessions = async_raw_pager(resource.room_sessions)
        self.participants = async_raw_pager(resource.participants)
        self.participant = async_raw_response(resource.participant)
