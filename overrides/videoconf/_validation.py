"""Turns caller values into JSON-ready values and checks them with the one request checker before sending."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib
import os
import re
import sys
import uuid
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._dates import format_date_time, parse_date_time
from ._exceptions import UnlistedValueWarning, ValidationError, short_repr
from ._schema_check import Path, Violation, path_text, violations
from ._types import JSONSchema

__all__ = ["FilePart", "check", "check_mapping", "is_unset", "to_plain", "warn_unlisted"]


@dataclass(frozen=True)
class FilePart:
    """A file for a multipart body, read into memory once so that a retried request sends the same bytes."""

    file_name: str
    content: bytes
    mime_type: str


class _NeverUnset:
    """Stands in for `videoconf._generated.types.Unset` when the generated package cannot be imported."""


@functools.cache
def _unset_type() -> type:
    # Looked up at runtime so this module does not need the generated package to import or type-check.
    try:
        unset: type = importlib.import_module("videoconf._generated.types").Unset
    except (ImportError, AttributeError):
        return _NeverUnset
    return unset


def is_unset(value: object) -> bool:
    """True for the generated `UNSET` sentinel, which means "argument not given"."""
    return isinstance(value, _unset_type())


def _is_file(value: object) -> bool:
    if isinstance(value, bytes | bytearray | memoryview):
        return True
    # `videoconf._generated.types.File` (attrs: payload, file_name, mime_type) or any readable binary stream.
    return (hasattr(value, "payload") and hasattr(value, "to_tuple")) or callable(getattr(value, "read", None))


def _file_part(value: object, field: str) -> FilePart:
    name: object = None
    mime: object = None
    payload: object = value
    if hasattr(value, "payload") and hasattr(value, "to_tuple"):
        payload = getattr(value, "payload", None)
        name, mime = getattr(value, "file_name", None), getattr(value, "mime_type", None)
    if isinstance(payload, bytes | bytearray | memoryview):
        content = bytes(payload)
    else:
        read = getattr(payload, "read", None)
        data = read() if callable(read) else None
        if not isinstance(data, bytes):
            raise ValidationError(field, "type", value, f"{field}: {short_repr(value)} is not binary content")
        content = data
        if name is None:
            name = getattr(payload, "name", None)
    file_name = os.path.basename(name) if isinstance(name, str) and name else field.rsplit(".", 1)[-1]
    return FilePart(file_name, content, mime if isinstance(mime, str) and mime else "application/octet-stream")


def to_plain(value: object, field: str) -> object:
    """Lowers one caller value by a level: enum members, attrs models, UUIDs, tuples and mappings.

    Dates, datetimes and files are left as they are: how they are written depends on the schema.
    """
    if isinstance(value, enum.Enum):
        return to_plain(value.value, field)
    if isinstance(value, str | int | float | bool | dt.date | list) or value is None:
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        # Generated attrs models: `to_dict()` already writes wire names and keeps unknown fields.
        return to_dict()
    if _is_file(value):
        return value
    raise ValidationError(field, "type", value, f"{field}: {short_repr(value)} cannot be sent (unsupported type)")


def check(
    value: object, schema: JSONSchema, field: str, *, allow_files: bool = False, wire_name: str | None = None
) -> object:
    """The JSON-ready form of `value` if it satisfies `schema`; otherwise raises `ValidationError`.

    `field` is what the caller typed (the Python argument), `wire_name` what the contract calls it (the same when
    not given). The value is first turned into JSON (`_dates`' policy for dates), then judged by the one request
    checker the sandbox uses too. Files become `FilePart` where `allow_files` is set (multipart bodies).
    """
    wire = _Lowering(allow_files, field, wire_name or field).lower(value, schema, ())
    found = violations(_checked_view(wire), schema)
    for violation in found:
        if not violation.advisory:
            raise _error(violation, field, wire_name or field)
    for violation in found:
        warn_unlisted(violation, field)
    return wire


def warn_unlisted(violation: Violation, field: str, done: str = "sent as given, as the vendor may know it") -> None:
    """An advisory violation (a value outside an extensible enumeration) as a warning at the caller's line; `field`
    is the argument the violation's path starts from, `done` what happens to the value."""
    inner = path_text(violation.path)
    name = (f"{field}{inner}" if inner.startswith("[") else f"{field}.{inner}") if inner else field
    message = f"{name}: {short_repr(violation.value)} {violation.reason}; {done}"
    warnings.warn(message, UnlistedValueWarning, stacklevel=_outside_package())


def _outside_package() -> int:
    # The warning points at the caller's line, past every frame of this package (the resource, the requester).
    level, frame = 1, sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("videoconf."):
        level, frame = level + 1, frame.f_back  # type: ignore[assignment]
    return level


def _checked_view(value: object) -> object:
    # The checker sees a file part as what it is on the wire: a string of `format: binary`.
    if isinstance(value, FilePart):
        return value.content
    if isinstance(value, dict) and any(isinstance(item, FilePart) for item in value.values()):
        return {key: _checked_view(item) for key, item in value.items()}
    return value


# A value under one of these names is a credential: an error names the field and the rule, never the value.
_SECRET = re.compile(r"secret|password|passphrase|token\Z|api_?key", re.IGNORECASE)


def _shown(value: object, *names: str) -> str:
    if any(_SECRET.search(str(name).rsplit(".", 1)[-1].rsplit("[", 1)[0]) for name in names):
        return "<redacted>"
    return short_repr(value)


def _error(violation: Violation, field: str, wire_name: str) -> ValidationError:
    """The exception for one violation: named by the caller's argument and path, the wire name kept beside it."""
    inner = path_text(violation.path)
    joined = (lambda head: f"{head}{inner}" if inner.startswith("[") else f"{head}.{inner}") if inner else None
    name = joined(field) if joined else field
    wire = joined(wire_name) if joined else wire_name
    if violation.rule == "required":
        message = f"{name}: no value given, but the field is required"
    else:
        message = f"{name}: {_shown(violation.value, name, wire)} {violation.reason}"
    return ValidationError(name, violation.rule, violation.value, message, wire_name=wire)


class _Lowering:
    """Turns a caller's value into JSON by its schema: enum members, models, UUIDs, dates and files."""

    def __init__(self, allow_files: bool, field: str, wire_name: str) -> None:
        self.allow_files = allow_files
        self.field = field
        self.wire_name = wire_name

    def fail(self, path: Path, value: object, reason: str) -> ValidationError:
        return _error(Violation(path, "type", value, reason), self.field, self.wire_name)

    def lower(self, value: object, schema: JSONSchema, path: Path) -> object:
        try:
            value = to_plain(value, self.field)
        except ValidationError:
            raise self.fail(path, value, "cannot be sent (unsupported type)") from None
        if _is_file(value):
            if self.allow_files and _formats(schema) & {"binary"}:
                return _file_part(value, self.field)
            raise self.fail(path, value, "is a file, which this field does not take")
        if isinstance(value, str | dt.date):
            return self._text(value, schema, path)
        if isinstance(value, float) and value.is_integer() and _integer_position(schema):
            # JSON Schema counts 5.0 as an integer; the server gets the integer.
            return int(value)
        if isinstance(value, list):
            items = _subschema(schema, "items")
            return [self.lower(item, items, (*path, index)) for index, item in enumerate(value)]
        if isinstance(value, dict):
            return self._object(value, schema, path)
        return value

    def _text(self, value: str | dt.date, schema: JSONSchema, path: Path) -> object:
        formats = _formats(schema)
        if isinstance(value, str):
            if "binary" in formats and self.allow_files:
                # Text for a binary part is still that part's content, sent as a file, never as a form field.
                return _file_part(value.encode(), self.field)
            if _date_time_position(schema, formats):
                return _date_time_text(value)
            return value
        if _date_time_position(schema, formats):
            return format_date_time(value)
        if isinstance(value, dt.datetime):
            if "date" in formats:
                raise _error(
                    Violation(path, "format", value, "is a datetime, but this field takes a date (format 'date')"),
                    self.field,
                    self.wire_name,
                )
            return format_date_time(value)
        # A date for a date field, or for a plain string field (a list filter), is written the usual way.
        return value.isoformat()

    def _object(self, value: dict[object, object], schema: JSONSchema, path: Path) -> dict[str, object]:
        result: dict[str, object] = {}
        for key, item in value.items():
            if is_unset(item):
                continue
            if not isinstance(key, str):
                raise self.fail(path, key, "has a key that is not a string")
            result[key] = self.lower(item, _property(schema, key), (*path, key))
        return result


def _branches(schema: JSONSchema) -> list[JSONSchema]:
    return [*(schema.get("anyOf") or ()), *(schema.get("oneOf") or ()), *(schema.get("allOf") or ())]


def _integer_position(schema: JSONSchema) -> bool:
    declared = schema.get("type")
    types = {declared} if isinstance(declared, str) else set(declared or ())
    return ("integer" in types and "number" not in types) or any(_integer_position(b) for b in _branches(schema))


def _formats(schema: JSONSchema) -> set[str]:
    """The formats a value here may take: the schema's own and its alternatives'."""
    found = {schema["format"]} if isinstance(schema.get("format"), str) else set()
    for branch in _branches(schema):
        found |= _formats(branch)
    return found


def _date_time_position(schema: JSONSchema, formats: set[str]) -> bool:
    # Where a date alone is also allowed (a whole day, as in the log filters), a date is not turned into an instant;
    # the contract's `x-date-only` fields take both, and both vendors read a date there as its midnight UTC.
    return bool(schema.get("x-date-only")) or ("date-time" in formats and "date" not in formats)


def _date_time_text(text: str) -> str:
    """A caller's date-time text in the form sent (see `_dates`); left as it is when it names no instant, so that
    the checker reports it (or another alternative, such as Unix seconds, accepts it)."""
    parsed = parse_date_time(text)
    if parsed is None:
        return text
    try:
        return format_date_time(parsed)
    except OverflowError:
        return text


def _subschema(schema: JSONSchema, key: str) -> JSONSchema:
    found = schema.get(key)
    if isinstance(found, dict):
        return found
    for branch in _branches(schema):
        found = _subschema(branch, key)
        if found:
            return found
    return {}


def _property(schema: JSONSchema, key: str) -> JSONSchema:
    properties = schema.get("properties") or {}
    if key in properties:
        sub: JSONSchema = properties[key]
        return sub
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        return extra
    for branch in _branches(schema):
        found = _property(branch, key)
        if found:
            return found
    return {}


def check_mapping(
    values: Mapping[str, Any] | None,
    schemas: Mapping[str, JSONSchema],
    *,
    required: frozenset[str],
    names: Mapping[str, str] | None = None,
) -> dict[str, object]:
    """Checks a mapping of named arguments (path or query, by wire name), dropping `UNSET`; missing required names
    raise. `names` gives the Python argument of a wire name where they differ, for the error messages."""
    names = names or {}
    result: dict[str, object] = {}
    for name, value in (values or {}).items():
        if is_unset(value):
            continue
        result[name] = check(value, schemas.get(name) or {}, names.get(name, name), wire_name=name)
    for name in required:
        if name not in result:
            python = names.get(name, name)
            raise ValidationError(
                python, "required", None, f"{python}: no value given, but the parameter is required", wire_name=name
            )
    return result
