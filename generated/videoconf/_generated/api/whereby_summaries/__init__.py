"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping

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

from ..._operations import SUMMARIES_CREATE, SUMMARIES_DELETE, SUMMARIES_GET, SUMMARIES_LIST
from ...models.create_summary_response import CreateSummaryResponse
from ...models.summary import Summary
from ...models.summary_list import SummaryList
from ...models.whereby_summary_sort_by import WherebySummarySortBy
from ...models.whereby_summary_template import WherebySummaryTemplate
from ...types import UNSET, Unset

__all__ = [
    "WherebySummaries",
    "AsyncWherebySummaries",
    "WherebySummariesWithRawResponse",
    "AsyncWherebySummariesWithRawResponse",
]


def _summaries_list_items(page: SummaryList) -> list[Summary]:
    return page.results


class WherebySummaries:
    """`summaries` operations (whereby_summaries), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WherebySummarySortBy | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Summary]:
        """List summaries

        Closed beta: returns one page of summaries in a chosen order. Follow `cursor` for further pages.
        Pass `limit` when the page size matters: Whereby's summaries guide speaks of 25 summaries a page,
        while `limit` defaults to 50. Costs 1 rate-limit point.

        Operation `summaries_list`: GET /summaries.

        Args:
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            sort_by: Sort order as `<field>:<direction>`. One of `roomName:asc`, `roomName:desc`,
                `startDate:asc`, `startDate:desc`, `durationInSeconds:asc` or `durationInSeconds:desc` (a
                `WherebySummarySortBy` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Summary]: One page of results that auto-paginates: `for item in ...` yields every item of
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
                SUMMARIES_LIST,
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            SummaryList.from_dict,
            _summaries_list_items,
        )

    def create(
        self,
        *,
        transcription_id: str,
        template: WherebySummaryTemplate | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CreateSummaryResponse:
        """Summarise a transcription

        Closed beta, for selected accounts only: starts a job that writes a summary of a transcription,
        using the chosen template (`General Bulleted` when left out), and returns the new summary's id. The
        transcription id goes in the request body. Only Whereby-hosted transcriptions can be summarised, and
        one summary per transcription exists at a time: delete it before summarising with another template.
        Answers 404 when the transcription does not exist. Costs 3 rate-limit points.

        Operation `summaries_create`: POST /summaries.

        Args:
            transcription_id: Id of the transcription to summarise.
            template: Template a summary is written from (clinical SOAP notes, general narrative or bullets,
                educational). One of `SOAP`, `Extended SOAP`, `General Narrative`, `General Bulleted`, `Educational
                Lecture` or `Educational Tutoring` (a `WherebySummaryTemplate` or its value). When left out, the
                server uses `General Bulleted`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            CreateSummaryResponse: The summary job was scheduled.

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
                SUMMARIES_CREATE,
                body={
                    "transcriptionId": transcription_id,
                    "template": template,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            CreateSummaryResponse.from_dict,
        )

    def get(
        self,
        summary_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Summary:
        """Get a summary

        Closed beta: returns one summary, including its content once its `state` is `ready`. Costs 1 rate-
        limit point.

        Operation `summaries_get`: GET /summaries/{summary_id}.

        Args:
            summary_id: Id of the summary.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Summary: The summary.

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
                SUMMARIES_GET,
                path={
                    "summaryId": summary_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Summary.from_dict,
        )

    def delete(
        self,
        summary_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a summary

        Closed beta: deletes one summary. Deleting a summary that is already gone still answers 204 (the
        call is idempotent). Costs 2 rate-limit points.

        Operation `summaries_delete`: DELETE /summaries/{summary_id}.

        Args:
            summary_id: Id of the summary.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The summary was deleted (or did not exist any more).

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
                SUMMARIES_DELETE,
                path={
                    "summaryId": summary_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class AsyncWherebySummaries:
    """`summaries` operations (whereby_summaries), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_by: WherebySummarySortBy | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Summary]:
        """List summaries

        Closed beta: returns one page of summaries in a chosen order. Follow `cursor` for further pages.
        Pass `limit` when the page size matters: Whereby's summaries guide speaks of 25 summaries a page,
        while `limit` defaults to 50. Costs 1 rate-limit point.

        Operation `summaries_list`: GET /summaries.

        Args:
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            sort_by: Sort order as `<field>:<direction>`. One of `roomName:asc`, `roomName:desc`,
                `startDate:asc`, `startDate:desc`, `durationInSeconds:asc` or `durationInSeconds:desc` (a
                `WherebySummarySortBy` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Summary]: One page of results that auto-paginates: `async for item in ...` yields every
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
                SUMMARIES_LIST,
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            SummaryList.from_dict,
            _summaries_list_items,
        )

    async def create(
        self,
        *,
        transcription_id: str,
        template: WherebySummaryTemplate | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CreateSummaryResponse:
        """Summarise a transcription

        Closed beta, for selected accounts only: starts a job that writes a summary of a transcription,
        using the chosen template (`General Bulleted` when left out), and returns the new summary's id. The
        transcription id goes in the request body. Only Whereby-hosted transcriptions can be summarised, and
        one summary per transcription exists at a time: delete it before summarising with another template.
        Answers 404 when the transcription does not exist. Costs 3 rate-limit points.

        Operation `summaries_create`: POST /summaries.

        Args:
            transcription_id: Id of the transcription to summarise.
            template: Template a summary is written from (clinical SOAP notes, general narrative or bullets,
                educational). One of `SOAP`, `Extended SOAP`, `General Narrative`, `General Bulleted`, `Educational
                Lecture` or `Educational Tutoring` (a `WherebySummaryTemplate` or its value). When left out, the
                server uses `General Bulleted`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            CreateSummaryResponse: The summary job was scheduled.

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
                SUMMARIES_CREATE,
                body={
                    "transcriptionId": transcription_id,
                    "template": template,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            CreateSummaryResponse.from_dict,
        )

    async def get(
        self,
        summary_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Summary:
        """Get a summary

        Closed beta: returns one summary, including its content once its `state` is `ready`. Costs 1 rate-
        limit point.

        Operation `summaries_get`: GET /summaries/{summary_id}.

        Args:
            summary_id: Id of the summary.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Summary: The summary.

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
                SUMMARIES_GET,
                path={
                    "summaryId": summary_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Summary.from_dict,
        )

    async def delete(
        self,
        summary_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a summary

        Closed beta: deletes one summary. Deleting a summary that is already gone still answers 204 (the
        call is idempotent). Costs 2 rate-limit points.

        Operation `summaries_delete`: DELETE /summaries/{summary_id}.

        Args:
            summary_id: Id of the summary.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The summary was deleted (or did not exist any more).

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
                SUMMARIES_DELETE,
                path={
                    "summaryId": summary_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class WherebySummariesWithRawResponse:
    """`summaries` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = WherebySummaries(requester)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncWherebySummariesWithRawResponse:
    """`summaries` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncWherebySummaries(requester)
        self.list = async_raw_pager(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
