"""The breaking-change gate (`make breaking`): its version rule, its contract and Python API diffs, its baseline."""

from __future__ import annotations

import copy
import importlib
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from generator import breaking, resolve
from tests.specdata import ROOT

CHANGELOG = """# Changelog

## 0.2.0 (unreleased)

### Breaking

- something

## 0.1.1

### Added

- something else
"""


@pytest.mark.parametrize(
    ("current", "baseline", "count", "fails"),
    [
        ("0.2.0", "0.1.0", 5, False),  # 0.x: the minor number is the major one
        ("0.1.1", "0.1.0", 5, True),
        ("0.1.1", "0.1.0", 0, False),
        ("1.0.0", "0.1.0", 5, True),  # no entry for 1.0.0 in the changelog
        ("0.1.0", "0.2.0", 0, True),  # older than the last release
    ],
)
def test_a_breaking_change_needs_a_new_major_version(current: str, baseline: str, count: int, fails: bool) -> None:
    problems = breaking.verdict(current, baseline, count, CHANGELOG)
    assert bool(problems) is fails, problems


def test_from_1_0_on_the_major_number_must_grow() -> None:
    changelog = CHANGELOG.replace("## 0.1.1", "## 1.1.0\n\n### Breaking\n\n- x\n\n## 2.0.0\n\n### Breaking\n")
    assert breaking.verdict("1.1.0", "1.0.0", 1, changelog)
    assert not breaking.verdict("2.0.0", "1.0.0", 1, changelog)


def test_a_release_needs_its_entry_and_a_breaking_one_says_what_breaks() -> None:
    assert "no `## 0.3.0` entry" in " ".join(breaking.verdict("0.3.0", "0.2.0", 0, CHANGELOG))
    no_breaking_part = CHANGELOG.replace("### Breaking", "### Changed")
    assert "`### Breaking`" in " ".join(breaking.verdict("0.2.0", "0.1.0", 1, no_breaking_part))
    assert breaking.changelog_section(CHANGELOG, "0.1.1") == "\n### Added\n\n- something else\n"


def _json_object(**properties: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"type": "object", "properties": properties}}}}


def _spec() -> dict[str, Any]:
    response = _json_object(
        a={"type": "string"}, free={"type": "object"}, state={"type": "string", "enum": ["on", "off"]}
    )
    request = _json_object(a={"type": "string"}, e={"type": "string", "enum": ["a", "b"]})
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": {
            "/x": {
                "get": {
                    "operationId": "x_get",
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", **response}},
                },
                "post": {"operationId": "x_post", "requestBody": request, "responses": {"200": {"description": "ok"}}},
            },
            "/y": {"get": {"operationId": "y_get", "responses": {"200": {"description": "ok"}}}},
        },
    }


