"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of `UNSET`: an argument or field left out, so the request does not carry it."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # Copies and pickles are the one `UNSET`, so `value is UNSET` keeps holding.
    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_LEAP_SECOND = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):60(?:\.\d+)?")


def parse_datetime(value: object, field: str) -> datetime.datetime:
    """Parse a date-time as servers really send it; the result is always timezone-aware.

    Accepts RFC 3339 and ISO 8601 forms, a lowercase `t`/`z`, a date alone (midnight UTC), naive values (taken as UTC)
    and a leap second, which becomes 23:59:59.999999 of that minute (Python cannot represent second 60).
    Anything else raises ValueError naming the field, never a value of the wrong type.
    """
    if isinstance(value, datetime.datetime):
        parsed = value
    elif isinstance(value, str):
        # Fast path: what servers nearly always send is plain RFC 3339, which the C parser reads directly.
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            parsed = _parse_lenient(value, field)
    else:
        raise ValueError(f"{field}: expected an RFC 3339 date-time string, got {type(value).__name__}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _parse_lenient(value: str, field: str) -> datetime.datetime:
    text, leap = _LEAP_SECOND.subn(r"\1:59.999999", value.strip().upper())
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{field}: {value!r} is not an RFC 3339 date-time") from None
    return parsed.replace(microsecond=999999) if leap else parsed


def parse_date(value: object, field: str) -> datetime.date:
    """Parse a date alone (`YYYY-MM-DD`); anything else raises ValueError naming the field."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"{field}: {value!r} is not a date (YYYY-MM-DD)")


def format_datetime(value: datetime.date) -> str:
    """Write RFC 3339 in UTC with an explicit `Z`; a date alone means midnight UTC, as both APIs document."""
    if not isinstance(value, datetime.datetime):
        return f"{value.isoformat()}T00:00:00Z"
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "format_datetime",
    "parse_date",
    "parse_datetime",
]
