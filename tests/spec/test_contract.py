"""The contract itself: every vendor operation present, our conventions kept, nothing the vendors got wrong repeated."""

from __future__ import annotations

import re
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from tests.specdata import MAINTAINER_WORDS, ROOT, deref, load, operations, python_view, resolved

# Every (method, path) of both vendors' documents; GET /api/video/rooms/{name} is served by GET .../rooms/{id}.
EXPECTED = {
    ("DELETE", "/api/video/conferences/{id}"),
    ("DELETE", "/api/video/room_recordings/{id}"),
    ("DELETE", "/api/video/rooms/{id}"),
    ("DELETE", "/api/video/streams/{id}"),
    ("DELETE", "/meetings/{meetingId}"),
    ("DELETE", "/recordings/{recordingId}"),
    ("DELETE", "/summaries/{summaryId}"),
    ("DELETE", "/transcriptions/{transcriptionId}"),
    ("GET", "/api/video/conference_tokens/{id}"),
    ("GET", "/api/video/conferences"),
    ("GET", "/api/video/conferences/{id}"),
    ("GET", "/api/video/conferences/{id}/conference_tokens"),
    ("GET", "/api/video/conferences/{id}/streams"),
    ("GET", "/api/video/logs"),
    ("GET", "/api/video/logs/{id}"),
    ("GET", "/api/video/room_recordings"),
    ("GET", "/api/video/room_recordings/{id}"),
    ("GET", "/api/video/room_recordings/{id}/events"),
    ("GET", "/api/video/room_sessions"),
    ("GET", "/api/video/room_sessions/{id}"),
    ("GET", "/api/video/room_sessions/{id}/events"),
    ("GET", "/api/video/room_sessions/{id}/members"),
    ("GET", "/api/video/room_sessions/{id}/recordings"),
    ("GET", "/api/video/rooms"),
    ("GET", "/api/video/rooms/{id}"),
    ("GET", "/api/video/rooms/{id}/streams"),
    ("GET", "/api/video/streams/{id}"),
    ("GET", "/insights/participant"),
    ("GET", "/insights/participants"),
    ("GET", "/insights/room-sessions"),
    ("GET", "/insights/rooms"),
    ("GET", "/meetings"),
    ("GET", "/meetings/{meetingId}"),
    ("GET", "/recordings"),
    ("GET", "/recordings/{recordingId}"),
    ("GET", "/recordings/{recordingId}/access-link"),
    ("GET", "/summaries"),
    ("GET", "/summaries/{summaryId}"),
    ("GET", "/transcriptions"),
    ("GET", "/transcriptions/{transcriptionId}"),
    ("GET", "/transcriptions/{transcriptionId}/access-link"),
    ("POST", "/api/video/conference_tokens/{id}/reset"),
    ("POST", "/api/video/conferences"),
    ("POST", "/api/video/conferences/{id}/streams"),
    ("POST", "/api/video/room_tokens"),
    ("POST", "/api/video/rooms"),
    ("POST", "/api/video/rooms/{id}/streams"),
    ("POST", "/meetings"),
    ("POST", "/recordings/bulk-delete"),
    ("POST", "/summaries"),
    ("POST", "/transcriptions"),
    ("POST", "/transcriptions/bulk-delete"),
    ("PUT", "/api/video/conferences/{id}"),
    ("PUT", "/api/video/rooms/{id}"),
    ("PUT", "/api/video/streams/{id}"),
    ("PUT", "/rooms/{roomName}/theme/logo"),
    ("PUT", "/rooms/{roomName}/theme/room-background"),
    ("PUT", "/rooms/{roomName}/theme/room-knock-page-background"),
    ("PUT", "/rooms/{roomName}/theme/tokens"),
}