def _response(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def _request(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return schema


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], bool]] = {
    "operation removed": (lambda s: s["paths"].pop("/y"), True),
    "parameter removed": (lambda s: s["paths"]["/x"]["get"].update(parameters=[]), True),
    "response field removed": (lambda s: _response(s)["properties"].pop("a"), True),
    "request enum value removed": (lambda s: _request(s)["properties"]["e"].update(enum=["a"]), True),
    "closed response enum opened": (
        lambda s: _response(s)["properties"].update(state={"type": "string", "x-extensible-enum": ["on", "off"]}),
        True,
    ),
    "request enum made extensible, a value dropped": (
        lambda s: _request(s)["properties"].update(e={"type": "string", "x-extensible-enum": ["a"]}),
        True,
    ),
    "request enum made extensible, every value kept": (
        lambda s: _request(s)["properties"].update(e={"type": "string", "x-extensible-enum": ["a", "b", "c"]}),
        False,
    ),
    "request type narrowed": (lambda s: _request(s)["properties"].update(a={"type": "integer"}), True),
    "request field made required": (lambda s: _request(s).update(required=["a"]), True),
    "server moved": (lambda s: s.update(servers=[{"url": "https://elsewhere.example.com"}]), True),
    "optional request field added": (lambda s: _request(s)["properties"].update(b={"type": "string"}), False),
    "response field added": (lambda s: _response(s)["properties"].update(b={"type": "string"}), False),
    "operation added": (lambda s: s["paths"].update({"/z": copy.deepcopy(s["paths"]["/y"])}), False),
    "additionalProperties true spelt out": (
        lambda s: _response(s)["properties"]["free"].update(additionalProperties=True),
        False,
    ),
    "description reworded": (lambda s: s["paths"]["/y"]["get"].update(description="new words"), False),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_the_contract_diff_finds_what_breaks_and_only_that(name: str) -> None:
    mutate, breaks = MUTATIONS[name]
    after = _spec()
    mutate(after)
    changes = breaking.contract_changes(_spec(), after)
    assert changes, f"{name}: no change found at all"
    assert any(change.kind == "breaking" for change in changes) is breaks, changes


def _templated(template: dict[str, Any], values: list[str]) -> dict[str, Any]:
    """A request whose `template` field refers to an enum component, as `POST /summaries` of Whereby does."""
    spec = _spec()
    _request(spec)["properties"]["template"] = template
    spec["components"] = {"schemas": {"Template": {"type": "string", "enum": values}}}
    return spec


REF = {"$ref": "#/components/schemas/Template"}


def test_a_default_written_beside_a_ref_is_not_read_as_the_referenced_enum_removed() -> None:
    # What 0.3.0 did to `template` of `POST /summaries`: the enum is the same, only a default was added beside it.
    before = _templated(REF, ["SOAP", "General Bulleted"])
    after = _templated({**REF, "default": "General Bulleted"}, ["SOAP", "General Bulleted"])
    changes = breaking.contract_changes(before, after)
    assert not [change for change in changes if change.kind == "breaking"], changes
    assert any("default" in change.what for change in changes), changes


@pytest.mark.parametrize("before_sibling", [False, True])
def test_an_enum_value_removed_behind_a_ref_with_siblings_still_breaks(before_sibling: bool) -> None:
    before = _templated({**REF, "default": "SOAP"} if before_sibling else REF, ["SOAP", "General Bulleted"])
    after = _templated({**REF, "default": "SOAP", "description": "The template."}, ["SOAP"])
    changes = breaking.contract_changes(before, after)
    removed = breaking.Change("breaking", "POST /x", "enum value(s) removed at requestBody/properties/template")
    assert removed in changes, changes


@pytest.mark.parametrize("sibling", [{}, {"description": "The template."}])
def test_a_request_enum_opened_behind_a_ref_widens(sibling: dict[str, Any]) -> None:
    # What 0.4.0 did to token permissions and transcription languages: the component opened, every value kept.
    before = _templated({"anyOf": [REF, {"type": "null"}]}, ["SOAP", "General Bulleted"])
    after = _templated({"anyOf": [{**REF, **sibling}, {"type": "null"}]}, [])
    del after["components"]["schemas"]["Template"]["enum"]
    after["components"]["schemas"]["Template"]["x-extensible-enum"] = ["SOAP", "General Bulleted", "Extended"]
    changes = breaking.contract_changes(before, after)
    assert not [change for change in changes if change.kind == "breaking"], changes
    opened = breaking.Change("non-breaking", "POST /x", "enum made extensible at requestBody/properties/template")
    assert opened in changes


def test_a_ref_with_siblings_is_compared_as_the_referenced_schema_with_them_applied() -> None:
    schemas: dict[str, Any] = {
        "Template": {"type": "string", "enum": ["a", "b"], "description": "shared"},
        "Alias": {"$ref": "#/components/schemas/Template"},
        "Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node", "description": "x"}}},
    }
    spec: dict[str, Any] = {
        "components": {"schemas": schemas},
        "paths": {
            "annotated": {"$ref": "#/components/schemas/Template", "description": "here", "default": "a"},
            "asserted": {"$ref": "#/components/schemas/Template", "maxLength": 1},
            "aliased": {"$ref": "#/components/schemas/Alias", "default": "b"},
            "narrowed": {"$ref": "#/components/schemas/Template", "enum": ["a"]},
            "beside": {"$ref": "#/components/schemas/Node", "additionalProperties": False},
            "data": {"type": "object", "default": {"$ref": "#/components/schemas/Template", "note": "a value"}},
            "recursive": {"$ref": "#/components/schemas/Node", "description": "y"},
        },
    }
    kept = copy.deepcopy(spec)
    out = breaking.inline_ref_siblings(spec)["paths"]
    assert spec == kept, "the document given is not changed"
    assert out["annotated"] == {"type": "string", "enum": ["a", "b"], "description": "here", "default": "a"}
    assert out["asserted"] == {"type": "string", "enum": ["a", "b"], "description": "shared", "maxLength": 1}
    assert out["aliased"] == {"type": "string", "enum": ["a", "b"], "description": "shared", "default": "b"}
    # Both say `enum` (the values allowed are the intersection), and `additionalProperties` reads the `properties`
    # beside it: written as one schema, either would mean something else, so they stay as written.
    assert out["narrowed"] == spec["paths"]["narrowed"]
    assert out["beside"] == spec["paths"]["beside"]
    assert out["data"] == spec["paths"]["data"]
    # One level of a recursive schema is written out; the `$ref` met again inside it is left alone.
    child = out["recursive"]["properties"]["child"]
    assert out["recursive"]["description"] == "y" and child == schemas["Node"]["properties"]["child"]


