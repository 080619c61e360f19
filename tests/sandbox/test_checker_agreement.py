"""The client and the sandbox refuse the same requests: for every request schema of the operation table (each
operation's path parameters, query parameters, JSON bodies and multipart bodies), hypothesis draws valid and invalid
values; the client's `prepare` and the sandbox's own request readers (what its routes call) must agree on each.

The client may accept a caller's value the wire would refuse only by turning it into one the wire takes: a date-time
text without an offset, or a date alone, sent as the same instant in UTC (the policy of `videoconf._dates`), an
integral number (12.0) sent as the integer it is, and text for a file part sent as that file's content. It refuses
on its own a path segment that would change the path (`.`, `..`, empty) or holds a control character: such a
request never reaches a server, so no checker of the sandbox sees it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import QueryParams
from starlette.requests import Request

from tests.strategies import from_schema
from videoconf import ValidationError, Whereby
from videoconf._dates import format_date_time, parse_date_time
from videoconf._generated._operations import OPERATIONS
from videoconf._operation import Operation, QueryParam
from videoconf._request import PreparedRequest, _item_text, _query_pairs, http_request, prepare
from videoconf._schema_check import json_equal
from videoconf.sandbox._app import Endpoint, check_registrations
from videoconf.sandbox._errors import ApiProblem, Invalid

ENDPOINTS = check_registrations()
UUID = "5a23f5e3-27bb-4f5e-9a8e-3c1e0d2b7f10"

# Values that sit on the contract's edges: trailing newlines, lengths, bounds, date forms, UUID spellings.
EDGES: st.SearchStrategy[Any] = st.sampled_from(
    [
        "standup\n",
        "standup",
        "#12ab34",
        "#12ab34\n",
        "",
        "x" * 201,
        "2024-05-01",
        "2024-05-01T09:00:00",
        "2024-05-01T09:00:00Z",
        "2024-05-01t09:00:00+02:00",
        "2016-12-31T23:59:60Z",
        "2024-02-30T00:00:00Z",
        "1930089600",
        "created_at:desc",
        UUID,
        UUID.replace("-", ""),
        UUID + "\n",
        0,
        1,
        -1,
        5,
        7,
        20,
        300,
        301,
        200000,
        200001,
        2**31,
        12.0,
        12.5,
        True,
        None,
        [],
        {},
    ]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 400) | st.floats(-1e3, 1e3) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
    max_leaves=4,
)


def values(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Mostly valid values of `schema`, with invalid ones anywhere inside: a field off its rule, a required field
    missing, an unknown field, a value of another type."""
    if depth > 3:
        return from_schema(schema)
    return st.one_of(from_schema(schema), _broken(schema, depth))


def _broken(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    properties = schema.get("properties")
    if properties:
        fields = st.fixed_dictionaries({}, optional={key: values(sub, depth + 1) for key, sub in properties.items()})
        required = {key: values(properties[key], depth + 1) for key in schema.get("required", [])}
        whole = st.fixed_dictionaries(required).flatmap(lambda given: fields.map(lambda rest: {**given, **rest}))
        extra = st.sampled_from([{}, {}, {"colour": "blue"}])
        return st.one_of(fields, whole).flatmap(lambda body: extra.map(lambda more: {**body, **more}))
    if isinstance(schema.get("items"), dict):
        return st.lists(values(schema["items"], depth + 1), max_size=3)
    return EDGES | JSON


def _instant_text(text: object) -> bool:
    return isinstance(text, str) and parse_date_time(text) is not None


def differences(given: object, sent: object, where: str = "") -> Iterator[str]:
    """Where the client sent something other than what it was given, apart from numbers of equal value."""
    if isinstance(given, dict) and isinstance(sent, dict) and given.keys() == sent.keys():
        for key in given:
            yield from differences(given[key], sent[key], f"{where}.{key}")
    elif isinstance(given, list) and isinstance(sent, list) and len(given) == len(sent):
        for index, (left, right) in enumerate(zip(given, sent, strict=True)):
            yield from differences(left, right, f"{where}[{index}]")
    elif not json_equal(given, sent):
        yield where


def _same_integer(old: object, new: object) -> bool:
    try:
        return isinstance(old, str) and isinstance(new, str) and float(old) == int(new)
    except ValueError:
        return False


def assert_only_instants_rewritten(given: object, sent: object) -> None:
    """Each place where `sent` differs from `given` holds the same instant, written as `_dates` writes it (or, in a
    query string, the same integer without its `.0`)."""
    for where in differences(given, sent):
        old, new = _at(given, where), _at(sent, where)
        if _same_integer(old, new):
            continue
        assert _instant_text(old) and isinstance(new, str), f"{where}: {old!r} was sent as {new!r}"
        parsed = parse_date_time(str(old))
        assert parsed is not None and new == format_date_time(parsed), f"{where}: {old!r} was sent as {new!r}"


def _at(value: object, where: str) -> object:
    for part in where.replace("[", ".[").split(".")[1:]:
        if part.startswith("["):
            assert isinstance(value, list)
            value = value[int(part[1:-1])]
        else:
            assert isinstance(value, dict)
            value = value[part]
    return value


def path_values(spec: Operation) -> dict[str, str]:
    """A valid value for each path parameter (the sandbox answers 404 for an unknown one)."""
    return {name: UUID if "uuid" in json.dumps(schema) else "abc" for name, schema in spec.path_params.items()}


def _http_request(raw: bytes, media_type: str = "application/json") -> Request:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(b"content-type", media_type.encode())],
        "query_string": b"",
        # As under the sandbox's application, where Starlette answers an unreadable form with a 400.
        "app": None,
    }
    return Request(scope, receive)


