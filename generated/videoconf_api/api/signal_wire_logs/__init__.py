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
        """
        return await self._requester.request(
            "logs_get",
            _logs_get_result,
            path={
                "id": id,
            },
        )
