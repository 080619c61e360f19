"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
from ...models.create_room_request_meta import CreateRoomRequestMeta
from ...models.room import Room
from ...models.room_list import RoomList
from ...models.stream import Stream
from ...models.stream_list import StreamList
from ...models.update_room_request_meta import UpdateRoomRequestMeta
from ...models.video_layout import VideoLayout
from ...models.video_quality import VideoQuality
from ...types import UNSET, Unset

__all__ = ["SignalWireRooms", "AsyncSignalWireRooms"]


def _rooms_list_items(page: RoomList) -> list[Room]:
    return page.data


def _rooms_list_streams_items(page: StreamList) -> list[Stream]:
    return page.data


class SignalWireRooms:
    """`rooms` operations (signal_wire_rooms), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_active_session: bool | Unset = UNSET,
        starts_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        ends_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> SyncPager[Room]:
        """List rooms

        Returns the project's rooms page by page, optionally filtered by their joining window. The API token
        needs the Video scope.

        Operation `rooms_list`: GET /api/video/rooms.
        """
        return self._requester.paginate(
            "rooms_list",
            RoomList.from_dict,
            _rooms_list_items,
            query={
                "include_active_session": include_active_session,
                "starts_after": starts_after,
                "ends_before": ends_before,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def create(
        self,
        *,
        name: str,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: CreateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
    ) -> Room:
        """Create a room

        Creates a persistent room. Answers 200 (not 201). The API token needs the Video scope.

        Operation `rooms_create`: POST /api/video/rooms.
        """
        return self._requester.request(
            "rooms_create",
            Room.from_dict,
            body={
                "name": name,
                "display_name": display_name,
                "description": description,
                "max_members": max_members,
                "quality": quality,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "layout": layout,
                "record_on_start": record_on_start,
                "enable_room_previews": enable_room_previews,
                "meta": meta,
                "sync_audio_video": sync_audio_video,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
            },
        )

    def get(
        self,
        id: str | UUID,
        /,
        *,
        include_active_session: bool | Unset = UNSET,
    ) -> Room:
        """Get a room by id or name

        Returns one room, looked up by UUID or by unique name. The API token needs the Video scope.

        Operation `rooms_get`: GET /api/video/rooms/{id}.
        """
        return self._requester.request(
            "rooms_get",
            Room.from_dict,
            path={
                "id": id,
            },
            query={
                "include_active_session": include_active_session,
            },
        )

    def get_by_name(self, name: str, /) -> Room:
        """The same operation as `get`, called with a name instead of an id."""
        return self._requester.request("rooms_get", Room.from_dict, path={"id": name})

    def update(
        self,
        id: UUID,
        /,
        *,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: UpdateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
    ) -> Room:
        """Update a room

        Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
        Video scope.

        Operation `rooms_update`: PUT /api/video/rooms/{id}.
        """
        return self._requester.request(
            "rooms_update",
            Room.from_dict,
            path={
                "id": id,
            },
            body={
                "display_name": display_name,
                "description": description,
                "max_members": max_members,
                "quality": quality,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "layout": layout,
                "record_on_start": record_on_start,
                "enable_room_previews": enable_room_previews,
                "meta": meta,
                "sync_audio_video": sync_audio_video,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
            },
        )

    def delete(
        self,
        id: UUID,
        /,
    ) -> None:
        """Delete a room

        Deletes a room. The API token needs the Video scope.

        Operation `rooms_delete`: DELETE /api/video/rooms/{id}.
        """
        return self._requester.request(
            "rooms_delete",
            no_content,
            path={
                "id": id,
            },
        )

    def list_streams(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> SyncPager[Stream]:
        """List a room's streams

        Returns the outbound streams of a room, page by page. The API token needs the Video scope.

        Operation `rooms_list_streams`: GET /api/video/rooms/{id}/streams.
        """
        return self._requester.paginate(
            "rooms_list_streams",
            StreamList.from_dict,
            _rooms_list_streams_items,
            path={
                "id": id,
            },
            query={
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
    ) -> Stream:
        """Start streaming a room

        Starts pushing a room's video to an RTMP or RTMPS address. Answers 201, unlike the other SignalWire
        create operations, which answer 200. The API token needs the Video scope.

        Operation `rooms_create_stream`: POST /api/video/rooms/{id}/streams.
        """
        return self._requester.request(
            "rooms_create_stream",
            Stream.from_dict,
            path={
                "id": id,
            },
            body={
                "url": url,
            },
        )


class AsyncSignalWireRooms:
    """`rooms` operations (signal_wire_rooms), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        include_active_session: bool | Unset = UNSET,
        starts_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        ends_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> AsyncPager[Room]:
        """List rooms

        Returns the project's rooms page by page, optionally filtered by their joining window. The API token
        needs the Video scope.

        Operation `rooms_list`: GET /api/video/rooms.
        """
        return self._requester.paginate(
            "rooms_list",
            RoomList.from_dict,
            _rooms_list_items,
            query={
                "include_active_session": include_active_session,
                "starts_after": starts_after,
                "ends_before": ends_before,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def create(
        self,
        *,
        name: str,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: CreateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
    ) -> Room:
        """Create a room

        Creates a persistent room. Answers 200 (not 201). The API token needs the Video scope.

        Operation `rooms_create`: POST /api/video/rooms.
        """
        return await self._requester.request(
            "rooms_create",
            Room.from_dict,
            body={
                "name": name,
                "display_name": display_name,
                "description": description,
                "max_members": max_members,
                "quality": quality,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "layout": layout,
                "record_on_start": record_on_start,
                "enable_room_previews": enable_room_previews,
                "meta": meta,
                "sync_audio_video": sync_audio_video,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
            },
        )

    async def get(
        self,
        id: str | UUID,
        /,
        *,
        include_active_session: bool | Unset = UNSET,
    ) -> Room:
        """Get a room by id or name

        Returns one room, looked up by UUID or by unique name. The API token needs the Video scope.

        Operation `rooms_get`: GET /api/video/rooms/{id}.
        """
        return await self._requester.request(
            "rooms_get",
            Room.from_dict,
            path={
                "id": id,
            },
            query={
                "include_active_session": include_active_session,
            },
        )

    async def get_by_name(self, name: str, /) -> Room:
        """The same operation as `get`, called with a name instead of an id."""
        return await self._requester.request("rooms_get", Room.from_dict, path={"id": name})

    async def update(
        self,
        id: UUID,
        /,
        *,
        display_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_members: int | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        meta: UpdateRoomRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
    ) -> Room:
        """Update a room

        Changes a room. Works like PATCH: only the fields you send are changed. The API token needs the
        Video scope.

        Operation `rooms_update`: PUT /api/video/rooms/{id}.
        """
        return await self._requester.request(
            "rooms_update",
            Room.from_dict,
            path={
                "id": id,
            },
            body={
                "display_name": display_name,
                "description": description,
                "max_members": max_members,
                "quality": quality,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "layout": layout,
                "record_on_start": record_on_start,
                "enable_room_previews": enable_room_previews,
                "meta": meta,
                "sync_audio_video": sync_audio_video,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
            },
        )

    async def delete(
        self,
        id: UUID,
        /,
    ) -> None:
        """Delete a room

        Deletes a room. The API token needs the Video scope.

        Operation `rooms_delete`: DELETE /api/video/rooms/{id}.
        """
        return await self._requester.request(
            "rooms_delete",
            no_content,
            path={
                "id": id,
            },
        )

    def list_streams(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> AsyncPager[Stream]:
        """List a room's streams

        Returns the outbound streams of a room, page by page. The API token needs the Video scope.

        Operation `rooms_list_streams`: GET /api/video/rooms/{id}/streams.
        """
        return self._requester.paginate(
            "rooms_list_streams",
            StreamList.from_dict,
            _rooms_list_streams_items,
            path={
                "id": id,
            },
            query={
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
    ) -> Stream:
        """Start streaming a room

        Starts pushing a room's video to an RTMP or RTMPS address. Answers 201, unlike the other SignalWire
        create operations, which answer 200. The API token needs the Video scope.

        Operation `rooms_create_stream`: POST /api/video/rooms/{id}/streams.
        """
        return await self._requester.request(
            "rooms_create_stream",
            Stream.from_dict,
            path={
                "id": id,
            },
            body={
                "url": url,
            },
        )