def _refusal(read: Callable[[], object]) -> str | None:
    """The sandbox's reasons for refusing what `read` reads (None when its reader accepts it)."""
    try:
        read()
    except ApiProblem as problem:
        return str(problem) or type(problem).__name__
    return None


def sandbox_refuses_body(endpoint: Endpoint, body: object) -> str | None:
    return _refusal(lambda: asyncio.run(endpoint.body.read(_http_request(json.dumps(body).encode()))))


def sandbox_refuses_query(endpoint: Endpoint, pairs: list[tuple[str, str]]) -> str | None:
    return _refusal(lambda: endpoint.query.read(QueryParams(pairs)))


def client_sends(
    operation_id: str, *, spec: Operation | None = None, **parts: Any
) -> PreparedRequest | ValidationError:
    spec = spec or OPERATIONS[operation_id]
    try:
        return prepare(spec, path=path_values(spec), **parts)
    except ValidationError as error:
        return error


def only(spec: Operation, media_type: str | None = None) -> Operation:
    """The operation without its query and with one body (or none): a refusal is then the path's or that body's."""
    bodies = tuple(body for body in spec.bodies if body.media_type == media_type)
    return dataclasses.replace(spec, query_params={}, bodies=bodies)


JSON_BODIES = sorted(
    operation_id
    for operation_id, spec in OPERATIONS.items()
    if any(body.media_type == "application/json" for body in spec.bodies)
)
QUERIES = sorted(operation_id for operation_id, spec in OPERATIONS.items() if spec.query_params)
PATHS = sorted(operation_id for operation_id, spec in OPERATIONS.items() if spec.path_params)
MULTIPART = "multipart/form-data"
MULTIPART_BODIES = sorted(
    operation_id
    for operation_id, spec in OPERATIONS.items()
    if any(body.media_type == MULTIPART for body in spec.bodies)
)


def test_the_cases_cover_every_request_schema_of_the_table() -> None:
    with_body = {op for op, spec in OPERATIONS.items() if spec.bodies}
    multipart_only = {
        op for op in with_body if all(body.media_type == "multipart/form-data" for body in OPERATIONS[op].bodies)
    }
    assert set(JSON_BODIES) == with_body - multipart_only and not multipart_only
    assert set(JSON_BODIES) | set(MULTIPART_BODIES) == with_body and MULTIPART_BODIES
    media_types = {body.media_type for spec in OPERATIONS.values() for body in spec.bodies}
    assert media_types == {"application/json", MULTIPART}, "a body of another media type is drawn nowhere"
    assert set(QUERIES) == {op for op, spec in OPERATIONS.items() if spec.query_params}
    assert set(PATHS) == {op for op, spec in OPERATIONS.items() if "{" in spec.path}
    assert set(ENDPOINTS) == set(OPERATIONS)


