"""The one date policy (`videoconf._dates`): what is sent, what the wire accepts, what callers may pass, how responses
are read; and the generated models, the sandbox and the checker all using it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from videoconf import _dates, _parsing
from videoconf._dates import (
    format_date_time,
    is_date,
    is_date_time,
    parse_date_time,
    parse_instant,
    read_date,
    read_date_time,
)
from videoconf._generated import types
from videoconf.sandbox import _time

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "wire", "caller"),
    [
        ("2022-01-01T09:30:00Z", True, dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        ("2022-01-01t09:30:00z", True, dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        ("2022-01-01T10:30:00+01:00", True, dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        ("2022-01-01T09:30:00.25Z", True, dt.datetime(2022, 1, 1, 9, 30, 0, 250000, tzinfo=UTC)),
        # A date alone is its midnight UTC; a caller may write one, the wire's date-time may not.
        ("2022-01-01", False, dt.datetime(2022, 1, 1, tzinfo=UTC)),
        # No offset: the caller's text is read as UTC, as a naive datetime is; the wire refuses the ambiguity.
        ("2022-01-01T09:30:00", False, dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        # A leap second and impossible values are refused on both sides.
        ("2016-12-31T23:59:60Z", False, None),
        ("2022-02-30T00:00:00Z", False, None),
        ("2022-01-01T24:00:00Z", False, None),
        ("2022-01-01T00:00:00+24:00", False, None),
        ("2022-01-01T00:00:00Z\n", False, None),
        ("tomorrow", False, None),
    ],
)
def test_the_wire_and_the_caller_forms(text: str, wire: bool, caller: dt.datetime | None) -> None:
    assert is_date_time(text) is wire
    assert parse_date_time(text) == caller
    assert (parse_instant(text) is not None) is wire


def test_dates_alone() -> None:
    assert is_date("2024-02-29") and not is_date("2023-02-29") and not is_date("2024-2-1")
    assert read_date(" 2024-02-29 ", "day") == dt.date(2024, 2, 29)
    with pytest.raises(ValueError, match="day: 'soon' is not a date"):
        read_date("soon", "day")


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (dt.date(2022, 1, 1), "2022-01-01T00:00:00Z"),
        (dt.datetime(2022, 1, 1, 12), "2022-01-01T12:00:00Z"),
        (dt.datetime(2022, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=-2))), "2022-01-01T14:00:00Z"),
        (dt.datetime(2022, 1, 1, 12, 0, 0, 250000, tzinfo=UTC), "2022-01-01T12:00:00.250000Z"),
        (dt.datetime(5, 1, 1, tzinfo=UTC), "0005-01-01T00:00:00Z"),
    ],
)
def test_what_is_sent(value: dt.date, sent: str) -> None:
    assert format_date_time(value) == sent
    assert is_date_time(sent)


@given(st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=st.just(UTC)))
def test_what_is_sent_reads_back_as_the_same_instant(moment: dt.datetime) -> None:
    text = format_date_time(moment)
    assert is_date_time(text)
    assert parse_instant(text) == moment == read_date_time(text, "at")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2022-01-01T09:30:00Z", dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        ("2022-01-01T09:30:00", dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        ("2022-01-01", dt.datetime(2022, 1, 1, tzinfo=UTC)),
        ("2022-01-01 09:30", dt.datetime(2022, 1, 1, 9, 30, tzinfo=UTC)),
        ("2016-12-31T23:59:60Z", dt.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
        ("2016-12-31t23:59:60.5z", dt.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ],
)
def test_responses_are_read_leniently_and_always_aware(text: str, read: dt.datetime) -> None:
    assert read_date_time(text, "at") == read
    assert read_date_time(text, "at").tzinfo is not None


def test_responses_that_are_no_date_time_name_the_field() -> None:
    with pytest.raises(ValueError, match="created_at: 'soon' is not an RFC 3339 date-time"):
        read_date_time("soon", "created_at")
    with pytest.raises(ValueError, match="created_at: expected an RFC 3339 date-time string, got int"):
        read_date_time(5, "created_at")


def test_everyone_uses_the_one_module() -> None:
    # The generated models, the parsing helpers and the sandbox call these functions; none has its own copy.
    assert types.parse_datetime is read_date_time and types.format_datetime is format_date_time
    assert types.parse_date is read_date
    assert vars(_parsing)["_parse_datetime"] is read_date_time
    assert _time.format_instant is format_date_time and _time.parse_instant is parse_instant
    assert "leap" in (_dates.__doc__ or "").lower() and "naive" in (_dates.__doc__ or "")
