"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from videoconf._parsing import Drift, mismatch
from videoconf._requester import (
    AsyncPager,
    AsyncRequester,
    Requester,
    SyncPager,
    async_raw_pager,
    async_raw_response,
    prepare,
    raw_response,
)

from ..._operations import INSIGHTS_PARTICIPANT, INSIGHTS_PARTICIPANTS, INSIGHTS_ROOM_SESSIONS, INSIGHTS_ROOMS
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
        _response_200_from_dict = InsightsParticipantDetail.from_dict
        for _response_200_index, _response_200_item in enumerate(_response_200):
            response_200_item = _response_200_item
            if isinstance(response_200_item, dict):
                response_200_item = _response_200_from_dict(
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

        Args:
            room_name: Room-name filter, sent as `roomName[exact]=...`, `roomName[startsWith]=...` or
                `roomName[contains]=...`. At least 1 key. Keys: `exact`, `startsWith`, `contains`.
            created_at: Creation-time window, sent as `createdAt[from]=...` and/or `createdAt[to]=...`. At least
                1 key. Keys: `from`, `to`.
            sort_by: Sort order as `<field>:asc` or `<field>:desc`, where the field is one of the result fields
                (for example `totalSessions:desc`). Must match the regular expression `^[A-Za-z]+:(asc|desc)$`.
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `10`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[InsightsRoom]: One page of results that auto-paginates: `for item in ...` yields every
                item of this page and of every following page, each fetched when it is reached. For pages, loop over
                `.iter_pages()`, or read `.data` (this page's items), `.has_next_page()` and `.get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                INSIGHTS_ROOMS,
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
            ),
            InsightsRoomList.from_dict,
            _insights_rooms_items,
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

        Args:
            room_name: The room whose sessions are reported, as in `Meeting.roomName` (starts with `/`).
            room_session_id: Restrict the results to one session of the room.
            sort_by: Sort order as `<field>:asc` or `<field>:desc`, where the field is one of the result fields
                (for example `totalSessions:desc`). Must match the regular expression `^[A-Za-z]+:(asc|desc)$`.
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `10`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[InsightsRoomSession]: One page of results that auto-paginates: `for item in ...` yields
                every item of this page and of every following page, each fetched when it is reached. For pages,
                loop over `.iter_pages()`, or read `.data` (this page's items), `.has_next_page()` and
                `.get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                INSIGHTS_ROOM_SESSIONS,
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
            ),
            InsightsRoomSessionList.from_dict,
            _insights_room_sessions_items,
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

        Args:
            room_session_id: The room session whose participants are reported; required unless `externalId` is
                given.
            external_id: Your own participant id (as passed when joining); required unless `roomSessionId` is
                given.
            sort_by: Sort order as `<field>:asc` or `<field>:desc`, where the field is one of the result fields
                (for example `totalSessions:desc`). Must match the regular expression `^[A-Za-z]+:(asc|desc)$`.
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `10`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[InsightsParticipant]: One page of results that auto-paginates: `for item in ...` yields
                every item of this page and of every following page, each fetched when it is reached. For pages,
                loop over `.iter_pages()`, or read `.data` (this page's items), `.has_next_page()` and
                `.get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                INSIGHTS_PARTICIPANTS,
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
            ),
            InsightsParticipantList.from_dict,
            _insights_participants_items,
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

        Args:
            room_session_id: The room session the participant was in.
            participant_id: The participant, as in `InsightsParticipant.participantId`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            list[InsightsParticipantDetail]: The participant's quality data, one item per connection.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return self._requester.request(
            prepare(
                INSIGHTS_PARTICIPANT,
                query={
                    "roomSessionId": room_session_id,
                    "participantId": participant_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _insights_participant_result,
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

        Args:
            room_name: Room-name filter, sent as `roomName[exact]=...`, `roomName[startsWith]=...` or
                `roomName[contains]=...`. At least 1 key. Keys: `exact`, `startsWith`, `contains`.
            created_at: Creation-time window, sent as `createdAt[from]=...` and/or `createdAt[to]=...`. At least
                1 key. Keys: `from`, `to`.
            sort_by: Sort order as `<field>:asc` or `<field>:desc`, where the field is one of the result fields
                (for example `totalSessions:desc`). Must match the regular expression `^[A-Za-z]+:(asc|desc)$`.
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `10`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[InsightsRoom]: One page of results that auto-paginates: `async for item in ...` yields
                every item of this page and of every following page, each fetched when it is reached. For pages,
                `async for page in ....iter_pages()`, or `await` it to load this page and read `.data`,
                `.has_next_page()` and `await .get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                INSIGHTS_ROOMS,
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
            ),
            InsightsRoomList.from_dict,
            _insights_rooms_items,
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

        Args:
            room_name: The room whose sessions are reported, as in `Meeting.roomName` (starts with `/`).
            room_session_id: Restrict the results to one session of the room.
            sort_by: Sort order as `<field>:asc` or `<field>:desc`, where the field is one of the result fields
                (for example `totalSessions:desc`). Must match the regular expression `^[A-Za-z]+:(asc|desc)$`.
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `10`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[InsightsRoomSession]: One page of results that auto-paginates: `async for item in ...`
                yields every item of this page and of every following page, each fetched when it is reached. For
                pages, `async for page in ....iter_pages()`, or `await` it to load this page and read `.data`,
                `.has_next_page()` and `await .get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                INSIGHTS_ROOM_SESSIONS,
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
            ),
            InsightsRoomSessionList.from_dict,
            _insights_room_sessions_items,
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

        Args:
            room_session_id: The room session whose participants are reported; required unless `externalId` is
                given.
            external_id: Your own participant id (as passed when joining); required unless `roomSessionId` is
                given.
            sort_by: Sort order as `<field>:asc` or `<field>:desc`, where the field is one of the result fields
                (for example `totalSessions:desc`). Must match the regular expression `^[A-Za-z]+:(asc|desc)$`.
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `10`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[InsightsParticipant]: One page of results that auto-paginates: `async for item in ...`
                yields every item of this page and of every following page, each fetched when it is reached. For
                pages, `async for page in ....iter_pages()`, or `await` it to load this page and read `.data`,
                `.has_next_page()` and `await .get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                INSIGHTS_PARTICIPANTS,
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
            ),
            InsightsParticipantList.from_dict,
            _insights_participants_items,
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

        Args:
            room_session_id: The room session the participant was in.
            participant_id: The participant, as in `InsightsParticipant.participantId`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            list[InsightsParticipantDetail]: The participant's quality data, one item per connection.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return await self._requester.request(
            prepare(
                INSIGHTS_PARTICIPANT,
                query={
                    "roomSessionId": room_session_id,
                    "participantId": participant_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _insights_participant_result,
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
