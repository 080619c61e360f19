"""`python -m generator upstream`: a vendor's spec compared with ours, per operation, on small specs written here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import __main__ as cli
from generator import upstream

SHIPPED_RULES = upstream.KNOWN


@pytest.fixture(autouse=True)
def _no_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The small specs here are compared without the shipped rules, unless a test brings its own."""
    monkeypatch.setattr(upstream, "KNOWN", tmp_path / "no-rules.yaml")


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def _get(schema: dict[str, Any], parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {"get": {"parameters": parameters or [], "responses": {"200": {"content": content}}}}


ROOM = {
    "type": "object",
    "required": ["id", "quality"],
    "properties": {
        "id": {"type": "string"},
        "quality": {"type": "string", "x-extensible-enum": ["720p", "1080p"]},
        "fps": {"type": ["integer", "null"]},
        "meta": {"type": "object", "x-vendor-note": "kept on purpose"},
    },
}
OURS = _spec(
    {
        "/api/video/rooms/{id}": _get({"$ref": "#/components/schemas/Room"}),
        "/api/video/rooms": _get(
            {"type": "object", "properties": {"data": {"type": "array", "items": ROOM}}},
            [{"name": "page_size", "in": "query", "schema": {"type": "integer"}}],
        ),
    },
    {"Room": ROOM},
)
THEIRS = _spec(
    {
        "/api/video/rooms/{room_id}": _get(
            {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"fps": {"type": "number"}}},
                ]
            }
        ),
        "/api/video/rooms": _get(
            {
                "type": "object",
                "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Base"}}},
            },
            [{"name": "page_size", "in": "query", "required": True, "schema": {"type": "integer"}}],
        ),
        "/api/video/rooms/{id}/lock": {"post": {"responses": {"204": {"description": "locked"}}}},
        "/api/fabric/things": _get({"type": "object"}),
    },
    {
        "Base": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "quality": {"type": "string", "enum": ["720p", "1080p", "4k"]},
                "recording": {"type": "boolean"},
            },
        }
    },
)


def _lines(differences: list[upstream.Difference]) -> set[tuple[str, str, str, str, str | None]]:
    return {(d.operation, d.where, d.what, d.detail, d.known) for d in differences}


def test_each_kind_of_difference_is_reported_per_operation() -> None:
    found = _lines(upstream.compare("signalwire", OURS, THEIRS))
    one = "GET /api/video/rooms/{}"
    assert found == {
        ("POST /api/video/rooms/{}/lock", "operation", "only theirs", "not in our contract", None),
        (one, "response quality", "required", "ours True, theirs False", None),
        (one, "response quality", "enum", "only ours [], only theirs ['4k']", None),
        (one, "response fps", "type", "ours ['integer'], theirs ['number']", None),
        (one, "response fps", "nullable", "ours True, theirs False", None),
        (one, "response meta", "only ours", "the vendor's spec does not declare it", "kept on purpose"),
        (one, "response recording", "only theirs", "['boolean']", None),
        ("GET /api/video/rooms", "parameter page_size (query)", "required", "ours False, theirs True", None),
        ("GET /api/video/rooms", "response data[].quality", "required", "ours True, theirs False", None),
        ("GET /api/video/rooms", "response data[].quality", "enum", "only ours [], only theirs ['4k']", None),
        ("GET /api/video/rooms", "response data[].fps", "only ours", "the vendor's spec does not declare it", None),
        (
            "GET /api/video/rooms",
            "response data[].meta",
            "only ours",
            "the vendor's spec does not declare it",
            "kept on purpose",
        ),
        ("GET /api/video/rooms", "response data[].recording", "only theirs", "['boolean']", None),
    }


def test_known_differences_come_from_the_rules_file(monkeypatch: Any, tmp_path: Path) -> None:
    rules = tmp_path / "known.yaml"
    rules.write_text("signalwire:\n- where: response (data\\[\\]\\.)?fps\n  reason: one integer enum on purpose\n")
    monkeypatch.setattr(upstream, "KNOWN", rules)
    known = {(d.where, d.what): d.known for d in upstream.compare("signalwire", OURS, THEIRS) if d.known}
    assert known == {
        ("response fps", "type"): "one integer enum on purpose",
        ("response fps", "nullable"): "one integer enum on purpose",
        ("response data[].fps", "only ours"): "one integer enum on purpose",
        ("response meta", "only ours"): "kept on purpose",
        ("response data[].meta", "only ours"): "kept on purpose",
    }


def test_the_command_prints_news_apart_from_what_is_known(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "ours.yaml").write_text(json.dumps(OURS))
    (tmp_path / "theirs.json").write_text(json.dumps(THEIRS))
    args = ["upstream", "signalwire", str(tmp_path / "theirs.json"), "--ours", str(tmp_path / "ours.yaml")]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "GET /api/video/rooms/{}\n  new:\n" in out and "  known:\n    response meta: only ours" in out
    assert out.splitlines()[-1] == "11 new differences, 2 known, in 3 operations"
    assert cli.main([*args, "--new-only"]) == 0
    assert "kept on purpose" not in capsys.readouterr().out


def test_the_shipped_rules_file_is_well_formed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upstream, "KNOWN", SHIPPED_RULES)
    for vendor in ("signalwire", "whereby"):
        rules = upstream.known_rules(vendor)
        assert rules and all(rule["reason"] and set(rule) <= {"operation", "where", "what", "reason"} for rule in rules)
