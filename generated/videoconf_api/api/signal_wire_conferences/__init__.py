"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from uuid import UUID

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
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

__all__ = ["SignalWireConferences", "AsyncSignalWireConferences"]


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
    ) -> Conference:
        """Create a conference

        Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

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
        )

    def get(
        self,
        id: UUID,
        /,
        *,
        include_active_session: bool | Unset = UNSET,
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
        )

    def delete(
        self,
        id: UUID,
        /,
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
        )

    def list_tokens(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
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
        """List a conference's streams

        Returns the outbound streams of a conference, page by page. The API token needs the Video scope.

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
        )

    def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
    ) -> Stream:
        """Start streaming a conference

        Starts pushing a conference's video to an RTMP or RTMPS address. Answers 200, whereas the room
        equivalent answers 201. The API token needs the Video scope.

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
    ) -> Conference:
        """Create a conference

        Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

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
        )

    async def get(
        self,
        id: UUID,
        /,
        *,
        include_active_session: bool | Unset = UNSET,
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
        )

    async def delete(
        self,
        id: UUID,
        /,
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
        )

    def list_tokens(
        self,
        id: UUID,
        /,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
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
        """List a conference's streams

        Returns the outbound streams of a conference, page by page. The API token needs the Video scope.

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
        )

    async def create_stream(
        self,
        id: UUID,
        /,
        *,
        url: str,
    ) -> Stream:
        """Start streaming a conference

        Starts pushing a conference's video to an RTMP or RTMPS address. Answers 200, whereas the room
        equivalent answers 201. The API token needs the Video scope.

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
        )
