"""Dates and date-times: the one policy for what callers may pass, what is sent, what the sandbox accepts and how
responses are read.

The policy, everywhere in videoconf:

- **Sent** (requests, and every instant the sandbox writes): RFC 3339 in UTC with a `Z`, microseconds only when
  there are any (`2022-01-01T09:30:00Z`, `2022-01-01T09:30:00.250000Z`). A date alone is its midnight UTC:
  `2022-01-01` means `2022-01-01T00:00:00Z`, as both vendors document.
- **Accepted on the wire** (JSON Schema's `date-time` format, checked by the client and the sandbox alike):
  `YYYY-MM-DDTHH:MM:SS[.fraction]` with `Z` or `+hh:mm`/`-hh:mm` (`t` and `z` may be lowercase). An offset is
  required: an instant without one is ambiguous. `date` is `YYYY-MM-DD`. Both must be real calendar values.
- **Taken from callers** (Python arguments, CLI options): a `datetime` (a naive one is taken as UTC), a `date`
  (its midnight UTC where a date-time is wanted), or text: what the wire accepts, a date alone (midnight UTC) or a
  date-time without an offset (UTC, as for a naive `datetime`). All are sent in the form above.
- **Leap seconds** (`23:59:60`): Python cannot represent them. Refused in requests and by the sandbox; in a response
  read as `23:59:59.999999` of that minute, so that a server's leap second never loses the whole response.
- **Responses** are read leniently (`read_date_time`): everything above plus the ISO 8601 forms Python reads
  (a space for `T`, no seconds); a naive value is taken as UTC and a date alone as its midnight UTC. The result is
  always timezone-aware.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "at_midnight",
    "format_date_time",
    "is_date",
    "is_date_time",
    "parse_date",
    "parse_date_time",
    "parse_instant",
    "read_date",
    "read_date_time",
]

_UTC = dt.UTC
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})?\Z",
    re.ASCII,
)
# The wire form: RFC 3339 §5.6 `date-time`, offset required.
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})\Z", re.ASCII)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)
_LEAP_SECOND = re.compile(r"^(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}):60(?:\.\d+)?")


def at_midnight(day: dt.date) -> dt.datetime:
    """The instant a date alone stands for: its midnight UTC."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=_UTC)


def format_date_time(value: dt.datetime | dt.date) -> str:
    """RFC 3339 in UTC with a `Z`; a naive datetime is taken as UTC and a date as its midnight UTC."""
    if not isinstance(value, dt.datetime):
        value = at_midnight(value)
    elif value.utcoffset() is None:
        value = value.replace(tzinfo=_UTC)
    return value.astimezone(_UTC).replace(tzinfo=None).isoformat() + "Z"


def is_date_time(text: str) -> bool:
    """True for what the wire accepts as a `date-time` (see the module's policy): RFC 3339 with an offset."""
    return _RFC3339.match(text) is not None and parse_date_time(text) is not None


def is_date(text: str) -> bool:
    """True for a real calendar date written `YYYY-MM-DD`."""
    return parse_date(text) is not None


def parse_date_time(text: str) -> dt.datetime | None:
    """An aware datetime from what a caller may write (an RFC 3339 date-time, with or without an offset, or a date
    alone for its midnight UTC); None when it is none of those or names no real instant (`:60`, month 13)."""
    match = _DATE_TIME.match(text)
    if match is None:
        day = parse_date(text)
        return None if day is None else at_midnight(day)
    year, month, day_, hour, minute, second, fraction, offset = match.groups()
    try:
        return dt.datetime(
            int(year),
            int(month),
            int(day_),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=_offset(offset),
        )
    except ValueError:
        return None


def parse_instant(text: str) -> dt.datetime | None:
    """The UTC instant of a wire `date-time` (offset required); None for anything else."""
    if _RFC3339.match(text) is None:
        return None
    parsed = parse_date_time(text)
    if parsed is None:
        return None
    try:
        return parsed.astimezone(_UTC)
    except OverflowError:
        return None


def parse_date(text: str) -> dt.date | None:
    """A date from `YYYY-MM-DD`; None when unparsable."""
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _offset(offset: str | None) -> dt.tzinfo:
    if offset is None or offset in ("Z", "z"):
        return _UTC
    sign = -1 if offset[0] == "-" else 1
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    if hours > 23 or minutes > 59:
        raise ValueError("offset out of range")
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


_fromisoformat = dt.datetime.fromisoformat


def read_date_time(value: object, field: str) -> dt.datetime:
    """A response's date-time, read leniently (see the module's policy); always timezone-aware.

    Anything else raises ValueError naming the field, never a value of the wrong type.
    """
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        # What servers nearly always send is plain RFC 3339, which the C parser reads directly.
        try:
            parsed = _fromisoformat(value)
        except ValueError:
            parsed = _read_unusual(value, field)
    else:
        raise ValueError(f"{field}: expected an RFC 3339 date-time string, got {type(value).__name__}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


def _read_unusual(value: str, field: str) -> dt.datetime:
    text, leap = _LEAP_SECOND.subn(r"\1:59.999999", value.strip().upper())
    try:
        parsed = _fromisoformat(text)
    except ValueError:
        raise ValueError(f"{field}: {value!r} is not an RFC 3339 date-time") from None
    return parsed.replace(microsecond=999999) if leap else parsed


def read_date(value: object, field: str) -> dt.date:
    """A response's date alone (ISO 8601, surrounding spaces ignored); anything else raises ValueError."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"{field}: {value!r} is not a date (YYYY-MM-DD)")
