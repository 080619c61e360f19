from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    members,
    mismatch,
    new_instance,
    parse_datetime,
    parse_enum,
)

from ..models.whereby_meeting_field import WherebyMeetingField
from ..models.whereby_meeting_template_type import WherebyMeetingTemplateType
from ..models.whereby_room_mode import WherebyRoomMode
from ..models.whereby_room_name_pattern import WherebyRoomNamePattern
from ..types import UNSET, Unset, format_datetime

_WherebyMeetingField_members = members(WherebyMeetingField)
_WherebyMeetingTemplateType_members = members(WherebyMeetingTemplateType)
_WherebyRoomMode_members = members(WherebyRoomMode)
_WherebyRoomNamePattern_members = members(WherebyRoomNamePattern)


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
        room_name_prefix (str | Unset): Prefix for the generated room name, up to 39 characters. The server lowercases
            it and strips whitespace, so `Customer0348-` gives room names starting with `/customer0348-`.
        room_name_pattern (WherebyRoomNamePattern | Unset): Format of the generated room name; `uuid` gives an
            8-4-4-4-12 UUID, `human-short` six easy-to-read characters.
        template_type (WherebyMeetingTemplateType | Unset): Template applied to the new room. `viewerMode` creates a
            locked `group` room and adds `hostRoomUrl` and `viewerRoomUrl` to the response.
        recording (MeetingRecordingSettings | Unset): How the meeting is recorded. With `type` `none`, `destination` may
            be empty (`{}`) and `startTrigger` left out.
        live_transcription (MeetingLiveTranscriptionSettings | Unset): Live transcription of the meeting, and live
            captions. For captions only, set `startTrigger` to `none` and `liveCaptions` to `true`; no `destination` is
            needed then.
        streaming (MeetingStreamingSettings | Unset): Live RTMP streaming of the meeting.
        is_dial_in_enabled (bool | Unset): Closed beta, for selected accounts only: let participants join the meeting by
            telephone. Ask for `dialIn` in `fields` to get the phone numbers and access code back.
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
    is_dial_in_enabled: bool | Unset = UNSET
    fields: list[WherebyMeetingField] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        end_date: Any
        if isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date)
        else:
            end_date = self.end_date

        start_date: Any
        if isinstance(self.start_date, datetime.datetime | Unset):
            start_date = UNSET
            if not isinstance(self.start_date, Unset):
                start_date = format_datetime(self.start_date)
        else:
            start_date = self.start_date

        is_locked = self.is_locked

        room_mode: Any
        if isinstance(self.room_mode, WherebyRoomMode | Unset):
            room_mode = UNSET
            if not isinstance(self.room_mode, Unset):
                room_mode = self.room_mode.value
        else:
            room_mode = self.room_mode

        room_name_prefix = self.room_name_prefix

        room_name_pattern: Any
        if isinstance(self.room_name_pattern, WherebyRoomNamePattern | Unset):
            room_name_pattern = UNSET
            if not isinstance(self.room_name_pattern, Unset):
                room_name_pattern = self.room_name_pattern.value
        else:
            room_name_pattern = self.room_name_pattern

        template_type: Any
        if isinstance(self.template_type, WherebyMeetingTemplateType | Unset):
            template_type = UNSET
            if not isinstance(self.template_type, Unset):
                template_type = self.template_type.value
        else:
            template_type = self.template_type

        recording: Any
        if isinstance(self.recording, MeetingRecordingSettings | Unset):
            recording = UNSET
            if not isinstance(self.recording, Unset):
                recording = self.recording.to_dict()
        else:
            recording = self.recording

        live_transcription: Any
        if isinstance(self.live_transcription, MeetingLiveTranscriptionSettings | Unset):
            live_transcription = UNSET
            if not isinstance(self.live_transcription, Unset):
                live_transcription = self.live_transcription.to_dict()
        else:
            live_transcription = self.live_transcription

        streaming: Any
        if isinstance(self.streaming, MeetingStreamingSettings | Unset):
            streaming = UNSET
            if not isinstance(self.streaming, Unset):
                streaming = self.streaming.to_dict()
        else:
            streaming = self.streaming

        is_dial_in_enabled = self.is_dial_in_enabled

        fields: Any
        if isinstance(self.fields, list | Unset):
            fields = UNSET
            if not isinstance(self.fields, Unset):
                fields = []
                for fields_item_data in self.fields:
                    if not isinstance(fields_item_data, WherebyMeetingField):
                        fields.append(fields_item_data)
                        continue
                    fields_item = fields_item_data.value
                    fields.append(fields_item)
        else:
            fields = self.fields

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
        if is_dial_in_enabled is not UNSET:
            field_dict["isDialInEnabled"] = is_dial_in_enabled
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _end_date_in = src_dict["endDate"]
        except KeyError:
            _end_date_in = src_dict.get("endDate", MISSING)
            _read = 0
        end_date = _end_date_in
        if type(end_date) is str:
            try:
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(
                    end_date, _ctx, _at, "endDate", "#/components/schemas/CreateMeetingRequest/properties/endDate"
                )
            else:
                if end_date.tzinfo is None:
                    end_date = end_date.replace(tzinfo=UTC)
        else:
            end_date = parse_datetime(
                end_date, _ctx, _at, "endDate", "#/components/schemas/CreateMeetingRequest/properties/endDate"
            )

        start_date = src_dict.get("startDate", UNSET)
        if type(start_date) is str:
            try:
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(
                    start_date, _ctx, _at, "startDate", "#/components/schemas/CreateMeetingRequest/properties/startDate"
                )
            else:
                if start_date.tzinfo is None:
                    start_date = start_date.replace(tzinfo=UTC)
        elif start_date is not UNSET:
            start_date = parse_datetime(
                start_date, _ctx, _at, "startDate", "#/components/schemas/CreateMeetingRequest/properties/startDate"
            )

        is_locked = src_dict.get("isLocked", UNSET)
        if type(is_locked) is not bool and is_locked is not UNSET:
            is_locked = mismatch(
                _ctx,
                (_at, "isLocked"),
                "boolean",
                is_locked,
                "#/components/schemas/CreateMeetingRequest/properties/isLocked",
            )

        _room_mode = src_dict.get("roomMode", UNSET)
        if _room_mode is UNSET:
            room_mode = UNSET
        else:
            room_mode = _WherebyRoomMode_members.get(_room_mode) if type(_room_mode) is str else None
            if room_mode is None:
                room_mode = parse_enum(
                    WherebyRoomMode,
                    _room_mode,
                    _ctx,
                    _at,
                    "roomMode",
                    "#/components/schemas/CreateMeetingRequest/properties/roomMode",
                )

        room_name_prefix = src_dict.get("roomNamePrefix", UNSET)
        if type(room_name_prefix) is not str and room_name_prefix is not UNSET:
            room_name_prefix = mismatch(
                _ctx,
                (_at, "roomNamePrefix"),
                "string",
                room_name_prefix,
                "#/components/schemas/CreateMeetingRequest/properties/roomNamePrefix",
            )

        _room_name_pattern = src_dict.get("roomNamePattern", UNSET)
        if _room_name_pattern is UNSET:
            room_name_pattern = UNSET
        else:
            room_name_pattern = (
                _WherebyRoomNamePattern_members.get(_room_name_pattern) if type(_room_name_pattern) is str else None
            )
            if room_name_pattern is None:
                room_name_pattern = parse_enum(
                    WherebyRoomNamePattern,
                    _room_name_pattern,
                    _ctx,
                    _at,
                    "roomNamePattern",
                    "#/components/schemas/CreateMeetingRequest/properties/roomNamePattern",
                )

        _template_type = src_dict.get("templateType", UNSET)
        if _template_type is UNSET:
            template_type = UNSET
        else:
            template_type = (
                _WherebyMeetingTemplateType_members.get(_template_type) if type(_template_type) is str else None
            )
            if template_type is None:
                template_type = parse_enum(
                    WherebyMeetingTemplateType,
                    _template_type,
                    _ctx,
                    _at,
                    "templateType",
                    "#/components/schemas/CreateMeetingRequest/properties/templateType",
                )

        recording = src_dict.get("recording", UNSET)
        if isinstance(recording, dict):
            recording = MeetingRecordingSettings.from_dict(recording, _ctx, (_at, "recording"))
        elif recording is not UNSET:
            recording = mismatch(
                _ctx,
                (_at, "recording"),
                "MeetingRecordingSettings",
                recording,
                "#/components/schemas/CreateMeetingRequest/properties/recording",
            )

        live_transcription = src_dict.get("liveTranscription", UNSET)
        if isinstance(live_transcription, dict):
            live_transcription = MeetingLiveTranscriptionSettings.from_dict(
                live_transcription, _ctx, (_at, "liveTranscription")
            )
        elif live_transcription is not UNSET:
            live_transcription = mismatch(
                _ctx,
                (_at, "liveTranscription"),
                "MeetingLiveTranscriptionSettings",
                live_transcription,
                "#/components/schemas/CreateMeetingRequest/properties/liveTranscription",
            )

        streaming = src_dict.get("streaming", UNSET)
        if isinstance(streaming, dict):
            streaming = MeetingStreamingSettings.from_dict(streaming, _ctx, (_at, "streaming"))
        elif streaming is not UNSET:
            streaming = mismatch(
                _ctx,
                (_at, "streaming"),
                "MeetingStreamingSettings",
                streaming,
                "#/components/schemas/CreateMeetingRequest/properties/streaming",
            )

        is_dial_in_enabled = src_dict.get("isDialInEnabled", UNSET)
        if type(is_dial_in_enabled) is not bool and is_dial_in_enabled is not UNSET:
            is_dial_in_enabled = mismatch(
                _ctx,
                (_at, "isDialInEnabled"),
                "boolean",
                is_dial_in_enabled,
                "#/components/schemas/CreateMeetingRequest/properties/isDialInEnabled",
            )

        fields = _fields = src_dict.get("fields", UNSET)
        if isinstance(_fields, list):
            fields = []
            _fields_at = (_at, "fields")
            for _fields_index, _fields_item in enumerate(_fields):
                _fields_item = _fields_item
                fields_item = _WherebyMeetingField_members.get(_fields_item) if type(_fields_item) is str else None
                if fields_item is None:
                    fields_item = parse_enum(
                        WherebyMeetingField,
                        _fields_item,
                        _ctx,
                        _fields_at,
                        _fields_index,
                        "#/components/schemas/CreateMeetingRequest/properties/fields/items",
                    )
                fields.append(fields_item)
        elif fields is not UNSET:
            fields = mismatch(
                _ctx, (_at, "fields"), "array", _fields, "#/components/schemas/CreateMeetingRequest/properties/fields"
            )

        _instance = new_instance(cls)
        _instance.end_date = end_date
        _instance.start_date = start_date
        _instance.is_locked = is_locked
        _instance.room_mode = room_mode
        _instance.room_name_prefix = room_name_prefix
        _instance.room_name_pattern = room_name_pattern
        _instance.template_type = template_type
        _instance.recording = recording
        _instance.live_transcription = live_transcription
        _instance.streaming = streaming
        _instance.is_dial_in_enabled = is_dial_in_enabled
        _instance.fields = fields

        return _instance


from ..models.meeting_live_transcription_settings import MeetingLiveTranscriptionSettings  # noqa: E402
from ..models.meeting_recording_settings import MeetingRecordingSettings  # noqa: E402
from ..models.meeting_streaming_settings import MeetingStreamingSettings  # noqa: E402
