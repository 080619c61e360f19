"""Python names of wire names: the one rule for model attributes, method arguments and command-line options.

An attribute or argument is the snake_case of its wire name; a trailing underscore is added only where the name
cannot be used as is: a Python keyword (`from_`) or `self` (which every method's first argument takes). Builtins are
fine as attribute names (`event.type`, `links.next`, `recording.format`), as in openai-python and stripe-python;
openapi-python-client suffixes those too, so its `python_name` stays the name of the generated code's local
variables (where shadowing `type` or `format` would break it) and the plans (generator/fields.py) take the public
name from here.
"""

from __future__ import annotations

import keyword
from typing import Any

from openapi_python_client.strings import sanitize, snake_case

from generator.refs import walk
from generator.resolve import ContractError

# openapi-python-client's default `field_prefix`: how a wire name that is no identifier (`3d`, `_x`) becomes one.
FIELD_PREFIX = "field_"
# Names taken by the code around an attribute or argument: every method's first argument.
TAKEN = frozenset({"self"})


def python_name(wire: str) -> str:
    """The attribute or argument for a wire name: `type` -> `type`, `from` -> `from_`, `roomName` -> `room_name`."""
    safe = sanitize(wire)
    name = snake_case(safe)
    if keyword.iskeyword(name) or name in TAKEN:
        name += "_"
    if not name.isidentifier() or safe.startswith("_"):
        name = FIELD_PREFIX + name
    return name


def wire_names(spec: dict[str, Any]) -> set[str]:
    """Every property and parameter name of a contract: each becomes an attribute or an argument."""
    found: set[str] = set()
    for where, node in walk(spec):
        properties = node.get("properties")
        if isinstance(properties, dict):
            found.update(properties)
            _check_distinct(where, list(properties))
        if isinstance(node.get("name"), str) and node.get("in") in ("path", "query", "header", "cookie"):
            found.add(node["name"])
    return found


def _check_distinct(where: str, names: list[str]) -> None:
    seen: dict[str, str] = {}
    for wire in names:
        other = seen.setdefault(python_name(wire), wire)
        if other != wire:
            raise ContractError(f"{where}: `{other}` and `{wire}` would both be the attribute {python_name(wire)}")