@pytest.mark.parametrize("operation_id", JSON_BODIES)
def test_json_bodies_are_refused_alike(operation_id: str) -> None:
    spec = OPERATIONS[operation_id]
    schema = next(body.schema for body in spec.bodies if body.media_type == "application/json")
    endpoint = ENDPOINTS[operation_id]
    verdicts: Counter[str] = Counter()

    @given(values(schema).filter(lambda body: isinstance(body, dict)))
    def agree(body: dict[str, Any]) -> None:
        prepared = client_sends(operation_id, query=None, body=body)
        sandbox = sandbox_refuses_body(endpoint, body)
        if isinstance(prepared, ValidationError):
            verdicts["refused"] += 1
            assert sandbox is not None, f"the client refuses {body!r} ({prepared}); the sandbox accepts it"
            return
        verdicts["accepted"] += 1
        sent = prepared.json_body
        refused_sent = sandbox_refuses_body(endpoint, sent)
        assert refused_sent is None, f"the client sends {sent!r}, which the sandbox refuses: {refused_sent}"
        # Accepted by the client but not by the sandbox as given: only a caller's instant was rewritten.
        assert_only_instants_rewritten(body, sent)
        if sandbox is not None:
            assert list(differences(body, sent)), f"the client sends {body!r} unchanged; the sandbox says {sandbox}"

    agree()
    # Both sides of the rule were exercised, or the agreement says little.
    assert verdicts["accepted"] and verdicts["refused"], verdicts


def _query_values(name: str, param: QueryParam) -> st.SearchStrategy[Any]:
    """Values a query string can carry faithfully: of the parameter's own JSON type ("5" and 5 are one text)."""
    schema = param.schema
    kind = schema.get("type", "string")
    if kind == "boolean":
        return st.booleans()
    if kind in ("integer", "number"):
        numbers = st.sampled_from([0, 1, -1, 5, 7, 12.0, 12.5, 100, 1000, 1001, 2**31])
        return st.one_of(from_schema(schema), numbers, st.integers(-5, 2**32))
    if kind == "array":
        # Items joined by commas: an item holding a comma or nothing cannot be told apart on the wire.
        item = st.one_of(from_schema(schema["items"]), st.text(st.characters(exclude_characters=","), min_size=1))
        return st.lists(item, max_size=3)
    if kind == "object":
        properties = schema.get("properties", {})
        texts = st.one_of(st.text(max_size=8), EDGES.filter(lambda edge: isinstance(edge, str)))
        return st.dictionaries(
            st.sampled_from([*properties, "nickname"]),
            st.one_of(texts, *(from_schema(sub) for sub in properties.values())),
            max_size=3,
        )
    strings = EDGES.filter(lambda edge: isinstance(edge, str))
    return st.one_of(from_schema(schema), strings, st.text(max_size=12))


@pytest.mark.parametrize("operation_id", QUERIES)
def test_query_parameters_are_refused_alike(operation_id: str) -> None:
    spec = OPERATIONS[operation_id]
    endpoint = ENDPOINTS[operation_id]
    params = spec.query_params
    required = {name: _query_values(name, param) for name, param in params.items() if param.required}
    optional = {name: _query_values(name, param) for name, param in params.items() if not param.required}
    verdicts: Counter[str] = Counter()

    def pairs(query: dict[str, Any]) -> list[tuple[str, str]]:
        # The client's own spelling of each value (form or deepObject style), checked or not.
        return [
            pair
            for name, value in query.items()
            for pair in _query_pairs(name, value, params[name].style, params[name].explode)
        ]

    @given(st.fixed_dictionaries(required, optional=optional))
    def agree(query: dict[str, Any]) -> None:
        prepared = client_sends(operation_id, query=query, body=None)
        sandbox = sandbox_refuses_query(endpoint, pairs(query))
        if isinstance(prepared, ValidationError):
            verdicts["refused"] += 1
            # An empty deepObject (`roomName={}`) puts nothing on the wire: the sandbox cannot see what was refused.
            top = re.split(r"[.\[]", prepared.wire_name or "", maxsplit=1)[0]
            invisible = top in query and not pairs({top: query[top]})
            assert sandbox is not None or invisible, f"the client refuses {query!r} ({prepared}); the sandbox takes it"
            return
        verdicts["accepted"] += 1
        refused_sent = sandbox_refuses_query(endpoint, list(prepared.query))
        assert refused_sent is None, f"the client sends {prepared.query!r}, which the sandbox refuses: {refused_sent}"
        if sandbox is not None:
            assert list(prepared.query) != pairs(query), f"{query!r} sent unchanged; the sandbox says {sandbox}"
            for (_, given_text), (_, sent_text) in zip(pairs(query), prepared.query, strict=True):
                if given_text != sent_text:
                    assert_only_instants_rewritten(given_text, sent_text)

    agree()
    # Both sides were exercised, wherever a query string can carry a wrong value at all: not where every parameter
    # is a boolean or a free string.
    refusable = any(
        set(param.schema) - {"type"} or param.schema.get("type") not in ("string", "boolean")
        for param in params.values()
    )
    assert verdicts["accepted"] and (verdicts["refused"] or not refusable), verdicts


