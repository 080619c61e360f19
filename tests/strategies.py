"""Hypothesis strategies for JSON values valid against the Python view's schemas (the subset it uses), which the
generated models are built from (the neutral contract's extensible enumerations are plain strings there)."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

from tests import specdata
from tests.specdata import python_view

SPEC = python_view()


def inline(node: Any) -> Any:
    """The schema with every $ref inlined (by the generator's one resolver), so hypothesis-jsonschema needs no
    resolver; extensions and examples left out."""
    return _strip(specdata.inline(SPEC, node))


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip(v) for k, v in node.items() if not k.startswith("x-") and k != "example"}
    if isinstance(node, list):
        return [_strip(v) for v in node]
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
