"""`python -m generator upstream`: every kind of change planted into a small spec written here is reported as new, and
the same difference recorded as known is not (and excuses nothing else)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import __main__ as cli
from generator import upstream
from generator.spec_diff import Difference, compare

OP = "POST /api/video/rooms/{}/things"
GET = "GET /api/video/rooms/{}/things"


def _base() -> dict[str, Any]:
    """One document with a little of everything the diff compares; `ours` and `theirs` start as copies of it."""
    session = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "layout": {"type": "string", "enum": ["grid", "1x1"]},
        },
    }
    thing = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": ["string", "null"], "maxLength": 100},
            "active_session": {"$ref": "#/components/schemas/Session"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
    }
    create = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "maxLength": 100, "pattern": "^[a-z]+$"},
            "max_members": {"type": "integer", "minimum": 1, "maximum": 300, "default": 20},
            "ratio": {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.5},
            "permissions": {
                "type": "array",
                "minItems": 1,
                "maxItems": 10,
                "items": {"type": "string", "enum": ["room.self.audio_mute", "room.stream"]},
            },
            "theme": {"type": "object", "properties": {"colors": {"type": "object", "properties": {"fg": {}}}}},
        },
    }
    error = {"type": "object", "properties": {"error": {"type": "string"}}}
    json_body = {"application/json": {"schema": create}}
    responses = {
        "200": {
            "description": "ok",
            "headers": {"X-Rate-Limit": {"schema": {"type": "integer"}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
        },
        "404": {"description": "missing", "content": {"application/json": {"schema": error}}},
    }
    params = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
        {
            "name": "fields",
            "in": "query",
            "style": "form",
            "explode": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
    ]
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://{space}.example.com", "variables": {"space": {"default": "x"}}}],
        "security": [{"basic": []}],
        "paths": {
            "/api/video/rooms/{id}/things": {
                "parameters": params,
                "post": {"requestBody": {"required": True, "content": json_body}, "responses": responses},
                "get": {"responses": copy.deepcopy(responses)},
            },
            "/api/fabric/elsewhere": {"get": {"responses": {"200": {"description": "out of scope"}}}},
        },
        "components": {
            "schemas": {"Thing": thing, "Session": session},
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
        },
    }


def _post(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/api/video/rooms/{id}/things"]["post"]
    return op


def _create(spec: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = _post(spec)["requestBody"]["content"]["application/json"]["schema"]["properties"]
    return props


def _thing(spec: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = spec["components"]["schemas"]["Thing"]["properties"]
    return props


def _params(spec: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = spec["paths"]["/api/video/rooms/{id}/things"]["parameters"]
    return params


def _rename_path_parameter(spec: dict[str, Any]) -> None:
    _params(spec)[0].update(name="room_id", schema={"type": "string"})
    spec["paths"]["/api/video/rooms/{room_id}/things"] = spec["paths"].pop("/api/video/rooms/{id}/things")


Plant = Callable[[dict[str, Any]], None]
# (what the vendor changed, the change, every difference it must cause). Differences under both GET and POST come
# from the shared `Thing` schema or the shared parameters.
PLANTED: list[tuple[str, Plant, list[tuple[str, str, str]]]] = [
    (
        "a new operation",
        lambda t: t["paths"].__setitem__("/api/video/rooms/{room_id}/lock", {"put": {"responses": {}}}),
        [("PUT /api/video/rooms/{}/lock", "operation", "only theirs")],
    ),
    (
        "an operation removed",
        lambda t: t["paths"]["/api/video/rooms/{id}/things"].pop("get"),
        [(GET, "operation", "only ours")],
    ),
    (
        "an operation deprecated",
        lambda t: _post(t).__setitem__("deprecated", True),
        [(OP, "operation", "deprecated: ours no, theirs yes")],
    ),
    (
        "a new query parameter",
        lambda t: _post(t).setdefault("parameters", []).append({"name": "q", "in": "query", "schema": {}}),
        [(OP, "parameter query q", "only theirs")],
    ),
    (
        "a new header parameter",
        lambda t: _post(t).setdefault("parameters", []).append({"name": "X-Key", "in": "header", "required": True}),
        [(OP, "parameter header X-Key", "only theirs")],
    ),
    (
        "a new cookie parameter",
        lambda t: _post(t).setdefault("parameters", []).append({"name": "sid", "in": "cookie"}),
        [(OP, "parameter cookie sid", "only theirs")],
    ),
    (
        "a header parameter made required",
        lambda t: _params(t)[2].__setitem__("required", True),
        [(OP, "parameter header X-Trace", "required: ours no, theirs yes")]
        + [(GET, "parameter header X-Trace", "required: ours no, theirs yes")],
    ),
    (
        "a path parameter's format dropped (renamed too, which is no difference)",
        lambda t: _rename_path_parameter(t),
        [(OP, "parameter path id", 'format: ours "uuid", theirs none')]
        + [(GET, "parameter path id", 'format: ours "uuid", theirs none')],
    ),
    (
        "an array parameter's serialisation",
        lambda t: _params(t)[1].update(explode=True),
        [(OP, "parameter query fields", "explode: ours no, theirs yes")]
        + [(GET, "parameter query fields", "explode: ours no, theirs yes")],
    ),
    (
        "a request body no longer required",
        lambda t: _post(t)["requestBody"].__setitem__("required", False),
        [(OP, "request", "required: ours yes, theirs no")],
    ),
    (
        "a new request content type",
        lambda t: _post(t)["requestBody"]["content"].__setitem__("text/plain", {"schema": {"type": "string"}}),
        [(OP, "request", 'content type: only theirs "text/plain"')],
    ),
    (
        "a new request field, deep down",
        lambda t: _create(t)["theme"]["properties"]["colors"]["properties"].__setitem__("bg", {"type": "string"}),
        [(OP, "request theme.colors.bg", "only theirs")],
    ),
    (
        "a request field made required",
        lambda t: _post(t)["requestBody"]["content"]["application/json"]["schema"]["required"].append("max_members"),
        [(OP, "request max_members", "required: ours no, theirs yes")],
    ),
    (
        "maximum 300 -> 50",
        lambda t: _create(t)["max_members"].__setitem__("maximum", 50),
        [(OP, "request max_members", "maximum: ours 300, theirs 50")],
    ),
    (
        "a minimum raised",
        lambda t: _create(t)["max_members"].__setitem__("minimum", 2),
        [(OP, "request max_members", "minimum: ours 1, theirs 2")],
    ),
    (
        "an exclusive bound moved",
        lambda t: _create(t)["ratio"].__setitem__("exclusiveMinimum", 1),
        [(OP, "request ratio", "exclusiveMinimum: ours 0, theirs 1")],
    ),
    (
        "an exclusive maximum added",
        lambda t: _create(t)["ratio"].__setitem__("exclusiveMaximum", 10),
        [(OP, "request ratio", "exclusiveMaximum: ours none, theirs 10")],
    ),
    (
        "multipleOf changed",
        lambda t: _create(t)["ratio"].__setitem__("multipleOf", 0.25),
        [(OP, "request ratio", "multipleOf: ours 0.5, theirs 0.25")],
    ),
    (
        "name maxLength 100 -> 20",
        lambda t: _create(t)["name"].__setitem__("maxLength", 20),
        [(OP, "request name", "maxLength: ours 100, theirs 20")],
    ),
    (
        "a minLength added",
        lambda t: _create(t)["name"].__setitem__("minLength", 3),
        [(OP, "request name", "minLength: ours none, theirs 3")],
    ),
    (
        "a pattern changed",
        lambda t: _create(t)["name"].__setitem__("pattern", "^[a-z0-9]+$"),
        [(OP, "request name", 'pattern: ours "^[a-z]+$", theirs "^[a-z0-9]+$"')],
    ),
    (
        "a default changed",
        lambda t: _create(t)["max_members"].__setitem__("default", 50),
        [(OP, "request max_members", "default: ours 20, theirs 50")],
    ),
    (
        "item counts changed",
        lambda t: _create(t)["permissions"].update(minItems=0, maxItems=20),
        [
            (OP, "request permissions", "minItems: ours 1, theirs 0"),
            (OP, "request permissions", "maxItems: ours 10, theirs 20"),
        ],
    ),
    (
        "items made unique",
        lambda t: _create(t)["permissions"].__setitem__("uniqueItems", True),
        [(OP, "request permissions", "uniqueItems: ours none, theirs true")],
    ),
    (
        "a new permission (an enum of array items)",
        lambda t: _create(t)["permissions"]["items"]["enum"].append("room.stream.start"),
        [(OP, "request permissions[]", 'enum: only theirs "room.stream.start"')],
    ),
    (
        "a permission removed",
        lambda t: _create(t)["permissions"]["items"]["enum"].remove("room.stream"),
        [(OP, "request permissions[]", 'enum: only ours "room.stream"')],
    ),
    (
        "a new layout (a response enum, in a nested object)",
        lambda t: t["components"]["schemas"]["Session"]["properties"]["layout"]["enum"].append("2x2"),
        [(op, "response 200 active_session.layout", 'enum: only theirs "2x2"') for op in (GET, OP)],
    ),
    (
        "a new field inside active_session",
        lambda t: t["components"]["schemas"]["Session"]["properties"].__setitem__("hand_raised", {"type": "boolean"}),
        [(op, "response 200 active_session.hand_raised", "only theirs") for op in (GET, OP)],
    ),
    (
        "a response format dropped",
        lambda t: t["components"]["schemas"]["Session"]["properties"]["id"].pop("format"),
        [(op, "response 200 active_session.id", 'format: ours "uuid", theirs none') for op in (GET, OP)],
    ),
    (
        "a changed field type",
        lambda t: _thing(t).__setitem__("id", {"type": "integer"}),
        [(op, "response 200 id", "type: ours string, theirs integer") for op in (GET, OP)],
    ),
    (
        "a field no longer nullable",
        lambda t: _thing(t)["name"].__setitem__("type", "string"),
        [(op, "response 200 name", "nullable: ours yes, theirs no") for op in (GET, OP)],
    ),
    (
        "a response field no longer required",
        lambda t: t["components"]["schemas"]["Thing"]["required"].remove("name"),
        [(op, "response 200 name", "required: ours yes, theirs no") for op in (GET, OP)],
    ),
    (
        "array items retyped",
        lambda t: _thing(t)["tags"].__setitem__("items", {"type": "integer"}),
        [(op, "response 200 tags[]", "type: ours string, theirs integer") for op in (GET, OP)],
    ),
    (
        "map values retyped",
        lambda t: _thing(t)["counts"].__setitem__("additionalProperties", {"type": "number"}),
        [(op, "response 200 counts.*", "type: ours integer, theirs number") for op in (GET, OP)],
    ),
    (
        "a new 409",
        lambda t: _post(t)["responses"].__setitem__("409", {"description": "conflict"}),
        [(OP, "response 409", "only theirs")],
    ),
    (
        "a status code dropped",
        lambda t: _post(t)["responses"].pop("404"),
        [(OP, "response 404", "only ours")],
    ),
    (
        "an error body changed",
        lambda t: _post(t)["responses"]["404"]["content"]["application/json"]["schema"]["properties"].__setitem__(
            "code", {"type": "integer"}
        ),
        [(OP, "response 404 code", "only theirs")],
    ),
    (
        "a response content type changed",
        lambda t: _post(t)["responses"]["404"].__setitem__("content", {"text/html": {"schema": {"type": "string"}}}),
        [
            (OP, "response 404", 'content type: only ours "application/json"'),
            (OP, "response 404", 'content type: only theirs "text/html"'),
        ],
    ),
    (
        "a new response header",
        lambda t: _post(t)["responses"]["200"]["headers"].__setitem__("Retry-After", {"schema": {"type": "integer"}}),
        [(OP, "response 200 header Retry-After", "only theirs")],
    ),
    (
        "a response header retyped",
        lambda t: _post(t)["responses"]["200"]["headers"]["X-Rate-Limit"].__setitem__("schema", {"type": "string"}),
        [(OP, "response 200 header X-Rate-Limit", "type: ours integer, theirs string")],
    ),
    (
        "a different security scheme",
        lambda t: t["components"]["securitySchemes"]["basic"].__setitem__("scheme", "bearer"),
        [
            (op, "security", choice)
            for op in (GET, OP)
            for choice in ('only ours "http basic"', 'only theirs "http bearer"')
        ],
    ),
    (
        "security dropped from one operation",
        lambda t: _post(t).__setitem__("security", []),
        [(OP, "security", 'only ours "http basic"')],
    ),
    (
        "a moved server",
        lambda t: t["servers"][0].__setitem__("url", "https://{space}.example.org"),
        [
            (op, "server", url)
            for op in (GET, OP)
            for url in ('only ours "https://{}.example.com"', 'only theirs "https://{}.example.org"')
        ],
    ),
    (
        "a new base path",
        lambda t: t["servers"][0].__setitem__("url", "https://{space}.example.com/v2"),
        [(op, "operation", "only ours") for op in (GET, OP)],
    ),
]


def _ours() -> dict[str, Any]:
    """Our side holds only the vendor's paths in scope (`/api/video` here), as our bundles do."""
    ours = _base()
    del ours["paths"]["/api/fabric/elsewhere"]
    return ours


