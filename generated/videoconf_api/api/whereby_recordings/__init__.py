"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Sequence

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
from ...models.recording import Recording
from ...models.recording_list import RecordingList
from ...models.whereby_access_link import WherebyAccessLink
from ...models.whereby_recording_sort_by import WherebyRecordingSortBy
from ...types import UNSET, Unset

__all__ = ["WherebyRecordings", "AsyncWherebyRecordings"]


def _recordings_list_items(page: RecordingList) -> list[Recording]:
    return page.results


class WherebyRecordings:
    """`recordings` operations (whereby_recordings), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WherebyRecordingSortBy | str | Unset = UNSET,
    ) -> SyncPager[Recording]:
        """List recordings

        Returns one page of recording metadata, optionally for one room and in a chosen order. Follow
        `cursor` for further pages. Costs 1 rate-limit point.

        Operation `recordings_list`: GET /recordings.

        Args:
            room_name: Only return items from this room (a room name as in `Meeting.roomName`, starting with
                `/`).
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            sort_by: Sort order as `<field>:<direction>`. One of `roomName:asc`, `roomName:desc`,
                `startDate:asc`, `startDate:desc`, `duration:asc`, `duration:desc`, `sizeInMegaBytes:asc` or
                `sizeInMegaBytes:desc` (a `WherebyRecordingSortBy` or its value).

        Returns:
            SyncPager[Recording]: One page of results that auto-paginates: `for item in ...` yields every item
                of this page and of every following page, each fetched when it is reached. For pages, loop over
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
            "recordings_list",
            RecordingList.from_dict,
            _recordings_list_items,
            query={
                "roomName": room_name,
                "cursor": cursor,
                "limit": limit,
                "sortBy": sort_by,
            },
        )

    def get(
        self,
        recording_id: str,
        /,
    ) -> Recording:
        """Get a recording

        Returns the metadata of one recording. Costs 1 rate-limit point.

        Operation `recordings_get`: GET /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.

        Returns:
            Recording: The recording's metadata.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "recordings_get",
            Recording.from_dict,
            path={
                "recordingId": recording_id,
            },
        )

    def delete(
        self,
        recording_id: str,
        /,
    ) -> None:
        """Delete a recording

        Deletes one recording. Deleting a recording that is already gone still answers 204 (the call is
        idempotent). Costs 2 rate-limit points.

        Operation `recordings_delete`: DELETE /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.

        Returns:
            None: The recording was deleted (or did not exist any more).

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "recordings_delete",
            no_content,
            path={
                "recordingId": recording_id,
            },
        )

    def get_access_link(
        self,
        recording_id: str,
        /,
        *,
        valid_for_seconds: int | Unset = UNSET,
    ) -> WherebyAccessLink:
        """Get a recording download link

        Returns a signed, time-limited URL from which the recording file can be downloaded. Costs 1 rate-
        limit point.

        Operation `recordings_get_access_link`: GET /recordings/{recording_id}/access-link.

        Args:
            recording_id: Id of the recording.
            valid_for_seconds: How long the returned link stays valid, in seconds (at most 12 hours). From 1 to
                43200. When left out, the server uses `3600`.

        Returns:
            WherebyAccessLink: The signed download link and its expiry.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "recordings_get_access_link",
            WherebyAccessLink.from_dict,
            path={
                "recordingId": recording_id,
            },
            query={
                "validForSeconds": valid_for_seconds,
            },
        )

    def bulk_delete(
        self,
        *,
        recording_ids: Sequence[str],
    ) -> None:
        """Delete several recordings

        Schedules several recordings for deletion and returns at once; the deletion runs in the background.
        Unknown or already deleted ids are ignored, so the call is idempotent. Costs 3 rate-limit points.

        Operation `recordings_bulk_delete`: POST /recordings/bulk-delete.

        Args:
            recording_ids: Ids of the recordings to delete.

        Returns:
            None: The recordings were scheduled for deletion.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "recordings_bulk_delete",
            no_content,
            body={
                "recordingIds": recording_ids,
            },
        )


class AsyncWherebyRecordings:
    """`recordings` operations (whereby_recordings), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WherebyRecordingSortBy | str | Unset = UNSET,
    ) -> AsyncPager[Recording]:
        """List recordings

        Returns one page of recording metadata, optionally for one room and in a chosen order. Follow
        `cursor` for further pages. Costs 1 rate-limit point.

        Operation `recordings_list`: GET /recordings.

        Args:
            room_name: Only return items from this room (a room name as in `Meeting.roomName`, starting with
                `/`).
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            sort_by: Sort order as `<field>:<direction>`. One of `roomName:asc`, `roomName:desc`,
                `startDate:asc`, `startDate:desc`, `duration:asc`, `duration:desc`, `sizeInMegaBytes:asc` or
                `sizeInMegaBytes:desc` (a `WherebyRecordingSortBy` or its value).

        Returns:
            AsyncPager[Recording]: One page of results that auto-paginates: `async for item in ...` yields every
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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "recordings_list",
            RecordingList.from_dict,
            _recordings_list_items,
            query={
                "roomName": room_name,
                "cursor": cursor,
                "limit": limit,
                "sortBy": sort_by,
            },
        )

    async def get(
        self,
        recording_id: str,
        /,
    ) -> Recording:
        """Get a recording

        Returns the metadata of one recording. Costs 1 rate-limit point.

        Operation `recordings_get`: GET /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.

        Returns:
            Recording: The recording's metadata.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "recordings_get",
            Recording.from_dict,
            path={
                "recordingId": recording_id,
            },
        )

    async def delete(
        self,
        recording_id: str,
        /,
    ) -> None:
        """Delete a recording

        Deletes one recording. Deleting a recording that is already gone still answers 204 (the call is
        idempotent). Costs 2 rate-limit points.

        Operation `recordings_delete`: DELETE /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.

        Returns:
            None: The recording was deleted (or did not exist any more).

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "recordings_delete",
            no_content,
            path={
                "recordingId": recording_id,
            },
        )

    async def get_access_link(
        self,
        recording_id: str,
        /,
        *,
        valid_for_seconds: int | Unset = UNSET,
    ) -> WherebyAccessLink:
        """Get a recording download link

        Returns a signed, time-limited URL from which the recording file can be downloaded. Costs 1 rate-
        limit point.

        Operation `recordings_get_access_link`: GET /recordings/{recording_id}/access-link.

        Args:
            recording_id: Id of the recording.
            valid_for_seconds: How long the returned link stays valid, in seconds (at most 12 hours). From 1 to
                43200. When left out, the server uses `3600`.

        Returns:
            WherebyAccessLink: The signed download link and its expiry.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "recordings_get_access_link",
            WherebyAccessLink.from_dict,
            path={
                "recordingId": recording_id,
            },
            query={
                "validForSeconds": valid_for_seconds,
            },
        )

    async def bulk_delete(
        self,
        *,
        recording_ids: Sequence[str],
    ) -> None:
        """Delete several recordings

        Schedules several recordings for deletion and returns at once; the deletion runs in the background.
        Unknown or already deleted ids are ignored, so the call is idempotent. Costs 3 rate-limit points.

        Operation `recordings_bulk_delete`: POST /recordings/bulk-delete.

        Args:
            recording_ids: Ids of the recordings to delete.

        Returns:
            None: The recordings were scheduled for deletion.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "recordings_bulk_delete",
            no_content,
            body={
                "recordingIds": recording_ids,
            },
        )
