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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            tokens: Theme tokens of a room. Keys: `colors`.
            tokens_preset: `custom` applies the given colours; `default` (or leaving it out) uses the
                organisation's colours. One of `custom` or `default` (a `WherebyThemeTokensPreset` or its value).

        Returns:
            None: The colours were saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            theme: Logo preset; only `default` exists. Only `default` (`WherebyRoomLogoTheme`). Only for the
                JSON form of this call.

        Returns:
            None: The logo was saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.

        Returns:
            None: The background was saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.

        Returns:
            None: The knock page background was saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            tokens: Theme tokens of a room. Keys: `colors`.
            tokens_preset: `custom` applies the given colours; `default` (or leaving it out) uses the
                organisation's colours. One of `custom` or `default` (a `WherebyThemeTokensPreset` or its value).

        Returns:
            None: The colours were saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            theme: Logo preset; only `default` exists. Only `default` (`WherebyRoomLogoTheme`). Only for the
                JSON form of this call.

        Returns:
            None: The logo was saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.

        Returns:
            None: The background was saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.

        Returns:
            None: The knock page background was saved.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
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
