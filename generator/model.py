"""The one model of the contract, built once per run: every output under generated/ is rendered from it.

Per operation: its Python, CLI and wire names, its arguments (value kinds, schemas, defaults, enum lists, constraint
words, Python annotations), how it pages, what kind of body it returns (and how a Python method reads it), its object
in the runtime table and the error model of each status (with where its message and wait are); per vendor: its
servers (with their variables) and its security scheme. A fact is derived here once; the renderers (`docs`,
`commands`, `operations`, `vendors`, `resources`, `methods`, `webhooks`, `bundles`) only print it, and `fields`
plans the model classes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.names import python_name
from generator.python_view import OPEN_ENUM
from generator.refs import deref, follow, inline, path_item
from generator.refs import operations as path_operations
from generator.resolve import (
    VENDOR_PREFIXES,
    VENDORS,
    ContractError,
    event_type,
    operation_tags,
    operations,
    resource_of,
    webhooks,
)

# Longer enums are named by their type instead of listed, so one argument stays a few lines.
MAX_LISTED_VALUES = 8
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

# Formats whose meaning is the same in every language; the Python-only wording of `date` and `binary` is the
# docstrings' (generator/docs.py).
FORMATS = {"uuid": "A UUID", "uri": "A URL", "email": "An email address"}


# ---- constraint words: the one place a schema keyword becomes words -------------------------------------------------


def _bounds(low: Any, low_open: bool, high: Any, high_open: bool, unit: str = "") -> str:
    """`From 1 to 300`, `At most 200 characters`, `Greater than 0 and at most 200000`: bounds in words."""

    def count(value: Any) -> str:
        return f"{value} {unit}{'' if value == 1 else 's'}" if unit else str(value)

    if low is not None and high is not None and not (low_open or high_open):
        text = f"exactly {count(low)}" if low == high else f"from {low} to {count(high)}"
    else:
        parts = []
        if low is not None:
            parts.append(f"{'greater than' if low_open else 'at least'} {count(low) if high is None else low}")
        if high is not None:
            parts.append(f"{'less than' if high_open else 'at most'} {count(high)}")
        text = " and ".join(parts)
    return text[:1].upper() + text[1:]


def lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def code(value: Any) -> str:
    """A value as a user would write it, in backticks."""
    if isinstance(value, str):
        return f"`{value}`"
    if isinstance(value, bool) or value is None:
        return f"`{value!r}`"
    if isinstance(value, list | dict):
        return f"`{json.dumps(value)}`"
    return f"`{value}`"


def is_date_time(spec: dict[str, Any], schema: Any) -> bool:
    resolved = deref(spec, schema)
    if resolved.get("format") == "date-time" or resolved.get("x-date-only"):
        return True
    return any(is_date_time(spec, b) for b in resolved.get("anyOf") or resolved.get("oneOf") or [])


def constraint_words(spec: dict[str, Any], schema: Any) -> list[str]:
    """The rules a value must follow, one sentence each (no description, enum values or default).

    The one function that turns the contract's constraint keywords into words: the docstrings and the command line's
    help both print what it returns, so they state the same bounds. Teach a new keyword here.
    """
    schema = deref(spec, schema)
    words: list[str] = []
    if "minLength" in schema or "maxLength" in schema:
        words.append(_bounds(schema.get("minLength"), False, schema.get("maxLength"), False, "character"))
    low_open = "exclusiveMinimum" in schema
    high_open = "exclusiveMaximum" in schema
    low = schema.get("exclusiveMinimum", schema.get("minimum"))
    high = schema.get("exclusiveMaximum", schema.get("maximum"))
    if low is not None or high is not None:
        words.append(_bounds(low, low_open, high, high_open))
    if "multipleOf" in schema:
        words.append(f"A multiple of {schema['multipleOf']}")
    if "pattern" in schema:
        words.append(f"Must match the regular expression `{schema['pattern']}`")
    if schema.get("format") in FORMATS:
        words.append(FORMATS[schema["format"]])
    if "minItems" in schema or "maxItems" in schema:
        words.append(_bounds(schema.get("minItems"), False, schema.get("maxItems"), False, "item"))
    if schema.get("uniqueItems"):
        words.append("No item may appear twice")
    if "items" in schema:
        item = item_words(spec, schema["items"])
        if item:
            words.append("Each item: " + "; ".join(lower(w) for w in item))
    if "minProperties" in schema:
        words.append(f"At least {_plural(schema['minProperties'], 'key')}")
    properties = schema.get("properties") or {}
    if properties:
        required = set(schema.get("required") or ())
        keys = [f"`{key}`" + (" (required)" if key in required else "") for key in properties]
        words.append(f"Keys: {', '.join(keys)}")
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    date_time = is_date_time(spec, schema)
    # A date-time's date-only branch is covered by what a date-time takes; other forms are spelt out.
    forms = [
        deref(spec, b)
        for b in branches
        if deref(spec, b).get("type") != "null"
        and not is_date_time(spec, b)
        and not (date_time and deref(spec, b).get("format") == "date")
    ]
    described = [
        "; ".join(lower(w) for w in constraint_words(spec, b)) or f"any {b.get('type', 'value')}" for b in forms
    ]
    if described and date_time:
        words.append("Also takes a string: " + _or(described))
    elif len(described) > 1:
        words.append("Either " + _or(described))
    elif described:
        words.append(described[0][:1].upper() + described[0][1:])
    return words


def item_words(spec: dict[str, Any], schema: Any) -> list[str]:
    return constraint_words(spec, schema) + ([values] if (values := enum_words(spec, schema)) else [])


def enum_words(spec: dict[str, Any], schema: Any) -> str:
    """`One of `720p` or `1080p``, or for long lists `One of the 13 `VideoLayout` values`."""
    resolved, name = follow(spec, schema)
    values = resolved.get("enum")
    if not values:
        return ""
    python_type = f"`{ClassName(name, 'field_')}`" if name else ""
    # An extensible request enumeration (the Python view's mark) lists known values: others are sent, with a warning.
    others = "; another value is sent with a warning" if resolved.get(OPEN_ENUM) else ""
    if len(values) > MAX_LISTED_VALUES and python_type:
        return f"One of the {len(values)} {python_type} values{others}"
    listed = _or([code(v) for v in values])
    if len(values) == 1:
        return f"Only {listed}" + (f" ({python_type})" if python_type else "") + others
    return f"One of {listed}" + (f" (a {python_type} or its value)" if python_type else "") + others


def nullable(spec: dict[str, Any], schema: Any) -> bool:
    resolved = deref(spec, schema)
    types = resolved.get("type")
    types = types if isinstance(types, list) else [types] if types else []
    branches = resolved.get("anyOf") or resolved.get("oneOf") or []
    return "null" in types or any(deref(spec, b).get("type") == "null" for b in branches)


# ---- value kinds: how a text (the command line's) or a Python value becomes the wire value ---------------------------


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return []
    return [t for t in ([declared] if isinstance(declared, str) else declared) if t != "null"]


def value_kind(schema: dict[str, Any]) -> tuple[str, str | None, list[Any] | None]:
    """The kind of an inlined schema's value, the item kind of a list, and the enum values (of the items)."""
    if schema.get("x-date-only"):
        return "string", None, None
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        kinds = {value_kind(branch)[0] for branch in branches}
        return (kinds.pop() if len(kinds) == 1 else "json"), None, None
    types = _types(schema)
    if len(types) != 1:
        return "json", None, None
    kind = types[0]
    if kind == "string" and schema.get("format") == "binary":
        return "file", None, None
    if kind == "array":
        item_kind, _, choices = value_kind(schema.get("items") or {})
        return "array", item_kind, choices
    return kind, None, schema.get("enum")