def _compare(theirs: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [d.key for d in compare(_ours(), theirs, "/api/video")]


def test_the_same_document_has_no_differences() -> None:
    assert _compare(_base()) == []


@pytest.mark.parametrize(("plant", "expected"), [(p, e) for _, p, e in PLANTED], ids=[n for n, _, _ in PLANTED])
def test_a_planted_change_is_new_and_the_same_difference_recorded_is_known(
    plant: Plant, expected: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    theirs = _base()
    plant(theirs)
    assert sorted(_compare(theirs)) == sorted(expected)

    found = upstream.findings("signalwire", _ours(), theirs, {})
    assert [f.difference.key for f in found if f.known is None] == [d for d in _compare(theirs)]

    record = tmp_path / "known.yaml"
    record.write_text(yaml.safe_dump({"signalwire": [{"reason": "kept on purpose", "differences": expected}]}))
    found = upstream.findings("signalwire", _ours(), theirs, upstream.known("signalwire", record))
    assert found and all(f.known == "kept on purpose" for f in found)


def test_a_record_excuses_exactly_its_difference() -> None:
    theirs = _base()
    _create(theirs)["permissions"]["items"]["enum"].append("room.stream.start")
    _create(theirs)["max_members"]["maximum"] = 50
    # The same place, another value, another kind, another operation: none of them excuses the planted ones.
    record = {
        (OP, "request permissions[]", 'enum: only theirs "room.playback.seek"'): "another value",
        (OP, "request max_members", "minimum: ours 1, theirs 50"): "another kind",
        (GET, "request max_members", "maximum: ours 300, theirs 50"): "another operation",
        (OP, "request max_members", "maximum"): "a kind without its values",
    }
    found = upstream.findings("signalwire", _ours(), theirs, record)
    assert len(found) == 2 and all(f.known is None for f in found)
    assert upstream.stale(found, record) == sorted(record)


def test_a_note_in_our_contract_excuses_nothing() -> None:
    ours, theirs = _ours(), _base()
    _create(ours)["max_members"]["x-vendor-note"] = "we allow more"
    _create(theirs)["max_members"]["maximum"] = 50
    assert [f.known for f in upstream.findings("signalwire", ours, theirs, {})] == [None]


def test_openapi_3_0_spellings_mean_what_3_1_ones_do() -> None:
    theirs = _base()
    theirs["openapi"] = "3.0.3"
    _thing(theirs)["name"] = {"type": "string", "nullable": True, "maxLength": 100}
    _create(theirs)["ratio"] = {"type": "number", "minimum": 0, "exclusiveMinimum": True, "multipleOf": 0.5}
    _create(theirs)["max_members"].update(exclusiveMaximum=False, maximum=300.0)
    assert _compare(theirs) == []


def test_a_base_path_in_the_server_url_matches_the_same_path_in_the_paths() -> None:
    # SignalWire's older spec put `/api/video` in its server URL; today's puts it in every path.
    theirs = _base()
    theirs["servers"][0]["url"] = "https://{space_name}.example.com/api/video/"
    del theirs["paths"]["/api/fabric/elsewhere"]
    theirs["paths"] = {path.removeprefix("/api/video"): item for path, item in theirs["paths"].items()}
    assert _compare(theirs) == []


def test_colliding_paths_are_each_compared_with_ours() -> None:
    theirs = _base()
    item = theirs["paths"]["/api/video/rooms/{id}/things"]
    theirs["paths"]["/api/video/rooms/{name}/things"] = {
        "parameters": [{**_params(theirs)[0], "name": "name", "schema": {"type": "string"}}, *_params(theirs)[1:]],
        "get": copy.deepcopy(item["get"]),
    }
    found = _compare(theirs)
    assert found == [
        (f"{GET} as /api/video/rooms/{{name}}/things", "parameter path id", 'format: ours "uuid", theirs none')
    ]


def test_the_record_file_is_checked(tmp_path: Path) -> None:
    record = tmp_path / "known.yaml"
    for text, problem in (
        ("nobody: []\n", "a mapping of"),
        ("signalwire:\n- reason: x\n", "exactly `reason` and `differences`"),
        ("signalwire:\n- reason: ' '\n  differences: []\n", "the reason is empty"),
        ("signalwire:\n- reason: x\n  differences: [[a, b]]\n", r"is not \[operation, place, kind\]"),
        ("signalwire:\n- reason: x\n  differences: [[a, b, c]]\n- reason: y\n  differences: [[a, b, c]]\n", "twice"),
    ):
        record.write_text(text)
        with pytest.raises(upstream.KnownFileError, match=problem):
            upstream.known("signalwire", record)


def test_the_shipped_record_is_well_formed() -> None:
    for vendor in upstream.SCOPE:
        assert upstream.known(vendor), vendor


def test_the_command_reports_news_known_and_stale_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs = _base()
    _create(theirs)["max_members"]["maximum"] = 50
    _post(theirs)["responses"]["409"] = {"description": "conflict"}
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(_ours()))
    (tmp_path / "theirs.json").write_text(json.dumps(theirs))
    record = tmp_path / "known.yaml"
    known = [[OP, "response 409", "only theirs"], [OP, "request name", "only ours"]]
    record.write_text(yaml.safe_dump({"signalwire": [{"reason": "conflicts are ours to add", "differences": known}]}))
    args = ["upstream", "signalwire", str(tmp_path / "theirs.json"), "--ours", str(tmp_path / "ours.yaml")]
    args += ["--known", str(record)]

    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert f"{OP}\n  new:\n    request max_members: maximum: ours 300, theirs 50\n" in out
    assert "  known:\n    response 409: only theirs  [known: conflicts are ours to add]\n" in out
    assert f"no longer found (remove from generator/upstream-known.yaml):\n  {OP}: request name: only ours\n" in out
    assert out.splitlines()[-1] == "1 new differences, 1 known, in 1 operations; 1 recorded no longer found"

    assert cli.main([*args, "--new-only"]) == 0
    assert "[known:" not in capsys.readouterr().out

    assert cli.main([*args, "--propose"]) == 0
    proposed = yaml.safe_load(capsys.readouterr().out)
    assert proposed["signalwire"][0]["differences"] == [[OP, "request max_members", "maximum: ours 300, theirs 50"]]


def test_a_broken_input_is_an_error_not_a_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "not-openapi.json").write_text("{}")
    (tmp_path / "ours.json").write_text(json.dumps(_ours()))
    args = ["upstream", "whereby", str(tmp_path / "not-openapi.json"), "--ours", str(tmp_path / "ours.json")]
    assert cli.main(args) == 1
    assert "not an OpenAPI document" in capsys.readouterr().err


def test_differences_are_plain_values() -> None:
    # The record file and the report print them; they sort and compare as their three strings.
    assert Difference("a", "b", "c") < Difference("a", "c", "a") and Difference("a", "b", "c").key == ("a", "b", "c")
