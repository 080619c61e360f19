"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import httpx

from videoconf._requester import (
    AsyncPager,
    AsyncRequester,
    Requester,
    SyncPager,
    async_raw_pager,
    async_raw_response,
    no_content,
    prepare,
    raw_response,
)

from ..._operations import (
    ROOMS_CREATE,
    ROOMS_CREATE_STREAM,
    ROOMS_DELETE,
    ROOMS_GET,
    ROOMS_LIST,
    ROOMS_LIST_STREAMS,
    ROOMS_UPDATE,
)
from ...models.create_room_request_meta import CreateRoomRequestMeta
from ...models.room import Room
from ...models.room_list import RoomList
from ...models.stream import Stream
from ...models.stream_list import StreamList
from ...models.update_room_request_meta import UpdateRoomRequestMeta
from ...models.video_layout import VideoLayout
from ...models.video_quality import VideoQuality
from ...types import UNSET, Unset

__all__ = [
    "SignalWireRooms",
    "AsyncSignalWireRooms",
    "SignalWireRoomsWithRawResponse",
    "AsyncSignalWireRoomsWithRawResponse",
]


def _rooms_list_items(page: RoomList) -> list[Room]:
    return page.data


def _rooms_list_streams_items(page: StreamList) -> list[Stream]:
    return page.data


