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
        """
        return await self._requester.request(
            "recordings_bulk_delete",
            no_content,
            body={
                "recordingIds": recording_ids,
            },
        )
