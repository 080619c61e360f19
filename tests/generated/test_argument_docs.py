"""generator/docs.py: the words it writes for constraints, values, defaults and dates, as the method plans hold them."""

from __future__ import annotations

from typing import Any

import pytest

from generator import docs, model
from tests.specdata import plans, python_view

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Quality": {"type": "string", "enum": ["720p", "1080p"]},
            "Layout": {"type": "string", "enum": [f"l{i}" for i in range(13)], "description": "Tile layout."},
            "Name": {"type": "string", "maxLength": 100, "pattern": "^[a-z]+$", "description": "A name."},
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        ({"type": "string", "maxLength": 200}, ["At most 200 characters"]),
        ({"type": "string", "minLength": 1}, ["At least 1 character"]),
        ({"type": "string", "minLength": 3, "maxLength": 3}, ["Exactly 3 characters"]),
        ({"type": "string", "minLength": 1, "maxLength": 100}, ["From 1 to 100 characters"]),
        ({"type": "integer", "minimum": 1, "maximum": 300}, ["From 1 to 300"]),
        ({"type": "integer", "exclusiveMinimum": 0, "maximum": 200000}, ["Greater than 0 and at most 200000"]),
        ({"type": "integer", "minimum": 0}, ["At least 0"]),
        ({"type": "number", "exclusiveMaximum": 1}, ["Less than 1"]),
        ({"type": "string", "pattern": "^#[0-9a-f]{6}$"}, ["Must match the regular expression `^#[0-9a-f]{6}$`"]),
        ({"type": "string", "format": "uuid"}, ["A UUID"]),
        ({"type": "array", "minItems": 1, "uniqueItems": True}, ["At least 1 item", "No item may appear twice"]),
        (
            {"type": "array", "items": {"$ref": "#/components/schemas/Quality"}},
            ["Each item: one of `720p` or `1080p` (a `Quality` or its value)"],
        ),
        (
            {"type": "object", "minProperties": 1, "properties": {"a": {}, "b": {}}, "required": ["b"]},
            ["At least 1 key", "Keys: `a`, `b` (required)"],
        ),
        (
            {"anyOf": [{"type": "string", "format": "uuid"}, {"$ref": "#/components/schemas/Name"}]},
            ["Either a UUID or at most 100 characters; must match the regular expression `^[a-z]+$`"],
        ),
        (
            {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "pattern": "^[0-9]+$"}]},
            ["Also takes a string: must match the regular expression `^[0-9]+$`"],
        ),
        ({"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}]}, []),
        ({"type": ["string", "null"], "maxLength": 5}, ["At most 5 characters"]),
        ({"type": "integer", "minimum": 5, "multipleOf": 5}, ["At least 5", "A multiple of 5"]),
    ],
)
def test_constraints_in_words(schema: dict[str, Any], words: list[str]) -> None:
    assert model.constraint_words(SPEC, schema) == words


def test_a_nullable_argument_says_how_none_is_sent() -> None:
    text = docs.argument(SPEC, {"type": ["string", "null"], "maxLength": 5}, "A tag.")
    assert text == "A tag. At most 5 characters. `None` is sent as null."


def test_enums_are_listed_when_short_and_named_when_long() -> None:
    short = model.enum_words(SPEC, {"$ref": "#/components/schemas/Quality"})
    assert short == "One of `720p` or `1080p` (a `Quality` or its value)"
    assert model.enum_words(SPEC, {"$ref": "#/components/schemas/Layout"}) == "One of the 13 `Layout` values"
    inline = model.enum_words(SPEC, {"type": "string", "enum": [f"v{i}" for i in range(12)]})
    assert inline.startswith("One of `v0`, `v1`") and inline.endswith("or `v11`")
    assert model.enum_words(SPEC, {"type": "string", "enum": ["default"]}) == "Only `default`"
    assert model.enum_words(SPEC, {"type": "string"}) == ""


def test_an_argument_gets_description_rules_values_and_default_in_that_order() -> None:
    text = docs.argument(SPEC, {"$ref": "#/components/schemas/Quality", "default": "720p"}, "Video resolution")
    assert text == (
        "Video resolution. One of `720p` or `1080p` (a `Quality` or its value). When left out, the server uses `720p`."
    )
    # The referenced schema's description serves when the argument has none of its own.
    assert docs.argument(SPEC, {"$ref": "#/components/schemas/Name"}).startswith("A name. At most 100 characters.")
    assert docs.argument(SPEC, {"type": "boolean", "default": False}, "Record").endswith("uses `False`.")
    # A rule the description already names is not said twice.
    assert docs.argument(SPEC, {"type": "string", "format": "uuid"}, "Identifier (UUID) of the room.") == (
        "Identifier (UUID) of the room."
    )


def test_date_time_arguments_say_what_python_values_mean() -> None:
    plain = docs.argument(SPEC, {"type": "string", "format": "date-time"}, "When it ends.")
    assert "a `date` alone (midnight UTC)" in plain and "naive one (read as UTC)" in plain
    # Where the contract already says it, the midnight rule is not repeated.
    said = docs.argument(SPEC, {"type": "string", "format": "date-time"}, "A bare date means midnight UTC.")
    assert said.count("midnight UTC") == 1 and "a `date` or" in said


def _docs(operation_id: str) -> dict[str, str]:
    """Wire name -> docstring text of an operation's arguments, from the plan the resource template prints."""
    [method] = [m for r in plans().resources.values() for m in r.methods if m.operation_id == operation_id]
    return {arg.wire: arg.doc for arg in method.arguments}


def test_every_operation_documents_each_argument_and_its_result() -> None:
    spec = python_view()  # what the docstrings are generated from
    methods = {m.operation_id: m for r in plans().resources.values() for m in r.methods}
    assert len(methods) == sum(1 for item in spec["paths"].values() for key in item if key != "servers")
    assert methods["rooms_create"].returns_doc == "The new room."
    assert _docs("rooms_create")["display_name"] == "Human-readable name. At most 200 characters."
    assert "One of the 13 `VideoLayout` values" in _docs("rooms_create")["layout"]
    assert methods["rooms_get"].by_name is not None and methods["rooms_update"].by_name is None
    logo = _docs("rooms_update_logo")
    assert logo["image"].endswith("Only for the upload (`multipart/form-data`) form of this call, which requires it.")
    assert logo["theme"].endswith("Only for the JSON form of this call.")
