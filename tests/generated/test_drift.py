"""The drift suite, generated from the contract: for every response schema, valid instances (drawn by hypothesis, and
one with every optional field and two items per list) are mutated in each way a server can disagree with the contract:
each required field dropped, each field given every other JSON type, null where it is not allowed, a date-time or UUID
that does not parse, an unknown enum value, an unknown field; at every depth and inside list items.

Tolerant parsing never raises, records exactly the one expected drift event with its exact path, and keeps the value;
strict parsing raises naming that path (or, for unknown enum values and fields, records the event and goes on); and
the tolerant result still serialises, writing back what it kept.
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

import pytest
from hypothesis import given, settings
from openapi_python_client.strings import PythonIdentifier

import videoconf._generated.api
import videoconf._generated.models as models
from tests.specdata import deref, operations, python_view
from tests.strategies import from_schema, inline
from videoconf import WebhookPayloadError, record_drift
from videoconf._drift import parse_payload

SPEC = python_view()  # the models are generated from the Python view
SCHEMAS: dict[str, dict[str, Any]] = SPEC["components"]["schemas"]
HARD = {"missing", "wrong_type", "null"}
PROBE = "zz_drift_probe"
UNKNOWN_TEXT = "zz-value-from-the-future"
UNKNOWN_NUMBER = 987654
# One value of each JSON type; a field gets every one its schema does not allow.
OTHER_TYPES: list[tuple[str, object]] = [
    ("string", "x"),
    ("integer", 7),
    ("number", 1.5),
    ("boolean", True),
    ("array", [1]),
    ("object", {"k": 1}),
]
DRAWN_EXAMPLES = 6
CASES: Counter[str] = Counter()


@dataclass(frozen=True)
class Mutation:
    path: tuple[str | int, ...]
    drop: bool
    value: object
    event: tuple[str, str, str | int | None] | None  # (kind, expected, received); None: no drift at all


# ---- the contract side: what each site allows and how the contract names it ----------------------------------------


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return str(ref.rsplit("/", 1)[1]) if ref else None


def _alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return list(schema.get("anyOf") or schema.get("oneOf") or [])


def _is_null(schema: dict[str, Any]) -> bool:
    return bool(deref(SPEC, schema).get("type") == "null")


def object_view(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The declared properties and required names of an object schema, its `allOf` parts merged (later ones win)."""
    target = deref(SPEC, schema)
    if "allOf" in target:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in target["allOf"]:
            part_properties, part_required = object_view(part)
            properties.update(part_properties)
            required += part_required
        return properties, required
    return target.get("properties", {}), target.get("required", [])


