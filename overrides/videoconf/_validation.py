"""Turns caller values into JSON-ready values and checks them against an operation's schemas before sending."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib
import math
import os
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ._dates import format_date_time, parse_date, parse_date_time
from ._exceptions import ValidationError, short_repr
from ._types import JSONSchema

__all__ = ["FilePart", "check", "check_mapping", "is_unset", "to_plain"]

_JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")


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


def check(value: object, schema: JSONSchema, field: str, *, allow_files: bool = False) -> object:
    """The JSON-ready form of `value` if it satisfies `schema`; otherwise raises `ValidationError`.

    Files become `FilePart` where `allow_files` is set (multipart bodies).
    """
    return _Checker(allow_files).check(value, schema, field)


class _Checker:
    def __init__(self, allow_files: bool) -> None:
        self.allow_files = allow_files

    def check(self, value: object, schema: JSONSchema, field: str) -> object:
        value = to_plain(value, field)
        if schema.get("x-date-only") and value is not None:
            # `anyOf: [date-time, date]`: one field that takes either, sent as a date-time (a date is midnight UTC).
            if not isinstance(value, str | dt.date):
                raise ValidationError(
                    field, "type", value, f"{field}: {short_repr(value)} is not a datetime, date or string"
                )
            return _date_time(value, field)
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            value = self._check_any_of(value, branches, schema, field)
        for sub in schema.get("allOf") or ():
            value = self.check(value, sub, field)
        if "type" not in schema and (branches or "allOf" in schema) and not _has_keywords(schema):
            return value
        return self._check_typed(value, schema, field)

    def _check_any_of(self, value: object, branches: list[JSONSchema], schema: JSONSchema, field: str) -> object:
        errors: list[ValidationError] = []
        for branch in branches:
            try:
                return self.check(value, branch, field)
            except ValidationError as error:
                errors.append(error)
        specific = [error for error in errors if error.rule != "type"]
        if len(specific) == 1:
            raise specific[0]
        if specific:
            # Each reason without the repeated "field: value" prefix, unless it is about a nested field.
            prefix = f"{field}: {short_repr(value)} "
            reasons = "; ".join(str(error).removeprefix(prefix) for error in specific)
            raise ValidationError(field, "anyOf", value, f"{field}: {short_repr(value)} matches none of: {reasons}")
        expected = sorted({t for branch in branches for t in _declared_types(branch)}, key=_JSON_TYPES.index)
        raise ValidationError(field, "type", value, f"{field}: {short_repr(value)} is not of type {_or(expected)}")

    def _check_typed(self, value: object, schema: JSONSchema, field: str) -> object:
        declared = _declared_types(schema)
        kind = self._kind(value, schema, field)
        if declared and kind not in declared and not (kind == "integer" and "number" in declared):
            if kind == "number" and "integer" in declared and isinstance(value, float) and value.is_integer():
                value, kind = int(value), "integer"
            else:
                raise ValidationError(
                    field, "type", value, f"{field}: {short_repr(value)} is not of type {_or(declared)}"
                )
        if kind == "string":
            value = self._check_string(value, schema, field)
        elif kind in ("integer", "number"):
            _check_number(value, schema, field)
        elif kind == "array":
            value = self._check_array(value, schema, field)
        elif kind == "object":
            value = self._check_object(value, schema, field)
        _check_enum(value, schema, field)
        return value

    def _kind(self, value: object, schema: JSONSchema, field: str) -> str:
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ValidationError(field, "type", value, f"{field}: {short_repr(value)} is not a finite number")
            return "number"
        if isinstance(value, str | dt.date):
            return "string"
        if isinstance(value, list):
            return "array"
        if isinstance(value, dict):
            return "object"
        if _is_file(value):
            if self.allow_files and schema.get("format") == "binary":
                return "string"
            raise ValidationError(
                field, "type", value, f"{field}: {short_repr(value)} is a file, which this field does not take"
            )
        raise ValidationError(field, "type", value, f"{field}: {short_repr(value)} cannot be sent (unsupported type)")

    def _check_string(self, value: object, schema: JSONSchema, field: str) -> object:
        fmt = schema.get("format")
        if fmt == "binary" and self.allow_files and _is_file(value):
            return _file_part(value, field)
        if fmt == "binary" and self.allow_files and isinstance(value, str):
            # Text for a binary part is still that part's content, sent as a file, never as a form field.
            return _file_part(value.encode(), field)
        if _is_date_time(schema):
            value = _date_time(value, field)
        elif fmt == "date":
            value = _date(value, field)
        elif isinstance(value, dt.date):
            # A date or datetime for a plain string field (e.g. a list filter) is written the usual way.
            value = format_date_time(value) if isinstance(value, dt.datetime) else value.isoformat()
        assert isinstance(value, str)
        _check_string_format(value, fmt, field)
        length = len(value)
        if "minLength" in schema and length < schema["minLength"]:
            raise ValidationError(
                field,
                "minLength",
                value,
                f"{field}: {short_repr(value)} is shorter than the minLength of {schema['minLength']}",
            )
        if "maxLength" in schema and length > schema["maxLength"]:
            raise ValidationError(
                field,
                "maxLength",
                value,
                f"{field}: {short_repr(value)} is longer than the maxLength of {schema['maxLength']}",
            )
        pattern = schema.get("pattern")
        if pattern is not None and _compiled(pattern).search(value) is None:
            raise ValidationError(
                field, "pattern", value, f"{field}: {short_repr(value)} does not match the pattern {pattern!r}"
            )
        return value

    def _check_array(self, value: object, schema: JSONSchema, field: str) -> list[object]:
        assert isinstance(value, list)
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise ValidationError(
                field,
                "minItems",
                value,
                f"{field}: {short_repr(value)} has fewer than the minItems of {schema['minItems']}",
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise ValidationError(
                field,
                "maxItems",
                value,
                f"{field}: {short_repr(value)} has more than the maxItems of {schema['maxItems']}",
            )
        items: JSONSchema = schema.get("items") or {}
        return [self.check(item, items, f"{field}[{index}]") for index, item in enumerate(value)]

    def _check_object(self, value: object, schema: JSONSchema, field: str) -> dict[str, object]:
        assert isinstance(value, dict)
        properties: dict[str, JSONSchema] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        result: dict[str, object] = {}
        for key, item in value.items():
            if is_unset(item):
                continue
            if not isinstance(key, str):
                raise ValidationError(field, "type", key, f"{field}: key {short_repr(key)} is not a string")
            child = f"{field}.{key}" if field else key
            sub = properties.get(key)
            if sub is None:
                sub = extra if isinstance(extra, dict) else {}
            result[key] = self.check(item, sub, child)
        for key in schema.get("required") or ():
            if key not in result:
                child = f"{field}.{key}" if field else key
                raise ValidationError(child, "required", None, f"{child}: no value given, but the field is required")
        return result


def _has_keywords(schema: JSONSchema) -> bool:
    return any(key in schema for key in ("enum", "format", "pattern", "properties", "items", "minimum", "maximum"))


def _declared_types(schema: JSONSchema) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return []
    return [declared] if isinstance(declared, str) else list(declared)


def _is_date_time(schema: JSONSchema) -> bool:
    return schema.get("format") == "date-time" or bool(schema.get("x-date-only"))


def _date_time(value: object, field: str) -> str:
    if isinstance(value, dt.date):
        return format_date_time(value)
    assert isinstance(value, str)
    parsed = parse_date_time(value)
    if parsed is None:
        raise ValidationError(
            field,
            "format",
            value,
            f"{field}: {short_repr(value)} is not an RFC 3339 date-time or a YYYY-MM-DD date (format 'date-time')",
        )
    return format_date_time(parsed)


def _date(value: object, field: str) -> str:
    if isinstance(value, dt.datetime) or (isinstance(value, str) and parse_date(value) is None):
        raise ValidationError(
            field, "format", value, f"{field}: {short_repr(value)} is not a YYYY-MM-DD date (format 'date')"
        )
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _check_string_format(value: str, fmt: object, field: str) -> None:
    if fmt == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            raise ValidationError(
                field, "format", value, f"{field}: {short_repr(value)} is not a valid UUID (format 'uuid')"
            ) from None
    elif fmt == "uri":
        parts = urlsplit(value)
        if not parts.scheme or not (parts.netloc or parts.path):
            raise ValidationError(
                field, "format", value, f"{field}: {short_repr(value)} is not an absolute URI (format 'uri')"
            )


def _check_number(value: object, schema: JSONSchema, field: str) -> None:
    assert isinstance(value, int | float)
    rules: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
        ("minimum", lambda v, limit: v >= limit, "is less than the minimum of"),
        ("maximum", lambda v, limit: v <= limit, "is greater than the maximum of"),
        ("exclusiveMinimum", lambda v, limit: v > limit, "is not greater than the exclusiveMinimum of"),
        ("exclusiveMaximum", lambda v, limit: v < limit, "is not less than the exclusiveMaximum of"),
    )
    for rule, ok, problem in rules:
        limit = schema.get(rule)
        # OpenAPI 3.0 wrote exclusiveMinimum as a boolean; only the 3.1 numeric form is a limit.
        if isinstance(limit, int | float) and not isinstance(limit, bool) and not ok(value, limit):
            raise ValidationError(field, rule, value, f"{field}: {short_repr(value)} {problem} {limit}")


def _check_enum(value: object, schema: JSONSchema, field: str) -> None:
    allowed = schema.get("enum")
    if allowed is None:
        return
    for option in allowed:
        # `True == 1` in Python; JSON keeps booleans and numbers apart.
        if isinstance(option, bool) is isinstance(value, bool) and option == value:
            return
    raise ValidationError(field, "enum", value, f"{field}: {short_repr(value)} is not one of {allowed!r}")


def _or(types: list[str]) -> str:
    return " or ".join(repr(t) for t in types)


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def check_mapping(
    values: Mapping[str, Any] | None, schemas: Mapping[str, JSONSchema], *, required: frozenset[str]
) -> dict[str, object]:
    """Checks a mapping of named arguments (path or query), dropping `UNSET`; missing required names raise."""
    result: dict[str, object] = {}
    for name, value in (values or {}).items():
        if is_unset(value):
            continue
        result[name] = check(value, schemas.get(name) or {}, name)
    for name in required:
        if name not in result:
            raise ValidationError(name, "required", None, f"{name}: no value given, but the parameter is required")
    return result
