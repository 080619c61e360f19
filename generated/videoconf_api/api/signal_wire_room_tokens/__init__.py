"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._requester import AsyncRequester, Requester, async_raw_response, raw_response
from ...models.join_as import JoinAs
from ...models.media_allowed import MediaAllowed
from ...models.room_token import RoomToken
from ...models.room_token_permission import RoomTokenPermission
from ...models.room_token_request_meta import RoomTokenRequestMeta
from ...models.room_token_request_room_meta import RoomTokenRequestRoomMeta
from ...types import UNSET, Unset

__all__ = [
    "SignalWireRoomTokens",
    "AsyncSignalWireRoomTokens",
    "SignalWireRoomTokensWithRawResponse",
    "AsyncSignalWireRoomTokensWithRawResponse",
]


class SignalWireRoomTokens:
    """`room_tokens` operations (signal_wire_room_tokens), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        room_name: str,
        user_name: str | Unset = UNSET,
        permissions: Sequence[RoomTokenPermission | str] | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        join_audio_muted: bool | Unset = UNSET,
        join_video_muted: bool | Unset = UNSET,
        auto_create_room: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        room_display_name: str | Unset = UNSET,
        end_room_session_on_leave: bool | Unset = UNSET,
        join_as: JoinAs | str | Unset = UNSET,
        media_allowed: MediaAllowed | str | Unset = UNSET,
        room_meta: RoomTokenRequestRoomMeta | Mapping[str, Any] | Unset = UNSET,
        meta: RoomTokenRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RoomToken:
        """Create a room token

        Issues a token that lets a client SDK join a room with the given permissions. Succeeds with 200. The
        API token needs the Video scope.

        Operation `room_tokens_create`: POST /api/video/room_tokens.
        """
        return self._requester.request(
            "room_tokens_create",
            RoomToken.from_dict,
            body={
                "room_name": room_name,
                "user_name": user_name,
                "permissions": permissions,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "join_audio_muted": join_audio_muted,
                "join_video_muted": join_video_muted,
                "auto_create_room": auto_create_room,
                "enable_room_previews": enable_room_previews,
                "room_display_name": room_display_name,
                "end_room_session_on_leave": end_room_session_on_leave,
                "join_as": join_as,
                "media_allowed": media_allowed,
                "room_meta": room_meta,
                "meta": meta,
                "sync_audio_video": sync_audio_video,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSignalWireRoomTokens:
    """`room_tokens` operations (signal_wire_room_tokens), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        room_name: str,
        user_name: str | Unset = UNSET,
        permissions: Sequence[RoomTokenPermission | str] | Unset = UNSET,
        remove_after_seconds_elapsed: int | Unset = UNSET,
        join_audio_muted: bool | Unset = UNSET,
        join_video_muted: bool | Unset = UNSET,
        auto_create_room: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        room_display_name: str | Unset = UNSET,
        end_room_session_on_leave: bool | Unset = UNSET,
        join_as: JoinAs | str | Unset = UNSET,
        media_allowed: MediaAllowed | str | Unset = UNSET,
        room_meta: RoomTokenRequestRoomMeta | Mapping[str, Any] | Unset = UNSET,
        meta: RoomTokenRequestMeta | Mapping[str, Any] | Unset = UNSET,
        sync_audio_video: bool | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        remove_at: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RoomToken:
        """Create a room token

        Issues a token that lets a client SDK join a room with the given permissions. Succeeds with 200. The
        API token needs the Video scope.

        Operation `room_tokens_create`: POST /api/video/room_tokens.
        """
        return await self._requester.request(
            "room_tokens_create",
            RoomToken.from_dict,
            body={
                "room_name": room_name,
                "user_name": user_name,
                "permissions": permissions,
                "remove_after_seconds_elapsed": remove_after_seconds_elapsed,
                "join_audio_muted": join_audio_muted,
                "join_video_muted": join_video_muted,
                "auto_create_room": auto_create_room,
                "enable_room_previews": enable_room_previews,
                "room_display_name": room_display_name,
                "end_room_session_on_leave": end_room_session_on_leave,
                "join_as": join_as,
                "media_allowed": media_allowed,
                "room_meta": room_meta,
                "meta": meta,
                "sync_audio_video": sync_audio_video,
                "join_from": join_from,
                "join_until": join_until,
                "remove_at": remove_at,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SignalWireRoomTokensWithRawResponse:
    """`room_tokens` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireRoomTokens(requester)
        self.create = raw_response(resource.create)


class AsyncSignalWireRoomTokensWithRawResponse:
    """`room_tokens` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireRoomTokens(requester)
        self.create = async_raw_response(resource.create)
