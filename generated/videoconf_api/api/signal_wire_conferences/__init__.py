"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
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
from ...models.conference import Conference
from ...models.conference_list import ConferenceList
from ...models.conference_size import ConferenceSize
from ...models.conference_token import ConferenceToken
from ...models.conference_token_list import ConferenceTokenList
from ...models.stream import Stream
from ...models.stream_list import StreamList
from ...models.video_layout import VideoLayout
from ...models.video_quality import VideoQuality
from ...types import UNSET, Unset

__all__ = [
    "SignalWireConferences",
    "AsyncSignalWireConferences",
    "SignalWireConferencesWithRawResponse",
    "AsyncSignalWireConferencesWithRawResponse",
]


def _conferences_list_items(page: ConferenceList) -> list[Conference]:
    return page.data


def _conferences_list_tokens_items(page: ConferenceTokenList) -> list[ConferenceToken]:
    return page.data


def _conferences_list_streams_items(page: StreamList) -> list[Stream]:
    return page.data


class SignalWireConferences:
    """`conferences` operations (signal_wire_conferences), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        starts_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        ends_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        include_active_session: bool | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Conference]:
        """List conferences

        Returns the project's conferences page by page, optionally filtered by their joining window. The API
        token needs the Video scope.

        Operation `conferences_list`: GET /api/video/conferences.
        """
        return self._requester.paginate(
            "conferences_list",
            ConferenceList.from_dict,
            _conferences_list_items,
            query={
                "starts_after": starts_after,
                "ends_before": ends_before,
                "include_active_session": include_active_session,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        display_name: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        size: ConferenceSize | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        enable_chat: bool | Unset = UNSET,
        dark_primary: str | Unset = UNSET,
        dark_background: str | Unset = UNSET,
        dark_foreground: str | Unset = UNSET,
        dark_success: str | Unset = UNSET,
        dark_negative: str | Unset = UNSET,
        light_primary: str | Unset = UNSET,
        light_background: str | Unset = UNSET,
        light_foreground: str | Unset = UNSET,
        light_success: str | Unset = UNSET,
        light_negative: str | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conference:
        """Create a conference

        Creates a conference. Succeeds with 200 (not 201), as the vendor documents. The API token needs the
        Video scope.

        Operation `conferences_create`: POST /api/video/conferences.
        """
        return self._requester.request(
            "conferences_create",
            Conference.from_dict,
            body={
                "display_name": display_name,
                "name": name,
                "description": description,
                "quality": quality,
                "layout": layout,
                "size": size,
                "record_on_start": record_on_start,
                "enable_room_previews": enable_room_previews,
                "enable_chat": enable_chat,
                "dark_primary": dark_primary,
                "dark_background": dark_background,
                "dark_foreground": dark_foreground,
                "dark_success": dark_success,
                "dark_negative": dark_negative,
                "light_primary": light_primary,
                "light_background": light_background,
                "light_foreground": light_foreground,
                "light_success": light_success,
                "light_negative": light_negative,
                "join_from": join_from,
                "join_until": join_until,
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
        include_active_session: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conference:
        """Get a conference

        Returns one conference, optionally with its running session. The API token needs the Video scope.

        Operation `conferences_get`: GET /api/video/conferences/{id}.
        """
        return self._requester.request(
            "conferences_get",
            Conference.from_dict,
            path={
                "id": id,
            },
            query={
                "include_active_session": include_active_session,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id: UUID,
        /,
        *,
        display_name: str,
        description: str | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        size: ConferenceSize | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        tone_on_entry_and_exit: bool | Unset = UNSET,
        room_join_video_off: bool | Unset = UNSET,
        user_join_video_off: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        enable_chat: bool | Unset = UNSET,
        dark_primary: str | Unset = UNSET,
        dark_background: str | Unset = UNSET,
        dark_foreground: str | Unset = UNSET,
        dark_success: str | Unset = UNSET,
        dark_negative: str | Unset = UNSET,
        light_primary: str | Unset = UNSET,
        light_background: str | Unset = UNSET,
        light_foreground: str | Unset = UNSET,
        light_success: str | Unset = UNSET,
        light_negative: str | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conference:
        """Update a conference

        Changes a conference. `display_name` is always required; other omitted fields keep their value. The
        API token needs the Video scope.

        Operation `conferences_update`: PUT /api/video/conferences/{id}.
        """
        return self._requester.request(
            "conferences_update",
            Conference.from_dict,
            path={
                "id": id,
            },
            body={
                "display_name": display_name,
                "description": description,
                "quality": quality,
                "layout": layout,
                "size": size,
                "record_on_start": record_on_start,
                "tone_on_entry_and_exit": tone_on_entry_and_exit,
                "room_join_video_off": room_join_video_off,
                "user_join_video_off": user_join_video_off,
                "enable_room_previews": enable_room_previews,
                "enable_chat": enable_chat,
                "dark_primary": dark_primary,
                "dark_background": dark_background,
                "dark_foreground": dark_foreground,
                "dark_success": dark_success,
                "dark_negative": dark_negative,
                "light_primary": light_primary,
                "light_background": light_background,
                "light_foreground": light_foreground,
                "light_success": light_success,
                "light_negative": light_negative,
                "join_from": join_from,
                "join_until": join_until,
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
        """Delete a conference

        Deletes a conference. The API token needs the Video scope.

        Operation `conferences_delete`: DELETE /api/video/conferences/{id}.
        """
        return self._requester.request(
            "conferences_delete",
            no_content,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_tokens(
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
    ) -> SyncPager[ConferenceToken]:
        """List a conference's tokens

        Returns the access tokens of a conference, page by page. The API token needs the Video scope.

        Operation `conferences_list_tokens`: GET /api/video/conferences/{id}/conference_tokens.
        """
        return self._requester.paginate(
            "conferences_list_tokens",
            ConferenceTokenList.from_dict,
            _conferences_list_tokens_items,
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

    def list_streams(
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
    ) -> SyncPager[Stream]:
        """List a conference's streams

        Returns the outbound streams of a conference. Paging parameters are declared here although the
        vendor spec omits them, because the response carries pagination links like every other list. The API
        token needs the Video scope.

        Operation `conferences_list_streams`: GET /api/video/conferences/{id}/streams.
        """
        return self._requester.paginate(
            "conferences_list_streams",
            StreamList.from_dict,
            _conferences_list_streams_items,
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

    def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Stream:
        """Start streaming a conference

        Starts pushing a conference's video to an RTMP or RTMPS address. Succeeds with 200, whereas the room
        equivalent returns 201; both codes are kept as the vendor documents them. The API token needs the
        Video scope.

        Operation `conferences_create_stream`: POST /api/video/conferences/{id}/streams.
        """
        return self._requester.request(
            "conferences_create_stream",
            Stream.from_dict,
            path={
                "id": id,
            },
            body={
                "url": url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSignalWireConferences:
    """`conferences` operations (signal_wire_conferences), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        starts_after: datetime.datetime | datetime.date | str | Unset = UNSET,
        ends_before: datetime.datetime | datetime.date | str | Unset = UNSET,
        include_active_session: bool | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Conference]:
        """List conferences

        Returns the project's conferences page by page, optionally filtered by their joining window. The API
        token needs the Video scope.

        Operation `conferences_list`: GET /api/video/conferences.
        """
        return self._requester.paginate(
            "conferences_list",
            ConferenceList.from_dict,
            _conferences_list_items,
            query={
                "starts_after": starts_after,
                "ends_before": ends_before,
                "include_active_session": include_active_session,
                "page_number": page_number,
                "page_size": page_size,
                "page_token": page_token,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        display_name: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        size: ConferenceSize | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        enable_chat: bool | Unset = UNSET,
        dark_primary: str | Unset = UNSET,
        dark_background: str | Unset = UNSET,
        dark_foreground: str | Unset = UNSET,
        dark_success: str | Unset = UNSET,
        dark_negative: str | Unset = UNSET,
        light_primary: str | Unset = UNSET,
        light_background: str | Unset = UNSET,
        light_foreground: str | Unset = UNSET,
        light_success: str | Unset = UNSET,
        light_negative: str | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conference:
        """Create a conference

        Creates a conference. Succeeds with 200 (not 201), as the vendor documents. The API token needs the
        Video scope.

        Operation `conferences_create`: POST /api/video/conferences.
        """
        return await self._requester.request(
            "conferences_create",
            Conference.from_dict,
            body={
                "display_name": display_name,
                "name": name,
                "description": description,
                "quality": quality,
                "layout": layout,
                "size": size,
                "record_on_start": record_on_start,
                "enable_room_previews": enable_room_previews,
                "enable_chat": enable_chat,
                "dark_primary": dark_primary,
                "dark_background": dark_background,
                "dark_foreground": dark_foreground,
                "dark_success": dark_success,
                "dark_negative": dark_negative,
                "light_primary": light_primary,
                "light_background": light_background,
                "light_foreground": light_foreground,
                "light_success": light_success,
                "light_negative": light_negative,
                "join_from": join_from,
                "join_until": join_until,
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
        include_active_session: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conference:
        """Get a conference

        Returns one conference, optionally with its running session. The API token needs the Video scope.

        Operation `conferences_get`: GET /api/video/conferences/{id}.
        """
        return await self._requester.request(
            "conferences_get",
            Conference.from_dict,
            path={
                "id": id,
            },
            query={
                "include_active_session": include_active_session,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id: UUID,
        /,
        *,
        display_name: str,
        description: str | Unset = UNSET,
        quality: VideoQuality | str | Unset = UNSET,
        layout: VideoLayout | str | Unset = UNSET,
        size: ConferenceSize | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        tone_on_entry_and_exit: bool | Unset = UNSET,
        room_join_video_off: bool | Unset = UNSET,
        user_join_video_off: bool | Unset = UNSET,
        enable_room_previews: bool | Unset = UNSET,
        enable_chat: bool | Unset = UNSET,
        dark_primary: str | Unset = UNSET,
        dark_background: str | Unset = UNSET,
        dark_foreground: str | Unset = UNSET,
        dark_success: str | Unset = UNSET,
        dark_negative: str | Unset = UNSET,
        light_primary: str | Unset = UNSET,
        light_background: str | Unset = UNSET,
        light_foreground: str | Unset = UNSET,
        light_success: str | Unset = UNSET,
        light_negative: str | Unset = UNSET,
        join_from: datetime.datetime | datetime.date | str | Unset = UNSET,
        join_until: datetime.datetime | datetime.date | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Conference:
        """Update a conference

        Changes a conference. `display_name` is always required; other omitted fields keep their value. The
        API token needs the Video scope.

        Operation `conferences_update`: PUT /api/video/conferences/{id}.
        """
        return await self._requester.request(
            "conferences_update",
            Conference.from_dict,
            path={
                "id": id,
            },
            body={
                "display_name": display_name,
                "description": description,
                "quality": quality,
                "layout": layout,
                "size": size,
                "record_on_start": record_on_start,
                "tone_on_entry_and_exit": tone_on_entry_and_exit,
                "room_join_video_off": room_join_video_off,
                "user_join_video_off": user_join_video_off,
                "enable_room_previews": enable_room_previews,
                "enable_chat": enable_chat,
                "dark_primary": dark_primary,
                "dark_background": dark_background,
                "dark_foreground": dark_foreground,
                "dark_success": dark_success,
                "dark_negative": dark_negative,
                "light_primary": light_primary,
                "light_background": light_background,
                "light_foreground": light_foreground,
                "light_success": light_success,
                "light_negative": light_negative,
                "join_from": join_from,
                "join_until": join_until,
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
        """Delete a conference

        Deletes a conference. The API token needs the Video scope.

        Operation `conferences_delete`: DELETE /api/video/conferences/{id}.
        """
        return await self._requester.request(
            "conferences_delete",
            no_content,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_tokens(
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
    ) -> AsyncPager[ConferenceToken]:
        """List a conference's tokens

        Returns the access tokens of a conference, page by page. The API token needs the Video scope.

        Operation `conferences_list_tokens`: GET /api/video/conferences/{id}/conference_tokens.
        """
        return self._requester.paginate(
            "conferences_list_tokens",
            ConferenceTokenList.from_dict,
            _conferences_list_tokens_items,
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

    def list_streams(
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
    ) -> AsyncPager[Stream]:
        """List a conference's streams

        Returns the outbound streams of a conference. Paging parameters are declared here although the
        vendor spec omits them, because the response carries pagination links like every other list. The API
        token needs the Video scope.

        Operation `conferences_list_streams`: GET /api/video/conferences/{id}/streams.
        """
        return self._requester.paginate(
            "conferences_list_streams",
            StreamList.from_dict,
            _conferences_list_streams_items,
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

    async def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Stream:
        """Start streaming a conference

        Starts pushing a conference's video to an RTMP or RTMPS address. Succeeds with 200, whereas the room
        equivalent returns 201; both codes are kept as the vendor documents them. The API token needs the
        Video scope.

        Operation `conferences_create_stream`: POST /api/video/conferences/{id}/streams.
        """
        return await self._requester.request(
            "conferences_create_stream",
            Stream.from_dict,
            path={
                "id": id,
            },
            body={
                "url": url,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SignalWireConferencesWithRawResponse:
    """`conferences` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireConferences(requester)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.list_tokens = raw_response(resource.list_tokens)
        self.list_streams = raw_response(resource.list_streams)
        self.create_stream = raw_response(resource.create_stream)


class AsyncSignalWireConferencesWithRawResponse:
    """`conferences` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireConferences(requester)
        self.list = async_raw_pager(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.list_tokens = async_raw_pager(resource.list_tokens)
        self.list_streams = async_raw_pager(resource.list_streams)
        self.create_stream = async_raw_response(resource.create_stream)
