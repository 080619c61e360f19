"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any

from ..._requester import AsyncRequester, Requester, no_content
from ...models.whereby_room_background_palette import WherebyRoomBackgroundPalette
from ...models.whereby_room_background_theme import WherebyRoomBackgroundTheme
from ...models.whereby_room_logo_theme import WherebyRoomLogoTheme
from ...models.whereby_room_theme_tokens import WherebyRoomThemeTokens
from ...models.whereby_theme_tokens_preset import WherebyThemeTokensPreset
from ...types import UNSET, File, Unset

__all__ = ["WherebyRooms", "AsyncWherebyRooms"]


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
        )

    def update_logo(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        theme: WherebyRoomLogoTheme | str | Unset = UNSET,
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
        )

    def update_room_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
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
        )

    def update_knock_page_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
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
        )

    async def update_logo(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        theme: WherebyRoomLogoTheme | str | Unset = UNSET,
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
        )

    async def update_room_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
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
        )

    async def update_knock_page_background(
        self,
        room_name: str,
        /,
        *,
        image: File | bytes | IO[bytes] | Unset = UNSET,
        palette: WherebyRoomBackgroundPalette | str | Unset = UNSET,
        theme: WherebyRoomBackgroundTheme | str | Unset = UNSET,
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
        )
