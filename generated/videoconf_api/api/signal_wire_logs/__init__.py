"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import httpx

from ..._parsing import Drift, Trial, mismatch, settle
from ..._requester import (
    AsyncPager,
    AsyncRequester,
    Requester,
    SyncPager,
    async_raw_pager,
    async_raw_response,
    raw_response,
)
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return self._requester.request(
            "logs_get",
            _logs_get_result,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return await self._requester.request(
            "logs_get",
            _logs_get_result,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
