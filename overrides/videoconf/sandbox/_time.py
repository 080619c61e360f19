"""The sandbox's clock and its list filters' bounds; instants are written and read by `videoconf._dates`' policy."""

from __future__ import annotations

import datetime as dt
import re
import time

from videoconf._dates import at_midnight, parse_date, parse_instant
from videoconf._dates import format_date_time as format_instant

__all__ = ["at_midnight", "format_instant", "now", "parse_filter_instant", "parse_instant"]

_UNIX = re.compile(r"-?\d{1,12}(?:\.\d+)?", re.ASCII)


def now() -> dt.datetime:
    """The current instant in UTC, to the second, as the vendors report their timestamps."""
    return dt.datetime.fromtimestamp(int(time.time()), dt.UTC)


def parse_filter_instant(text: str, *, unix: bool) -> dt.datetime | None:
    """A list filter's bound: an RFC 3339 date-time, a `YYYY-MM-DD` date (midnight UTC) or, if `unix`, epoch seconds."""
    value = parse_instant(text)
    if value is not None:
        return value
    day = parse_date(text)
    if day is not None:
        return at_midnight(day)
    if unix and _UNIX.fullmatch(text):
        try:
            return dt.datetime.fromtimestamp(float(text), dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None
