"""Enumerations a client receives are extensible (`x-extensible-enum`); the Python view turns them back into enums.

A server may add a value to any enumeration it sends, so in the neutral contract every enumeration reachable from a
response (or a webhook payload) is a plain `string`/`integer` whose known values sit under `x-extensible-enum`, the
convention of Zalando's REST guidelines. What a client sends stays a closed `enum`. An enumeration used on both
sides keeps its name, closed, for requests, and responses refer to an extensible twin named `<Name>Extensible`.

The Python client wants one typed enum per name (its enums already keep unknown values), so `close` undoes exactly
what `open_response_enums` did: `close(open_response_enums(spec)) == spec`.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.refs import reach, sides, walk

SCHEMAS = "#/components/schemas/"
SUFFIX = "Extensible"
KEY = "x-extensible-enum"
# Generators read `x-enum-varnames` as the member names of an `enum`; beside no `enum`, swagger-typescript-api takes
# the names for the values. An extensible enumeration keeps its names under a key of its own.
NAMES, EXTENSIBLE_NAMES = "x-enum-varnames", "x-extensible-enum-varnames"


class ExtensibleEnumError(ValueError):
    """A schema both sides share holds an enumeration, so it cannot be open for one side and closed for the other."""


def _renamed(node: dict[str, Any], *pairs: tuple[str, str]) -> dict[str, Any]:
    """The mapping with keys renamed in place, keeping the order of the others."""
    names = dict(pairs)
    return {names.get(key, key): value for key, value in node.items()}


def _opened(node: dict[str, Any]) -> dict[str, Any]:
    return _renamed(node, ("enum", KEY), (NAMES, EXTENSIBLE_NAMES))


def _closed(node: dict[str, Any]) -> dict[str, Any]:
    return _renamed(node, (KEY, "enum"), (EXTENSIBLE_NAMES, NAMES))


def _twin(schema: dict[str, Any]) -> dict[str, Any]:
    # A copy, so that the written YAML holds no anchors for values the two schemas would otherwise share.
    return _opened(copy.deepcopy(schema))


def _is_enum(node: dict[str, Any]) -> bool:
    return isinstance(node.get("enum"), list) and "type" in node


def _components(refs: set[str]) -> set[str]:
    return {ref for ref in refs if ref.startswith("#/components/")}


def open_response_enums(spec: dict[str, Any]) -> dict[str, Any]:
    """The contract with every response-side enumeration made extensible (a new document; the input is not changed)."""
    spec = copy.deepcopy(spec)
    sent, received = sides(spec)
    request_side, response_side = reach(spec, sent), reach(spec, received)
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    shared = {ref.removeprefix(SCHEMAS) for ref in request_side & response_side if ref.startswith(SCHEMAS)}
    twins = {name for name in shared if _is_enum(schemas[name])}
    for name in sorted(shared - twins):
        for where, node in walk(schemas[name], f"{SCHEMAS}{name}"):
            if _is_enum(node) or node.get("$ref", "").removeprefix(SCHEMAS) in twins:
                raise ExtensibleEnumError(
                    f"{where}: {name} is used by requests and responses alike and holds an enumeration; "
                    "give each side its own schema"
                )
    # The response side's own places: inline parts of operations' responses, and components only responses reach.
    places: list[dict[str, Any]] = [node for root in received for _, node in walk(root)]
    for ref in sorted(_components(response_side - request_side)):
        section, name = ref.removeprefix("#/components/").split("/", 1)
        places += [node for _, node in walk(spec["components"][section][name])]
    for node in places:
        ref = node.get("$ref", "")
        if ref.removeprefix(SCHEMAS) in twins:
            node["$ref"] = ref + SUFFIX
        if _is_enum(node):
            opened = _opened(node)
            node.clear()
            node.update(opened)
    if twins:
        spec["components"]["schemas"] = {
            key: value
            for name, schema in schemas.items()
            for key, value in [(name, schema), *([(name + SUFFIX, _twin(schema))] if name in twins else [])]
        }
    return spec


def close(spec: dict[str, Any]) -> dict[str, Any]:
    """Undo `open_response_enums`: twins folded into their closed enum, every `x-extensible-enum` an `enum` again."""
    spec = copy.deepcopy(spec)
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    folded = {
        name: name.removesuffix(SUFFIX)
        for name, schema in schemas.items()
        if name.endswith(SUFFIX)
        and KEY in schema
        and schemas.get(name.removesuffix(SUFFIX), {}).get("enum") == schema[KEY]
    }
    for _, node in walk(spec):
        ref = node.get("$ref", "")
        if ref.startswith(SCHEMAS) and ref.removeprefix(SCHEMAS) in folded:
            node["$ref"] = SCHEMAS + folded[ref.removeprefix(SCHEMAS)]
        if isinstance(node.get(KEY), list):
            closed = _closed(node)
            node.clear()
            node.update(closed)
    for name in folded:
        del schemas[name]
    return spec
