"""The Python view undoes the neutral contract's choices, so the Python client keeps the types it had in 0.1.0."""

from __future__ import annotations

import datetime
import inspect
import typing
import uuid
from enum import Enum
from typing import Any

import pytest

import videoconf._generated.models as models
from generator import extensible
from generator.refs import walk
from tests.specdata import python_view, resolved
from videoconf._generated.api.signal_wire_logs import SignalWireLogs
from videoconf._generated.api.signal_wire_rooms import AsyncSignalWireRooms, SignalWireRooms

NEUTRAL_SCHEMAS: dict[str, Any] = resolved()["components"]["schemas"]
VIEW_SCHEMAS: dict[str, Any] = python_view()["components"]["schemas"]
EXTENSIBLE = sorted(name for name, schema in NEUTRAL_SCHEMAS.items() if "x-extensible-enum" in schema)


def test_the_view_has_no_extensible_enum_and_no_twin() -> None:
    assert not [where for where, node in walk(python_view()) if "x-extensible-enum" in node]
    assert not [name for name in VIEW_SCHEMAS if name.endswith(extensible.SUFFIX)]
    assert len(EXTENSIBLE) >= 13


@pytest.mark.parametrize("name", EXTENSIBLE)
def test_every_extensible_enum_is_a_typed_python_enum_that_keeps_unknown_values(name: str) -> None:
    base = name.removesuffix(extensible.SUFFIX)
    cls = getattr(models, base)
    assert issubclass(cls, Enum)
    assert {member.value for member in cls} == set(NEUTRAL_SCHEMAS[name]["x-extensible-enum"])
    assert VIEW_SCHEMAS[base]["enum"] == NEUTRAL_SCHEMAS[name]["x-extensible-enum"]
    unknown: Any = 987654 if NEUTRAL_SCHEMAS[name]["type"] == "integer" else "added-by-the-vendor-later"
    kept = cls(unknown)
    assert kept.is_unknown and kept.value == unknown


def test_request_enumerations_kept_extensible_are_typed_and_marked_open() -> None:
    # Only these two reach a request open; the request checker reads the mark and warns instead of refusing.
    marked = sorted(name for name, schema in VIEW_SCHEMAS.items() if schema.get("x-videoconf-open-enum"))
    assert marked == ["RoomTokenPermission", "WherebyTranscriptionLanguage"]
    for name in marked:
        assert VIEW_SCHEMAS[name]["enum"] == NEUTRAL_SCHEMAS[name]["x-extensible-enum"]
        assert "x-videoconf-open-enum" not in NEUTRAL_SCHEMAS[name]
    assert "x-videoconf-open-enum" not in VIEW_SCHEMAS["VideoLayout"]


def _twin_refs() -> list[Any]:
    found = []
    for model, schema in NEUTRAL_SCHEMAS.items():
        for field, prop in schema.get("properties", {}).items():
            for alt in [prop, *prop.get("anyOf", [])]:
                if alt.get("$ref", "").endswith(extensible.SUFFIX):
                    found.append(pytest.param(model, field, alt["$ref"].rsplit("/", 1)[1], id=f"{model}.{field}"))
    return found


@pytest.mark.parametrize(("model", "field", "twin"), _twin_refs())
def test_a_response_field_that_reads_an_extensible_twin_is_typed_with_the_enum(
    model: str, field: str, twin: str
) -> None:
    hints = typing.get_type_hints(getattr(models, model))
    assert getattr(models, twin.removesuffix(extensible.SUFFIX)) in typing.get_args(hints[field]) or hints[
        field
    ] is getattr(models, twin.removesuffix(extensible.SUFFIX))


def test_rooms_get_still_takes_a_uuid_or_a_name_and_keeps_its_get_by_name_twin() -> None:
    for cls in (SignalWireRooms, AsyncSignalWireRooms):
        hint = typing.get_type_hints(cls.get)["id"]
        assert set(typing.get_args(hint)) >= {uuid.UUID, str}
        per_call = ["extra_headers", "extra_query", "extra_body", "timeout"]
        assert list(inspect.signature(cls.get_by_name).parameters) == ["self", "name", *per_call]


def test_date_filters_and_date_only_fields_still_take_a_date() -> None:
    created_on = typing.get_type_hints(SignalWireLogs.list)["created_on"]
    starts_after = typing.get_type_hints(SignalWireRooms.list)["starts_after"]
    join_from = typing.get_type_hints(SignalWireRooms.create)["join_from"]
    for hint in (created_on, starts_after, join_from):
        assert {datetime.datetime, datetime.date, str} <= set(typing.get_args(hint)), hint