def allowed_types(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types a value may have here; None for a schema without a type (anything goes)."""
    target = deref(SPEC, schema)
    if "const" in target:
        return {_json_type(target["const"])}
    if "allOf" in target:
        return {"object"}
    alternatives = _alternatives(target)
    if alternatives:
        found: set[str] = set()
        for alternative in alternatives:
            types = allowed_types(alternative)
            if types is None:
                return None
            found |= types
        return found
    if "enum" in target and "type" not in target:
        return {"string"}
    kind = target.get("type", "object" if "properties" in target else None)
    if kind is None:
        return None
    kinds = {kind} if isinstance(kind, str) else set(kind)
    return kinds | {"integer"} if "number" in kinds else kinds


def expected_name(schema: dict[str, Any]) -> str:
    """How a drift event names what the contract expects here (see DriftEvent)."""
    name = _ref_name(schema)
    target = deref(SPEC, schema)
    alternatives = [alt for alt in _alternatives(target) if not _is_null(alt)]
    if alternatives:
        return expected_name(alternatives[0])
    if "const" in target:
        return repr(target["const"])
    if name is not None and ("enum" in target or object_view(schema)[0]):
        return name
    kind = target.get("type", "object" if "properties" in target else "any")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "string" and target.get("format") in ("date-time", "date", "uuid"):
        return str(target["format"])
    assert kind in ("string", "integer", "number", "boolean", "array", "object", "any"), target
    assert not (kind == "object" and target.get("properties")), f"an inline model with properties: {target}"
    return str(kind)


def _enum_of(schema: dict[str, Any]) -> tuple[str, list[object]] | None:
    for candidate in [schema, *_alternatives(deref(SPEC, schema))]:
        name = _ref_name(candidate)
        if name is not None and "enum" in SCHEMAS[name]:
            return name, SCHEMAS[name]["enum"]
    return None


def _format_of(schema: dict[str, Any]) -> str | None:
    for candidate in [deref(SPEC, schema), *(deref(SPEC, alt) for alt in _alternatives(deref(SPEC, schema)))]:
        if candidate.get("format") in ("date-time", "date", "uuid"):
            return str(candidate["format"])
    return None


def _branch(schema: dict[str, Any], value: object) -> dict[str, Any]:
    """The schema (name kept) that a valid value was drawn from: the alternative of a union it belongs to."""
    alternatives = [alt for alt in _alternatives(deref(SPEC, schema)) if not _is_null(alt)]
    if not alternatives:
        return schema
    for alternative in alternatives:
        target = deref(SPEC, alternative)
        properties = target.get("properties", {})
        if not isinstance(value, dict) or (
            set(target.get("required", [])) <= set(value) and set(value) <= set(properties)
        ):
            return _branch(alternative, value)
    raise AssertionError(f"no alternative of {schema} fits {value!r}")


# ---- mutations -----------------------------------------------------------------------------------------------------


def _json_type(value: object) -> str:
    return next(kind for kind, sample in OTHER_TYPES if type(sample) is type(value))


def value_mutations(value: object, schema: dict[str, Any], path: tuple[str | int, ...]) -> Iterator[Mutation]:
    allowed = allowed_types(schema)
    if allowed is None:
        return
    expected = expected_name(schema)
    for kind, other in OTHER_TYPES:
        if kind not in allowed:
            yield Mutation(path, False, copy.deepcopy(other), ("wrong_type", expected, kind))
    if "null" not in allowed:
        yield Mutation(path, False, None, ("null", expected, "null"))
    if _format_of(schema) is not None:
        yield Mutation(path, False, "not-a-date-nor-a-uuid", ("wrong_type", expected, "string"))
    if "const" in deref(SPEC, schema):
        yield Mutation(path, False, "zz-another-constant", ("wrong_type", expected, "string"))
    enum = _enum_of(schema)
    if enum is not None:
        name, values = enum
        unknown = UNKNOWN_NUMBER if isinstance(values[0], int) else UNKNOWN_TEXT
        yield Mutation(path, False, unknown, ("unknown_enum", name, unknown))


def mutations(value: object, schema: dict[str, Any], path: tuple[str | int, ...] = ()) -> Iterator[Mutation]:
    """Every mutation of the valid `value` (which `schema` describes) at or below `path`."""
    schema = _branch(schema, value)
    target = deref(SPEC, schema)
    properties, required = object_view(schema)
    if isinstance(value, dict) and properties:
        for key, sub in properties.items():
            if key not in value:
                continue
            if key in required:
                yield Mutation((*path, key), True, None, ("missing", expected_name(sub), None))
            yield from value_mutations(value[key], sub, (*path, key))
            yield from mutations(value[key], sub, (*path, key))
        yield Mutation((*path, PROBE), False, 1, ("unknown_field", _ref_name(schema) or "?", "integer"))
    elif isinstance(value, dict):
        # A free-form object's keys are its content, not fields the contract forgot.
        yield Mutation((*path, PROBE), False, 1, None)
    elif isinstance(value, list):
        items = target["items"]
        for index, item in enumerate(value):
            yield from value_mutations(item, items, (*path, index))
            yield from mutations(item, items, (*path, index))


def mutated(data: object, mutation: Mutation) -> object:
    result = copy.deepcopy(data)
    parent: Any = result
    for step in mutation.path[:-1]:
        parent = parent[step]
    if mutation.drop:
        del parent[mutation.path[-1]]
    else:
        parent[mutation.path[-1]] = copy.deepcopy(mutation.value)
    return result


def render(path: tuple[str | int, ...]) -> str:
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", step):
            text += f".{step}" if text else step
        else:
            text += f"[{step!r}]"
    return text


def kept(parsed: object, mutation: Mutation) -> object:
    """What the parsed result holds where the mutation was made."""
    node: Any = parsed
    for step in mutation.path[:-1]:
        node = node[step] if isinstance(step, int) else getattr(node, str(PythonIdentifier(step, "field")))
    last = mutation.path[-1]
    if isinstance(last, int):
        return node[last]
    if last == PROBE:
        return node.additional_properties[last]
    return getattr(node, str(PythonIdentifier(last, "field")))


def written(parsed: object, mutation: Mutation) -> object:
    """What `to_dict()` writes back where the mutation was made: a drifted model still serialises."""

    def dump(value: Any) -> Any:
        return value.to_dict() if hasattr(value, "to_dict") else value

    node: Any = [dump(item) for item in parsed] if isinstance(parsed, list) else dump(parsed)
    for step in mutation.path:
        node = node[step]
    return node


# ---- the response schemas and how the client parses each -----------------------------------------------------------


def _result_functions() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for module in pkgutil.iter_modules(videoconf._generated.api.__path__):
        loaded = importlib.import_module(f"videoconf._generated.api.{module.name}")
        found.update({name: value for name, value in vars(loaded).items() if name.endswith("_result")})
    return found


def response_cases() -> list[Any]:
    """One case per distinct 2xx JSON response schema: (operationId, schema, cast), as the client parses it; and one
    per webhook event (its type, schema and model), which `videoconf.webhooks` parses the same way."""
    results = _result_functions()
    cases: dict[str, Any] = {}
    for _method, _path, op in operations(SPEC):
        for status, response in op["responses"].items():
            schema = deref(SPEC, response).get("content", {}).get("application/json", {}).get("schema")
            if not status.startswith("2") or schema is None:
                continue
            operation_id = op["operationId"]
            key = json.dumps(schema, sort_keys=True)
            if key in cases:
                continue
            cast = results.get(f"_{operation_id}_result") or getattr(models, str(_ref_name(schema))).from_dict
            label = _ref_name(schema) or f"{operation_id}-{deref(SPEC, schema).get('type')}"
            cases[key] = pytest.param(operation_id, schema, cast, id=label)
    for event_type, item in SPEC.get("webhooks", {}).items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        model = getattr(models, str(_ref_name(schema)))
        cases[event_type] = pytest.param(event_type, schema, model.from_dict, id=f"webhook-{event_type}")
    return list(cases.values())


CASES_BY_SCHEMA = response_cases()


def full_instance(schema: dict[str, Any]) -> Any:
    """A valid value with every optional field present and two items in every list."""
    target = deref(SPEC, schema)
    alternatives = [alt for alt in _alternatives(target) if not _is_null(alt)]
    if alternatives:
        return full_instance(alternatives[0])
    if "const" in target:
        return target["const"]
    if "allOf" in target:
        return {key: full_instance(sub) for key, sub in object_view(schema)[0].items()}
    if "enum" in target:
        return target["enum"][0]
    kind = target.get("type", "object" if "properties" in target else None)
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        return {key: full_instance(sub) for key, sub in target.get("properties", {}).items()} or {"free": "form"}
    if kind == "array":
        return [full_instance(target["items"]), full_instance(target["items"])]
    if kind in ("integer", "number"):
        return target.get("minimum", 1)
    if kind == "boolean":
        return True
    return {
        "date-time": "2024-05-01T10:00:00Z",
        "date": "2024-05-01",
        "uuid": "6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b",
    }.get(target.get("format", ""), "text")


def check_every_mutation(operation_id: str, schema: dict[str, Any], cast: Callable[..., Any], data: object) -> None:
    with record_drift() as events:
        parse_payload(cast, data, operation=operation_id, strict=False, kind=None)
        parse_payload(cast, data, operation=operation_id, strict=True, kind=None)
    assert events == [], f"a valid instance drifted: {[str(e) for e in events]}"
    CASES["valid instances"] += 1
    for mutation in mutations(data, schema):
        changed = mutated(data, mutation)
        want = [] if mutation.event is None else [(render(mutation.path), *mutation.event)]
        with record_drift() as events:
            parsed = parse_payload(cast, changed, operation=operation_id, strict=False, kind=None)
        assert [(e.operation, e.path, e.kind, e.expected, e.received) for e in events] == [
            (operation_id, *event) for event in want
        ], mutation
        value = kept(parsed, mutation)
        if mutation.drop or mutation.value is None:
            assert value is None, mutation
        elif mutation.event is not None and mutation.event[0] == "unknown_enum":
            assert isinstance(value, Enum) and value.value == mutation.value and value.is_unknown  # type: ignore[attr-defined]
        else:
            assert value == mutation.value and type(value) is type(mutation.value), mutation
        assert written(parsed, mutation) == (None if mutation.drop else mutation.value), mutation
        if mutation.event is not None and mutation.event[0] in HARD:
            with pytest.raises(WebhookPayloadError) as caught:
                parse_payload(cast, changed, operation=operation_id, strict=True, kind=None)
            assert caught.value.field == render(mutation.path)
            assert str(caught.value).startswith(f"{operation_id}: {render(mutation.path)}: {mutation.event[0]} ")
        else:
            with record_drift() as strict_events:
                parse_payload(cast, changed, operation=operation_id, strict=True, kind=None)
            assert strict_events == events
        CASES[mutation.event[0] if mutation.event else "free-form key"] += 1


def test_every_response_schema_is_walked() -> None:
    assert len(CASES_BY_SCHEMA) >= 30
    ids = {case.id for case in CASES_BY_SCHEMA}
    assert {"Room", "RoomList", "LogEntry", "insights_participant-array", "Meeting"} <= ids
    assert len([i for i in ids if i.startswith("webhook-")]) == 11


@pytest.mark.parametrize(("operation_id", "schema", "cast"), CASES_BY_SCHEMA)
def test_every_field_of_a_full_instance(operation_id: str, schema: dict[str, Any], cast: Callable[..., Any]) -> None:
    check_every_mutation(operation_id, schema, cast, full_instance(schema))


@pytest.mark.parametrize(("operation_id", "schema", "cast"), CASES_BY_SCHEMA)
def test_drawn_instances(operation_id: str, schema: dict[str, Any], cast: Callable[..., Any]) -> None:
    @settings(max_examples=DRAWN_EXAMPLES)
    @given(from_schema(inline(schema)))
    def check(data: object) -> None:
        check_every_mutation(operation_id, schema, cast, data)

    check()


def test_the_suite_covered_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module: what the cases above exercised (skipped when they were deselected)."""
    if CASES["valid instances"] < 2 * len(CASES_BY_SCHEMA):
        pytest.skip("run with the whole module to count its cases")
    for kind in ("missing", "wrong_type", "null", "unknown_enum", "unknown_field", "free-form key"):
        assert CASES[kind] >= 20, (kind, CASES)
    with capsys.disabled():
        print(f"\ndrift suite: {sum(CASES.values())} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(CASES.items())))
