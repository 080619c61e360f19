"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from ..._requester import AsyncPager, AsyncRequester, Requester, SyncPager, no_content
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

__all__ = ["WherebyMeetings", "AsyncWherebyMeetings"]


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
    ) -> SyncPager[Meeting]:
        """List meetings

        Returns one page of the organisation's meetings. Pass the `cursor` of the previous page to get the
        next one; a `null` or absent `cursor` in the response means there are no more pages. Costs 1 rate-
        limit point.

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
        )

    def get(
        self,
        meeting_id: str,
        /,
        *,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
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
        )

    def delete(
        self,
        meeting_id: str,
        /,
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
    ) -> AsyncPager[Meeting]:
        """List meetings

        Returns one page of the organisation's meetings. Pass the `cursor` of the previous page to get the
        next one; a `null` or absent `cursor` in the response means there are no more pages. Costs 1 rate-
        limit point.

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
        )

    async def get(
        self,
        meeting_id: str,
        /,
        *,
        fields: Sequence[WherebyMeetingField | str] | Unset = UNSET,
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
        )

    async def delete(
        self,
        meeting_id: str,
        /,
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
        )
