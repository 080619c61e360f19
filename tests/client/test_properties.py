"""Property tests: no path id can escape its segment, and date-times survive the trip to the wire."""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from hypothesis import given
from hypothesis import strategies as st

from videoconf import ValidationError
from videoconf._dates import format_date_time, parse_date_time
from videoconf._generated._operations import MEETINGS_GET
from videoconf._request import prepare


@given(st.text(max_size=40))
def test_a_path_id_stays_one_segment(meeting_id: str) -> None:
    try:
        prepared = prepare(MEETINGS_GET, path={"meetingId": meeting_id})
    except ValidationError as error:
        # Named by the Python argument, with the wire name beside it.
        assert (error.field, error.wire_name) == ("meeting_id", "meetingId")
        assert meeting_id in ("", ".", "..") or any(ord(c) < 32 or 127 <= ord(c) < 160 for c in meeting_id)
        return
    prefix, segment = prepared.path.rsplit("/", 1)
    assert prefix == "/meetings"
    assert unquote(segment) == meeting_id
    assert all(c.isalnum() or c in "%-._~" for c in segment)


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), timezones=st.one_of(st.none(), st.timezones())))
def test_date_times_round_trip_as_utc(moment: dt.datetime) -> None:
    text = format_date_time(moment)
    assert text.endswith("Z")
    parsed = parse_date_time(text)
    assert parsed is not None
    expected = moment if moment.utcoffset() is not None else moment.replace(tzinfo=dt.UTC)
    # Compared in UTC: an ambiguous local time (DST fold) never equals another zone's instant in Python.
    assert parsed == expected.astimezone(dt.UTC)
