"""The client and the sandbox refuse the same requests: for every request schema of the operation table (each
operation's query parameters and JSON bodies), hypothesis draws valid and invalid values; the client's
`prepare_request` and the sandbox's own request readers (what its routes call) must agree on each.

The client may accept a caller's value the wire would refuse only by turning it into one the wire takes: a date-time
text without an offset, or a date alone, sent as the same instant in UTC (the policy of `videoconf._dates`), and an
integral number (12.0) sent as the integer it is. Path parameters are not compared: the sandbox, like the vendors,
answers 404 for any id it does not hold; nor are the multipart upload bodies (only their JSON alternatives are).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import QueryParams
from starlette.requests import Request

from tests.strategies import from_schema
from videoconf import ValidationError
from videoconf._dates import format_date_time, parse_date_time
from videoconf._generated._operations import OPERATIONS, OperationSpec, QueryParam
from videoconf._request import PreparedRequest, _query_pairs, prepare_request
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


def path_values(spec: OperationSpec) -> dict[str, str]:
    """A valid value for each path parameter (the sandbox answers 404 for unknown ids, valid or not)."""
    return {name: UUID if "uuid" in json.dumps(schema) else "abc" for name, schema in spec["path_params"].items()}


def _http_request(raw: bytes, media_type: str = "application/json") -> Request:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(b"content-type", media_type.encode())],
        "query_string": b"",
    }
    return Request(scope, receive)


def sandbox_refuses_body(endpoint: Endpoint, body: object) -> str | None:
    """The sandbox's reasons for refusing `body` (None when its body reader accepts it)."""
    try:
        asyncio.run(endpoint.body.read(_http_request(json.dumps(body).encode())))
    except ApiProblem as problem:
        return str(problem) or type(problem).__name__
    return None


def sandbox_refuses_query(endpoint: Endpoint, pairs: list[tuple[str, str]]) -> str | None:
    try:
        endpoint.query.read(QueryParams(pairs))
    except ApiProblem as problem:
        return str(problem) or type(problem).__name__
    return None


def client_sends(operation_id: str, **parts: Any) -> PreparedRequest | ValidationError:
    spec = OPERATIONS[operation_id]
    try:
        return prepare_request(operation_id, spec, path=path_values(spec), **parts)
    except ValidationError as error:
        return error


JSON_BODIES = sorted(
    operation_id
    for operation_id, spec in OPERATIONS.items()
    if any(body["media_type"] == "application/json" for body in spec["bodies"])
)
QUERIES = sorted(operation_id for operation_id, spec in OPERATIONS.items() if spec["query_params"])


def test_the_cases_cover_every_request_schema_of_the_table() -> None:
    with_body = {op for op, spec in OPERATIONS.items() if spec["bodies"]}
    multipart_only = {
        op for op in with_body if all(body["media_type"] == "multipart/form-data" for body in OPERATIONS[op]["bodies"])
    }
    assert set(JSON_BODIES) == with_body - multipart_only and not multipart_only
    assert set(QUERIES) == {op for op, spec in OPERATIONS.items() if spec["query_params"]}
    assert set(ENDPOINTS) == set(OPERATIONS)


@pytest.mark.parametrize("operation_id", JSON_BODIES)
def test_json_bodies_are_refused_alike(operation_id: str) -> None:
    spec = OPERATIONS[operation_id]
    schema = next(body["schema"] for body in spec["bodies"] if body["media_type"] == "application/json")
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
    schema = param["schema"]
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
    params = spec["query_params"]
    required = {name: _query_values(name, param) for name, param in params.items() if param["required"]}
    optional = {name: _query_values(name, param) for name, param in params.items() if not param["required"]}
    verdicts: Counter[str] = Counter()

    def pairs(query: dict[str, Any]) -> list[tuple[str, str]]:
        # The client's own spelling of each value (form or deepObject style), checked or not.
        return [
            pair
            for name, value in query.items()
            for pair in _query_pairs(name, value, params[name]["style"], params[name]["explode"])
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
        set(param["schema"]) - {"type"} or param["schema"].get("type") not in ("string", "boolean")
        for param in params.values()
    )
    assert verdicts["accepted"] and (verdicts["refused"] or not refusable), verdicts


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
