"""Model round-trip properties for every object schema: JSON drawn from the resolved contract parses and comes back."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import videoconf_api.models as models
from tests.specdata import deref, resolved

SPEC = resolved()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}([Tt]\d{2}:|$)")
# Multipart bodies carry binary parts, which have no JSON form to round-trip. An `allOf` is one model too.
MODELS = sorted(
    name
    for name, s in SCHEMAS.items()
    if (s.get("type") == "object" and "properties" in s or "allOf" in s) and "binary" not in str(s)
)


def _inline(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """The schema with every $ref inlined, so hypothesis-jsonschema needs no resolver."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            assert name not in seen, f"recursive schema {name}"
            return _inline(deref(SPEC, node), (*seen, name))
        return {k: _inline(v, seen) for k, v in node.items() if not k.startswith("x-") and k != "example"}
    if isinstance(node, list):
        return [_inline(v, seen) for v in node]
    return node


FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": st.datetimes(
        min_value=datetime.datetime(1970, 1, 1), timezones=st.sampled_from([datetime.UTC, None])
    ).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    "date": st.dates().map(lambda d: d.isoformat()),
    "uuid": st.uuids().map(str),
    "uri": st.sampled_from(["https://example.com/a", "http://127.0.0.1:8080/api/video/rooms?page_token=x"]),
}


def merged(schema: dict[str, Any]) -> dict[str, Any]:
    """An inlined `allOf` as one object schema: the parts' properties (a later part narrows an earlier one's) and
    required lists together."""
    if "allOf" not in schema:
        return schema
    parts = [merged(part) for part in schema["allOf"]]
    properties: dict[str, Any] = {}
    for part in parts:
        for key, value in part.get("properties", {}).items():
            properties[key] = {**properties.get(key, {}), **value}
    required = sorted({key for part in parts for key in part.get("required", [])})
    return {"type": "object", "properties": properties, "required": required}


def from_schema(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values valid against the subset of JSON Schema the contract uses."""
    schema = merged(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "anyOf" in schema or "oneOf" in schema:
        return st.one_of([from_schema(alt) for alt in schema.get("anyOf") or schema["oneOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kinds, list):
        return st.one_of([from_schema({**schema, "type": kind}) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31))
    if kinds == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
    if kinds == "string":
        if schema.get("format") in FORMATS:
            return FORMATS[schema["format"]]
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 20), 20))
    if kinds == "array":
        return st.lists(from_schema(schema.get("items", {})), max_size=3)
    if kinds == "object":
        props = schema.get("properties", {})
        if not props:
            extra = schema.get("additionalProperties")
            values = from_schema(extra) if isinstance(extra, dict) else st.integers() | st.text(max_size=5)
            return st.dictionaries(st.text(max_size=5), values, max_size=3)
        required = {k: from_schema(props[k]) for k in schema.get("required", [])}
        optional = {k: from_schema(v) for k, v in props.items() if k not in required}
        return st.fixed_dictionaries(required, optional=optional)
    return st.none() | st.integers() | st.text(max_size=5)


def _normalise(value: Any) -> Any:
    """What parsing documents as normalisation: date-times become the same instant in UTC with `Z`, and a date alone
    (accepted by `x-date-only` fields) is midnight UTC."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            parsed = datetime.datetime.fromisoformat(value.upper())
        except ValueError:
            return value
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=datetime.UTC)
        return parsed.astimezone(datetime.UTC)
    return value


def test_every_model_is_walked() -> None:
    assert len(MODELS) >= 60


@pytest.mark.parametrize("name", MODELS)
def test_model_round_trips_json_drawn_from_its_schema(name: str) -> None:
    schema = _inline(SCHEMAS[name])
    cls = getattr(models, name)

    @given(from_schema(schema))
    def roundtrip(data: dict[str, Any]) -> None:
        parsed = cls.from_dict(data)
        assert _normalise(parsed.to_dict()) == _normalise(data)

    roundtrip()
