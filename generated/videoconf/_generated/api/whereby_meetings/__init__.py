"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

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

from ..._operations import MEETINGS_CREATE, MEETINGS_DELETE, MEETINGS_GET, MEETINGS_LIST
from ...models.meeting import Meeting
from ...models.meeting_list import MeetingList
from ...models.meeting_live_transcription_settings import MeetingLiveTranscriptionSettings
from ...models.meeting_recording_settings import MeetingRecordingSettings
from ...models.meeting_room_name_filter import MeetingRoomNameFilter
from ...models.meeting_streaming_settings import MeetingStreamingSettings
from ...models.whereby_meeting_field import WherebyMeetingField
from ...models.whereby_meeting_template_type import WherebyMeetingTemplateType
from ...models.whereby_room_mode import WherebyRoomMode
from ...models.whereby_room_name_pattern import WherebyRoomNamePattern
from ...types import UNSET, Unset

__all__ = [
    "WherebyMeetings",
    "AsyncWherebyMeetings",
    "WherebyMeetingsWithRawResponse",
    "AsyncWherebyMeetingsWithRawResponse",
]


def _meetings_list_items(page: MeetingList) -> list[Meeting]:
    return page.results


class WherebyMeetings:
    """`meetings` operations (whereby_meetings), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
        room_name: MeetingRoomNameFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Meeting]:
        """List meetings

        Returns one page of the organisation's meetings, optionally only those whose room name starts with a
        prefix. Pass the `cursor` of the previous page to get the next one; a `null` or absent `cursor` in
        the response means there are no more pages. Costs 1 rate-limit point.

        Operation `meetings_list`: GET /meetings.

        Args:
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            fields: Extra meeting fields to include in the response, comma-separated (for example
                `hostRoomUrl,viewerRoomUrl`). Leave it out rather than sending it empty, since `fields=` cannot tell
                an empty list from one empty name. At least 1 item. Each item: one of `hostRoomUrl`, `viewerRoomUrl`
                or `dialIn` (a `WherebyMeetingField` or its value).
            room_name: Only meetings whose room name starts with a prefix, sent as
                `roomName[startsWith]=/prefix` (room names begin with `/`, and the server stores `roomNamePrefix` in
                lower case). Keys: `startsWith` (required).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            SyncPager[Meeting]: One page of results that auto-paginates: `for item in ...` yields every item of
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
                MEETINGS_LIST,
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "fields": fields,
                    "roomName": room_name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            MeetingList.from_dict,
            _meetings_list_items,
        )

    def create(
        self,
        *,
        end_date: datetime.datetime | datetime.date | str,
        start_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        is_locked: bool | Unset = UNSET,
        room_mode: WherebyRoomMode | str | Unset = UNSET,
        room_name_prefix: str | Unset = UNSET,
        room_name_pattern: WherebyRoomNamePattern | str | Unset = UNSET,
        template_type: WherebyMeetingTemplateType | str | Unset = UNSET,
        recording: MeetingRecordingSettings | Mapping[str, Any] | Unset = UNSET,
        live_transcription: MeetingLiveTranscriptionSettings | Mapping[str, Any] | Unset = UNSET,
        streaming: MeetingStreamingSettings | Mapping[str, Any] | Unset = UNSET,
        is_dial_in_enabled: bool | Unset = UNSET,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Meeting:
        """Create a meeting

        Creates a transient room that can be joined from now until one hour after `endDate`, after which
        Whereby deletes it. The response carries the room URL, plus the host and viewer URLs when they are
        asked for through `fields` (or implied by `templateType: viewerMode`). Costs 3 rate-limit points.

        Operation `meetings_create`: POST /meetings.

        Args:
            end_date: When the meeting ends; must not be in the past. A time-zone offset may be given (UTC is
                assumed otherwise). The room is deleted one hour after this time. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
            start_date: Deprecated and ignored by the server; the meeting always starts at the time of the
                request. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC) or an
                RFC 3339 string.
            is_locked: Start the room locked, so that only hosts can let other participants in or unlock it.
            room_mode: Room size mode; `normal` suits meetings of up to 4 participants, `group` is for larger
                meetings. One of `normal` or `group` (a `WherebyRoomMode` or its value). When left out, the server
                uses `normal`.
            room_name_prefix: Prefix for the generated room name, up to 39 characters. The server lowercases it
                and strips whitespace, so `Customer0348-` gives room names starting with `/customer0348-`. At most
                39 characters.
            room_name_pattern: Format of the generated room name; `uuid` gives an 8-4-4-4-12 UUID, `human-short`
                six easy-to-read characters. One of `uuid` or `human-short` (a `WherebyRoomNamePattern` or its
                value). When left out, the server uses `uuid`.
            template_type: Template applied to the new room. `viewerMode` creates a locked `group` room and adds
                `hostRoomUrl` and `viewerRoomUrl` to the response. Only `viewerMode` (`WherebyMeetingTemplateType`).
            recording: How the meeting is recorded. With `type` `none`, `destination` may be empty (`{}`) and
                `startTrigger` left out. Keys: `type` (required), `destination` (required), `startTrigger`.
            live_transcription: Live transcription of the meeting, and live captions. For captions only, set
                `startTrigger` to `none` and `liveCaptions` to `true`; no `destination` is needed then. Keys:
                `destination`, `startTrigger` (required), `language`, `liveCaptions`.
            streaming: Live RTMP streaming of the meeting. Keys: `destination` (required), `startTrigger`
                (required).
            is_dial_in_enabled: Closed beta, for selected accounts only: let participants join the meeting by
                telephone. Ask for `dialIn` in `fields` to get the phone numbers and access code back.
            fields: Extra fields to include in the response. Each item: one of `hostRoomUrl`, `viewerRoomUrl` or
                `dialIn` (a `WherebyMeetingField` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Meeting: The meeting was created.

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
                MEETINGS_CREATE,
                body={
                    "endDate": end_date,
                    "startDate": start_date,
                    "isLocked": is_locked,
                    "roomMode": room_mode,
                    "roomNamePrefix": room_name_prefix,
                    "roomNamePattern": room_name_pattern,
                    "templateType": template_type,
                    "recording": recording,
                    "liveTranscription": live_transcription,
                    "streaming": streaming,
                    "isDialInEnabled": is_dial_in_enabled,
                    "fields": fields,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Meeting.from_dict,
        )

    def get(
        self,
        meeting_id: str,
        /,
        *,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Meeting:
        """Get a meeting

        Returns one meeting. `hostRoomUrl`, `viewerRoomUrl` and `dialIn` are only included when listed in
        `fields` (`dialIn` only for a meeting created with dial-in enabled). Costs 1 rate-limit point.

        Operation `meetings_get`: GET /meetings/{meeting_id}.

        Args:
            meeting_id: Id of the meeting, as returned by meetings_create.
            fields: Extra meeting fields to include in the response, comma-separated (for example
                `hostRoomUrl,viewerRoomUrl`). Leave it out rather than sending it empty, since `fields=` cannot tell
                an empty list from one empty name. At least 1 item. Each item: one of `hostRoomUrl`, `viewerRoomUrl`
                or `dialIn` (a `WherebyMeetingField` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Meeting: The meeting.

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
                MEETINGS_GET,
                path={
                    "meetingId": meeting_id,
                },
                query={
                    "fields": fields,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Meeting.from_dict,
        )

    def delete(
        self,
        meeting_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a meeting

        Deletes a meeting and its room. Deleting a meeting that is already gone still answers 204 (the call
        is idempotent). Costs 2 rate-limit points.

        Operation `meetings_delete`: DELETE /meetings/{meeting_id}.

        Args:
            meeting_id: Id of the meeting, as returned by meetings_create.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The meeting was deleted (or did not exist any more).

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
                MEETINGS_DELETE,
                path={
                    "meetingId": meeting_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class AsyncWherebyMeetings:
    """`meetings` operations (whereby_meetings), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
        room_name: MeetingRoomNameFilter | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Meeting]:
        """List meetings

        Returns one page of the organisation's meetings, optionally only those whose room name starts with a
        prefix. Pass the `cursor` of the previous page to get the next one; a `null` or absent `cursor` in
        the response means there are no more pages. Costs 1 rate-limit point.

        Operation `meetings_list`: GET /meetings.

        Args:
            cursor: Opaque paging cursor; pass the `cursor` returned with the previous page to get the next
                page, omit it for the first page.
            limit: Maximum number of results in one page. From 1 to 100. When left out, the server uses `50`.
            fields: Extra meeting fields to include in the response, comma-separated (for example
                `hostRoomUrl,viewerRoomUrl`). Leave it out rather than sending it empty, since `fields=` cannot tell
                an empty list from one empty name. At least 1 item. Each item: one of `hostRoomUrl`, `viewerRoomUrl`
                or `dialIn` (a `WherebyMeetingField` or its value).
            room_name: Only meetings whose room name starts with a prefix, sent as
                `roomName[startsWith]=/prefix` (room names begin with `/`, and the server stores `roomNamePrefix` in
                lower case). Keys: `startsWith` (required).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            AsyncPager[Meeting]: One page of results that auto-paginates: `async for item in ...` yields every
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
                MEETINGS_LIST,
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "fields": fields,
                    "roomName": room_name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            MeetingList.from_dict,
            _meetings_list_items,
        )

    async def create(
        self,
        *,
        end_date: datetime.datetime | datetime.date | str,
        start_date: datetime.datetime | datetime.date | str | Unset = UNSET,
        is_locked: bool | Unset = UNSET,
        room_mode: WherebyRoomMode | str | Unset = UNSET,
        room_name_prefix: str | Unset = UNSET,
        room_name_pattern: WherebyRoomNamePattern | str | Unset = UNSET,
        template_type: WherebyMeetingTemplateType | str | Unset = UNSET,
        recording: MeetingRecordingSettings | Mapping[str, Any] | Unset = UNSET,
        live_transcription: MeetingLiveTranscriptionSettings | Mapping[str, Any] | Unset = UNSET,
        streaming: MeetingStreamingSettings | Mapping[str, Any] | Unset = UNSET,
        is_dial_in_enabled: bool | Unset = UNSET,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Meeting:
        """Create a meeting

        Creates a transient room that can be joined from now until one hour after `endDate`, after which
        Whereby deletes it. The response carries the room URL, plus the host and viewer URLs when they are
        asked for through `fields` (or implied by `templateType: viewerMode`). Costs 3 rate-limit points.

        Operation `meetings_create`: POST /meetings.

        Args:
            end_date: When the meeting ends; must not be in the past. A time-zone offset may be given (UTC is
                assumed otherwise). The room is deleted one hour after this time. Takes an aware `datetime`, a naive
                one (read as UTC), a `date` alone (midnight UTC) or an RFC 3339 string.
            start_date: Deprecated and ignored by the server; the meeting always starts at the time of the
                request. Takes an aware `datetime`, a naive one (read as UTC), a `date` alone (midnight UTC) or an
                RFC 3339 string.
            is_locked: Start the room locked, so that only hosts can let other participants in or unlock it.
            room_mode: Room size mode; `normal` suits meetings of up to 4 participants, `group` is for larger
                meetings. One of `normal` or `group` (a `WherebyRoomMode` or its value). When left out, the server
                uses `normal`.
            room_name_prefix: Prefix for the generated room name, up to 39 characters. The server lowercases it
                and strips whitespace, so `Customer0348-` gives room names starting with `/customer0348-`. At most
                39 characters.
            room_name_pattern: Format of the generated room name; `uuid` gives an 8-4-4-4-12 UUID, `human-short`
                six easy-to-read characters. One of `uuid` or `human-short` (a `WherebyRoomNamePattern` or its
                value). When left out, the server uses `uuid`.
            template_type: Template applied to the new room. `viewerMode` creates a locked `group` room and adds
                `hostRoomUrl` and `viewerRoomUrl` to the response. Only `viewerMode` (`WherebyMeetingTemplateType`).
            recording: How the meeting is recorded. With `type` `none`, `destination` may be empty (`{}`) and
                `startTrigger` left out. Keys: `type` (required), `destination` (required), `startTrigger`.
            live_transcription: Live transcription of the meeting, and live captions. For captions only, set
                `startTrigger` to `none` and `liveCaptions` to `true`; no `destination` is needed then. Keys:
                `destination`, `startTrigger` (required), `language`, `liveCaptions`.
            streaming: Live RTMP streaming of the meeting. Keys: `destination` (required), `startTrigger`
                (required).
            is_dial_in_enabled: Closed beta, for selected accounts only: let participants join the meeting by
                telephone. Ask for `dialIn` in `fields` to get the phone numbers and access code back.
            fields: Extra fields to include in the response. Each item: one of `hostRoomUrl`, `viewerRoomUrl` or
                `dialIn` (a `WherebyMeetingField` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Meeting: The meeting was created.

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
                MEETINGS_CREATE,
                body={
                    "endDate": end_date,
                    "startDate": start_date,
                    "isLocked": is_locked,
                    "roomMode": room_mode,
                    "roomNamePrefix": room_name_prefix,
                    "roomNamePattern": room_name_pattern,
                    "templateType": template_type,
                    "recording": recording,
                    "liveTranscription": live_transcription,
                    "streaming": streaming,
                    "isDialInEnabled": is_dial_in_enabled,
                    "fields": fields,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Meeting.from_dict,
        )

    async def get(
        self,
        meeting_id: str,
        /,
        *,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Meeting:
        """Get a meeting

        Returns one meeting. `hostRoomUrl`, `viewerRoomUrl` and `dialIn` are only included when listed in
        `fields` (`dialIn` only for a meeting created with dial-in enabled). Costs 1 rate-limit point.

        Operation `meetings_get`: GET /meetings/{meeting_id}.

        Args:
            meeting_id: Id of the meeting, as returned by meetings_create.
            fields: Extra meeting fields to include in the response, comma-separated (for example
                `hostRoomUrl,viewerRoomUrl`). Leave it out rather than sending it empty, since `fields=` cannot tell
                an empty list from one empty name. At least 1 item. Each item: one of `hostRoomUrl`, `viewerRoomUrl`
                or `dialIn` (a `WherebyMeetingField` or its value).
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            Meeting: The meeting.

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
                MEETINGS_GET,
                path={
                    "meetingId": meeting_id,
                },
                query={
                    "fields": fields,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            Meeting.from_dict,
        )

    async def delete(
        self,
        meeting_id: str,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Delete a meeting

        Deletes a meeting and its room. Deleting a meeting that is already gone still answers 204 (the call
        is idempotent). Costs 2 rate-limit points.

        Operation `meetings_delete`: DELETE /meetings/{meeting_id}.

        Args:
            meeting_id: Id of the meeting, as returned by meetings_create.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            None: The meeting was deleted (or did not exist any more).

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
                MEETINGS_DELETE,
                path={
                    "meetingId": meeting_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            no_content,
        )


class WherebyMeetingsWithRawResponse:
    """`meetings` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = WherebyMeetings(requester)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncWherebyMeetingsWithRawResponse:
    """`meetings` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncWherebyMeetings(requester)
        self.list = async_raw_pager(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