class SignalWireRooms:
    """`rooms` operations (signal_wire_rooms), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_active_session: bool | Unset = UNSET,
        starts_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        ends_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Room]:
        """List rooms

        Returns the project's rooms page by page, optionally filtered by their joining window. The API token
        needs the Video scope.

        Operation `rooms_list`: GET /api/video/rooms.

        Args:
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            starts_after: Only return rooms whose `join_from` is on or after this moment, as one string in
                either form: an RFC 3339 date-time (`2024-05-01T09:00:00Z`) or a date (`2024-05-01`, read as
                midnight UTC). Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            ends_before: Only return rooms whose `join_until` is on or before this moment, as one string in
                either form: an RFC 3339 date-time (`2024-05-01T18:00:00Z`) or a date (`2024-05-01`, read as
                midnight UTC). Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Room]: One page of results that auto-paginates: `for item in ...` yields every item of
                this page and of every following page, each fetched when it is reached. For pages, loop over
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
                ROOMS_LIST,
                query={
                    "include_active_session": include_active_session,
                    "starts_after": starts_after,
                    "ends_before": ends_before,
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RoomList.from_dict,
            _rooms_list_items,
        )

    def create(
        self,
        *,
        name: str,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: CreateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """Create a room

        Creates a persistent room. Answers 200 (not 201). The API token needs the Video scope.

        Operation `rooms_create`: POST /api/video/rooms.

        Args:
            name: Unique name made of letters, digits, `_` and `-`. At most 100 characters. Must match the
                regular expression `^[A-Za-z0-9_-]+$`.
            display_name: Human-readable name. At most 200 characters.
            description: Free-text description. At most 3000 characters.
            max_members: Maximum number of simultaneous participants. From 1 to 300. When left out, the server
                uses `20`.
            quality: Video resolution. One of `720p` or `1080p` (a `VideoQuality` or its value). When left out,
                the server uses `720p`.
            remove_after_seconds_elapsed: Each participant is removed this many seconds after joining. A token
                may override it. From 1 to 200000.
            layout: Layout a new session starts with. One of the 13 `VideoLayout` values. When left out, the
                server uses `grid-responsive`.
            record_on_start: Record each session from its start. When left out, the server uses `False`.
            enable_room_previews: Produce a preview video of running sessions. When left out, the server uses
                `False`.
            meta: Any JSON object you want to store with the room. The server limits it to 2000 characters once
                serialised as JSON.
            sync_audio_video: Keep audio and video in sync with the jitter buffer. Older documents call this
                `audio_video_sync`; requests use `sync_audio_video`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). A token may override it. Takes an aware `datetime`, a naive one (read as
                UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). A token may override it.
                Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            remove_at: At this instant every participant is removed. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). A token may override it. Takes an aware `datetime`, a naive one (read as
                UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The new room.

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
                ROOMS_CREATE,
                body={
                    "name": name,
                    "display_name": display_name,
                    "description": description,
                    "max_members": max_members,
                    "quality": quality,
                    "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                    "layout": layout,
                    "record_on_start": record_on_start,
                    "enable_room_previews": enable_room_previews,
                    "meta": meta,
                    "sync_audio_video": sync_audio_video,
                    "join_from": join_from,
                    "join_until": join_until,
                    "remove_at": remove_at,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    def get(
        self,
        id: str | UUID,
        /,
        *,
        include_active_session: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """Get a room by id or name

        Returns one room, looked up by UUID or by unique name. The API token needs the Video scope.

        Operation `rooms_get`: GET /api/video/rooms/{id}.

        Args:
            id: The room's UUID (`6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b`) or its unique name (`weekly_standup`),
                one string in either form (a UUID is also a valid room name). Either a UUID or at most 100
                characters; must match the regular expression `^[A-Za-z0-9_-]+$`.
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The room.

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
                ROOMS_GET,
                path={
                    "id": id,
                },
                query={
                    "include_active_session": include_active_session,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    def get_by_name(
        self,
        name: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """The same operation as `get`, called with a name instead of an id.

        Args:
            name: Unique, URL-safe name of a room or conference: letters, digits, `_` and `-`. At most 100
                characters. Must match the regular expression `^[A-Za-z0-9_-]+$`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The room.

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
                ROOMS_GET,
                path={"id": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    def update(
        self,
        id: UUID,
        /,
        *,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: UpdateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """Update a room

        Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
        Video scope.

        Operation `rooms_update`: PUT /api/video/rooms/{id}.

        Args:
            id: Identifier (UUID) of the room.
            display_name: Human-readable name. Omit it to keep the current value. At most 200 characters.
            description: Free-text description. Omit it to keep the current value. At most 3000 characters.
            max_members: Maximum number of simultaneous participants. Omit it to keep the current value. From 1
                to 300.
            quality: Video resolution. Omit it to keep the current value. One of `720p` or `1080p` (a
                `VideoQuality` or its value).
            remove_after_seconds_elapsed: Each participant is removed this many seconds after joining. Omit it
                to keep the current value. From 1 to 200000.
            layout: Layout a new session starts with. Omit it to keep the current value. One of the 13
                `VideoLayout` values.
            record_on_start: Record each session from its start. Omit it to keep the current value.
            enable_room_previews: Produce a preview video of running sessions. Omit it to keep the current
                value.
            meta: Any JSON object you want to store with the room. The server limits it to 2000 characters once
                serialised as JSON. Omit it to keep the current value.
            sync_audio_video: Keep audio and video in sync with the jitter buffer. Omit it to keep the current
                value.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Omit it to keep the current value. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Omit it to keep the current
                value. Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            remove_at: At this instant every participant is removed. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Omit it to keep the current value. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The room after the change.

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
                ROOMS_UPDATE,
                path={
                    "id": id,
                },
                body={
                    "display_name": display_name,
                    "description": description,
                    "max_members": max_members,
                    "quality": quality,
                    "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                    "layout": layout,
                    "record_on_start": record_on_start,
                    "enable_room_previews": enable_room_previews,
                    "meta": meta,
                    "sync_audio_video": sync_audio_video,
                    "join_from": join_from,
                    "join_until": join_until,
                    "remove_at": remove_at,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    def delete(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a room

        Deletes a room. The API token needs the Video scope.

        Operation `rooms_delete`: DELETE /api/video/rooms/{id}.

        Args:
            id: Identifier (UUID) of the room.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The room was deleted.

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
                ROOMS_DELETE,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )

    def list_streams(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Stream]:
        """List a room's streams

        Returns the outbound streams of a room, page by page. The API token needs the Video scope.

        Operation `rooms_list_streams`: GET /api/video/rooms/{id}/streams.

        Args:
            id: Identifier (UUID) of the room.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Stream]: One page of results that auto-paginates: `for item in ...` yields every item of
                this page and of every following page, each fetched when it is reached. For pages, loop over
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
                ROOMS_LIST_STREAMS,
                path={
                    "id": id,
                },
                query={
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            StreamList.from_dict,
            _rooms_list_streams_items,
        )

    def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Stream:
        """Start streaming a room

        Starts pushing a room's video to an RTMP or RTMPS address. Answers 201, unlike the other SignalWire
        create operations, which answer 200. The API token needs the Video scope.

        Operation `rooms_create_stream`: POST /api/video/rooms/{id}/streams.

        Args:
            id: Identifier (UUID) of the room.
            url: RTMP or RTMPS address to push the video to, including any stream key.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Stream: The new stream.

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
                ROOMS_CREATE_STREAM,
                path={
                    "id": id,
                },
                body={
                    "url": url,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Stream.from_dict,
        )


class AsyncSignalWireRooms:
    """`rooms` operations (signal_wire_rooms), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_active_session: bool | Unset = UNSET,
        starts_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        ends_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Room]:
        """List rooms

        Returns the project's rooms page by page, optionally filtered by their joining window. The API token
        needs the Video scope.

        Operation `rooms_list`: GET /api/video/rooms.

        Args:
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            starts_after: Only return rooms whose `join_from` is on or after this moment, as one string in
                either form: an RFC 3339 date-time (`2024-05-01T09:00:00Z`) or a date (`2024-05-01`, read as
                midnight UTC). Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            ends_before: Only return rooms whose `join_until` is on or before this moment, as one string in
                either form: an RFC 3339 date-time (`2024-05-01T18:00:00Z`) or a date (`2024-05-01`, read as
                midnight UTC). Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Room]: One page of results that auto-paginates: `async for item in ...` yields every item
                of this page and of every following page, each fetched when it is reached. For pages, `async for
                page in ....iter_pages()`, or `await` it to load this page and read `.data`, `.has_next_page()` and
                `await .get_next_page()`.

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
                ROOMS_LIST,
                query={
                    "include_active_session": include_active_session,
                    "starts_after": starts_after,
                    "ends_before": ends_before,
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RoomList.from_dict,
            _rooms_list_items,
        )

    async def create(
        self,
        *,
        name: str,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: CreateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """Create a room

        Creates a persistent room. Answers 200 (not 201). The API token needs the Video scope.

        Operation `rooms_create`: POST /api/video/rooms.

        Args:
            name: Unique name made of letters, digits, `_` and `-`. At most 100 characters. Must match the
                regular expression `^[A-Za-z0-9_-]+$`.
            display_name: Human-readable name. At most 200 characters.
            description: Free-text description. At most 3000 characters.
            max_members: Maximum number of simultaneous participants. From 1 to 300. When left out, the server
                uses `20`.
            quality: Video resolution. One of `720p` or `1080p` (a `VideoQuality` or its value). When left out,
                the server uses `720p`.
            remove_after_seconds_elapsed: Each participant is removed this many seconds after joining. A token
                may override it. From 1 to 200000.
            layout: Layout a new session starts with. One of the 13 `VideoLayout` values. When left out, the
                server uses `grid-responsive`.
            record_on_start: Record each session from its start. When left out, the server uses `False`.
            enable_room_previews: Produce a preview video of running sessions. When left out, the server uses
                `False`.
            meta: Any JSON object you want to store with the room. The server limits it to 2000 characters once
                serialised as JSON.
            sync_audio_video: Keep audio and video in sync with the jitter buffer. Older documents call this
                `audio_video_sync`; requests use `sync_audio_video`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). A token may override it. Takes an aware `datetime`, a naive one (read as
                UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). A token may override it.
                Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            remove_at: At this instant every participant is removed. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). A token may override it. Takes an aware `datetime`, a naive one (read as
                UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The new room.

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
                ROOMS_CREATE,
                body={
                    "name": name,
                    "display_name": display_name,
                    "description": description,
                    "max_members": max_members,
                    "quality": quality,
                    "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                    "layout": layout,
                    "record_on_start": record_on_start,
                    "enable_room_previews": enable_room_previews,
                    "meta": meta,
                    "sync_audio_video": sync_audio_video,
                    "join_from": join_from,
                    "join_until": join_until,
                    "remove_at": remove_at,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    async def get(
        self,
        id: str | UUID,
        /,
        *,
        include_active_session: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """Get a room by id or name

        Returns one room, looked up by UUID or by unique name. The API token needs the Video scope.

        Operation `rooms_get`: GET /api/video/rooms/{id}.

        Args:
            id: The room's UUID (`6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b`) or its unique name (`weekly_standup`),
                one string in either form (a UUID is also a valid room name). Either a UUID or at most 100
                characters; must match the regular expression `^[A-Za-z0-9_-]+$`.
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The room.

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
                ROOMS_GET,
                path={
                    "id": id,
                },
                query={
                    "include_active_session": include_active_session,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    async def get_by_name(
        self,
        name: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """The same operation as `get`, called with a name instead of an id.

        Args:
            name: Unique, URL-safe name of a room or conference: letters, digits, `_` and `-`. At most 100
                characters. Must match the regular expression `^[A-Za-z0-9_-]+$`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The room.

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
                ROOMS_GET,
                path={"id": name},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    async def update(
        self,
        id: UUID,
        /,
        *,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: UpdateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Room:
        """Update a room

        Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
        Video scope.

        Operation `rooms_update`: PUT /api/video/rooms/{id}.

        Args:
            id: Identifier (UUID) of the room.
            display_name: Human-readable name. Omit it to keep the current value. At most 200 characters.
            description: Free-text description. Omit it to keep the current value. At most 3000 characters.
            max_members: Maximum number of simultaneous participants. Omit it to keep the current value. From 1
                to 300.
            quality: Video resolution. Omit it to keep the current value. One of `720p` or `1080p` (a
                `VideoQuality` or its value).
            remove_after_seconds_elapsed: Each participant is removed this many seconds after joining. Omit it
                to keep the current value. From 1 to 200000.
            layout: Layout a new session starts with. Omit it to keep the current value. One of the 13
                `VideoLayout` values.
            record_on_start: Record each session from its start. Omit it to keep the current value.
            enable_room_previews: Produce a preview video of running sessions. Omit it to keep the current
                value.
            meta: Any JSON object you want to store with the room. The server limits it to 2000 characters once
                serialised as JSON. Omit it to keep the current value.
            sync_audio_video: Keep audio and video in sync with the jitter buffer. Omit it to keep the current
                value.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Omit it to keep the current value. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Omit it to keep the current
                value. Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            remove_at: At this instant every participant is removed. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Omit it to keep the current value. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Room: The room after the change.

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
                ROOMS_UPDATE,
                path={
                    "id": id,
                },
                body={
                    "display_name": display_name,
                    "description": description,
                    "max_members": max_members,
                    "quality": quality,
                    "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                    "layout": layout,
                    "record_on_start": record_on_start,
                    "enable_room_previews": enable_room_previews,
                    "meta": meta,
                    "sync_audio_video": sync_audio_video,
                    "join_from": join_from,
                    "join_until": join_until,
                    "remove_at": remove_at,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Room.from_dict,
        )

    async def delete(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a room

        Deletes a room. The API token needs the Video scope.

        Operation `rooms_delete`: DELETE /api/video/rooms/{id}.

        Args:
            id: Identifier (UUID) of the room.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The room was deleted.

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
                ROOMS_DELETE,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )

    def list_streams(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Stream]:
        """List a room's streams

        Returns the outbound streams of a room, page by page. The API token needs the Video scope.

        Operation `rooms_list_streams`: GET /api/video/rooms/{id}/streams.

        Args:
            id: Identifier (UUID) of the room.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Stream]: One page of results that auto-paginates: `async for item in ...` yields every
                item of this page and of every following page, each fetched when it is reached. For pages, `async
                for page in ....iter_pages()`, or `await` it to load this page and read `.data`, `.has_next_page()`
                and `await .get_next_page()`.

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
                ROOMS_LIST_STREAMS,
                path={
                    "id": id,
                },
                query={
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            StreamList.from_dict,
            _rooms_list_streams_items,
        )

    async def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Stream:
        """Start streaming a room

        Starts pushing a room's video to an RTMP or RTMPS address. Answers 201, unlike the other SignalWire
        create operations, which answer 200. The API token needs the Video scope.

        Operation `rooms_create_stream`: POST /api/video/rooms/{id}/streams.

        Args:
            id: Identifier (UUID) of the room.
            url: RTMP or RTMPS address to push the video to, including any stream key.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Stream: The new stream.

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
                ROOMS_CREATE_STREAM,
                path={
                    "id": id,
                },
                body={
                    "url": url,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Stream.from_dict,
        )


class SignalWireRoomsWithRawResponse:
    """`rooms` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireRooms(requester)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.get_by_name = raw_response(resource.get_by_name)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.list_streams = raw_response(resource.list_streams)
        self.create_stream = raw_response(resource.create_stream)


class AsyncSignalWireRoomsWithRawResponse:
    """`rooms` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireRooms(requester)
        self.list = async_raw_pager(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.get_by_name = async_raw_response(resource.get_by_name)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.list_streams = async_raw_pager(resource.list_streams)
        self.create_stream = async_raw_response(resource.create_stream)