def _path_texts(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values a path segment can carry: texts of the schema, near misses, any text, and UUID objects."""
    strings = EDGES.filter(lambda edge: isinstance(edge, str))
    near = st.uuids().map(str).flatmap(lambda text: st.sampled_from([text, text.upper(), text[:-1], f"{{{text}}}"]))
    return st.one_of(from_schema(schema), strings, near, st.text(max_size=12), st.uuids())


def _unsendable(text: str) -> bool:
    # What the client refuses as a path segment, whatever the schema: see `videoconf._request._path_segment`.
    return text in ("", ".", "..") or any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in text)


def routed(template: str, path: str) -> dict[str, str]:
    """The path parameters a server reads from the encoded path the client sends: one decoded segment each.

    That is a server routing on the raw path. The sandbox under uvicorn routes on the decoded one, so a value holding
    `/` (sent as `%2F`) finds no route there and is answered 404 before any checker sees it.
    """
    template_parts, parts = template.split("/"), path.split("/")
    assert len(template_parts) == len(parts), f"{path} does not have the segments of {template}"
    return {part[1:-1]: unquote(sent) for part, sent in zip(template_parts, parts, strict=True) if part.startswith("{")}


def sandbox_refuses_path(endpoint: Endpoint, params: dict[str, str]) -> str | None:
    return _refusal(lambda: endpoint.path.read(params))


@pytest.mark.parametrize("operation_id", PATHS)
def test_path_parameters_are_refused_alike(operation_id: str) -> None:
    spec = OPERATIONS[operation_id]
    endpoint = ENDPOINTS[operation_id]
    checked = only(spec)
    verdicts: Counter[str] = Counter()

    @given(st.fixed_dictionaries({name: _path_texts(schema) for name, schema in spec.path_params.items()}))
    def agree(given: dict[str, Any]) -> None:
        texts = {name: str(value) for name, value in given.items()}
        try:
            prepared = prepare(checked, path=given)
        except ValidationError as error:
            assert error.wire_name in texts, error
            if error.rule == "path":
                verdicts["unsendable"] += 1
                assert _unsendable(texts[error.wire_name]), f"{given!r}: {error}"
                return
            verdicts["refused"] += 1
            sandbox = sandbox_refuses_path(endpoint, texts)
            assert sandbox is not None, f"the client refuses {given!r} ({error}); the sandbox takes it"
            return
        verdicts["accepted"] += 1
        params = routed(spec.path, prepared.path)
        assert params == texts, f"the client sends {params!r} for {given!r}"
        refused = sandbox_refuses_path(endpoint, params)
        assert refused is None, f"the client sends {prepared.path!r}, whose parameters the sandbox refuses: {refused}"

    agree()
    # A schema that says more than `type: string` is broken by some of the draws, and refused by both.
    refusable = any(set(schema) - {"type"} for schema in spec.path_params.values())
    assert verdicts["accepted"] and (verdicts["refused"] or not refusable), verdicts


class Upload:
    """A readable binary stream, as a caller passes an open file (read again for each side of the comparison)."""

    def __init__(self, content: bytes) -> None:
        self.content = content
        self.name = "logo.png"

    def read(self) -> bytes:
        return self.content

    def __repr__(self) -> str:
        return f"Upload({self.content!r})"


FILES: st.SearchStrategy[Any] = st.one_of(
    st.binary(max_size=24), st.binary(max_size=24).map(Upload), st.text(max_size=8)
)


def _multipart_values(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies of a multipart schema: file fields given a file, text, or another value; a required field missing, an
    unknown field."""
    properties = schema.get("properties") or {}
    fields = {
        key: st.one_of(FILES, EDGES, JSON) if sub.get("format") == "binary" else values(sub)
        for key, sub in properties.items()
    }
    extra: st.SearchStrategy[dict[str, object]] = st.sampled_from(
        [{}, {}, {"colour": "blue"}, {"thumbnail": b"\x89PNG"}]
    )
    body = st.fixed_dictionaries({}, optional=fields)
    return body.flatmap(lambda given: extra.map(lambda more: {**given, **more}))


def _file_content(value: object) -> bytes | None:
    if isinstance(value, bytes):
        return value
    if isinstance(value, Upload):
        return value.content
    return None


def _multipart_request(parts: list[tuple[str, tuple[str | None, bytes | str, str | None]]]) -> Request:
    if not parts:
        # httpx sends no body for no parts; a multipart body may still hold none.
        return _http_request(b"--empty--\r\n", f"{MULTIPART}; boundary=empty")
    encoded = httpx.Request("PUT", "http://127.0.0.1/", files=parts)
    return _http_request(encoded.read(), encoded.headers["content-type"])


def _as_given(body: dict[str, Any], schema: dict[str, Any]) -> Request:
    """The multipart request a caller's body makes unchecked: files (and text for a file field) as file parts, any
    other value as a text part (compact JSON for lists and objects), null left out."""
    properties = schema.get("properties") or {}
    parts: list[tuple[str, tuple[str | None, bytes | str, str | None]]] = []
    for key, value in body.items():
        content = _file_content(value)
        if content is None and isinstance(value, str) and properties.get(key, {}).get("format") == "binary":
            content = value.encode()
        if content is not None:
            parts.append((key, (key, content, "application/octet-stream")))
        elif value is not None:
            parts.append((key, (None, _item_text(value), None)))
    return _multipart_request(parts)


def sandbox_refuses_request(endpoint: Endpoint, request: Request) -> str | None:
    return _refusal(lambda: asyncio.run(endpoint.body.read(request)))


@pytest.mark.parametrize("operation_id", MULTIPART_BODIES)
def test_multipart_bodies_are_refused_alike(operation_id: str) -> None:
    spec = OPERATIONS[operation_id]
    schema = next(body.schema for body in spec.bodies if body.media_type == MULTIPART)
    endpoint = ENDPOINTS[operation_id]
    checked = only(spec, MULTIPART)
    # The client's own request builder writes the parts (files and text alike) as it sends them.
    requester = Whereby(api_key="agreement", base_url="http://127.0.0.1:9/v1")._requester
    http = httpx.Client()
    verdicts: Counter[str] = Counter()

    @given(_multipart_values(schema))
    def agree(body: dict[str, Any]) -> None:
        prepared = client_sends(operation_id, spec=checked, query=None, body=body)
        sandbox = sandbox_refuses_request(endpoint, _as_given(body, schema))
        if isinstance(prepared, ValidationError):
            verdicts["refused"] += 1
            assert sandbox is not None, f"the client refuses {body!r} ({prepared}); the sandbox accepts it"
            return
        verdicts["accepted"] += 1
        sent = http_request(http, prepared, requester.base_url, requester.credentials, requester.timeout)
        request = _http_request(sent.read(), sent.headers["content-type"])
        refused_sent = sandbox_refuses_request(endpoint, request)
        assert refused_sent is None, f"the client sends {prepared.files!r} {prepared.form!r}; refused: {refused_sent}"
        assert sandbox is None, f"the client takes {body!r} as it is; the sandbox says {sandbox}"

    try:
        agree()
    finally:
        http.close()
    assert verdicts["accepted"] and verdicts["refused"], verdicts


def test_a_file_field_takes_a_file_not_a_text_part() -> None:
    endpoint = ENDPOINTS["rooms_update_logo"]
    refused = sandbox_refuses_request(endpoint, _multipart_request([("image", (None, "logo.png", None))]))
    assert refused is not None and "image" in refused, refused
    taken = _multipart_request([("image", ("logo.png", b"\x89PNG", "image/png"))])
    assert sandbox_refuses_request(endpoint, taken) is None


def test_a_refusal_lists_the_checkers_reasons() -> None:
    endpoint = ENDPOINTS["room_tokens_create"]
    with pytest.raises(Invalid) as caught:
        asyncio.run(endpoint.body.read(_http_request(b'{"room_name": "standup\\n"}')))
    assert [(p.attribute, p.detail) for p in caught.value.problems] == [
        ("room_name", "does not match the pattern '^[A-Za-z0-9_-]+$'")
    ]


@settings(max_examples=1)
@given(st.just(None))
def test_hypothesis_profile_is_seeded(_: None) -> None:
    # The suite's profile (tests/conftest.py) derandomizes every run: the agreement above is reproducible.
    assert settings().derandomize
