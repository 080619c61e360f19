"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

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
from ...models.meeting import Meeting
from ...models.meeting_list import MeetingList
from ...models.meeting_live_transcription_settings import MeetingLiveTranscriptionSettings
from ...models.meeting_recording_settings import MeetingRecordingSettings
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[Meeting]:
        """List meetings

        Returns one page of the organisation's meetings. Pass the `cursor` of the previous page to get the
        next one; a `null` or absent `cursor` in the response means there are no more pages. Costs 1 rate-
        limit point. The vendor also documents 404 for this list, so it is kept.

        Operation `meetings_list`: GET /meetings.
        """
        return self._requester.paginate(
            "meetings_list",
            MeetingList.from_dict,
            _meetings_list_items,
            query={
                "cursor": cursor,
                "limit": limit,
                "fields": fields,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return self._requester.request(
            "meetings_create",
            Meeting.from_dict,
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
                "fields": fields,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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

        Returns one meeting. `hostRoomUrl` and `viewerRoomUrl` are only included when listed in `fields`.
        Costs 1 rate-limit point.

        Operation `meetings_get`: GET /meetings/{meeting_id}.
        """
        return self._requester.request(
            "meetings_get",
            Meeting.from_dict,
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
        """
        return self._requester.request(
            "meetings_delete",
            no_content,
            path={
                "meetingId": meeting_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[Meeting]:
        """List meetings

        Returns one page of the organisation's meetings. Pass the `cursor` of the previous page to get the
        next one; a `null` or absent `cursor` in the response means there are no more pages. Costs 1 rate-
        limit point. The vendor also documents 404 for this list, so it is kept.

        Operation `meetings_list`: GET /meetings.
        """
        return self._requester.paginate(
            "meetings_list",
            MeetingList.from_dict,
            _meetings_list_items,
            query={
                "cursor": cursor,
                "limit": limit,
                "fields": fields,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        """
        return await self._requester.request(
            "meetings_create",
            Meeting.from_dict,
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
                "fields": fields,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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

        Returns one meeting. `hostRoomUrl` and `viewerRoomUrl` are only included when listed in `fields`.
        Costs 1 rate-limit point.

        Operation `meetings_get`: GET /meetings/{meeting_id}.
        """
        return await self._requester.request(
            "meetings_get",
            Meeting.from_dict,
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
        """
        return await self._requester.request(
            "meetings_delete",
            no_content,
            path={
                "meetingId": meeting_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
