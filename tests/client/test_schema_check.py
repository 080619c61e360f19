"""The one request checker: JSON Schema semantics for each keyword, ECMA-262 patterns, and the client refusing a value
before any request leaves (counted by an httpx event hook, against the real sandbox)."""

from __future__ import annotations

import copy
import re
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from videoconf import SignalWire, UnlistedValueWarning, ValidationError
from videoconf._generated._operations import OPERATIONS, ROOMS_CREATE
from videoconf._schema_check import ecma_regex, first_violation, violations
from videoconf._validation import check
from videoconf.sandbox import RunningSandbox


def _rule(value: object, schema: dict[str, Any]) -> str | None:
    found = first_violation(value, schema)
    return None if found is None else found.rule


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        # `$` ends the string in ECMA-262; Python's `$` also matches before a final newline.
        ("^[A-Za-z0-9_-]+$", "standup", True),
        ("^[A-Za-z0-9_-]+$", "standup\n", False),
        ("^#[0-9a-fA-F]{6}$", "#12ab34\n", False),
        ("^[0-9]{1,12}$", "123\n", False),
        # `\d` and `\w` are ASCII: an Arabic-Indic digit or an accented letter is no match.
        (r"^\d+$", "١٢٣", False),
        (r"^\d+$", "123", True),
        (r"^\w+$", "é", False),
        (r"^\w+$", "a_1", True),
        (r"^[\w-]+$", "é", False),
        # `\s` is ECMA's whitespace, which has the no-break space.
        (r"^\s$", "\u00a0", True),
        (r"^\S$", "\u00a0", False),
        # `.` stops at every ECMA line terminator, not only `\n`.
        ("^a.b$", "a\rb", False),
        ("^a.b$", "a\u2028b", False),
        ("^a.b$", "axb", True),
        # Unanchored patterns search, as JSON Schema says.
        ("[a-z0-9]{0,39}", "Example-Prefix", True),
        ("b", "abc", True),
        # ECMA spellings Python lacks.
        (r"^(?<word>[a-z]+)\/\k<word>$", "ab/ab", True),
        ("^[]$", "", False),
        ("^[^]$", "\n", True),
        (r"^[a\]]+$", "a]", True),
        (r"^\$\d$", "$5", True),
    ],
)
def test_patterns_follow_ecma_262(pattern: str, text: str, matches: bool) -> None:
    assert (ecma_regex(pattern).search(text) is not None) is matches
    assert (_rule(text, {"type": "string", "pattern": pattern}) is None) is matches


def test_translated_patterns_are_compiled_once() -> None:
    assert ecma_regex("^[a-z]+$") is ecma_regex("^[a-z]+$")


