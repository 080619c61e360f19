"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
    RECORDINGS_BULK_DELETE,
    RECORDINGS_DELETE,
    RECORDINGS_GET,
    RECORDINGS_GET_ACCESS_LINK,
    RECORDINGS_LIST,
)
from ...models.recording import Recording
from ...models.recording_list import RecordingList
from ...models.whereby_access_link import WherebyAccessLink
from ...models.whereby_recording_sort_by import WherebyRecordingSortBy
from ...types import UNSET, Unset

__all__ = [
    "WherebyRecordings",
    "AsyncWherebyRecordings",
    "WherebyRecordingsWithRawResponse",
    "AsyncWherebyRecordingsWithRawResponse",
]


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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                RECORDINGS_LIST,
                query={
                    "roomName": room_name,
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RecordingList.from_dict,
            _recordings_list_items,
        )

    def get(
        self,
        recording_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Recording:
        """Get a recording

        Returns the metadata of one recording. Costs 1 rate-limit point.

        Operation `recordings_get`: GET /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Recording: The recording's metadata.

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
                RECORDINGS_GET,
                path={
                    "recordingId": recording_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Recording.from_dict,
        )

    def delete(
        self,
        recording_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a recording

        Deletes one recording. Deleting a recording that is already gone still answers 204 (the call is
        idempotent). Costs 2 rate-limit points.

        Operation `recordings_delete`: DELETE /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The recording was deleted (or did not exist any more).

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
                RECORDINGS_DELETE,
                path={
                    "recordingId": recording_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )

    def get_access_link(
        self,
        recording_id: str,
        /,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WherebyAccessLink:
        """Get a recording download link

        Returns a signed, time-limited URL from which the recording file can be downloaded. Costs 1 rate-
        limit point.

        Operation `recordings_get_access_link`: GET /recordings/{recording_id}/access-link.

        Args:
            recording_id: Id of the recording.
            valid_for_seconds: How long the returned link stays valid, in seconds (at most 12 hours). From 1 to
                43200. When left out, the server uses `3600`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            WherebyAccessLink: The signed download link and its expiry.

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
                RECORDINGS_GET_ACCESS_LINK,
                path={
                    "recordingId": recording_id,
                },
                query={
                    "validForSeconds": valid_for_seconds,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            WherebyAccessLink.from_dict,
        )

    def bulk_delete(
        self,
        *,
        recording_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete several recordings

        Schedules several recordings for deletion and returns at once; the deletion runs in the background.
        Unknown or already deleted ids are ignored, so the call is idempotent. Costs 3 rate-limit points.

        Operation `recordings_bulk_delete`: POST /recordings/bulk-delete.

        Args:
            recording_ids: Ids of the recordings to delete.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The recordings were scheduled for deletion.

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
                RECORDINGS_BULK_DELETE,
                body={
                    "recordingIds": recording_ids,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
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
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                RECORDINGS_LIST,
                query={
                    "roomName": room_name,
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            RecordingList.from_dict,
            _recordings_list_items,
        )

    async def get(
        self,
        recording_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Recording:
        """Get a recording

        Returns the metadata of one recording. Costs 1 rate-limit point.

        Operation `recordings_get`: GET /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Recording: The recording's metadata.

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
                RECORDINGS_GET,
                path={
                    "recordingId": recording_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Recording.from_dict,
        )

    async def delete(
        self,
        recording_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a recording

        Deletes one recording. Deleting a recording that is already gone still answers 204 (the call is
        idempotent). Costs 2 rate-limit points.

        Operation `recordings_delete`: DELETE /recordings/{recording_id}.

        Args:
            recording_id: Id of the recording.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The recording was deleted (or did not exist any more).

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
                RECORDINGS_DELETE,
                path={
                    "recordingId": recording_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )

    async def get_access_link(
        self,
        recording_id: str,
        /,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WherebyAccessLink:
        """Get a recording download link

        Returns a signed, time-limited URL from which the recording file can be downloaded. Costs 1 rate-
        limit point.

        Operation `recordings_get_access_link`: GET /recordings/{recording_id}/access-link.

        Args:
            recording_id: Id of the recording.
            valid_for_seconds: How long the returned link stays valid, in seconds (at most 12 hours). From 1 to
                43200. When left out, the server uses `3600`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            WherebyAccessLink: The signed download link and its expiry.

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
                RECORDINGS_GET_ACCESS_LINK,
                path={
                    "recordingId": recording_id,
                },
                query={
                    "validForSeconds": valid_for_seconds,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            WherebyAccessLink.from_dict,
        )

    async def bulk_delete(
        self,
        *,
        recording_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete several recordings

        Schedules several recordings for deletion and returns at once; the deletion runs in the background.
        Unknown or already deleted ids are ignored, so the call is idempotent. Costs 3 rate-limit points.

        Operation `recordings_bulk_delete`: POST /recordings/bulk-delete.

        Args:
            recording_ids: Ids of the recordings to delete.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The recordings were scheduled for deletion.

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
                RECORDINGS_BULK_DELETE,
                body={
                    "recordingIds": recording_ids,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class WherebyRecordingsWithRawResponse:
    """`recordings` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = WherebyRecordings(requester)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.get_access_link = raw_response(resource.get_access_link)
        self.bulk_delete = raw_response(resource.bulk_delete)


class AsyncWherebyRecordingsWithRawResponse:
    """`recordings` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncWherebyRecordings(requester)
        self.list = async_raw_pager(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.get_access_link = async_raw_response(resource.get_access_link)
        self.bulk_delete = async_raw_response(resource.bulk_delete)
