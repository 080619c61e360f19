"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import httpx

from ..._requester import (
    AsyncPager,
    AsyncRequester,
    Requester,
    SyncPager,
    async_raw_pager,
    async_raw_response,
    no_content,
    raw_response,
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
        `cursor` for further pages. Costs 1 rate-limit point. The vendor also documents 404 for this list,
        so it is kept.

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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return self._requester.request(
            "recordings_get",
            Recording.from_dict,
            path={
                "recordingId": recording_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return self._requester.request(
            "recordings_delete",
            no_content,
            path={
                "recordingId": recording_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return self._requester.request(
            "recordings_bulk_delete",
            no_content,
            body={
                "recordingIds": recording_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        `cursor` for further pages. Costs 1 rate-limit point. The vendor also documents 404 for this list,
        so it is kept.

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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return await self._requester.request(
            "recordings_get",
            Recording.from_dict,
            path={
                "recordingId": recording_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return await self._requester.request(
            "recordings_delete",
            no_content,
            path={
                "recordingId": recording_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return await self._requester.request(
            "recordings_bulk_delete",
            no_content,
            body={
                "recordingIds": recording_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
