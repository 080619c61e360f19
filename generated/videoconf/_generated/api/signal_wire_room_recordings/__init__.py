"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
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
    ROOM_RECORDINGS_DELETE,
    ROOM_RECORDINGS_GET,
    ROOM_RECORDINGS_LIST,
    ROOM_RECORDINGS_LIST_EVENTS,
)
from ...models.room_recording import RoomRecording
from ...models.room_recording_list import RoomRecordingList
from ...models.room_session_event import RoomSessionEvent
from ...models.room_session_event_list import RoomSessionEventList
from ...types import UNSET, Unset

__all__ = [
    "SignalWireRoomRecordings",
    "AsyncSignalWireRoomRecordings",
    "SignalWireRoomRecordingsWithRawResponse",
    "AsyncSignalWireRoomRecordingsWithRawResponse",
]


def _room_recordings_list_items(page: RoomRecordingList) -> list[RoomRecording]:
    return page.data


def _room_recordings_list_events_items(page: RoomSessionEventList) -> list[RoomSessionEvent]:
    return page.data


class SignalWireRoomRecordings:
    """`room_recordings` operations (signal_wire_room_recordings), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        media_ttl: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[RoomRecording]:
        """List recordings

        Returns every recording of the project, page by page. The API token needs the Video scope.

        Operation `room_recordings_list`: GET /api/video/room_recordings.

        Args:
            media_ttl: How long, in seconds, the returned download links stay valid. The server uses 900 seconds
                (15 minutes) when it is omitted. At least 0.
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
            SyncPager[RoomRecording]: One page of results that auto-paginates: `for item in ...` yields every
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
                ROOM_RECORDINGS_LIST,
                query={
                    "media_ttl": media_ttl,
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RoomRecordingList.from_dict,
            _room_recordings_list_items,
        )

    def get(
        self,
        id: UUID,
        /,
        *,
        media_ttl: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RoomRecording:
        """Get a recording

        Returns one recording with a temporary download link. The API token needs the Video scope.

        Operation `room_recordings_get`: GET /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.
            media_ttl: How long, in seconds, the returned download links stay valid. The server uses 900 seconds
                (15 minutes) when it is omitted. At least 0.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            RoomRecording: The recording.

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
                ROOM_RECORDINGS_GET,
                path={
                    "id": id,
                },
                query={
                    "media_ttl": media_ttl,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RoomRecording.from_dict,
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
        """Delete a recording

        Deletes a recording and its file. The API token needs the Video scope.

        Operation `room_recordings_delete`: DELETE /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The recording was deleted.

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
                ROOM_RECORDINGS_DELETE,
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

    def list_events(
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
    ) -> SyncPager[RoomSessionEvent]:
        """List a recording's events

        Returns the session events that concern a recording, page by page. The API token needs the Video
        scope.

        Operation `room_recordings_list_events`: GET /api/video/room_recordings/{id}/events.

        Args:
            id: Identifier (UUID) of the recording.
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
            SyncPager[RoomSessionEvent]: One page of results that auto-paginates: `for item in ...` yields every
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
                ROOM_RECORDINGS_LIST_EVENTS,
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
            RoomSessionEventList.from_dict,
            _room_recordings_list_events_items,
        )


class AsyncSignalWireRoomRecordings:
    """`room_recordings` operations (signal_wire_room_recordings), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        media_ttl: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[RoomRecording]:
        """List recordings

        Returns every recording of the project, page by page. The API token needs the Video scope.

        Operation `room_recordings_list`: GET /api/video/room_recordings.

        Args:
            media_ttl: How long, in seconds, the returned download links stay valid. The server uses 900 seconds
                (15 minutes) when it is omitted. At least 0.
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
            AsyncPager[RoomRecording]: One page of results that auto-paginates: `async for item in ...` yields
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
                ROOM_RECORDINGS_LIST,
                query={
                    "media_ttl": media_ttl,
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RoomRecordingList.from_dict,
            _room_recordings_list_items,
        )

    async def get(
        self,
        id: UUID,
        /,
        *,
        media_ttl: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RoomRecording:
        """Get a recording

        Returns one recording with a temporary download link. The API token needs the Video scope.

        Operation `room_recordings_get`: GET /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.
            media_ttl: How long, in seconds, the returned download links stay valid. The server uses 900 seconds
                (15 minutes) when it is omitted. At least 0.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            RoomRecording: The recording.

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
                ROOM_RECORDINGS_GET,
                path={
                    "id": id,
                },
                query={
                    "media_ttl": media_ttl,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RoomRecording.from_dict,
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
        """Delete a recording

        Deletes a recording and its file. The API token needs the Video scope.

        Operation `room_recordings_delete`: DELETE /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The recording was deleted.

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
                ROOM_RECORDINGS_DELETE,
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

    def list_events(
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
    ) -> AsyncPager[RoomSessionEvent]:
        """List a recording's events

        Returns the session events that concern a recording, page by page. The API token needs the Video
        scope.

        Operation `room_recordings_list_events`: GET /api/video/room_recordings/{id}/events.

        Args:
            id: Identifier (UUID) of the recording.
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
            AsyncPager[RoomSessionEvent]: One page of results that auto-paginates: `async for item in ...`
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
                ROOM_RECORDINGS_LIST_EVENTS,
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
            RoomSessionEventList.from_dict,
            _room_recordings_list_events_items,
        )


class SignalWireRoomRecordingsWithRawResponse:
    """`room_recordings` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireRoomRecordings(requester)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.list_events = raw_response(resource.list_events)


class AsyncSignalWireRoomRecordingsWithRawResponse:
    """`room_recordings` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireRoomRecordings(requester)
        self.list = async_raw_pager(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.list_events = async_raw_pager(resource.list_events)
