"""Public names: an attribute is the snake_case of its wire name, with a trailing `_` only for keywords and `self`."""

from __future__ import annotations

import inspect
import keyword
from typing import Any

import attrs
import pytest

import videoconf._generated.models as models
from generator import names, resolve
from tests.specdata import python_view

SPEC = python_view()
MODELS = [cls for cls in vars(models).values() if inspect.isclass(cls) and attrs.has(cls)]


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("type", "type"),
        ("format", "format"),
        ("next", "next"),
        ("id", "id"),
        ("from", "from_"),
        ("class", "class_"),
        ("self", "self_"),
        ("roomName", "room_name"),
        ("enable_room_preview", "enable_room_preview"),
        ("3d", "field_3d"),
        ("_private", "field_private"),
    ],
)
def test_a_trailing_underscore_only_for_keywords_and_self(wire: str, python: str) -> None:
    assert names.python_name(wire) == python


def test_no_attribute_carries_an_underscore_it_does_not_need() -> None:
    suffixed = {
        f"{cls.__name__}.{field.name}"
        for cls in MODELS
        for field in attrs.fields(cls)
        if field.name.endswith("_") and not (keyword.iskeyword(field.name[:-1]) or field.name[:-1] in names.TAKEN)
    }
    assert not suffixed
    # The renamed attributes exist under their new names (a regression to `type_` fails here too).
    assert {"type", "next", "format", "self_"} <= {field.name for cls in MODELS for field in attrs.fields(cls)}


@pytest.mark.parametrize("name", sorted(n for n, s in SPEC["components"]["schemas"].items() if s.get("properties")))
def test_every_field_of_a_schema_is_the_attribute_the_rule_names(name: str) -> None:
    cls = getattr(models, name)
    fields = {field.name for field in attrs.fields(cls)} - {"additional_properties"}
    assert fields == {names.python_name(wire) for wire in SPEC["components"]["schemas"][name]["properties"]}


def test_attributes_named_after_builtins_round_trip_under_their_wire_names() -> None:
    wire = {"self": "https://x/p2", "first": "https://x/p1", "next": "https://x/p3", "prev": "https://x/p1"}
    links = models.PaginationLinks.from_dict(wire)
    assert (links.self_, links.next, links.prev) == ("https://x/p2", "https://x/p3", "https://x/p1")
    assert links.to_dict() == wire
    built = models.PaginationLinks(self_="https://x/p2", first="https://x/p1", next="https://x/p3")
    assert built.to_dict() == {k: v for k, v in wire.items() if k != "prev"}
    assert models.SignalWireErrorItem.from_dict({"type": "t", "code": "c", "message": "m", "url": "u"}).type == "t"


def test_two_wire_names_that_would_share_an_attribute_are_refused() -> None:
    spec: dict[str, Any] = {"components": {"schemas": {"X": {"properties": {"roomName": {}, "room_name": {}}}}}}
    with pytest.raises(resolve.ContractError, match="room_name"):
        names.wire_names(spec)


def test_the_command_line_passes_each_argument_under_the_same_name() -> None:
    from videoconf._generated import _commands

    arguments = [a for command in _commands.all_commands().values() for a in command["arguments"]]
    assert arguments
    assert all(a["python"] == names.python_name(a["name"]) for a in arguments)