def test_every_vendor_operation_is_present() -> None:
    # The deliberate gate for a new operation: one failure, naming what to add where.
    found = {
        (method.upper(), path)
        for name in ("openapi.yaml", "generated/openapi.yaml")
        for method, path, _ in operations(load(name))
    }
    missing, unknown = sorted(EXPECTED - found), sorted(found - EXPECTED)
    assert not missing and not unknown, "".join(
        [
            f"operations of the vendors' documents missing from the contract: {missing}. " if missing else "",
            f"operations in the contract that EXPECTED in tests/spec/test_contract.py does not list: {unknown}; "
            "add each there once a vendor's documents show it"
            if unknown
            else "",
        ]
    )


def test_each_vendor_answers_its_own_paths() -> None:
    for method, path, op in operations(resolved()):
        scheme = "signalwireBasic" if path.startswith("/api/video/") else "wherebyBearer"
        assert op["security"] == [{scheme: []}], f"{method.upper()} {path}"


def test_operation_ids_are_unique_snake_case_and_name_their_tag() -> None:
    ids = [op["operationId"] for _, _, op in operations(resolved())]
    assert len(ids) == len(set(ids))
    for method, path, op in operations(resolved()):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), op["operationId"]
        assert len(op["tags"]) == 1, f"{method} {path}"
    tag_names = [tag["name"] for tag in resolved()["tags"]]
    assert len(tag_names) == len(set(tag_names))


def test_whereby_paths_carry_their_own_server_and_signalwire_uses_the_root() -> None:
    spec = resolved()
    assert spec["servers"][0]["url"] == "https://{space}.signalwire.com"
    assert "space" in spec["servers"][0]["variables"]
    for path, item in spec["paths"].items():
        if path.startswith("/api/video/"):
            assert "servers" not in item
        else:
            assert [s["url"] for s in item["servers"]] == ["https://api.whereby.dev/v1"], path


def _walk(node: Any, where: str = "#") -> Any:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _request_bodies(spec: dict[str, Any]) -> set[str]:
    return {
        content["schema"]["$ref"].rsplit("/", 1)[1]
        for _, _, op in operations(spec)
        if "requestBody" in op
        for content in op["requestBody"]["content"].values()
    }


def _query_objects(spec: dict[str, Any]) -> set[str]:
    """Object-valued query filters (deepObject): request-side too."""
    refs = {
        deref(spec, p)["schema"].get("$ref", "")
        for _, _, op in operations(spec)
        for p in op.get("parameters", [])
        if deref(spec, p)["in"] == "query"
    }
    return {ref.rsplit("/", 1)[1] for ref in refs if ref}


def test_responses_stay_open_to_new_fields_and_request_bodies_are_closed() -> None:
    spec = resolved()
    requests = _request_bodies(spec)
    assert len(requests) == 16
    schemas = spec["components"]["schemas"]
    requests |= {name for name in _query_objects(spec) if schemas[name].get("type") == "object"}
    for name in requests:
        # A misspelt field should be refused, not silently ignored by the server.
        assert schemas[name]["additionalProperties"] is False, name
    for where, node in _walk({k: v for k, v in schemas.items() if k not in requests}):
        # A URL field's query parameters are written by the client, like a request: their rules may be closed.
        if "/x-url-parameters/" in where:
            continue
        assert node.get("additionalProperties") is not False, where
        assert "unevaluatedProperties" not in node, where


def test_patterns_are_anchored_and_no_leap_second_examples() -> None:
    for where, node in _walk(resolved()):
        if isinstance(node.get("pattern"), str):
            assert node["pattern"].startswith("^") and node["pattern"].endswith("$"), where
    for name in ("openapi.yaml", "generated/openapi.yaml"):
        assert ":60Z" not in (ROOT / name).read_text(encoding="utf-8"), name


