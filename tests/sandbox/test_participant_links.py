"""A participant joining through a link: the sandbox's `room.client.*` events carry the `metadata`, `externalId` and
name the trigger passes, directly or as the link the participant opened (built by `videoconf.participant_url`), as
Whereby's events carry what the room URL said; a link the room would refuse is refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from videoconf import Whereby, participant_url
from videoconf.sandbox import RunningSandbox, TriggerError
from videoconf.types import Meeting

END = dt.datetime(2099, 3, 25, 13, 30, tzinfo=dt.UTC)


@pytest.fixture
def meeting(whereby: Whereby) -> Iterator[Meeting]:
    created = whereby.meetings.create(end_date=END, fields=["hostRoomUrl", "viewerRoomUrl"])
    yield created
    whereby.meetings.delete(created.meeting_id)


def test_metadata_and_external_id_passed_to_a_trigger_reach_every_event_about_the_participant(
    sandbox: RunningSandbox, meeting: Meeting
) -> None:
    data = {"displayName": "Ada", "metadata": "booking-7", "externalId": "u-42"}
    [joined] = sandbox.trigger("room.client.joined", meeting.meeting_id, data)
    [left] = sandbox.trigger("room.client.left", meeting.meeting_id)
    for event in (joined, left):
        assert {key: event["data"][key] for key in data} == data, event["type"]


def test_a_participant_link_says_who_joins(sandbox: RunningSandbox, meeting: Meeting) -> None:
    link = participant_url(meeting.room_url, display_name="Ada Lovelace", external_id="u-42", metadata="booking 7/α")
    [joined] = sandbox.trigger("room.client.joined", meeting.meeting_id, {"roomUrl": link})
    data = joined["data"]
    assert (data["displayName"], data["externalId"], data["metadata"]) == ("Ada Lovelace", "u-42", "booking 7/α")
    assert "roomUrl" not in data
    # What the trigger's data says itself wins over the link.
    [knocked] = sandbox.trigger("room.client.knocked", meeting.meeting_id, {"roomUrl": link, "metadata": "walk-in"})
    assert (knocked["data"]["externalId"], knocked["data"]["metadata"]) == ("u-42", "walk-in")


def test_a_host_or_viewer_link_gives_the_role_it_opens(sandbox: RunningSandbox, meeting: Meeting) -> None:
    assert isinstance(meeting.host_room_url, str) and isinstance(meeting.viewer_room_url, str)
    for url, role in ((meeting.host_room_url, "host"), (meeting.viewer_room_url, "viewer")):
        link = participant_url(url, display_name=role.title(), minimal=True)
        [joined, *_] = sandbox.trigger("room.client.joined", meeting.meeting_id, {"roomUrl": link})
        assert (joined["data"]["roleName"], joined["data"]["displayName"]) == (role, role.title())


def test_a_link_the_room_would_refuse_is_refused(sandbox: RunningSandbox, meeting: Meeting, whereby: Whereby) -> None:
    with pytest.raises(TriggerError, match=r"roomUrl: externalId: does not match") as refused:
        sandbox.trigger("room.client.joined", meeting.meeting_id, {"roomUrl": meeting.room_url + "?externalId=a%20b"})
    assert refused.value.status == 400
    other = whereby.meetings.create(end_date=END)
    with pytest.raises(TriggerError, match="is no link of meeting") as refused:
        sandbox.trigger("room.client.joined", meeting.meeting_id, {"roomUrl": participant_url(other.room_url)})
    assert refused.value.status == 409
    # A link with a wrong key is the plain room link: after the first participant (the host), a visitor.
    sandbox.trigger("room.client.joined", meeting.meeting_id, {"roomUrl": meeting.room_url})
    forged = meeting.room_url + "?roomKey=not-the-key"
    [joined, *_] = sandbox.trigger("room.client.joined", meeting.meeting_id, {"roomUrl": forged})
    assert joined["data"]["roleName"] == "visitor"
    with pytest.raises(TriggerError, match=r"only for room\.client\.\* events"):
        sandbox.trigger("room.session.started", meeting.meeting_id, {"roomUrl": participant_url(meeting.room_url)})
    whereby.meetings.delete(other.meeting_id)
