"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import httpx

from videoconf._parsing import Drift, Trial, mismatch, settle
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

from ..._operations import LOGS_GET, LOGS_LIST
from ...models.discarded_log import DiscardedLog
from ...models.log import Log
from ...models.log_list import LogList
from ...types import UNSET, Unset

__all__ = [
    "SignalWireLogs",
    "AsyncSignalWireLogs",
    "SignalWireLogsWithRawResponse",
    "AsyncSignalWireLogsWithRawResponse",
]


def _logs_list_items(page: LogList) -> list[DiscardedLog | Log]:
    return page.data


def _logs_get_result(data: Any, _ctx: Drift) -> DiscardedLog | Log:
    response_200 = data
    _response_200_tried: list[tuple[Trial, Any]] = []
    _response_200_trial = Trial()
    componentsschemas_log_entry_type_0 = response_200
    if isinstance(componentsschemas_log_entry_type_0, dict):
        componentsschemas_log_entry_type_0 = Log.from_dict(
            componentsschemas_log_entry_type_0, _response_200_trial, None
        )
    else:
        componentsschemas_log_entry_type_0 = mismatch(
            _response_200_trial, None, "Log", componentsschemas_log_entry_type_0
        )
    _response_200_tried.append((_response_200_trial, componentsschemas_log_entry_type_0))
    if _response_200_trial.hard:
        _response_200_trial = Trial()
        componentsschemas_log_entry_type_1 = response_200
        if isinstance(componentsschemas_log_entry_type_1, dict):
            componentsschemas_log_entry_type_1 = DiscardedLog.from_dict(
                componentsschemas_log_entry_type_1, _response_200_trial, None
            )
        else:
            componentsschemas_log_entry_type_1 = mismatch(
                _response_200_trial, None, "DiscardedLog", componentsschemas_log_entry_type_1
            )
        _response_200_tried.append((_response_200_trial, componentsschemas_log_entry_type_1))
    response_200 = settle(_ctx, _response_200_tried)
    return response_200  # type: ignore[no-any-return]


class SignalWireLogs:
    """`logs` operations (signal_wire_logs), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_deleted: bool | Unset = UNSET,
        created_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        created_on: datetime.datetime | datetime.date | str | Unset = UNSET,
        created_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[DiscardedLog | Log]:
        """List logs

        Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
        token needs the Video scope.

        Operation `logs_list`: GET /api/video/logs.

        Args:
            include_deleted: When true, discarded entries are listed too (as DiscardedLog stubs). When left out,
                the server uses `False`.
            created_before: Only entries created before this moment, as one string in either form: a date
                (`2024-05-01`) or an RFC 3339 date-time (`2024-05-01T09:00:00Z`). Takes an aware `datetime`, a naive
                one (read as UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
            created_on: Only entries created on this day, as one string in either form: a date (`2024-05-01`) or
                an RFC 3339 date-time (`2024-05-01T09:00:00Z`). Takes an aware `datetime`, a naive one (read as
                UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
            created_after: Only entries created after this moment, as one string in either form: a date
                (`2024-05-01`) or an RFC 3339 date-time (`2024-05-01T09:00:00Z`). Takes an aware `datetime`, a naive
                one (read as UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
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
            SyncPager[DiscardedLog | Log]: One page of results that auto-paginates: `for item in ...` yields
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
                LOGS_LIST,
                query={
                    "include_deleted": include_deleted,
                    "created_before": created_before,
                    "created_on": created_on,
                    "created_after": created_after,
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            LogList.from_dict,
            _logs_list_items,
        )

    def get(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DiscardedLog | Log:
        """Get a log entry

        Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

        Operation `logs_get`: GET /api/video/logs/{id}.

        Args:
            id: Identifier (UUID) of the log entry.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            DiscardedLog | Log: The log entry.

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
                LOGS_GET,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _logs_get_result,
        )


class AsyncSignalWireLogs:
    """`logs` operations (signal_wire_logs), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_deleted: bool | Unset = UNSET,
        created_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        created_on: datetime.datetime | datetime.date | str | Unset = UNSET,
        created_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[DiscardedLog | Log]:
        """List logs

        Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
        token needs the Video scope.

        Operation `logs_list`: GET /api/video/logs.

        Args:
            include_deleted: When true, discarded entries are listed too (as DiscardedLog stubs). When left out,
                the server uses `False`.
            created_before: Only entries created before this moment, as one string in either form: a date
                (`2024-05-01`) or an RFC 3339 date-time (`2024-05-01T09:00:00Z`). Takes an aware `datetime`, a naive
                one (read as UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
            created_on: Only entries created on this day, as one string in either form: a date (`2024-05-01`) or
                an RFC 3339 date-time (`2024-05-01T09:00:00Z`). Takes an aware `datetime`, a naive one (read as
                UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
            created_after: Only entries created after this moment, as one string in either form: a date
                (`2024-05-01`) or an RFC 3339 date-time (`2024-05-01T09:00:00Z`). Takes an aware `datetime`, a naive
                one (read as UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
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
            AsyncPager[DiscardedLog | Log]: One page of results that auto-paginates: `async for item in ...`
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
                LOGS_LIST,
                query={
                    "include_deleted": include_deleted,
                    "created_before": created_before,
                    "created_on": created_on,
                    "created_after": created_after,
                    "page_number": page_number,
                    "page_size": page_size,
                    "page_token": page_token,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            LogList.from_dict,
            _logs_list_items,
        )

    async def get(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DiscardedLog | Log:
        """Get a log entry

        Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

        Operation `logs_get`: GET /api/video/logs/{id}.

        Args:
            id: Identifier (UUID) of the log entry.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            DiscardedLog | Log: The log entry.

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
                LOGS_GET,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _logs_get_result,
        )


class SignalWireLogsWithRawResponse:
    """`logs` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireLogs(requester)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)


class AsyncSignalWireLogsWithRawResponse:
    """`logs` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireLogs(requester)
        self.list = async_raw_pager(resource.list)
        self.get = async_raw_response(resource.get)
