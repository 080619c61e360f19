"""Date and date-time arguments: what callers may pass and the RFC 3339 `Z` form sent on the wire."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["format_date_time", "parse_date", "parse_date_time"]

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})?",
    re.ASCII,
)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def format_date_time(value: dt.datetime | dt.date) -> str:
    """RFC 3339 in UTC with a `Z`; a naive datetime is taken as UTC and a date as its midnight UTC."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    elif value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=dt.UTC)
    text = value.astimezone(dt.UTC).isoformat()
    return text.removesuffix("+00:00") + "Z"


def parse_date_time(text: str) -> dt.datetime | None:
    """An aware datetime from an RFC 3339 date-time or a `YYYY-MM-DD` date; None when unparsable.

    A missing offset is read as UTC, matching how naive datetimes are treated, because attrs models
    serialise naive datetimes without one.
    """
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        day = parse_date(text)
        return None if day is None else dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    year, month, day_, hour, minute, second, fraction, offset = match.groups()
    try:
        tz = _parse_offset(offset)
        # Python cannot represent a leap second (`:60`), and neither can most servers: refuse it.
        return dt.datetime(
            int(year),
            int(month),
            int(day_),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """A date from `YYYY-MM-DD`; None when unparsable."""
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _parse_offset(offset: str | None) -> dt.tzinfo:
    if offset is None or offset in ("Z", "z"):
        return dt.UTC
    sign = -1 if offset[0] == "-" else 1
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    if hours > 23 or minutes > 59:
        raise ValueError("offset out of range")
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
