"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from uuid import UUID

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
from ...models.room_recording import RoomRecording
from ...models.room_recording_list import RoomRecordingList
from ...models.room_session_event import RoomSessionEvent
from ...models.room_session_event_list import RoomSessionEventList
from ...types import UNSET, Unset

__all__ = ["SignalWireRoomRecordings", "AsyncSignalWireRoomRecordings"]


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
        )

    def get(
        self,
        id: UUID,
        /,
        *,
        media_ttl: int | Unset = UNSET,
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
        )

    def delete(
        self,
        id: UUID,
        /,
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
        )

    def list_events(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
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
        )

    async def get(
        self,
        id: UUID,
        /,
        *,
        media_ttl: int | Unset = UNSET,
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
        )

    async def delete(
        self,
        id: UUID,
        /,
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
        )

    def list_events(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
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
        )