def test_every_pattern_of_the_contract_translates() -> None:
    patterns: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                patterns.add(node["pattern"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for operation in OPERATIONS.values():
        walk([operation.path_params, [param.schema for param in operation.query_params.values()]])
        walk([body.schema for body in operation.bodies])
    assert patterns
    for pattern in patterns:
        compiled = ecma_regex(pattern)
        assert isinstance(compiled, re.Pattern)
        # Every anchored pattern of the contract now refuses a trailing newline.
        if pattern.endswith("$"):
            assert not any(compiled.search(text + "\n") for text in ("a", "abc", "#12ab34", "123", "x:asc"))


@pytest.mark.parametrize(
    ("schema", "value", "rule"),
    [
        ({"type": "string", "maxLength": 3}, "ééé", None),
        # Lengths count code points: one emoji is one character, though two UTF-16 units.
        ({"type": "string", "maxLength": 1}, "😀", None),
        ({"type": "string", "minLength": 2}, "😀", "minLength"),
        ({"type": "integer", "multipleOf": 5}, 10, None),
        ({"type": "integer", "multipleOf": 5}, 7, "multipleOf"),
        ({"type": "number", "multipleOf": 0.1}, 0.3, None),
        ({"type": "number", "multipleOf": 0.1}, 0.35, "multipleOf"),
        ({"type": "integer"}, 12.0, None),
        ({"type": "integer"}, 12.5, "type"),
        ({"type": "integer", "format": "int32"}, 2**31, "format"),
        ({"type": "integer", "format": "int32"}, -(2**31), None),
        ({"type": "number", "exclusiveMinimum": 0}, 0, "exclusiveMinimum"),
        ({"type": "array", "uniqueItems": True}, [1, 1.0], "uniqueItems"),
        ({"type": "array", "uniqueItems": True}, [1, True], None),
        ({"const": "x"}, "y", "const"),
        ({"enum": [1]}, True, "enum"),
        ({"enum": [1]}, 1.0, None),
        ({"type": "object", "additionalProperties": False, "properties": {"a": {}}}, {"b": 1}, "additionalProperties"),
        ({"type": "object", "required": ["a"]}, {}, "required"),
        ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, 1, "oneOf"),
        ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, 1, None),
        ({"allOf": [{"minimum": 1}, {"maximum": 3}]}, 4, "maximum"),
        ({"type": "string", "format": "date-time"}, "2024-05-01T09:00:00Z", None),
        ({"type": "string", "format": "date-time"}, "2024-05-01t09:00:00.5+02:00", None),
        # The wire wants an offset; a leap second and impossible dates are refused (see videoconf._dates).
        ({"type": "string", "format": "date-time"}, "2024-05-01T09:00:00", "format"),
        ({"type": "string", "format": "date-time"}, "2016-12-31T23:59:60Z", "format"),
        ({"type": "string", "format": "date-time"}, "2024-02-30T00:00:00Z", "format"),
        ({"type": "string", "format": "date"}, "2024-02-29", None),
        ({"type": "string", "format": "date"}, "2023-02-29", "format"),
        ({"type": "string", "format": "uuid"}, "5a23f5e3-27bb-4f5e-9a8e-3c1e0d2b7f10", None),
        ({"type": "string", "format": "uuid"}, "5a23f5e327bb4f5e9a8e3c1e0d2b7f10", "format"),
        ({"type": "string", "format": "uri"}, "https://example.com/x", None),
        ({"type": "string", "format": "uri"}, "not a uri", "format"),
        ({"type": "string", "format": "email"}, "a@example.com", None),
        ({"type": "string", "format": "email"}, "nobody", "format"),
        ({"type": "string", "format": "binary"}, b"\x89PNG", None),
        ({"type": "string", "format": "binary"}, "logo.png", "format"),  # a text part where a file belongs
        ({"type": "number"}, float("inf"), "type"),
    ],
)
def test_each_keyword_has_json_schema_semantics(schema: dict[str, Any], value: object, rule: str | None) -> None:
    assert _rule(value, schema) == rule


def test_every_problem_is_listed_with_its_path() -> None:
    schema = {
        "type": "object",
        "required": ["name"],
        "additionalProperties": False,
        "properties": {"tags": {"type": "array", "items": {"enum": ["a"]}}, "size": {"minimum": 1}},
    }
    found = violations({"tags": ["a", "b"], "size": 0, "colour": "red"}, schema)
    assert [(v.where, v.rule) for v in found] == [
        ("tags[1]", "enum"),
        ("size", "minimum"),
        ("colour", "additionalProperties"),
        ("name", "required"),
    ]


def _with_multiple_of_5() -> dict[str, Any]:
    """A copy of the contract's `max_members` schema (rooms_create), with `multipleOf: 5` added."""
    schema: dict[str, Any] = copy.deepcopy(ROOMS_CREATE.bodies[0].schema["properties"]["max_members"])
    schema["multipleOf"] = 5
    return schema


def test_multiple_of_reaches_the_client_check() -> None:
    schema = _with_multiple_of_5()
    assert check(10, schema, "max_members") == 10
    with pytest.raises(ValidationError) as caught:
        check(7, schema, "max_members")
    assert (caught.value.field, caught.value.rule, caught.value.value) == ("max_members", "multipleOf", 7)
    assert str(caught.value) == "max_members: 7 is not a multiple of 5"
    # The contract's other bounds still hold.
    assert _rule(305, schema) == "maximum"


@given(st.integers(min_value=-400, max_value=400))
def test_multiple_of_against_arithmetic(value: int) -> None:
    expected = None if 1 <= value <= 300 and value % 5 == 0 else "rule"
    assert (_rule(value, _with_multiple_of_5()) and "rule") == expected


