from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.whereby_meeting_field import WherebyMeetingField
from ..models.whereby_meeting_template_type import WherebyMeetingTemplateType
from ..models.whereby_room_mode import WherebyRoomMode
from ..models.whereby_room_name_pattern import WherebyRoomNamePattern
from ..types import UNSET, Unset, format_datetime, parse_datetime

T = TypeVar("T", bound="CreateMeetingRequest")


@_attrs_define
class CreateMeetingRequest:
    """Settings of a new meeting. Only `endDate` is required.

    Attributes:
        end_date (datetime.datetime): When the meeting ends; must not be in the past. A time-zone offset may be given
            (UTC is assumed otherwise). The room is deleted one hour after this time.
        start_date (datetime.datetime | Unset): Deprecated and ignored by the server; the meeting always starts at the
            time of the request.
        is_locked (bool | Unset): Start the room locked, so that only hosts can let other participants in or unlock it.
        room_mode (WherebyRoomMode | Unset): Room size mode; `normal` suits meetings of up to 4 participants, `group` is
            for larger meetings.
        room_name_prefix (str | Unset): Prefix for the generated room name: lowercase letters and digits only (the
            server removes spaces).
        room_name_pattern (WherebyRoomNamePattern | Unset): Format of the generated room name; `uuid` gives an
            8-4-4-4-12 UUID, `human-short` six easy-to-read characters.
        template_type (WherebyMeetingTemplateType | Unset): Template applied to the new room. `viewerMode` creates a
            locked `group` room and adds `hostRoomUrl` and `viewerRoomUrl` to the response.
        recording (MeetingRecordingSettings | Unset): How the meeting is recorded.
        live_transcription (MeetingLiveTranscriptionSettings | Unset): Live transcription of the meeting.
        streaming (MeetingStreamingSettings | Unset): Live RTMP streaming of the meeting.
        fields (list[WherebyMeetingField] | Unset): Extra fields to include in the response.
    """

    end_date: datetime.datetime
    start_date: datetime.datetime | Unset = UNSET
    is_locked: bool | Unset = UNSET
    room_mode: WherebyRoomMode | Unset = UNSET
    room_name_prefix: str | Unset = UNSET
    room_name_pattern: WherebyRoomNamePattern | Unset = UNSET
    template_type: WherebyMeetingTemplateType | Unset = UNSET
    recording: MeetingRecordingSettings | Unset = UNSET
    live_transcription: MeetingLiveTranscriptionSettings | Unset = UNSET
    streaming: MeetingStreamingSettings | Unset = UNSET
    fields: list[WherebyMeetingField] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        end_date = format_datetime(self.end_date)

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = format_datetime(self.start_date)

        is_locked = self.is_locked

        room_mode: str | Unset = UNSET
        if not isinstance(self.room_mode, Unset):
            room_mode = self.room_mode.value

        room_name_prefix = self.room_name_prefix

        room_name_pattern: str | Unset = UNSET
        if not isinstance(self.room_name_pattern, Unset):
            room_name_pattern = self.room_name_pattern.value

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        recording: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording, Unset):
            recording = self.recording.to_dict()

        live_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_transcription, Unset):
            live_transcription = self.live_transcription.to_dict()

        streaming: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streaming, Unset):
            streaming = self.streaming.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endDate": end_date,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if room_mode is not UNSET:
            field_dict["roomMode"] = room_mode
        if room_name_prefix is not UNSET:
            field_dict["roomNamePrefix"] = room_name_prefix
        if room_name_pattern is not UNSET:
            field_dict["roomNamePattern"] = room_name_pattern
        if template_type is not UNSET:
            field_dict["templateType"] = template_type
        if recording is not UNSET:
            field_dict["recording"] = recording
        if live_transcription is not UNSET:
            field_dict["liveTranscription"] = live_transcription
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_date = parse_datetime(d.pop("endDate"), "endDate")

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date, "startDate")

        is_locked = d.pop("isLocked", UNSET)

        _room_mode = d.pop("roomMode", UNSET)
        room_mode: WherebyRoomMode | Unset
        if isinstance(_room_mode, Unset):
            room_mode = UNSET
        else:
            room_mode = WherebyRoomMode(_room_mode)

        room_name_prefix = d.pop("roomNamePrefix", UNSET)

        _room_name_pattern = d.pop("roomNamePattern", UNSET)
        room_name_pattern: WherebyRoomNamePattern | Unset
        if isinstance(_room_name_pattern, Unset):
            room_name_pattern = UNSET
        else:
            room_name_pattern = WherebyRoomNamePattern(_room_name_pattern)

        _template_type = d.pop("templateType", UNSET)
        template_type: WherebyMeetingTemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = WherebyMeetingTemplateType(_template_type)

        _recording = d.pop("recording", UNSET)
        recording: MeetingRecordingSettings | Unset
        if isinstance(_recording, Unset):
            recording = UNSET
        else:
            recording = MeetingRecordingSettings.from_dict(_recording)

        _live_transcription = d.pop("liveTranscription", UNSET)
        live_transcription: MeetingLiveTranscriptionSettings | Unset
        if isinstance(_live_transcription, Unset):
            live_transcription = UNSET
        else:
            live_transcription = MeetingLiveTranscriptionSettings.from_dict(_live_transcription)

        _streaming = d.pop("streaming", UNSET)
        streaming: MeetingStreamingSettings | Unset
        if isinstance(_streaming, Unset):
            streaming = UNSET
        else:
            streaming = MeetingStreamingSettings.from_dict(_streaming)

        _fields = d.pop("fields", UNSET)
        fields: list[WherebyMeetingField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = WherebyMeetingField(fields_item_data)

                fields.append(fields_item)

        _instance = cls(
            end_date=end_date,
            start_date=start_date,
            is_locked=is_locked,
            room_mode=room_mode,
            room_name_prefix=room_name_prefix,
            room_name_pattern=room_name_pattern,
            template_type=template_type,
            recording=recording,
            live_transcription=live_transcription,
            streaming=streaming,
            fields=fields,
        )

        return _instance


from ..models.meeting_live_transcription_settings import MeetingLiveTranscriptionSettings  # noqa: E402
from ..models.meeting_recording_settings import MeetingRecordingSettings  # noqa: E402
from ..models.meeting_streaming_settings import MeetingStreamingSettings  # noqa: E402
