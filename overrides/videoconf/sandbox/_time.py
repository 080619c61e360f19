"""Instants as the vendors write them (RFC 3339 in UTC with `Z`) and the filter values they accept."""

from __future__ import annotations

import datetime as dt
import re
import time

__all__ = [
    "DATE",
    "DATE_TIME",
    "at_midnight",
    "format_instant",
    "now",
    "parse_filter_instant",
    "parse_instant",
]

# JSON Schema's `date-time` and `date` formats (RFC 3339 §5.6); pydantic alone also takes spaces, bare numbers and more.
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UNIX = re.compile(r"-?\d{1,12}(?:\.\d+)?", re.ASCII)


def now() -> dt.datetime:
    """The current instant in UTC, to the second, as the vendors report their timestamps."""
    return dt.datetime.fromtimestamp(int(time.time()), dt.UTC)


def format_instant(value: dt.datetime | dt.date) -> str:
    """RFC 3339 in UTC with a `Z`; a date means its midnight UTC, a naive datetime is taken as UTC."""
    if not isinstance(value, dt.datetime):
        value = at_midnight(value)
    elif value.utcoffset() is None:
        value = value.replace(tzinfo=dt.UTC)
    value = value.astimezone(dt.UTC)
    # Spelled out because strftime's %Y drops the leading zeros of years before 1000 on some platforms.
    text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + "Z"


def at_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def parse_instant(text: str) -> dt.datetime | None:
    """An aware datetime from an RFC 3339 date-time; None for anything else."""
    if DATE_TIME.fullmatch(text) is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.astimezone(dt.UTC)


def parse_filter_instant(text: str, *, unix: bool) -> dt.datetime | None:
    """A list filter's bound: an RFC 3339 date-time, a `YYYY-MM-DD` date (midnight UTC) or, if `unix`, epoch seconds."""
    value = parse_instant(text)
    if value is not None:
        return value
    if DATE.fullmatch(text):
        try:
            return at_midnight(dt.date.fromisoformat(text))
        except ValueError:
            return None
    if unix and _UNIX.fullmatch(text):
        try:
            return dt.datetime.fromtimestamp(float(text), dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None
