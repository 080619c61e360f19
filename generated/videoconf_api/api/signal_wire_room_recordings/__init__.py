"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from uuid import UUID

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
from ...models.room_recording import RoomRecording
from ...models.room_recording_list import RoomRecordingList
from ...models.room_session_event import RoomSessionEvent
from ...models.room_session_event_list import RoomSessionEventList
from ...types import UNSET, Unset

__all__ = ["SignalWireRoomRecordings", "AsyncSignalWireRoomRecordings"]


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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "room_recordings_list",
            RoomRecordingList.from_dict,
            _room_recordings_list_items,
            query={
                "media_ttl": media_ttl,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def get(
        self,
        id: UUID,
        /,
        *,
        media_ttl: int | Unset = UNSET,
    ) -> RoomRecording:
        """Get a recording

        Returns one recording with a temporary download link. The API token needs the Video scope.

        Operation `room_recordings_get`: GET /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.
            media_ttl: How long, in seconds, the returned download links stay valid. The server uses 900 seconds
                (15 minutes) when it is omitted. At least 0.

        Returns:
            RoomRecording: The recording.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "room_recordings_get",
            RoomRecording.from_dict,
            path={
                "id": id,
            },
            query={
                "media_ttl": media_ttl,
            },
        )

    def delete(
        self,
        id: UUID,
        /,
    ) -> None:
        """Delete a recording

        Deletes a recording and its file. The API token needs the Video scope.

        Operation `room_recordings_delete`: DELETE /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.

        Returns:
            None: The recording was deleted.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "room_recordings_delete",
            no_content,
            path={
                "id": id,
            },
        )

    def list_events(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "room_recordings_list_events",
            RoomSessionEventList.from_dict,
            _room_recordings_list_events_items,
            path={
                "id": id,
            },
            query={
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "room_recordings_list",
            RoomRecordingList.from_dict,
            _room_recordings_list_items,
            query={
                "media_ttl": media_ttl,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def get(
        self,
        id: UUID,
        /,
        *,
        media_ttl: int | Unset = UNSET,
    ) -> RoomRecording:
        """Get a recording

        Returns one recording with a temporary download link. The API token needs the Video scope.

        Operation `room_recordings_get`: GET /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.
            media_ttl: How long, in seconds, the returned download links stay valid. The server uses 900 seconds
                (15 minutes) when it is omitted. At least 0.

        Returns:
            RoomRecording: The recording.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "room_recordings_get",
            RoomRecording.from_dict,
            path={
                "id": id,
            },
            query={
                "media_ttl": media_ttl,
            },
        )

    async def delete(
        self,
        id: UUID,
        /,
    ) -> None:
        """Delete a recording

        Deletes a recording and its file. The API token needs the Video scope.

        Operation `room_recordings_delete`: DELETE /api/video/room_recordings/{id}.

        Args:
            id: Identifier (UUID) of the recording.

        Returns:
            None: The recording was deleted.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "room_recordings_delete",
            no_content,
            path={
                "id": id,
            },
        )

    def list_events(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "room_recordings_list_events",
            RoomSessionEventList.from_dict,
            _room_recordings_list_events_items,
            path={
                "id": id,
            },
            query={
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )
