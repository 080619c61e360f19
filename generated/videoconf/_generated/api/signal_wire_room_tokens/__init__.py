"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from videoconf._requester import AsyncRequester, Requester, async_raw_response, prepare, raw_response

from ..._operations import ROOM_TOKENS_CREATE
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

        Args:
            room_name: Name of the room the token opens. Unique name made of letters, digits, `_` and `-`. At
                most 100 characters. Must match the regular expression `^[A-Za-z0-9_-]+$`.
            user_name: Name shown for the participant; the server picks a random one when omitted. At most 100
                characters.
            permissions: Capabilities granted to the participant. The server empties this list when `join_as` is
                `audience`. Each item: one of the 46 `RoomTokenPermission` values; another value is sent with a
                warning. When left out, the server uses `["room.self.audio_mute", "room.self.audio_unmute",
                "room.self.video_mute", "room.self.video_unmute", "room.self.deaf", "room.self.undeaf",
                "room.self.set_input_volume", "room.self.set_output_volume", "room.self.set_input_sensitivity",
                "room.self.screenshare", "room.self.additional_source"]`.
            remove_after_seconds_elapsed: Each participant is removed this many seconds after joining. Overrides
                the room's value. Greater than 0 and at most 200000.
            join_audio_muted: Join with the microphone muted. When left out, the server uses `False`.
            join_video_muted: Join with the camera muted. When left out, the server uses `False`.
            auto_create_room: Create the room on first join when it does not exist yet. When left out, the
                server uses `True`.
            enable_room_previews: Produce a preview video; only has an effect when this token creates the room.
                When left out, the server uses `False`.
            room_display_name: Human-readable name for a room this token creates; ignored otherwise. At most 200
                characters.
            end_room_session_on_leave: End the whole session when this participant leaves. When left out, the
                server uses `False`.
            join_as: Role the participant joins with. One of `audience` or `member` (a `JoinAs` or its value).
                When left out, the server uses `member`.
            media_allowed: Media the participant receives. One of `all`, `video-only` or `audio-only` (a
                `MediaAllowed` or its value). When left out, the server uses `all`.
            room_meta: Any JSON object you want to store with the room. The server limits it to 2000 characters
                once serialised as JSON.
            meta: Any JSON object you want to store with the participant. The server limits it to 2000
                characters once serialised as JSON.
            sync_audio_video: Keep audio and video in sync with the jitter buffer. When left out, the server
                uses `False`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Overrides the room's value. Takes an aware `datetime`, a naive one (read
                as UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Overrides the room's value.
                Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            remove_at: At this instant every participant is removed. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Overrides the room's value. Takes an aware `datetime`, a naive one (read
                as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            RoomToken: The new token.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return self._requester.request(
            prepare(
                ROOM_TOKENS_CREATE,
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
            ),
            RoomToken.from_dict,
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

        Args:
            room_name: Name of the room the token opens. Unique name made of letters, digits, `_` and `-`. At
                most 100 characters. Must match the regular expression `^[A-Za-z0-9_-]+$`.
            user_name: Name shown for the participant; the server picks a random one when omitted. At most 100
                characters.
            permissions: Capabilities granted to the participant. The server empties this list when `join_as` is
                `audience`. Each item: one of the 46 `RoomTokenPermission` values; another value is sent with a
                warning. When left out, the server uses `["room.self.audio_mute", "room.self.audio_unmute",
                "room.self.video_mute", "room.self.video_unmute", "room.self.deaf", "room.self.undeaf",
                "room.self.set_input_volume", "room.self.set_output_volume", "room.self.set_input_sensitivity",
                "room.self.screenshare", "room.self.additional_source"]`.
            remove_after_seconds_elapsed: Each participant is removed this many seconds after joining. Overrides
                the room's value. Greater than 0 and at most 200000.
            join_audio_muted: Join with the microphone muted. When left out, the server uses `False`.
            join_video_muted: Join with the camera muted. When left out, the server uses `False`.
            auto_create_room: Create the room on first join when it does not exist yet. When left out, the
                server uses `True`.
            enable_room_previews: Produce a preview video; only has an effect when this token creates the room.
                When left out, the server uses `False`.
            room_display_name: Human-readable name for a room this token creates; ignored otherwise. At most 200
                characters.
            end_room_session_on_leave: End the whole session when this participant leaves. When left out, the
                server uses `False`.
            join_as: Role the participant joins with. One of `audience` or `member` (a `JoinAs` or its value).
                When left out, the server uses `member`.
            media_allowed: Media the participant receives. One of `all`, `video-only` or `audio-only` (a
                `MediaAllowed` or its value). When left out, the server uses `all`.
            room_meta: Any JSON object you want to store with the room. The server limits it to 2000 characters
                once serialised as JSON.
            meta: Any JSON object you want to store with the participant. The server limits it to 2000
                characters once serialised as JSON.
            sync_audio_video: Keep audio and video in sync with the jitter buffer. When left out, the server
                uses `False`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Overrides the room's value. Takes an aware `datetime`, a naive one (read
                as UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Overrides the room's value.
                Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            remove_at: At this instant every participant is removed. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Overrides the room's value. Takes an aware `datetime`, a naive one (read
                as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            RoomToken: The new token.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return await self._requester.request(
            prepare(
                ROOM_TOKENS_CREATE,
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
            ),
            RoomToken.from_dict,
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
