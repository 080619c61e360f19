"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from uuid import UUID

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
from ...models.discarded_log import DiscardedLog
from ...models.log import Log
from ...models.log_list import LogList
from ...types import UNSET, Unset

__all__ = ["SignalWireLogs", "AsyncSignalWireLogs"]


def _logs_list_items(page: LogList) -> list[DiscardedLog | Log]:
    return page.data


class SignalWireLogs:
    """`logs` operations (signal_wire_logs), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_deleted: bool | Unset = UNSET,
        created_before: str | Unset = UNSET,
        created_on: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
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
    ) -> None:
        """Get a log entry

        Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

        Operation `logs_get`: GET /api/video/logs/{id}.
        """
        return self._requester.request(
            "logs_get",
            no_content,
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
        created_before: str | Unset = UNSET,
        created_on: str | Unset = UNSET,
        created_after: str | Unset = UNSET,
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
    ) -> None:
        """Get a log entry

        Returns one log entry, which may be a discarded stub. The API token needs the Video scope.

        Operation `logs_get`: GET /api/video/logs/{id}.
        """
        return await self._requester.request(
            "logs_get",
            no_content,
            path={
                "id": id,
            },
        )