# ---- paging and results ---------------------------------------------------------------------------------------------


def _json_schema(spec: dict[str, Any], response: Any) -> Any:
    return inline(spec, response).get("content", {}).get("application/json", {}).get("schema")


def paging(spec: dict[str, Any], method: str, op: dict[str, Any]) -> tuple[str | None, str | None, bool]:
    """The one paging detector: how a list operation pages (`links` or `cursor`), which field holds its items and
    whether the page schema requires that field."""
    if method != "get":
        return None, None, False
    for status, response in op["responses"].items():
        if not status.startswith("2"):
            continue
        schema = _json_schema(spec, response) or {}
        props = schema.get("properties", {})
        for style, items, other in (("links", "data", "links"), ("cursor", "results", "cursor")):
            if items in props and other in props:
                return style, items, items in (schema.get("required") or ())
    return None, None, False


def _json_kinds(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    schema = inline(spec, schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return set().union(*(_json_kinds(spec, branch) for branch in branches))
    kind = schema.get("type", "object" if "properties" in schema else None)
    return {kind} if isinstance(kind, str) else set(kind or ())


def result_kind(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    """The JSON kind every success body has (a body of another kind cannot be parsed at all), or None."""
    kinds: set[str] = set()
    for status, response in op["responses"].items():
        schema = _json_schema(spec, response)
        if status.startswith("2") and schema is not None:
            kinds |= _json_kinds(spec, schema)
    return kinds.pop() if len(kinds) == 1 and kinds <= {"object", "array"} else None


def error_models(spec: dict[str, Any], op: dict[str, Any]) -> dict[int, str]:
    """Status -> the schema component of the error body the contract declares for it (named schemas only)."""
    models: dict[int, str] = {}
    for status, response in op["responses"].items():
        if status.startswith("2") or not status.isdigit():
            continue
        schema = deref(spec, response).get("content", {}).get("application/json", {}).get("schema", {})
        _, name = follow(spec, schema)
        if name is not None:
            models[int(status)] = name
    return models


# Units an `x-retry-after` number may be in, as seconds per unit.
RETRY_AFTER_UNITS = {"seconds": 1.0, "milliseconds": 0.001}


@dataclass(frozen=True)
class ErrorText:
    """Where an error model's message is: the `text` attribute of the object(s) at the attribute path `at`, with the
    `field` attribute (the request field it concerns) beside it, as `x-error-message` and `x-error-field` mark them."""

    at: tuple[str, ...]
    text: str
    field: str | None


@dataclass(frozen=True)
class ErrorModel:
    """An error body of the contract, and where its message and its wait (`x-retry-after`) are."""

    schema: str
    """The component under `components/schemas`."""
    cls: str
    module: str
    """The module of `videoconf._generated.models` the class lives in."""
    constant: str
    """The name of its object in the operation table (`SIGNAL_WIRE_ERROR`)."""
    texts: tuple[ErrorText, ...]
    wait: tuple[tuple[str, ...], float] | None
    """The attribute path of the number saying how long to wait, and its unit in seconds."""


def _error_marks(
    spec: dict[str, Any], schema: Any, at: tuple[str, ...], seen: frozenset[str]
) -> tuple[list[ErrorText], list[tuple[tuple[str, ...], float]]]:
    """The message and wait marks of an error schema, looking into its objects and its lists' items."""
    resolved, name = follow(spec, schema)
    if name in seen:
        return [], []
    seen = seen | ({name} if name else set())
    if resolved.get("type") == "array":
        return _error_marks(spec, resolved.get("items") or {}, at, seen)
    properties = resolved.get("properties") or {}
    fields = [python_name(key) for key, prop in properties.items() if deref(spec, prop).get("x-error-field")]
    texts: list[ErrorText] = []
    waits: list[tuple[tuple[str, ...], float]] = []
    for key, prop in properties.items():
        marks = deref(spec, prop)
        if marks.get("x-error-message"):
            texts.append(ErrorText(at, python_name(key), fields[0] if fields else None))
        if "x-retry-after" in marks:
            unit = marks["x-retry-after"]
            if unit not in RETRY_AFTER_UNITS or marks.get("type") not in ("integer", "number"):
                raise ContractError(
                    f"{name}.{key}: `x-retry-after` marks a number, in one of {list(RETRY_AFTER_UNITS)}"
                )
            waits.append(((*at, python_name(key)), RETRY_AFTER_UNITS[unit]))
        inner_texts, inner_waits = _error_marks(spec, prop, (*at, python_name(key)), seen)
        texts += inner_texts
        waits += inner_waits
    return texts, waits


def error_model(spec: dict[str, Any], schema: str) -> ErrorModel:
    texts, waits = _error_marks(spec, {"$ref": f"#/components/schemas/{schema}"}, (), frozenset())
    if len(waits) > 1:
        raise ContractError(f"{schema}: more than one field is marked `x-retry-after`")
    cls = str(ClassName(schema, "field"))
    return ErrorModel(
        schema=schema,
        cls=cls,
        module=str(PythonIdentifier(cls, "field")),
        constant=python_name(cls).upper(),
        texts=tuple(texts),
        wait=waits[0] if waits else None,
    )


# ---- Python types: what a resource method's annotations say, and what they import ----------------------------------

_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}

ClassOf = Callable[[tuple[str, ...]], str]
"""The class openapi-python-client gives a value that needs one (a model or an enum, `RoomMetaType0`): the value's
own property at `()`, its list items' at `("inner_property",)`; the caller reads it from the parser's properties."""


@dataclass(frozen=True)
class PythonType:
    """The annotation a resource method gives a value, and the imports it needs."""

    text: str
    imports: frozenset[tuple[str, str]] = frozenset()
    """(module, name) pairs; the name is "" for `import module`."""
    named: bool = False
    """Whether it names a class of the generated models (an enum or a model)."""


def _unsupported(schema: dict[str, Any], why: str) -> ContractError:
    return ContractError(f"no Python annotation for an argument schema {json.dumps(schema)[:200]}: {why}")


def python_type(spec: dict[str, Any], schema: Any, class_name: ClassOf, at: tuple[str, ...] = ()) -> PythonType:
    """The annotation of an argument taking `schema` (a required one: an optional one adds `| Unset`).

    Enums take their value too (`VideoLayout | str`), date-times a date or a string, lists any sequence, files bytes or
    a binary file, objects a mapping; the requester checks and converts what it is given."""
    schema = inline(spec, schema)
    branches = [b for b in schema.get("anyOf") or schema.get("oneOf") or [] if b.get("type") != "null"]
    kind = value_kind(schema)[0]
    if is_date_time(spec, schema):
        found = PythonType("datetime.datetime | datetime.date | str", frozenset({("datetime", "")}))
    elif len(branches) > 1:
        parts = [python_type(spec, branch, class_name, at) for branch in branches]
        if any(part.named for part in parts):
            raise _unsupported(schema, "a union with a model or an enum among its branches")
        # Sorted as openapi-python-client sorts a union's types (`str | UUID`).
        texts = sorted({part.text for part in parts}, key=str.lower)
        found = PythonType(" | ".join(texts), frozenset().union(*(part.imports for part in parts)))
    elif branches:
        found = python_type(spec, branches[0], class_name, at)
    elif schema.get("enum"):
        found = PythonType(f"{class_name(at)} | {_PRIMITIVES[kind]}", named=True)
    elif kind == "array":
        item = python_type(spec, schema.get("items") or {}, class_name, (*at, "inner_property"))
        # Sequence, not list: inside a resource class with a `list` method the builtin name is shadowed.
        found = PythonType(f"Sequence[{item.text}]", item.imports | {("collections.abc", "Sequence")}, item.named)
    elif kind == "file":
        found = PythonType("File | bytes | IO[bytes]", frozenset({("...types", "File"), ("typing", "IO")}))
    elif kind == "object":
        imports = frozenset({("collections.abc", "Mapping"), ("typing", "Any")})
        found = PythonType(f"{class_name(at)} | Mapping[str, Any]", imports, named=True)
    elif kind == "string" and schema.get("format") == "uuid":
        found = PythonType("UUID", frozenset({("uuid", "UUID")}))
    elif kind in _PRIMITIVES:
        found = PythonType(_PRIMITIVES[kind])
    else:
        raise _unsupported(schema, f"a value of kind {kind}")
    if nullable(spec, schema):
        if found.named:
            raise _unsupported(schema, "a nullable model or enum")
        found = replace(found, text=found.text + " | None")
    return found


PER_CALL = {
    "extra_headers": PythonType("Mapping[str, str] | None", frozenset({("collections.abc", "Mapping")})),
    "extra_query": PythonType("Mapping[str, object] | None", frozenset({("collections.abc", "Mapping")})),
    "extra_body": PythonType("Mapping[str, object] | None", frozenset({("collections.abc", "Mapping")})),
    "timeout": PythonType("float | httpx.Timeout | None", frozenset({("httpx", "")})),
}
"""The per-call options every resource method takes after its own keywords (openai-python's names), default None."""


def result_form(spec: dict[str, Any], op: dict[str, Any], status: int | None) -> str:
    """How a resource method reads the body of its first success `status`: `model` (an object: its model's
    `from_dict`), `parsed` (a union or a list: a function of the resource module) or `none` (no JSON body)."""
    schema = None if status is None else _json_schema(spec, op["responses"][str(status)])
    if schema is None:
        return "none"
    if schema.get("anyOf") or schema.get("oneOf") or _types(schema) == ["array"]:
        return "parsed"
    if _types(schema) == ["object"] or "properties" in schema:
        return "model"
    raise ContractError(f"{op['operationId']}: a success body of type {schema.get('type')} cannot be parsed")


# ---- the model ------------------------------------------------------------------------------------------------------


@dataclass
class Argument:
    """One argument of a resource method and of its command: a path or query parameter, or a body field."""

    name: str
    """The wire name."""
    python: str
    where: str
    """`path`, `query` or `body`."""
    required: bool
    """As the method takes it: with alternative bodies every body field is optional."""
    schema: Any
    """The schema as the contract writes it (`$ref`s not followed: a component's name names its Python type)."""
    inlined: dict[str, Any]
    description: str
    kind: str
    item_kind: str | None
    choices: list[Any] | None
    enum: list[Any] | None
    default: Any
    has_default: bool
    rules: list[str]
    """The constraint words the description does not already state."""
    date_time: bool
    nullable: bool
    media: str | None = None
    """For a body field: the media type of the first body that has it."""
    body_required: bool = False
    """For a body field: whether that body requires it."""
    style: str = "form"
    explode: bool = True


@dataclass
class Operation:
    id: str
    vendor: str
    tag: str
    resource: str
    method: str
    """The resource method's name and the command's (operationId without its resource)."""
    http_method: str
    path: str
    summary: str
    description: str
    arguments: list[Argument]
    """Path parameters in the path's order, query parameters, then every body field once."""
    bodies: list[tuple[str, dict[str, Any]]]
    """(media type, inlined schema) of each alternative body."""
    body_models: dict[str, str | None]
    """Media type -> the component under `components/schemas` each body's schema `$ref`s directly (None if inline)."""
    pagination: str | None
    items: str | None
    items_required: bool
    """Whether the page schema requires its items field (else an absent field reads as no items)."""
    success: list[int]
    result: str | None
    result_form: str
    """How the resource method reads the first success body: `model`, `parsed` or `none` (`result_form`)."""
    errors: dict[int, str]
    returns: str
    """The description of the first success response."""
    by_name: Argument | None
    """For a GET whose one path id also takes a name: the name's branch, the argument of its `get_by_name` twin."""
    op: dict[str, Any] = field(repr=False)

    @property
    def constant(self) -> str:
        """The name of the operation's object in the generated table, which its resource methods import."""
        return self.id.upper()

    def signature(self) -> list[Argument]:
        """The method's parameters in order: the path's positionally, then the keywords, those the contract requires
        first (a field every alternative body does not require is still sorted as its body says)."""
        keywords = [a for a in self.arguments if a.where != "path"]
        first = [a for a in keywords if (a.required if a.where == "query" else a.body_required)]
        return [a for a in self.arguments if a.where == "path"] + first + [a for a in keywords if a not in first]


@dataclass
class Resource:
    """A client resource: one tag of `paths` operations."""

    tag: str
    vendor: str
    attribute: str
    """The client attribute and the operationIds' prefix (`room_tokens`)."""
    module: str
    """The module of `videoconf._generated.api` its classes live in (`signal_wire_room_tokens`)."""
    cls: str
    """The blocking resource class (`SignalWireRoomTokens`); `Async...` and `...WithRawResponse` are its twins."""


@dataclass
class Webhook:
    """An event the vendor sends: its `type`, the model its payload parses into, the header carrying its signature."""

    event: str
    vendor: str
    model: str
    signature_header: str


@dataclass
class Vendor:
    name: str
    """`signalwire`, `whereby`: the operation table's vendor and the bundle's file name."""
    title: str
    """`SignalWire`, `Whereby`."""
    scheme_name: str
    security: dict[str, Any]
    servers: list[dict[str, Any]]


@dataclass
class Contract:
    neutral: dict[str, Any]
    """The resolved, language-neutral contract (bundles, servers, security)."""
    view: dict[str, Any]
    """The Python view (every Python output)."""
    vendors: dict[str, Vendor]
    operations: dict[str, Operation]
    resources: list[Resource]
    """One per tag of `paths` operations, in the contract's order."""
    tag_descriptions: dict[str, str]
    webhooks: list[Webhook]
    error_models: dict[str, list[ErrorModel]]
    """Per vendor, every error model its operations declare, by first status: a body of a status that no operation
    declares (or of an unexpected shape) is tried against these, after the model declared for its status."""


def argument(
    spec: dict[str, Any], name: str, where: str, schema: Any, description: str | None, required: bool
) -> Argument:
    resolved = deref(spec, schema)
    text = description or resolved.get("description") or ""
    inlined = inline(spec, schema)
    kind, item_kind, choices = value_kind(inlined)
    # A rule the description already states ("Identifier (UUID) of ...") is not repeated.
    rules = [w for w in constraint_words(spec, schema) if w.removeprefix("A ").removeprefix("An ") not in text]
    return Argument(
        name=name,
        python=python_name(name),
        where=where,
        required=required,
        schema=schema,
        inlined=inlined,
        description=text,
        kind=kind,
        item_kind=item_kind,
        choices=choices,
        enum=resolved.get("enum"),
        default=resolved.get("default"),
        has_default="default" in resolved,
        rules=rules,
        date_time=is_date_time(spec, schema),
        nullable=nullable(spec, schema),
    )


def _operation(spec: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> Operation:
    resource = resource_of(op["tags"][0])
    params = [deref(spec, p) for p in spec["paths"][path].get("parameters", []) + op.get("parameters", [])]
    by_path = {p["name"]: p for p in params if p["in"] == "path"}
    arguments = [
        # Path parameters in the order the path names them, as openapi-python-client orders the positionals.
        argument(spec, p, "path", by_path[p]["schema"], by_path[p].get("description"), True)
        for p in _PLACEHOLDER.findall(path)
    ]
    for p in params:
        if p["in"] != "query":
            continue
        query = argument(spec, p["name"], "query", p["schema"], p.get("description"), bool(p.get("required")))
        query.style = p.get("style", "form")
        query.explode = bool(p.get("explode", query.style in ("form", "deepObject")))
        arguments.append(query)
    content = deref(spec, op["requestBody"])["content"] if "requestBody" in op else {}
    bodies = [(media, deref(spec, entry["schema"])) for media, entry in content.items()]
    loose = len(bodies) > 1
    seen = {a.name for a in arguments}
    for media, body in bodies:
        required = set(body.get("required") or ())
        for name, prop in (body.get("properties") or {}).items():
            if name in seen:
                continue
            seen.add(name)
            field_ = argument(spec, name, "body", prop, prop.get("description"), name in required and not loose)
            field_.media, field_.body_required = media, name in required
            arguments.append(field_)
    by_name = None
    # One GET serves ids and names (the vendor's two GETs on the same path, merged): it gets a name-only twin.
    for p in by_path.values() if method == "get" and len(by_path) == 1 else ():
        branches = p["schema"].get("anyOf") or []
        names = [b for b in branches if deref(spec, b).get("format") != "uuid"]
        if len(branches) > 1 and len(names) == 1:
            by_name = argument(spec, "name", "path", names[0], None, True)
    success = sorted(int(s) for s in op["responses"] if s.startswith("2"))
    first = deref(spec, op["responses"][str(success[0])]) if success else {}
    pagination, items, items_required = paging(spec, method, op)
    return Operation(
        id=op["operationId"],
        vendor=VENDORS[next(iter(op["security"][0]))],
        tag=op["tags"][0],
        resource=resource,
        method=op["operationId"][len(resource) + 1 :],
        http_method=method.upper(),
        path=path,
        summary=op.get("summary", ""),
        description=op.get("description", ""),
        arguments=arguments,
        bodies=[(media, inline(spec, body)) for media, body in bodies],
        body_models={media: _component(entry["schema"]) for media, entry in content.items()},
        pagination=pagination,
        items=items,
        items_required=items_required,
        success=success,
        result=result_kind(spec, op),
        result_form=result_form(spec, op, success[0] if success else None),
        errors=error_models(spec, op),
        returns=first.get("description", ""),
        by_name=by_name,
        op=op,
    )


def _component(schema: Any) -> str | None:
    """The schema component a schema names directly by its `$ref`, not followed further (the model class's name)."""
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return str(ref.rsplit("/", 1)[1]) if ref.startswith("#/components/schemas/") else None


def vendor_servers(spec: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    """A vendor's servers: those every one of its paths declares, or else the contract's root servers."""
    declared = [
        item.get("servers")
        for item in spec.get("paths", {}).values()
        if any(tag.startswith(prefix) for op in path_operations(path_item(spec, item)) for tag in op.get("tags", []))
    ]
    if declared and declared[0] and all(servers == declared[0] for servers in declared):
        return list(declared[0])
    servers: list[dict[str, Any]] = spec.get("servers", [])
    return servers


def _webhook(spec: dict[str, Any], name: str, op: dict[str, Any]) -> Webhook:
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    # resolve.check has made sure of the shape: a named schema whose `type` is the event, one signature header.
    assert event_type(spec, schema) == name, name
    _, component = follow(spec, schema)
    return Webhook(
        event=name,
        vendor=next(VENDORS[s] for s, prefix in VENDOR_PREFIXES.items() if op["tags"][0].startswith(prefix)),
        model=str(ClassName(str(component), "field")),
        signature_header=next(p["name"] for p in (deref(spec, p) for p in op["parameters"]) if p["in"] == "header"),
    )


def build(neutral: dict[str, Any], view: dict[str, Any]) -> Contract:
    """The model of a resolved contract and its Python view."""
    vendors = {
        VENDORS[scheme]: Vendor(
            name=VENDORS[scheme],
            title=prefix.strip(),
            scheme_name=scheme,
            security=neutral["components"]["securitySchemes"][scheme],
            servers=vendor_servers(neutral, prefix),
        )
        for scheme, prefix in VENDOR_PREFIXES.items()
    }
    ops = {op["operationId"]: _operation(view, method, path, op) for method, path, op in operations(view)}
    declared: dict[str, list[tuple[int, str]]] = {name: [] for name in vendors}
    for operation in ops.values():
        declared[operation.vendor] += operation.errors.items()
    return Contract(
        neutral=neutral,
        view=view,
        vendors=vendors,
        operations=ops,
        error_models={
            name: [error_model(view, schema) for schema in dict.fromkeys(schema for _, schema in sorted(pairs))]
            for name, pairs in declared.items()
        },
        resources=[
            Resource(
                tag=tag,
                vendor=next(vendor for scheme, vendor in VENDORS.items() if tag.startswith(VENDOR_PREFIXES[scheme])),
                attribute=resource_of(tag),
                module=str(PythonIdentifier(tag, "tag")),
                cls=str(ClassName(tag, "field")),
            )
            for tag in operation_tags(view)
        ],
        tag_descriptions={tag["name"]: tag.get("description", "") for tag in view.get("tags", [])},
        webhooks=[_webhook(view, name, op) for _, name, op in webhooks(view)],
    )
