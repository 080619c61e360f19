from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unknown_fields,
)

from ..types import UNSET, Unset, format_datetime

_Meeting_known = frozenset(
    {
        "meetingId",
        "roomUrl",
        "endDate",
        "roomName",
        "startDate",
        "hostRoomUrl",
        "viewerRoomUrl",
        "dialIn",
        "roomPreferences",
    }
)


@_attrs_define
class Meeting:
    """A meeting (transient room). All times are returned in UTC.

    Attributes:
        meeting_id (str): Id of the meeting.
        room_url (str): URL participants open to join the meeting.
        end_date (datetime.datetime): When the meeting ends (UTC).
        room_name (str | Unset): Name of the room; starts with `/` (for example
            `/4b3bd908-cb88-11ec-9d64-0242ac120002`).
        start_date (datetime.datetime | Unset): When the meeting starts (UTC).
        host_room_url (str | Unset): URL that makes whoever opens it a host (can lock the room, mute and remove
            participants) while the meeting is running; share it with care. Only present when requested through `fields`.
        viewer_room_url (str | Unset): URL that joins as a viewer, without camera or microphone. Only present when
            requested through `fields`.
        dial_in (MeetingDialIn | Unset): Closed beta: how to join the meeting by telephone. Only present when `dialIn`
            is asked for in `fields` and the meeting was created with `isDialInEnabled`.
        room_preferences (MeetingRoomPreferences | Unset): Settings of the meeting's room that the response reports
            back; only `dialIn` is documented so far, and any other key is kept as received.
    """

    meeting_id: str
    room_url: str
    end_date: datetime.datetime
    room_name: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    host_room_url: str | Unset = UNSET
    viewer_room_url: str | Unset = UNSET
    dial_in: MeetingDialIn | Unset = UNSET
    room_preferences: MeetingRoomPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        meeting_id = self.meeting_id

        room_url = self.room_url

        end_date: Any
        if isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date)
        else:
            end_date = self.end_date

        room_name = self.room_name

        start_date: Any
        if isinstance(self.start_date, datetime.datetime | Unset):
            start_date = UNSET
            if not isinstance(self.start_date, Unset):
                start_date = format_datetime(self.start_date)
        else:
            start_date = self.start_date

        host_room_url = self.host_room_url

        viewer_room_url = self.viewer_room_url

        dial_in: Any
        if isinstance(self.dial_in, MeetingDialIn | Unset):
            dial_in = UNSET
            if not isinstance(self.dial_in, Unset):
                dial_in = self.dial_in.to_dict()
        else:
            dial_in = self.dial_in

        room_preferences: Any
        if isinstance(self.room_preferences, MeetingRoomPreferences | Unset):
            room_preferences = UNSET
            if not isinstance(self.room_preferences, Unset):
                room_preferences = self.room_preferences.to_dict()
        else:
            room_preferences = self.room_preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meetingId": meeting_id,
                "roomUrl": room_url,
                "endDate": end_date,
            }
        )
        if room_name is not UNSET:
            field_dict["roomName"] = room_name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if host_room_url is not UNSET:
            field_dict["hostRoomUrl"] = host_room_url
        if viewer_room_url is not UNSET:
            field_dict["viewerRoomUrl"] = viewer_room_url
        if dial_in is not UNSET:
            field_dict["dialIn"] = dial_in
        if room_preferences is not UNSET:
            field_dict["roomPreferences"] = room_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 3
        try:
            _meeting_id_in = src_dict["meetingId"]
            _room_url_in = src_dict["roomUrl"]
            _end_date_in = src_dict["endDate"]
        except KeyError:
            _meeting_id_in = src_dict.get("meetingId", MISSING)
            _room_url_in = src_dict.get("roomUrl", MISSING)
            _end_date_in = src_dict.get("endDate", MISSING)
            _read = 0
        meeting_id = _meeting_id_in
        if type(meeting_id) is not str:
            meeting_id = mismatch(
                _ctx, (_at, "meetingId"), "string", meeting_id, "#/components/schemas/Meeting/properties/meetingId"
            )

        room_url = _room_url_in
        if type(room_url) is not str:
            room_url = mismatch(
                _ctx, (_at, "roomUrl"), "string", room_url, "#/components/schemas/Meeting/properties/roomUrl"
            )

        end_date = _end_date_in
        if type(end_date) is str:
            try:
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(
                    end_date, _ctx, _at, "endDate", "#/components/schemas/Meeting/properties/endDate"
                )
            else:
                if end_date.tzinfo is None:
                    end_date = end_date.replace(tzinfo=UTC)
        else:
            end_date = parse_datetime(end_date, _ctx, _at, "endDate", "#/components/schemas/Meeting/properties/endDate")

        room_name = src_dict.get("roomName", UNSET)
        if type(room_name) is not str and room_name is not UNSET:
            room_name = mismatch(
                _ctx, (_at, "roomName"), "string", room_name, "#/components/schemas/Meeting/properties/roomName"
            )

        start_date = src_dict.get("startDate", UNSET)
        if type(start_date) is str:
            try:
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(
                    start_date, _ctx, _at, "startDate", "#/components/schemas/Meeting/properties/startDate"
                )
            else:
                if start_date.tzinfo is None:
                    start_date = start_date.replace(tzinfo=UTC)
        elif start_date is not UNSET:
            start_date = parse_datetime(
                start_date, _ctx, _at, "startDate", "#/components/schemas/Meeting/properties/startDate"
            )

        host_room_url = src_dict.get("hostRoomUrl", UNSET)
        if type(host_room_url) is not str and host_room_url is not UNSET:
            host_room_url = mismatch(
                _ctx,
                (_at, "hostRoomUrl"),
                "string",
                host_room_url,
                "#/components/schemas/Meeting/properties/hostRoomUrl",
            )

        viewer_room_url = src_dict.get("viewerRoomUrl", UNSET)
        if type(viewer_room_url) is not str and viewer_room_url is not UNSET:
            viewer_room_url = mismatch(
                _ctx,
                (_at, "viewerRoomUrl"),
                "string",
                viewer_room_url,
                "#/components/schemas/Meeting/properties/viewerRoomUrl",
            )

        dial_in = src_dict.get("dialIn", UNSET)
        if isinstance(dial_in, dict):
            dial_in = MeetingDialIn.from_dict(dial_in, _ctx, (_at, "dialIn"))
        elif dial_in is not UNSET:
            dial_in = mismatch(
                _ctx, (_at, "dialIn"), "MeetingDialIn", dial_in, "#/components/schemas/Meeting/properties/dialIn"
            )

        room_preferences = src_dict.get("roomPreferences", UNSET)
        if isinstance(room_preferences, dict):
            room_preferences = MeetingRoomPreferences.from_dict(room_preferences, _ctx, (_at, "roomPreferences"))
        elif room_preferences is not UNSET:
            room_preferences = mismatch(
                _ctx,
                (_at, "roomPreferences"),
                "MeetingRoomPreferences",
                room_preferences,
                "#/components/schemas/Meeting/properties/roomPreferences",
            )

        _instance = new_instance(cls)
        _instance.meeting_id = meeting_id
        _instance.room_url = room_url
        _instance.end_date = end_date
        _instance.room_name = room_name
        _instance.start_date = start_date
        _instance.host_room_url = host_room_url
        _instance.viewer_room_url = viewer_room_url
        _instance.dial_in = dial_in
        _instance.room_preferences = room_preferences

        if len(src_dict) > _read and not src_dict.keys() <= _Meeting_known:
            d = {key: value for key, value in src_dict.items() if key not in _Meeting_known}
            unknown_fields(_ctx, _at, d, "Meeting", "#/components/schemas/Meeting")
            _instance.additional_properties = d
        else:
            _instance.additional_properties = {}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.meeting_dial_in import MeetingDialIn  # noqa: E402
from ..models.meeting_room_preferences import MeetingRoomPreferences  # noqa: E402
