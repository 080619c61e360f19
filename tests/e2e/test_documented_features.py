"""Features the vendors' guides document, used through the client against the sandbox: dial-in, name prefixes, the
meetings' room-name filter, and the date forms each list filter takes."""

from __future__ import annotations

import datetime

import pytest

from videoconf import SignalWire, ValidationError, Whereby
from videoconf._generated.models import MeetingDialIn, MeetingDialInPhoneNumber, WherebyMeetingField
from videoconf._generated.types import Unset

END = datetime.datetime(2099, 3, 25, 13, 30, tzinfo=datetime.UTC)


def test_dial_in_end_to_end(whereby: Whereby) -> None:
    created = whereby.meetings.create(end_date=END, is_dial_in_enabled=True, fields=[WherebyMeetingField.DIAL_IN])
    dial_in = created.dial_in
    assert isinstance(dial_in, MeetingDialIn)
    assert dial_in.code.isdigit() and len(dial_in.code) == 10
    assert dial_in.phone_numbers and all(isinstance(n, MeetingDialInPhoneNumber) for n in dial_in.phone_numbers)
    assert all(len(n.country_code) == 2 and n.phone_number for n in dial_in.phone_numbers)
    assert not isinstance(created.room_preferences, Unset) and created.room_preferences.dial_in is True

    fetched = whereby.meetings.get(created.meeting_id, fields=["dialIn"])
    assert isinstance(fetched.dial_in, MeetingDialIn) and fetched.dial_in.code == dial_in.code
    assert fetched.dial_in.to_dict() == dial_in.to_dict()
    listed = {m.meeting_id: m for m in whereby.meetings.list(fields=["dialIn"])}
    listed_dial_in = listed[created.meeting_id].dial_in
    assert isinstance(listed_dial_in, MeetingDialIn) and listed_dial_in.code == dial_in.code

    # Not asked for: not sent. Asked for on a meeting without dial-in: nothing to send either.
    assert isinstance(whereby.meetings.get(created.meeting_id).dial_in, Unset)
    plain = whereby.meetings.create(end_date=END, fields=["dialIn"])
    assert isinstance(plain.dial_in, Unset)
    assert isinstance(whereby.meetings.get(plain.meeting_id, fields=["dialIn"]).dial_in, Unset)
    for meeting in (created, plain):
        whereby.meetings.delete(meeting.meeting_id)


@pytest.mark.parametrize("prefix", ["Customer0348-", "test-prefix-", "waiting-room-example-", "example-prefix"])
def test_name_prefixes_the_vendor_shows_are_sent_and_filtered(whereby: Whereby, prefix: str) -> None:
    meeting = whereby.meetings.create(end_date=END, room_name_prefix=prefix, fields=[])
    wire_prefix = "/" + prefix.lower()
    assert isinstance(meeting.room_name, str) and meeting.room_name.startswith(wire_prefix)
    other = whereby.meetings.create(end_date=END)
    found = {m.meeting_id for m in whereby.meetings.list(room_name={"startsWith": wire_prefix})}
    assert meeting.meeting_id in found and other.meeting_id not in found
    for created in (meeting, other):
        whereby.meetings.delete(created.meeting_id)


def test_room_name_prefix_keeps_its_length_limit(whereby: Whereby) -> None:
    with pytest.raises(ValidationError) as caught:
        whereby.meetings.create(end_date=END, room_name_prefix="x" * 40)
    assert (caught.value.field, caught.value.wire_name, caught.value.rule) == (
        "room_name_prefix",
        "roomNamePrefix",
        "maxLength",
    )


def test_each_list_filter_takes_the_date_forms_its_vendor_description_names(signalwire: SignalWire) -> None:
    room = signalwire.rooms.create(name="documented-window", join_from=datetime.date(2032, 5, 1))
    # Rooms: an RFC 3339 date-time or a date; the bounds are inclusive.
    assert room.id in {r.id for r in signalwire.rooms.list(starts_after="2032-05-01")}
    assert room.id in {r.id for r in signalwire.rooms.list(starts_after=datetime.date(2032, 5, 1))}
    assert room.id not in {r.id for r in signalwire.rooms.list(starts_after="2032-05-02T00:00:00Z")}
    with pytest.raises(ValidationError) as caught:
        signalwire.rooms.list(starts_after="1967225600")
    assert caught.value.field == "starts_after"
    # Conferences: an RFC 3339 date-time or Unix seconds (a Python date is sent as its midnight date-time).
    conference = signalwire.conferences.create(display_name="Documented window", join_from="2032-05-01T00:00:00Z")
    assert conference.id in {c.id for c in signalwire.conferences.list(starts_after="1966982400")}
    assert conference.id not in {c.id for c in signalwire.conferences.list(starts_after="1967068800")}
    signalwire.conferences.delete(conference.id)
    signalwire.rooms.delete(room.id)
