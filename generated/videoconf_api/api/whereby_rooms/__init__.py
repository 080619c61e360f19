"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any

import httpx

from ..._requester import AsyncRequester, Requester, async_raw_response, no_content, raw_response
from ...models.whereby_room_background_palette import WherebyRoomBackgroundPalette
from ...models.whereby_room_background_theme import WherebyRoomBackgroundTheme
from ...models.whereby_room_logo_theme import WherebyRoomLogoTheme
from ...models.whereby_room_theme_tokens import WherebyRoomThemeTokens
from ...models.whereby_theme_tokens_preset import WherebyThemeTokensPreset
from ...types import UNSET, File, Unset

__all__ = ["WherebyRooms", "AsyncWherebyRooms", "WherebyRoomsWithRawResponse", "AsyncWherebyRoomsWithRawResponse"]


class WherebyRooms:
    """`rooms` operations (whereby_rooms), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def update_theme_tokens(
        self,
        room_name: str,
        /,
        *,
        tokens: WherebyRoomThemeTokens | Mapping[str, Any] | Unset = UNSET,
        tokens_preset: WherebyThemeTokensPreset | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set room colours

        Sets the primary, secondary and focus colours of a room (with `tokensPreset: custom`), or returns
        the room to the organisation's colours (with `tokensPreset: default`). Costs 3 rate-limit points.

        Operation `rooms_update_theme_tokens`: PUT /rooms/{room_name}/theme/tokens.
        """
        return self._requester.request(
            "rooms_update_theme_tokens",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "tokens": tokens,
                "tokensPreset": tokens_preset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_logo(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        theme: WherebyRoomLogoTheme | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set room logo

        Uploads a logo image for a room as `multipart/form-data`, or resets the logo to the default with a
        JSON body. Costs 3 rate-limit points. A wrong content type answers 400.

        Operation `rooms_update_logo`: PUT /rooms/{room_name}/theme/logo.
        """
        return self._requester.request(
            "rooms_update_logo",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "image": image,
                "theme": theme,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_room_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set room background

        Uploads a custom background image for a room as `multipart/form-data`, or picks one of Whereby's
        preset colours and images with a JSON body. Costs 3 rate-limit points. A wrong content type answers
        400.

        Operation `rooms_update_room_background`: PUT /rooms/{room_name}/theme/room-background.
        """
        return self._requester.request(
            "rooms_update_room_background",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "image": image,
                "palette": palette,
                "theme": theme,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update_knock_page_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set knock page background

        Uploads a custom background image for the page visitors see while waiting to be let into a locked
        room, as `multipart/form-data`, or picks one of Whereby's preset colours and images with a JSON
        body. Costs 3 rate-limit points. A wrong content type answers 400.

        Operation `rooms_update_knock_page_background`: PUT /rooms/{room_name}/theme/room-knock-page-background.
        """
        return self._requester.request(
            "rooms_update_knock_page_background",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "image": image,
                "palette": palette,
                "theme": theme,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWherebyRooms:
    """`rooms` operations (whereby_rooms), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update_theme_tokens(
        self,
        room_name: str,
        /,
        *,
        tokens: WherebyRoomThemeTokens | Mapping[str, Any] | Unset = UNSET,
        tokens_preset: WherebyThemeTokensPreset | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set room colours

        Sets the primary, secondary and focus colours of a room (with `tokensPreset: custom`), or returns
        the room to the organisation's colours (with `tokensPreset: default`). Costs 3 rate-limit points.

        Operation `rooms_update_theme_tokens`: PUT /rooms/{room_name}/theme/tokens.
        """
        return await self._requester.request(
            "rooms_update_theme_tokens",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "tokens": tokens,
                "tokensPreset": tokens_preset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_logo(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        theme: WherebyRoomLogoTheme | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set room logo

        Uploads a logo image for a room as `multipart/form-data`, or resets the logo to the default with a
        JSON body. Costs 3 rate-limit points. A wrong content type answers 400.

        Operation `rooms_update_logo`: PUT /rooms/{room_name}/theme/logo.
        """
        return await self._requester.request(
            "rooms_update_logo",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "image": image,
                "theme": theme,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_room_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set room background

        Uploads a custom background image for a room as `multipart/form-data`, or picks one of Whereby's
        preset colours and images with a JSON body. Costs 3 rate-limit points. A wrong content type answers
        400.

        Operation `rooms_update_room_background`: PUT /rooms/{room_name}/theme/room-background.
        """
        return await self._requester.request(
            "rooms_update_room_background",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "image": image,
                "palette": palette,
                "theme": theme,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update_knock_page_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set knock page background

        Uploads a custom background image for the page visitors see while waiting to be let into a locked
        room, as `multipart/form-data`, or picks one of Whereby's preset colours and images with a JSON
        body. Costs 3 rate-limit points. A wrong content type answers 400.

        Operation `rooms_update_knock_page_background`: PUT /rooms/{room_name}/theme/room-knock-page-background.
        """
        return await self._requester.request(
            "rooms_update_knock_page_background",
            no_content,
            path={
                "roomName": room_name,
            },
            body={
                "image": image,
                "palette": palette,
                "theme": theme,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class WherebyRoomsWithRawResponse:
    """`rooms` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = WherebyRooms(requester)
        self.update_theme_tokens = raw_response(resource.update_theme_tokens)
        self.update_logo = raw_response(resource.update_logo)
        self.update_room_background = raw_response(resource.update_room_background)
        self.update_knock_page_background = raw_response(resource.update_knock_page_background)


class AsyncWherebyRoomsWithRawResponse:
    """`rooms` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncWherebyRooms(requester)
        self.update_theme_tokens = async_raw_response(resource.update_theme_tokens)
        self.update_logo = async_raw_response(resource.update_logo)
        self.update_room_background = async_raw_response(resource.update_room_background)
        self.update_knock_page_background = async_raw_response(resource.update_knock_page_background)