def _package(root: Path, client: str, model: str) -> Path:
    # As in the real tree: the hand-written package joins the generated folder of the same name to itself.
    join = "from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n"
    (root / "overrides" / "videoconf").mkdir(parents=True, exist_ok=True)
    (root / "overrides" / "videoconf" / "__init__.py").write_text(join + textwrap.dedent(client), encoding="utf-8")
    (root / "generated" / "videoconf" / "models").mkdir(parents=True, exist_ok=True)
    (root / "generated" / "videoconf" / "models" / "__init__.py").write_text(textwrap.dedent(model), encoding="utf-8")
    return root


CLIENT = """
__version__ = "0.1.0"

class Client:
    def __init__(self, space: str, token: str, *, timeout: float = 30.0) -> None: ...
"""
MODEL = """
import enum

class Quality(enum.Enum):
    HD = "720p"
    FHD = "1080p"
"""


def test_the_python_api_diff_reads_a_recorded_dump(tmp_path: Path) -> None:
    old = _package(tmp_path / "old", CLIENT, MODEL)
    dump = tmp_path / breaking.PYTHON_API
    dump.write_bytes(breaking.dump_python_api(old))
    assert dump.read_bytes() == breaking.dump_python_api(old), "the dump must be the same bytes every time"
    same = _package(tmp_path / "same", CLIENT.replace("0.1.0", "0.2.0"), MODEL)
    assert breaking.python_changes(dump, same) == [], "a new __version__ is no break"
    moved = CLIENT.replace("space: str, token: str", "token: str, space: str")
    changed = _package(tmp_path / "changed", moved, MODEL.replace('    FHD = "1080p"\n', ""))
    found = {(change.where, change.what) for change in breaking.python_changes(dump, changed)}
    assert ("videoconf.Client.__init__(space)", "Positional parameter was moved") in found
    assert ("videoconf.models.Quality.FHD", "Public object was removed") in found


def test_the_last_release_is_recorded_in_the_tree() -> None:
    version, baseline = breaking.last_release()
    assert version == "0.3.0" and baseline == ROOT / "generator" / "baseline" / "0.3.0"
    for name in ("signalwire.openapi.yaml", "whereby.openapi.yaml"):
        resolve.validate(resolve.load(baseline / name))
    # Since 0.3.0 the wheel ships one package, `videoconf`.
    assert list(breaking._load_dump(baseline / breaking.PYTHON_API)) == list(breaking.PACKAGES) == ["videoconf"]


def test_a_break_listed_as_intended_is_reported_so_and_still_counts(tmp_path: Path) -> None:
    listed = tmp_path / "intended.yaml"
    listed.write_text("videoconf._generated.models.*.T: from_dict returns Self\n", encoding="utf-8")
    intended = breaking.intended_breaks(listed)
    changes = [
        breaking.Change("breaking", "videoconf._generated.models.room.T", "Public object was removed"),
        breaking.Change("breaking", "videoconf.Client.__init__(space)", "Positional parameter was moved"),
    ]
    lines = breaking._report("Python", changes, intended)
    assert lines[0] == "Python: 2 breaking (1 intended)"
    assert "  intended  videoconf._generated.models.room.T: Public object was removed; from_dict returns Self" in lines
    assert "  breaking  videoconf.Client.__init__(space): Positional parameter was moved" in lines
    listed.write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(breaking.GateError):
        breaking.intended_breaks(listed)


def test_each_attribute_listed_as_renamed_exists_under_its_new_name() -> None:
    renamed = [name for name in breaking.intended_breaks() if name.endswith("_") and "*" not in name]
    if not renamed:
        pytest.skip("no attribute is listed as renamed since the last release")
    for name in renamed:
        module, cls, attribute = name.rsplit(".", 2)
        fields = {field.name for field in attrs.fields(getattr(importlib.import_module(module), cls))}
        assert attribute not in fields and attribute.removesuffix("_") in fields, name
