"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager
from ...models.discarded_log import DiscardedLog
from ...models.log import Log
from ...models.log_list import LogList
from ...types import UNSET, Unset

__all__ = ["SignalWireLogs", "AsyncSignalWireLogs"]


def _logs_list_items(page: LogList) -> list[DiscardedLog | Log]:
    return page.data


def _logs_get_result(data: Any) -> DiscardedLog | Log:
    def _parse_response_200(data: object) -> DiscardedLog | Log:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_log_entry_type_0 = Log.from_dict(data)

            return componentsschemas_log_entry_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_log_entry_type_1 = DiscardedLog.from_dict(data)

        return componentsschemas_log_entry_type_1

    response_200 = _parse_response_200(data)

    return response_200


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
    ) -> SyncPager[DiscardedLog | Log]:
        """List logs

        Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
        token needs the Video scope.

        Operation `logs_list`: GET /api/video/logs.

        Args:
            include_deleted: When true, discarded entries are listed too (as DiscardedLog stubs). When left out,
                the server uses `False`.
            created_before: Only entries created before this moment. Accepts a date (`2024-05-01`) or an ISO
                8601 date-time. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC)
                or an RFC 3339 string.
            created_on: Only entries created on this day. Accepts a date (`2024-05-01`) or an ISO 8601
                date-time. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC) or an
                RFC 3339 string.
            created_after: Only entries created after this moment. Accepts a date (`2024-05-01`) or an ISO 8601
                date-time. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC) or an
                RFC 3339 string.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.

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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "logs_list",
            LogList.from_dict,
            _logs_list_items,
            query={
                "include_deleted": include_deleted,
                "created_before": created_before,
                "created_on": created_on,
                "created_after": created_after,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def get(
        self,
        id: UUID,
        /,
    ) -> DiscardedLog | Log:
        """Get a log entry

        Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

        Operation `logs_get`: GET /api/video/logs/{id}.

        Args:
            id: Identifier (UUID) of the log entry.

        Returns:
            DiscardedLog | Log: The log entry.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "logs_get",
            _logs_get_result,
            path={
                "id": id,
            },
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
    ) -> AsyncPager[DiscardedLog | Log]:
        """List logs

        Returns usage logs of video sessions, page by page, optionally filtered by creation date. The API
        token needs the Video scope.

        Operation `logs_list`: GET /api/video/logs.

        Args:
            include_deleted: When true, discarded entries are listed too (as DiscardedLog stubs). When left out,
                the server uses `False`.
            created_before: Only entries created before this moment. Accepts a date (`2024-05-01`) or an ISO
                8601 date-time. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC)
                or an RFC 3339 string.
            created_on: Only entries created on this day. Accepts a date (`2024-05-01`) or an ISO 8601
                date-time. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC) or an
                RFC 3339 string.
            created_after: Only entries created after this moment. Accepts a date (`2024-05-01`) or an ISO 8601
                date-time. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC) or an
                RFC 3339 string.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.

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
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used at all (not the
                JSON this operation returns).
        """
        return self._requester.paginate(
            "logs_list",
            LogList.from_dict,
            _logs_list_items,
            query={
                "include_deleted": include_deleted,
                "created_before": created_before,
                "created_on": created_on,
                "created_after": created_after,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def get(
        self,
        id: UUID,
        /,
    ) -> DiscardedLog | Log:
        """Get a log entry

        Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

        Operation `logs_get`: GET /api/video/logs/{id}.

        Args:
            id: Identifier (UUID) of the log entry.

        Returns:
            DiscardedLog | Log: The log entry.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "logs_get",
            _logs_get_result,
            path={
                "id": id,
            },
        )
