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
    TRANSCRIPTIONS_BULK_DELETE,
    TRANSCRIPTIONS_CREATE,
    TRANSCRIPTIONS_DELETE,
    TRANSCRIPTIONS_GET,
    TRANSCRIPTIONS_GET_ACCESS_LINK,
    TRANSCRIPTIONS_LIST,
)
from ...models.create_transcription_response import CreateTranscriptionResponse
from ...models.transcription import Transcription
from ...models.transcription_list import TranscriptionList
from ...models.whereby_access_link import WherebyAccessLink
from ...models.whereby_transcription_sort_by import WherebyTranscriptionSortBy
from ...types import UNSET, Unset

__all__ = [
    "WherebyTranscriptions",
    "AsyncWherebyTranscriptions",
    "WherebyTranscriptionsWithRawResponse",
    "AsyncWherebyTranscriptionsWithRawResponse",
]


def _transcriptions_list_items(page: TranscriptionList) -> list[Transcription]:
    return page.results


class WherebyTranscriptions:
    """`transcriptions` operations (whereby_transcriptions), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WherebyTranscriptionSortBy | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Transcription]:
        """List transcriptions

        Returns one page of transcription metadata, optionally for one room and in a chosen order. Follow
        `cursor` for further pages. Costs 1 rate-limit point.

        Operation `transcriptions_list`: GET /transcriptions.

        Args:
            room_name: Only return items from this room (a room name as in `Meeting.roomName`, starting with
                `/`).
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            sort_by: Sort order as `<field>:<direction>`. One of `roomName:asc`, `roomName:desc`,
                `startDate:asc`, `startDate:desc`, `durationInSeconds:asc` or `durationInSeconds:desc` (a
                `WherebyTranscriptionSortBy` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Transcription]: One page of results that auto-paginates: `for item in ...` yields every
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
                TRANSCRIPTIONS_LIST,
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
            TranscriptionList.from_dict,
            _transcriptions_list_items,
        )

    def create(
        self,
        *,
        recording_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CreateTranscriptionResponse:
        """Transcribe a recording

        Starts a transcription job for a recording and returns the new transcription's id. The recording id
        goes in the request body. Answers 404 when the recording does not exist. Costs 3 rate-limit points.

        Operation `transcriptions_create`: POST /transcriptions.

        Args:
            recording_id: Id of the recording to transcribe.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            CreateTranscriptionResponse: The transcription job was scheduled.

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
                TRANSCRIPTIONS_CREATE,
                body={
                    "recordingId": recording_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            CreateTranscriptionResponse.from_dict,
        )

    def get(
        self,
        transcription_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Transcription:
        """Get a transcription

        Returns the metadata of one transcription, including its processing state. Costs 1 rate-limit point.

        Operation `transcriptions_get`: GET /transcriptions/{transcription_id}.

        Args:
            transcription_id: Id of the transcription.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Transcription: The transcription's metadata.

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
                TRANSCRIPTIONS_GET,
                path={
                    "transcriptionId": transcription_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Transcription.from_dict,
        )

    def delete(
        self,
        transcription_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a transcription

        Deletes one transcription. Deleting a transcription that is already gone still answers 204 (the call
        is idempotent). Costs 2 rate-limit points.

        Operation `transcriptions_delete`: DELETE /transcriptions/{transcription_id}.

        Args:
            transcription_id: Id of the transcription.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The transcription was deleted (or did not exist any more).

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
                TRANSCRIPTIONS_DELETE,
                path={
                    "transcriptionId": transcription_id,
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
        transcription_id: str,
        /,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WherebyAccessLink:
        """Get a transcription download link

        Returns a signed, time-limited URL from which the transcription file can be downloaded. Costs 1
        rate-limit point.

        Operation `transcriptions_get_access_link`: GET /transcriptions/{transcription_id}/access-link.

        Args:
            transcription_id: Id of the transcription.
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
                TRANSCRIPTIONS_GET_ACCESS_LINK,
                path={
                    "transcriptionId": transcription_id,
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
        transcription_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete several transcriptions

        Schedules several transcriptions for deletion and returns at once; the deletion runs in the
        background. Unknown or already deleted ids are ignored, so the call is idempotent. Costs 3 rate-
        limit points.

        Operation `transcriptions_bulk_delete`: POST /transcriptions/bulk-delete.

        Args:
            transcription_ids: Ids of the transcriptions to delete.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The transcriptions were scheduled for deletion.

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
                TRANSCRIPTIONS_BULK_DELETE,
                body={
                    "transcriptionIds": transcription_ids,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class AsyncWherebyTranscriptions:
    """`transcriptions` operations (whereby_transcriptions), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        room_name: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WherebyTranscriptionSortBy | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Transcription]:
        """List transcriptions

        Returns one page of transcription metadata, optionally for one room and in a chosen order. Follow
        `cursor` for further pages. Costs 1 rate-limit point.

        Operation `transcriptions_list`: GET /transcriptions.

        Args:
            room_name: Only return items from this room (a room name as in `Meeting.roomName`, starting with
                `/`).
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            sort_by: Sort order as `<field>:<direction>`. One of `roomName:asc`, `roomName:desc`,
                `startDate:asc`, `startDate:desc`, `durationInSeconds:asc` or `durationInSeconds:desc` (a
                `WherebyTranscriptionSortBy` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Transcription]: One page of results that auto-paginates: `async for item in ...` yields
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
                TRANSCRIPTIONS_LIST,
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
            TranscriptionList.from_dict,
            _transcriptions_list_items,
        )

    async def create(
        self,
        *,
        recording_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CreateTranscriptionResponse:
        """Transcribe a recording

        Starts a transcription job for a recording and returns the new transcription's id. The recording id
        goes in the request body. Answers 404 when the recording does not exist. Costs 3 rate-limit points.

        Operation `transcriptions_create`: POST /transcriptions.

        Args:
            recording_id: Id of the recording to transcribe.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            CreateTranscriptionResponse: The transcription job was scheduled.

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
                TRANSCRIPTIONS_CREATE,
                body={
                    "recordingId": recording_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            CreateTranscriptionResponse.from_dict,
        )

    async def get(
        self,
        transcription_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Transcription:
        """Get a transcription

        Returns the metadata of one transcription, including its processing state. Costs 1 rate-limit point.

        Operation `transcriptions_get`: GET /transcriptions/{transcription_id}.

        Args:
            transcription_id: Id of the transcription.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Transcription: The transcription's metadata.

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
                TRANSCRIPTIONS_GET,
                path={
                    "transcriptionId": transcription_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Transcription.from_dict,
        )

    async def delete(
        self,
        transcription_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a transcription

        Deletes one transcription. Deleting a transcription that is already gone still answers 204 (the call
        is idempotent). Costs 2 rate-limit points.

        Operation `transcriptions_delete`: DELETE /transcriptions/{transcription_id}.

        Args:
            transcription_id: Id of the transcription.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The transcription was deleted (or did not exist any more).

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
                TRANSCRIPTIONS_DELETE,
                path={
                    "transcriptionId": transcription_id,
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
        transcription_id: str,
        /,
        *,
        valid_for_seconds: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> WherebyAccessLink:
        """Get a transcription download link

        Returns a signed, time-limited URL from which the transcription file can be downloaded. Costs 1
        rate-limit point.

        Operation `transcriptions_get_access_link`: GET /transcriptions/{transcription_id}/access-link.

        Args:
            transcription_id: Id of the transcription.
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
                TRANSCRIPTIONS_GET_ACCESS_LINK,
                path={
                    "transcriptionId": transcription_id,
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
        transcription_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete several transcriptions

        Schedules several transcriptions for deletion and returns at once; the deletion runs in the
        background. Unknown or already deleted ids are ignored, so the call is idempotent. Costs 3 rate-
        limit points.

        Operation `transcriptions_bulk_delete`: POST /transcriptions/bulk-delete.

        Args:
            transcription_ids: Ids of the transcriptions to delete.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The transcriptions were scheduled for deletion.

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
                TRANSCRIPTIONS_BULK_DELETE,
                body={
                    "transcriptionIds": transcription_ids,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class WherebyTranscriptionsWithRawResponse:
    """`transcriptions` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = WherebyTranscriptions(requester)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.get_access_link = raw_response(resource.get_access_link)
        self.bulk_delete = raw_response(resource.bulk_delete)


class AsyncWherebyTranscriptionsWithRawResponse:
    """`transcriptions` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncWherebyTranscriptions(requester)
        self.list = async_raw_pager(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.get_access_link = async_raw_response(resource.get_access_link)
        self.bulk_delete = async_raw_response(resource.bulk_delete)
