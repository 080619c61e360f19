"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from uuid import UUID

import httpx

from videoconf._requester import (
    AsyncPager,
    AsyncRequester,
    Requester,
    SyncPager,
    async_raw_pager,
    async_raw_response,
    no_content,
    prepare,
    raw_response,
)

from ..._operations import (
    CONFERENCES_CREATE,
    CONFERENCES_CREATE_STREAM,
    CONFERENCES_DELETE,
    CONFERENCES_GET,
    CONFERENCES_LIST,
    CONFERENCES_LIST_STREAMS,
    CONFERENCES_LIST_TOKENS,
    CONFERENCES_UPDATE,
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

        Args:
            starts_after: Only return conferences whose `join_from` is on or after this moment, as one string in
                either form: an RFC 3339 date-time (`2024-05-01T09:00:00Z`) or a Unix timestamp in seconds
                (`1714554000`). Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC)
                or an RFC 3339 string. Also takes a string: must match the regular expression `^[0-9]{1,12}$`.
            ends_before: Only return conferences whose `join_until` is on or before this moment, as one string
                in either form: an RFC 3339 date-time (`2024-05-01T18:00:00Z`) or a Unix timestamp in seconds
                (`1714554000`). Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC)
                or an RFC 3339 string. Also takes a string: must match the regular expression `^[0-9]{1,12}$`.
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Conference]: One page of results that auto-paginates: `for item in ...` yields every item
                of this page and of every following page, each fetched when it is reached. For pages, loop over
                `.iter_pages()`, or read `.data` (this page's items), `.has_next_page()` and `.get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                CONFERENCES_LIST,
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
            ),
            ConferenceList.from_dict,
            _conferences_list_items,
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

        Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

        Operation `conferences_create`: POST /api/video/conferences.

        Args:
            display_name: Human-readable name. At most 200 characters.
            name: Unique name made of letters, digits, `_` and `-`. Optional; the server generates one when
                omitted. At most 100 characters. Must match the regular expression `^[A-Za-z0-9_-]+$`.
            description: Free-text description. At most 3000 characters.
            quality: Video resolution. One of `720p` or `1080p` (a `VideoQuality` or its value). When left out,
                the server uses `720p`.
            layout: Layout a new session starts with. One of the 13 `VideoLayout` values. When left out, the
                server uses `grid-responsive`.
            size: Capacity class. One of `small`, `medium` or `large` (a `ConferenceSize` or its value). When
                left out, the server uses `medium`.
            record_on_start: Record each session from its start.
            enable_room_previews: Produce a preview video of running sessions.
            enable_chat: Let participants chat as a group. When left out, the server uses `True`.
            dark_primary: Colour of call-to-action buttons and selected items in the dark theme, as `#RRGGBB`.
                Must match the regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#044EF4`.
            dark_background: Main background colour in the dark theme, as `#RRGGBB`. The default equals the
                light theme's value, as the server applies it. Must match the regular expression
                `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#FFFFFF`.
            dark_foreground: Main foreground (text) colour in the dark theme, as `#RRGGBB`. The default equals
                the light theme's value, as the server applies it. Must match the regular expression
                `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#1D2127`.
            dark_success: Colour used to signal success in the dark theme, as `#RRGGBB`. Must match the regular
                expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#17BB58`.
            dark_negative: Colour used to signal errors in the dark theme, as `#RRGGBB`. Must match the regular
                expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#F42C50`.
            light_primary: Colour of call-to-action buttons and selected items in the light theme, as `#RRGGBB`.
                Must match the regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#044EF4`.
            light_background: Main background colour in the light theme, as `#RRGGBB`. Must match the regular
                expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#FFFFFF`.
            light_foreground: Main foreground (text) colour in the light theme, as `#RRGGBB`. Must match the
                regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#1D2127`.
            light_success: Colour used to signal success in the light theme, as `#RRGGBB`. Must match the
                regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#17BB58`.
            light_negative: Colour used to signal errors in the light theme, as `#RRGGBB`. Must match the
                regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#F42C50`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC
                3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Takes an aware `datetime`,
                a naive one (read as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Conference: The new conference.

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
                CONFERENCES_CREATE,
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
            ),
            Conference.from_dict,
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

        Args:
            id: Identifier (UUID) of the conference.
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Conference: The conference.

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
                CONFERENCES_GET,
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
            ),
            Conference.from_dict,
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

        Args:
            id: Identifier (UUID) of the conference.
            display_name: Human-readable name; required on every update. At most 200 characters.
            description: Free-text description. Omit it to keep the current value. At most 3000 characters.
            quality: Video resolution. Omit it to keep the current value. One of `720p` or `1080p` (a
                `VideoQuality` or its value).
            layout: Layout a new session starts with. Omit it to keep the current value. One of the 13
                `VideoLayout` values.
            size: Capacity class. Omit it to keep the current value. One of `small`, `medium` or `large` (a
                `ConferenceSize` or its value).
            record_on_start: Record each session from its start. Omit it to keep the current value.
            tone_on_entry_and_exit: Play a sound when someone enters or leaves. Omit it to keep the current
                value.
            room_join_video_off: Make participants join with their camera off (room setting). Omit it to keep
                the current value.
            user_join_video_off: Make participants join with their camera off (user setting). Omit it to keep
                the current value.
            enable_room_previews: Produce a preview video of running sessions. Omit it to keep the current
                value.
            enable_chat: Let participants chat as a group. Omit it to keep the current value.
            dark_primary: Colour of call-to-action buttons and selected items in the dark theme, as `#RRGGBB`.
                Omit it to keep the current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_background: Main background colour in the dark theme, as `#RRGGBB`. Omit it to keep the current
                colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_foreground: Main foreground (text) colour in the dark theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_success: Colour used to signal success in the dark theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_negative: Colour used to signal errors in the dark theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_primary: Colour of call-to-action buttons and selected items in the light theme, as `#RRGGBB`.
                Omit it to keep the current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_background: Main background colour in the light theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_foreground: Main foreground (text) colour in the light theme, as `#RRGGBB`. Omit it to keep
                the current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_success: Colour used to signal success in the light theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_negative: Colour used to signal errors in the light theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Omit it to keep the current value. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Omit it to keep the current
                value. Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Conference: The conference after the change.

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
                CONFERENCES_UPDATE,
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
            ),
            Conference.from_dict,
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

        Args:
            id: Identifier (UUID) of the conference.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The conference was deleted.

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
                CONFERENCES_DELETE,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
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

        Args:
            id: Identifier (UUID) of the conference.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[ConferenceToken]: One page of results that auto-paginates: `for item in ...` yields every
                item of this page and of every following page, each fetched when it is reached. For pages, loop over
                `.iter_pages()`, or read `.data` (this page's items), `.has_next_page()` and `.get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                CONFERENCES_LIST_TOKENS,
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
            ),
            ConferenceTokenList.from_dict,
            _conferences_list_tokens_items,
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

        Returns the outbound streams of a conference, page by page. The API token needs the Video scope.

        Operation `conferences_list_streams`: GET /api/video/conferences/{id}/streams.

        Args:
            id: Identifier (UUID) of the conference.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Stream]: One page of results that auto-paginates: `for item in ...` yields every item of
                this page and of every following page, each fetched when it is reached. For pages, loop over
                `.iter_pages()`, or read `.data` (this page's items), `.has_next_page()` and `.get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                CONFERENCES_LIST_STREAMS,
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
            ),
            StreamList.from_dict,
            _conferences_list_streams_items,
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

        Starts pushing a conference's video to an RTMP or RTMPS address. Answers 200, whereas the room
        equivalent answers 201. The API token needs the Video scope.

        Operation `conferences_create_stream`: POST /api/video/conferences/{id}/streams.

        Args:
            id: Identifier (UUID) of the conference.
            url: RTMP or RTMPS address to push the video to, including any stream key.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Stream: The new stream.

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
                CONFERENCES_CREATE_STREAM,
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
            ),
            Stream.from_dict,
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

        Args:
            starts_after: Only return conferences whose `join_from` is on or after this moment, as one string in
                either form: an RFC 3339 date-time (`2024-05-01T09:00:00Z`) or a Unix timestamp in seconds
                (`1714554000`). Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC)
                or an RFC 3339 string. Also takes a string: must match the regular expression `^[0-9]{1,12}$`.
            ends_before: Only return conferences whose `join_until` is on or before this moment, as one string
                in either form: an RFC 3339 date-time (`2024-05-01T18:00:00Z`) or a Unix timestamp in seconds
                (`1714554000`). Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC)
                or an RFC 3339 string. Also takes a string: must match the regular expression `^[0-9]{1,12}$`.
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Conference]: One page of results that auto-paginates: `async for item in ...` yields
                every item of this page and of every following page, each fetched when it is reached. For pages,
                `async for page in ....iter_pages()`, or `await` it to load this page and read `.data`,
                `.has_next_page()` and `await .get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                CONFERENCES_LIST,
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
            ),
            ConferenceList.from_dict,
            _conferences_list_items,
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

        Creates a conference. Answers 200 (not 201). The API token needs the Video scope.

        Operation `conferences_create`: POST /api/video/conferences.

        Args:
            display_name: Human-readable name. At most 200 characters.
            name: Unique name made of letters, digits, `_` and `-`. Optional; the server generates one when
                omitted. At most 100 characters. Must match the regular expression `^[A-Za-z0-9_-]+$`.
            description: Free-text description. At most 3000 characters.
            quality: Video resolution. One of `720p` or `1080p` (a `VideoQuality` or its value). When left out,
                the server uses `720p`.
            layout: Layout a new session starts with. One of the 13 `VideoLayout` values. When left out, the
                server uses `grid-responsive`.
            size: Capacity class. One of `small`, `medium` or `large` (a `ConferenceSize` or its value). When
                left out, the server uses `medium`.
            record_on_start: Record each session from its start.
            enable_room_previews: Produce a preview video of running sessions.
            enable_chat: Let participants chat as a group. When left out, the server uses `True`.
            dark_primary: Colour of call-to-action buttons and selected items in the dark theme, as `#RRGGBB`.
                Must match the regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#044EF4`.
            dark_background: Main background colour in the dark theme, as `#RRGGBB`. The default equals the
                light theme's value, as the server applies it. Must match the regular expression
                `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#FFFFFF`.
            dark_foreground: Main foreground (text) colour in the dark theme, as `#RRGGBB`. The default equals
                the light theme's value, as the server applies it. Must match the regular expression
                `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#1D2127`.
            dark_success: Colour used to signal success in the dark theme, as `#RRGGBB`. Must match the regular
                expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#17BB58`.
            dark_negative: Colour used to signal errors in the dark theme, as `#RRGGBB`. Must match the regular
                expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#F42C50`.
            light_primary: Colour of call-to-action buttons and selected items in the light theme, as `#RRGGBB`.
                Must match the regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#044EF4`.
            light_background: Main background colour in the light theme, as `#RRGGBB`. Must match the regular
                expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#FFFFFF`.
            light_foreground: Main foreground (text) colour in the light theme, as `#RRGGBB`. Must match the
                regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#1D2127`.
            light_success: Colour used to signal success in the light theme, as `#RRGGBB`. Must match the
                regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#17BB58`.
            light_negative: Colour used to signal errors in the light theme, as `#RRGGBB`. Must match the
                regular expression `^#[0-9a-fA-F]{6}$`. When left out, the server uses `#F42C50`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC
                3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Takes an aware `datetime`,
                a naive one (read as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Conference: The new conference.

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
                CONFERENCES_CREATE,
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
            ),
            Conference.from_dict,
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

        Args:
            id: Identifier (UUID) of the conference.
            include_active_session: When true, each returned object carries its running session in
                `active_session`.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Conference: The conference.

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
                CONFERENCES_GET,
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
            ),
            Conference.from_dict,
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

        Args:
            id: Identifier (UUID) of the conference.
            display_name: Human-readable name; required on every update. At most 200 characters.
            description: Free-text description. Omit it to keep the current value. At most 3000 characters.
            quality: Video resolution. Omit it to keep the current value. One of `720p` or `1080p` (a
                `VideoQuality` or its value).
            layout: Layout a new session starts with. Omit it to keep the current value. One of the 13
                `VideoLayout` values.
            size: Capacity class. Omit it to keep the current value. One of `small`, `medium` or `large` (a
                `ConferenceSize` or its value).
            record_on_start: Record each session from its start. Omit it to keep the current value.
            tone_on_entry_and_exit: Play a sound when someone enters or leaves. Omit it to keep the current
                value.
            room_join_video_off: Make participants join with their camera off (room setting). Omit it to keep
                the current value.
            user_join_video_off: Make participants join with their camera off (user setting). Omit it to keep
                the current value.
            enable_room_previews: Produce a preview video of running sessions. Omit it to keep the current
                value.
            enable_chat: Let participants chat as a group. Omit it to keep the current value.
            dark_primary: Colour of call-to-action buttons and selected items in the dark theme, as `#RRGGBB`.
                Omit it to keep the current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_background: Main background colour in the dark theme, as `#RRGGBB`. Omit it to keep the current
                colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_foreground: Main foreground (text) colour in the dark theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_success: Colour used to signal success in the dark theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            dark_negative: Colour used to signal errors in the dark theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_primary: Colour of call-to-action buttons and selected items in the light theme, as `#RRGGBB`.
                Omit it to keep the current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_background: Main background colour in the light theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_foreground: Main foreground (text) colour in the light theme, as `#RRGGBB`. Omit it to keep
                the current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_success: Colour used to signal success in the light theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            light_negative: Colour used to signal errors in the light theme, as `#RRGGBB`. Omit it to keep the
                current colour. Must match the regular expression `^#[0-9a-fA-F]{6}$`.
            join_from: Before this instant nobody can join. Send an RFC 3339 date-time such as
                `2024-05-01T09:00:00Z`; a bare date is accepted as well and means midnight UTC (`2022-01-01` is read
                as `2022-01-01T00:00:00Z`). Omit it to keep the current value. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` or an RFC 3339 string.
            join_until: From this instant on no new participant can join; people already inside stay until they
                leave. Send an RFC 3339 date-time such as `2024-05-01T09:00:00Z`; a bare date is accepted as well
                and means midnight UTC (`2022-01-01` is read as `2022-01-01T00:00:00Z`). Omit it to keep the current
                value. Takes an aware `datetime`, a naive one (read as UTC), a `date` or an RFC 3339 string.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Conference: The conference after the change.

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
                CONFERENCES_UPDATE,
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
            ),
            Conference.from_dict,
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

        Args:
            id: Identifier (UUID) of the conference.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The conference was deleted.

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
                CONFERENCES_DELETE,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
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

        Args:
            id: Identifier (UUID) of the conference.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[ConferenceToken]: One page of results that auto-paginates: `async for item in ...` yields
                every item of this page and of every following page, each fetched when it is reached. For pages,
                `async for page in ....iter_pages()`, or `await` it to load this page and read `.data`,
                `.has_next_page()` and `await .get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                CONFERENCES_LIST_TOKENS,
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
            ),
            ConferenceTokenList.from_dict,
            _conferences_list_tokens_items,
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

        Returns the outbound streams of a conference, page by page. The API token needs the Video scope.

        Operation `conferences_list_streams`: GET /api/video/conferences/{id}/streams.

        Args:
            id: Identifier (UUID) of the conference.
            page_number: Zero-based index of the page to return. Any value above 0 must come with the
                `page_token` of the previous response; following `links.next` does this for you. At least 0. When
                left out, the server uses `0`.
            page_size: Number of items per page. From 1 to 1000. When left out, the server uses `50`.
            page_token: Opaque cursor copied from the pagination links of an earlier page. Required whenever
                `page_number` is above 0 (the server otherwise answers with `page_token_required`). Clients should
                simply follow `links.next` instead of building URLs.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Stream]: One page of results that auto-paginates: `async for item in ...` yields every
                item of this page and of every following page, each fetched when it is reached. For pages, `async
                for page in ....iter_pages()`, or `await` it to load this page and read `.data`, `.has_next_page()`
                and `await .get_next_page()`.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: When iterating fetches a page: the server answered 4xx or 5xx (after any retries); a
                subclass names the status, such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: When iterating fetches a page: the server could not be reached, or
                (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: When iterating fetches a page: the answer cannot be used: not JSON, or
                not the kind of body this operation returns; in strict mode, also any value the contract does not
                allow.
        """
        return self._requester.paginate(
            prepare(
                CONFERENCES_LIST_STREAMS,
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
            ),
            StreamList.from_dict,
            _conferences_list_streams_items,
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

        Starts pushing a conference's video to an RTMP or RTMPS address. Answers 200, whereas the room
        equivalent answers 201. The API token needs the Video scope.

        Operation `conferences_create_stream`: POST /api/video/conferences/{id}/streams.

        Args:
            id: Identifier (UUID) of the conference.
            url: RTMP or RTMPS address to push the video to, including any stream key.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Stream: The new stream.

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
                CONFERENCES_CREATE_STREAM,
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
            ),
            Stream.from_dict,
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
