"""The contract serves every language: the rules that keep the resolved contract and its bundles generator-neutral."""

from __future__ import annotations

from typing import Any

import pytest

from generator.refs import reach, sides, target, walk
from tests.specdata import NEUTRAL, deref, load, resolved

SCHEMAS = "#/components/schemas/"


def _schema_nodes(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every mapping of the document, examples excluded (they are data, not schema)."""
    return list(walk(spec))


def _is_string(spec: dict[str, Any], branch: dict[str, Any]) -> bool:
    kind: object = deref(spec, branch).get("type")
    return kind == "string" or kind == ["string"]


@pytest.mark.parametrize("name", NEUTRAL)
def test_no_choice_is_between_strings_only(name: str) -> None:
    """Go and TypeScript generators turn `anyOf: [string, string]` into wrappers that serialise as garbage."""
    spec = load(name)
    for where, node in _schema_nodes(spec):
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if isinstance(branches, list) and all(_is_string(spec, branch) for branch in branches):
                pytest.fail(f"{where}: `{key}` of strings only; use one string whose pattern covers every form")


@pytest.mark.parametrize("name", NEUTRAL)
def test_date_only_fields_are_request_date_times_and_no_schema_is_a_bare_date(name: str) -> None:
    spec = load(name)
    sent, received = sides(spec)
    response_only = reach(spec, received) - reach(spec, sent)
    marked = 0
    for where, node in _schema_nodes(spec):
        assert node.get("format") != "date", f"{where}: a date alternative belongs in the Python view"
        if node.get("x-date-only"):
            marked += 1
            assert (node.get("type"), node.get("format")) == ("string", "date-time"), where
            assert "anyOf" not in node and "oneOf" not in node, where
            component = "/".join(where.split("/")[:4])
            assert component not in response_only, f"{where}: x-date-only is a request-side marker"
    assert marked >= (13 if name == "generated/openapi.yaml" else 0)


@pytest.mark.parametrize("name", NEUTRAL)
def test_objects_without_properties_say_what_they_hold(name: str) -> None:
    """openapi-typescript reads a bare `type: object` as `Record<string, never>`: nothing in it can be read."""
    checked = 0
    for where, node in _schema_nodes(load(name)):
        kind = node.get("type")
        if (kind == "object" or (isinstance(kind, list) and "object" in kind)) and "properties" not in node:
            checked += 1
            assert "additionalProperties" in node, f"{where}: an object without properties needs additionalProperties"
    assert checked >= 3


def _places(spec: dict[str, Any], roots: list[Any], refs: set[str]) -> list[tuple[str, dict[str, Any]]]:
    """The mappings inside the given inline roots and inside the given components."""
    found = [(f"inline {index}", node) for index, root in enumerate(roots) for _, node in walk(root)]
    found += [item for ref in sorted(refs) for item in walk(target(spec, ref), ref)]
    return found


# The request enumerations the vendors keep growing, kept extensible on purpose (a client sends other values, warning).
OPEN_REQUEST_ENUMS = {f"{SCHEMAS}RoomTokenPermission", f"{SCHEMAS}WherebyTranscriptionLanguage"}


@pytest.mark.parametrize("name", NEUTRAL)
def test_enums_a_client_receives_are_extensible_and_those_it_sends_are_closed(name: str) -> None:
    spec = load(name)
    sent, received = sides(spec)
    request_side, response_side = reach(spec, sent), reach(spec, received)
    for ref in request_side & response_side - OPEN_REQUEST_ENUMS:
        for where, node in walk(target(spec, ref), ref):
            assert "enum" not in node and "x-extensible-enum" not in node, f"{where}: used by both sides"
    extensible = closed = 0
    for where, node in _places(spec, received, response_side - request_side):
        assert "enum" not in node or not isinstance(node["enum"], list), f"{where}: a response enum must be extensible"
        extensible += "x-extensible-enum" in node
    for where, node in _places(spec, sent, request_side):
        assert "x-extensible-enum" not in node or where in OPEN_REQUEST_ENUMS, f"{where}: a request enum must be closed"
        closed += isinstance(node.get("enum"), list)
    if name == "generated/openapi.yaml":
        assert extensible >= 13 and closed >= 25
    for where, node in _schema_nodes(spec):
        if "x-extensible-enum" in node:
            assert node.get("type") in ("string", "integer") and "enum" not in node, where
            names = node.get("x-extensible-enum-varnames", [])
            assert len(names) == len(node["x-extensible-enum"]) and "x-enum-varnames" not in node, where


def test_a_shared_enum_gets_an_extensible_twin_for_responses() -> None:
    schemas = resolved()["components"]["schemas"]
    assert schemas["VideoQuality"]["enum"] == ["720p", "1080p"]
    assert schemas["VideoQualityExtensible"]["x-extensible-enum"] == ["720p", "1080p"]
    assert schemas["Room"]["properties"]["quality"]["$ref"] == f"{SCHEMAS}VideoQualityExtensible"
    assert schemas["CreateRoomRequest"]["properties"]["quality"]["$ref"] == f"{SCHEMAS}VideoQuality"
    # Only responses use LogStatus: extensible under its own name.
    assert "x-extensible-enum" in schemas["LogStatus"] and "LogStatusExtensible" not in schemas


@pytest.mark.parametrize("name", NEUTRAL)
def test_the_conventions_are_stated_in_the_contract(name: str) -> None:
    description = load(name)["info"]["description"]
    conventions = ("`x-extensible-enum`", "Zalando", "`x-date-only: true`", "`pattern`", "`additionalProperties`")
    for convention in (*conventions, "`x-error-message: true`", "`x-retry-after`"):
        assert convention in description, convention
