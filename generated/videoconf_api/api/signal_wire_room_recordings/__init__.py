"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

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
from ...models.room_recording import RoomRecording
from ...models.room_recording_list import RoomRecordingList
from ...models.room_session_event import RoomSessionEvent
from ...models.room_session_event_list import RoomSessionEventList
from ...types import UNSET, Unset

__all__ = [
    "SignalWireRoomRecordings",
    "AsyncSignalWireRoomRecordings",
    "SignalWireRoomRecordingsWithRawResponse",
    "AsyncSignalWireRoomRecordingsWithRawResponse",
]


def _room_recordings_list_items(page: RoomRecordingList) -> list[RoomRecording]:
    return page.data


def _room_recordings_list_events_items(page: RoomSessionEventList) -> list[RoomSessionEvent]:
    return page.data


class SignalWireRoomRecordings:
    """`room_recordings` operations (signal_wire_room_recordings), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        media_ttl: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[RoomRecording]:
        """List recordings

        Returns every recording of the project, page by page. The API token needs the Video scope.

        Operation `room_recordings_list`: GET /api/video/room_recordings.
        """
        return self._requester.paginate(
            "room_recordings_list",
            RoomRecordingList.from_dict,
            _room_recordings_list_items,
            query={
                "media_ttl": media_ttl,
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
        media_ttl: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RoomRecording:
        """Get a recording

        Returns one recording with a temporary download link. The API token needs the Video scope.

        Operation `room_recordings_get`: GET /api/video/room_recordings/{id}.
        """
        return self._requester.request(
            "room_recordings_get",
            RoomRecording.from_dict,
            path={
                "id": id,
            },
            query={
                "media_ttl": media_ttl,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a recording

        Deletes a recording and its file. The API token needs the Video scope.

        Operation `room_recordings_delete`: DELETE /api/video/room_recordings/{id}.
        """
        return self._requester.request(
            "room_recordings_delete",
            no_content,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_events(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[RoomSessionEvent]:
        """List a recording's events

        Returns the session events that concern a recording, page by page. The API token needs the Video
        scope.

        Operation `room_recordings_list_events`: GET /api/video/room_recordings/{id}/events.
        """
        return self._requester.paginate(
            "room_recordings_list_events",
            RoomSessionEventList.from_dict,
            _room_recordings_list_events_items,
            path={
                "id": id,
            },
            query={
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSignalWireRoomRecordings:
    """`room_recordings` operations (signal_wire_room_recordings), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        media_ttl: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[RoomRecording]:
        """List recordings

        Returns every recording of the project, page by page. The API token needs the Video scope.

        Operation `room_recordings_list`: GET /api/video/room_recordings.
        """
        return self._requester.paginate(
            "room_recordings_list",
            RoomRecordingList.from_dict,
            _room_recordings_list_items,
            query={
                "media_ttl": media_ttl,
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
        media_ttl: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RoomRecording:
        """Get a recording

        Returns one recording with a temporary download link. The API token needs the Video scope.

        Operation `room_recordings_get`: GET /api/video/room_recordings/{id}.
        """
        return await self._requester.request(
            "room_recordings_get",
            RoomRecording.from_dict,
            path={
                "id": id,
            },
            query={
                "media_ttl": media_ttl,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a recording

        Deletes a recording and its file. The API token needs the Video scope.

        Operation `room_recordings_delete`: DELETE /api/video/room_recordings/{id}.
        """
        return await self._requester.request(
            "room_recordings_delete",
            no_content,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_events(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[RoomSessionEvent]:
        """List a recording's events

        Returns the session events that concern a recording, page by page. The API token needs the Video
        scope.

        Operation `room_recordings_list_events`: GET /api/video/room_recordings/{id}/events.
        """
        return self._requester.paginate(
            "room_recordings_list_events",
            RoomSessionEventList.from_dict,
            _room_recordings_list_events_items,
            path={
                "id": id,
            },
            query={
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SignalWireRoomRecordingsWithRawResponse:
    """`room_recordings` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireRoomRecordings(requester)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.list_events = raw_response(resource.list_events)


class AsyncSignalWireRoomRecordingsWithRawResponse:
    """`room_recordings` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireRoomRecordings(requester)
        self.list = async_raw_pager(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.list_events = async_raw_pager(resource.list_events)
