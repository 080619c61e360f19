"""The template changes, on every enum and every date-time field of the resolved contract (parametrised from it)."""

from __future__ import annotations

import datetime
import uuid
from enum import Enum
from typing import Any

import pytest

import videoconf._generated.models as models
from generator.names import python_name
from tests.specdata import deref, follow, python_view

SPEC = python_view()  # the models are generated from the Python view
SCHEMAS: dict[str, dict[str, Any]] = SPEC["components"]["schemas"]
UTC = datetime.UTC


def _alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [deref(SPEC, alt) for alt in schema.get("anyOf", schema.get("oneOf", []))] or [schema]


def _enum_of(schema: dict[str, Any]) -> str | None:
    """The named enum schema a property uses (directly, or as the non-null alternative)."""
    for alt in [schema, *schema.get("anyOf", [])]:
        target, name = follow(SPEC, alt)
        if name is not None and "enum" in target:
            return name
    return None


def _is_datetime(schema: dict[str, Any]) -> bool:
    return any(alt.get("format") == "date-time" for alt in _alternatives(deref(SPEC, schema)))


def minimal(schema: Any) -> Any:
    """A smallest valid value for a schema: required properties only."""
    schema = deref(SPEC, schema)
    if "anyOf" in schema or "oneOf" in schema:
        options = [alt for alt in _alternatives(schema) if alt.get("type") != "null"]
        return minimal(options[0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        return {name: minimal(schema["properties"][name]) for name in schema.get("required", [])}
    if kind == "array":
        return []
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2024-05-01T10:00:00Z"
    if fmt == "uuid":
        return str(uuid.UUID(int=1))
    if fmt == "uri":
        return "https://example.com/x"
    return "x"


def _models() -> list[str]:
    return [name for name, s in SCHEMAS.items() if s.get("type") == "object" and "properties" in s]


def _fields(predicate: Any) -> list[Any]:
    return [
        pytest.param(model, field, id=f"{model}.{field}")
        for model in _models()
        for field, schema in SCHEMAS[model]["properties"].items()
        if predicate(schema)
    ]


ENUM_FIELDS = _fields(lambda s: _enum_of(s) is not None or _enum_of(s.get("items", {})) is not None)
DATETIME_FIELDS = _fields(_is_datetime)
DATE_ONLY_FIELDS = _fields(lambda s: bool(s.get("x-date-only")))
ENUMS = [name for name, s in SCHEMAS.items() if "enum" in s]


def test_the_spec_has_what_these_tests_walk() -> None:
    assert len(ENUMS) >= 30 and len(ENUM_FIELDS) >= 40 and len(DATETIME_FIELDS) >= 40 and len(DATE_ONLY_FIELDS) >= 13


@pytest.mark.parametrize("name", ENUMS)
def test_enum_members_take_their_names_from_x_enum_varnames(name: str) -> None:
    cls = getattr(models, name)
    schema = SCHEMAS[name]
    assert {m.name: m.value for m in cls} == dict(zip(schema["x-enum-varnames"], schema["enum"], strict=True))
    for member_name, value in zip(schema["x-enum-varnames"], schema["enum"], strict=True):
        assert cls[member_name].value == value
        assert cls(value) is cls[member_name]
        assert not cls(value).is_unknown


@pytest.mark.parametrize(("model", "field"), ENUM_FIELDS)
def test_unknown_enum_value_is_kept_and_sent_back_unchanged(model: str, field: str) -> None:
    schema = SCHEMAS[model]["properties"][field]
    enum_name = _enum_of(schema) or _enum_of(schema["items"])
    assert enum_name is not None
    unknown: Any = 987654 if SCHEMAS[enum_name].get("type") == "integer" else "4k-from-the-future"
    data = minimal(SCHEMAS[model])
    data[field] = [unknown] if "items" in schema else unknown
    parsed = getattr(models, model).from_dict(data)
    value = getattr(parsed, python_name(field))
    kept = value[0] if "items" in schema else value
    assert isinstance(kept, Enum)
    assert kept.is_unknown  # type: ignore[attr-defined]  # every generated enum has it; Enum itself does not
    assert kept.value == unknown
    assert parsed.to_dict()[field] == data[field]


CASES = [
    ("2022-01-01", datetime.datetime(2022, 1, 1, tzinfo=UTC)),
    ("2022-01-01T10:30:00Z", datetime.datetime(2022, 1, 1, 10, 30, tzinfo=UTC)),
    ("2022-01-01t10:30:00z", datetime.datetime(2022, 1, 1, 10, 30, tzinfo=UTC)),
    ("2022-01-01T10:30:00", datetime.datetime(2022, 1, 1, 10, 30, tzinfo=UTC)),
    ("2022-01-01T12:30:00+02:00", datetime.datetime(2022, 1, 1, 10, 30, tzinfo=UTC)),
    # A leap second cannot be represented: it becomes the last microsecond of that minute, so order is kept.
    ("2016-12-31T23:59:60Z", datetime.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
]


@pytest.mark.parametrize(("model", "field"), DATETIME_FIELDS)
def test_date_times_parse_leniently_and_serialise_with_z(model: str, field: str) -> None:
    cls = getattr(models, model)
    for text, expected in CASES:
        data = {**minimal(SCHEMAS[model]), field: text}
        parsed = cls.from_dict(data)
        value = getattr(parsed, python_name(field))
        assert value == expected and value.tzinfo is not None, text
        sent = parsed.to_dict()[field]
        assert sent.endswith("Z") and datetime.datetime.fromisoformat(sent) == expected, sent


@pytest.mark.parametrize(("model", "field"), DATETIME_FIELDS)
def test_a_value_that_is_not_a_date_names_the_field(model: str, field: str) -> None:
    data = {**minimal(SCHEMAS[model]), field: "next tuesday"}
    with pytest.raises(ValueError, match=field):
        getattr(models, model).from_dict(data)


@pytest.mark.parametrize(("model", "field"), DATE_ONLY_FIELDS)
def test_date_only_fields_take_a_date_and_send_midnight_utc(model: str, field: str) -> None:
    cls = getattr(models, model)
    instance = cls.from_dict(minimal(SCHEMAS[model]))
    name = python_name(field)
    setattr(instance, name, datetime.date(2022, 1, 1))
    assert instance.to_dict()[field] == "2022-01-01T00:00:00Z"
    setattr(instance, name, datetime.datetime(2022, 1, 1, 9, 0))  # naive is taken as UTC
    assert instance.to_dict()[field] == "2022-01-01T09:00:00Z"


def test_extra_fields_from_the_server_round_trip() -> None:
    data = {**minimal(SCHEMAS["Room"]), "brand_new_field": {"nested": [1, 2]}}
    room = models.Room.from_dict(data)
    assert room.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert room.to_dict()["brand_new_field"] == {"nested": [1, 2]}