def test_every_error_status_has_a_named_body_and_429_its_headers() -> None:
    spec = resolved()
    for method, path, op in operations(spec):
        statuses = set(op["responses"])
        assert "429" in statuses and "401" in statuses, f"{method} {path}"
        for status, response in op["responses"].items():
            if status[0] not in "45":
                continue
            assert "$ref" in response, f"{method} {path} {status} is not a named response"
            body = deref(spec, response)["content"]["application/json"]["schema"]
            assert "$ref" in body, f"{method} {path} {status} has no named error schema"
        headers = deref(spec, op["responses"]["429"])["headers"]
        assert {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(headers)


def test_list_envelopes_are_named_and_whereby_cursor_may_be_null() -> None:
    spec = resolved()
    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items():
        props = schema.get("properties", {})
        if "results" in props and "cursor" in props:
            assert "null" in props["cursor"]["type"], name
        if "links" in props and "data" in props:
            assert props["links"] == {"$ref": "#/components/schemas/PaginationLinks"}, name
    links = schemas["PaginationLinks"]
    assert set(links["required"]) == {"self", "first"}
    assert "null" in links["properties"]["next"]["type"]


def _examples(spec: dict[str, Any]) -> Any:
    for method, path, op in operations(spec):
        bodies = [("request", op["requestBody"])] if "requestBody" in op else []
        bodies += [(status, r) for status, r in op["responses"].items() if status.startswith("2")]
        for status, holder in bodies:
            for media, content in deref(spec, holder).get("content", {}).items():
                yield f"{method.upper()} {path} {status} {media}", content


def test_every_request_body_and_2xx_response_has_a_valid_example() -> None:
    spec = resolved()
    checked = 0
    for where, content in _examples(spec):
        assert "example" in content or "examples" in content, f"{where} has no example"
        schema = {**content["schema"], "components": spec["components"]}
        examples = [content["example"]] if "example" in content else [e["value"] for e in content["examples"].values()]
        for example in examples:
            if "multipart" in where:
                continue  # binary parts have no JSON form
            errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(example))
            assert not errors, f"{where}: {errors[0].message}"
            checked += 1
    assert checked > 60


def test_overlay_enums_have_stable_member_names() -> None:
    schemas = resolved()["components"]["schemas"]
    # Closed (request-side) and extensible (response-side) enumerations alike.
    enums = {name: s.get("enum", s.get("x-extensible-enum")) for name, s in schemas.items()}
    enums = {name: values for name, values in enums.items() if values is not None}
    layout = enums["VideoLayout"]
    assert len(layout) == 13 and "grid-responsive-mobile" in layout
    assert schemas["VideoQuality"]["x-enum-varnames"] == ["HD_720P", "FHD_1080P"]
    assert len(enums) >= 35
    for name, values in enums.items():
        names = schemas[name].get("x-enum-varnames", schemas[name].get("x-extensible-enum-varnames"))
        assert names and len(names) == len(values), f"{name} needs x-enum-varnames"
        assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", n) for n in names), name
    # The hand-written contract has no enum lists: the documents leave them blank, the overlay adds them.
    assert not any("enum" in s for s in load("openapi.yaml")["components"]["schemas"].values())


def test_date_only_fields_are_marked_date_times_that_the_python_view_widens_to_a_date() -> None:
    marked = [where for where, node in _walk(resolved()) if node.get("x-date-only")]
    assert len(marked) >= 13
    for where in marked:
        node = _walk_to(resolved(), where)
        assert (node["type"], node["format"], "anyOf" in node) == ("string", "date-time", False), where
        widened = _walk_to(python_view(), where)
        assert sorted(alt["format"] for alt in widened["anyOf"]) == ["date", "date-time"], where
        assert widened["x-date-only"] is True and "format" not in widened, where


def _walk_to(spec: dict[str, Any], where: str) -> Any:
    node: Any = spec
    for part in where.removeprefix("#/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def test_descriptions_speak_to_users_and_vendor_notes_sit_beside_them() -> None:
    spec = resolved()
    # A property named `description` is a schema, not text.
    texts = {where: node["description"] for where, node in _walk(spec) if isinstance(node.get("description"), str)}
    assert len(texts) > 500
    assert {where: text for where, text in texts.items() if where != "#/info" and MAINTAINER_WORDS.search(text)} == {}
    notes = {where: node["x-vendor-note"] for where, node in _walk(spec) if "x-vendor-note" in node}
    assert len(notes) > 50
    assert all(isinstance(note, str) and note.strip() and where in texts for where, note in notes.items())
    assert "x-vendor-note" in spec["info"]["description"]
