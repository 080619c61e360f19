"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any

import httpx

from videoconf._requester import AsyncRequester, Requester, async_raw_response, no_content, prepare, raw_response

from ..._operations import (
    ROOMS_UPDATE_KNOCK_PAGE_BACKGROUND,
    ROOMS_UPDATE_LOGO,
    ROOMS_UPDATE_ROOM_BACKGROUND,
    ROOMS_UPDATE_THEME_TOKENS,
)
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            tokens: Theme tokens of a room. Keys: `colors`.
            tokens_preset: `custom` applies the given colours; `default` (or leaving it out) uses the
                organisation's colours. One of `custom` or `default` (a `WherebyThemeTokensPreset` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The colours were saved.

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
                ROOMS_UPDATE_THEME_TOKENS,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            theme: Logo preset; only `default` exists. Only `default` (`WherebyRoomLogoTheme`). Only for the
                JSON form of this call.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The logo was saved.

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
                ROOMS_UPDATE_LOGO,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The background was saved.

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
                ROOMS_UPDATE_ROOM_BACKGROUND,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The knock page background was saved.

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
                ROOMS_UPDATE_KNOCK_PAGE_BACKGROUND,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            tokens: Theme tokens of a room. Keys: `colors`.
            tokens_preset: `custom` applies the given colours; `default` (or leaving it out) uses the
                organisation's colours. One of `custom` or `default` (a `WherebyThemeTokensPreset` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The colours were saved.

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
                ROOMS_UPDATE_THEME_TOKENS,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            theme: Logo preset; only `default` exists. Only `default` (`WherebyRoomLogoTheme`). Only for the
                JSON form of this call.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The logo was saved.

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
                ROOMS_UPDATE_LOGO,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The background was saved.

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
                ROOMS_UPDATE_ROOM_BACKGROUND,
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
            ),
            no_content,
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

        Args:
            room_name: Name of the room to style: `Meeting.roomName` without its leading `/` (any other reserved
                character must be percent-encoded).
            image: The image file. A file: a `File`, `bytes` or a binary file object. Only for the upload
                (`multipart/form-data`) form of this call, which requires it.
            palette: Preset background colour. One of `default`, `grey`, `purple` or `burgund` (a
                `WherebyRoomBackgroundPalette` or its value). Only for the JSON form of this call.
            theme: Preset background image. One of `default`, `mountains`, `characters` or `rocks` (a
                `WherebyRoomBackgroundTheme` or its value). Only for the JSON form of this call.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The knock page background was saved.

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
                ROOMS_UPDATE_KNOCK_PAGE_BACKGROUND,
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
            ),
            no_content,
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