def test_errors_name_the_python_argument_and_keep_the_wire_name() -> None:
    from videoconf import Whereby

    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    http.event_hooks["request"] = [sent.append]
    with Whereby(api_key="key", base_url="http://127.0.0.1:9/v1", http_client=http) as client:
        with pytest.raises(ValidationError) as caught:
            client.meetings.create(end_date="2099-01-01T00:00:00Z", room_name_prefix="x" * 40)
        error = caught.value
        assert (error.field, error.wire_name, error.rule, error.value) == (
            "room_name_prefix",
            "roomNamePrefix",
            "maxLength",
            "x" * 40,
        )
        assert str(error) == f"room_name_prefix: '{'x' * 40}' is longer than the maxLength of 39"
        with pytest.raises(ValidationError) as caught:
            client.meetings.create(
                end_date="2099-01-01T00:00:00Z",
                recording={"type": "cloud", "destination": {"provider": "s3", "region": 5}, "startTrigger": None},
            )
        assert (caught.value.field, caught.value.wire_name) == (
            "recording.destination.region",
            "recording.destination.region",
        )
        with pytest.raises(ValidationError) as caught:
            client.meetings.get("1", fields=["hostRoomUrl", "secretUrl"])
        assert (caught.value.field, caught.value.rule) == ("fields[1]", "enum")
    assert sent == []


def test_secret_values_never_reach_the_message() -> None:
    schema = {"type": "object", "properties": {"accessKeySecret": {"type": "string", "maxLength": 4}}}
    with pytest.raises(ValidationError) as caught:
        check({"accessKeySecret": "hunter2-very-secret"}, schema, "destination")
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(caught.value)
    assert str(caught.value) == "destination.accessKeySecret: <redacted> is longer than the maxLength of 4"


def test_a_trailing_newline_is_refused_before_any_request(sandbox: RunningSandbox) -> None:
    """The regression of issue 16: `standup\\n` passed Python's `$`, was sent, and the sandbox answered 422."""
    sent: list[httpx.Request] = []
    config = sandbox.config
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with SignalWire(
        project_id=config.signalwire_project,
        token=config.signalwire_token,
        base_url=sandbox.signalwire_url,
        http_client=http,
    ) as sw:
        with pytest.raises(ValidationError) as caught:
            sw.room_tokens.create(room_name="standup\n")
        assert (caught.value.field, caught.value.rule, caught.value.value) == ("room_name", "pattern", "standup\n")
        assert sent == []
        # The same call without the newline is sent, and the sandbox accepts it.
        token = sw.room_tokens.create(room_name="standup")
        assert token.token and len(sent) == 1
    http.close()


OPEN = {"type": "string", "enum": ["room.stream", "room.stream.start"], "x-videoconf-open-enum": True}


def test_an_open_enumeration_lists_known_values_and_warns_of_others() -> None:
    [found] = violations("room.strem.start", OPEN)
    assert (found.rule, found.advisory) == ("enum", True)
    assert found.reason == "is not one of the values the contract lists (did you mean 'room.stream.start'?)"
    assert first_violation("room.strem.start", OPEN) is None and violations("room.stream", OPEN) == []
    # Its other rules still refuse, and so does a closed enumeration beside it.
    assert _rule(5, OPEN) == "type"
    assert _rule(["x", "y"], {"type": "array", "items": OPEN, "maxItems": 1}) == "maxItems"
    closed = {key: value for key, value in OPEN.items() if key != "x-videoconf-open-enum"}
    assert _rule("room.strem.start", closed) == "enum"


def test_an_open_enumeration_inside_alternatives_passes_with_its_warning() -> None:
    nullable = {"anyOf": [OPEN, {"type": "null"}]}
    assert [v.advisory for v in violations("room.x", nullable)] == [True]
    assert violations(None, nullable) == [] and violations("room.stream", nullable) == []
    # A branch without any violation wins; two branches that pass are too many for oneOf.
    assert violations("room.x", {"anyOf": [OPEN, {"type": "string"}]}) == []
    assert _rule("room.x", {"oneOf": [OPEN, {"type": "string"}]}) == "oneOf"


def test_the_client_sends_an_unlisted_value_and_warns_at_the_callers_line() -> None:
    schema = {"type": "object", "properties": {"permissions": {"type": "array", "items": OPEN}}}
    with pytest.warns(UnlistedValueWarning) as caught:
        sent = check({"permissions": ["room.strem.start"]}, schema, "body")
    assert sent == {"permissions": ["room.strem.start"]}
    [warning] = caught
    assert str(warning.message) == (
        "body.permissions[0]: 'room.strem.start' is not one of the values the contract lists "
        "(did you mean 'room.stream.start'?); sent as given, as the vendor may know it"
    )
    assert warning.filename == __file__
