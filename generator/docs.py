"""The resource methods' docstring text: each argument's description, constraints, default and values, in words.

openapi-python-client's properties carry neither a parameter's own description nor a schema's constraints, and its
CLI takes no custom Jinja filters, so the text is written here and handed to `endpoint_init.py.jinja` as a generated
template of data (`render`), which the template imports.
"""

from __future__ import annotations

import json
from typing import Any

from openapi_python_client.strings import ClassName

from generator.resolve import operations

# Longer enums are named by their Python type instead of listed, so one argument stays a few lines.
MAX_LISTED_VALUES = 8
DATA_TEMPLATE = "videoconf_docs.jinja"

# The per-call options every method takes (openai-python's names), after its own keywords.
PER_CALL = {
    "extra_headers": "Headers added to this request only, after the client's own; a header of the same name is "
    "replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.",
    "extra_query": "Query parameters added to this request only, after validation; a parameter the method also "
    "sets is replaced.",
    "extra_body": "Fields merged into the request body after validation, so fields the contract does not know yet "
    "can be sent; a key that the contract declares replaces that field's value.",
    "timeout": "Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.",
}

PAGER = {
    "sync": "One page of results that auto-paginates: `for item in ...` yields every item of this page and of every "
    "following page, each fetched when it is reached. For pages, loop over `.iter_pages()`, or read `.data` (this "
    "page's items), `.has_next_page()` and `.get_next_page()`.",
    "async": "One page of results that auto-paginates: `async for item in ...` yields every item of this page and of "
    "every following page, each fetched when it is reached. For pages, `async for page in ....iter_pages()`, or "
    "`await` it to load this page and read `.data`, `.has_next_page()` and `await .get_next_page()`.",
}

_SENT = "raised before anything is sent"
RAISES = {
    "call": [
        ["ValidationError", f"An argument breaks the contract (type, pattern, length, range or values); {_SENT}."],
        [
            "APIStatusError",
            "The server answered 4xx or 5xx (after any retries); a subclass names the status, such as "
            "`NotFoundError` or `RateLimitError`.",
        ],
        ["APIConnectionError", "The server could not be reached, or (`APITimeoutError`) did not answer in time."],
        [
            "APIResponseValidationError",
            "The answer cannot be used: not JSON, or not the kind of body this operation returns; in strict mode, "
            "also any value the contract does not allow.",
        ],
    ],
}
# A pager sends nothing until it is used, so the errors of the exchange come from iterating it.
RAISES["pager"] = [RAISES["call"][0]] + [
    [name, "When iterating fetches a page: " + text[:1].lower() + text[1:]] for name, text in RAISES["call"][1:]
]


FORMATS = {
    "uuid": "A UUID",
    "uri": "A URL",
    "email": "An email address",
    "date": "A date (`datetime.date` or `YYYY-MM-DD`)",
    "binary": "A file: a `File`, `bytes` or a binary file object",
}


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def _code(value: Any) -> str:
    """A value as a Python user would write it, in backticks."""
    if isinstance(value, str):
        return f"`{value}`"
    if isinstance(value, bool) or value is None:
        return f"`{value!r}`"
    if isinstance(value, list | dict):
        return f"`{json.dumps(value)}`"
    return f"`{value}`"


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Follow `$ref`s (keywords beside a `$ref` win); also return the component's name, which names its Python type."""
    name = None
    while "$ref" in schema:
        ref = schema["$ref"]
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        name = ref.rsplit("/", 1)[-1]
        schema = {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
    return schema, name


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


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def constraints(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """The rules a value must follow, one sentence each (no description, enum values or default)."""
    schema, _ = resolve(spec, schema)
    words: list[str] = []
    types = schema.get("type")
    types = types if isinstance(types, list) else [types] if types else []
    if "minLength" in schema or "maxLength" in schema:
        words.append(_bounds(schema.get("minLength"), False, schema.get("maxLength"), False, "character"))
    low_open = "exclusiveMinimum" in schema
    high_open = "exclusiveMaximum" in schema
    low = schema.get("exclusiveMinimum", schema.get("minimum"))
    high = schema.get("exclusiveMaximum", schema.get("maximum"))
    if low is not None or high is not None:
        words.append(_bounds(low, low_open, high, high_open))
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
            words.append("Each item: " + "; ".join(_lower(w) for w in item))
    if "minProperties" in schema:
        words.append(f"At least {_plural(schema['minProperties'], 'key')}")
    properties = schema.get("properties") or {}
    if properties:
        required = set(schema.get("required") or ())
        keys = [f"`{key}`" + (" (required)" if key in required else "") for key in properties]
        words.append(f"Keys: {', '.join(keys)}")
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    date_time = _is_date_time(spec, schema)
    # A date-time's date-only branch is covered by what date_time_words says; other forms are spelt out.
    forms = [
        resolve(spec, b)[0]
        for b in branches
        if resolve(spec, b)[0].get("type") != "null"
        and not _is_date_time(spec, b)
        and not (date_time and resolve(spec, b)[0].get("format") == "date")
    ]
    described = ["; ".join(_lower(w) for w in constraints(spec, b)) or f"any {b.get('type', 'value')}" for b in forms]
    if described and date_time:
        words.append("Also takes a string: " + _or(described))
    elif len(described) > 1:
        words.append("Either " + _or(described))
    elif described:
        words.append(described[0][:1].upper() + described[0][1:])
    if "null" in types or any(resolve(spec, b)[0].get("type") == "null" for b in branches):
        words.append("`None` is sent as null")
    return words


def item_words(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    return constraints(spec, schema) + ([values] if (values := enum_words(spec, schema)) else [])


def enum_words(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """`One of `720p` or `1080p``, or for long lists `One of the 13 `VideoLayout` values`."""
    resolved, name = resolve(spec, schema)
    values = resolved.get("enum")
    if not values:
        return ""
    python_type = f"`{ClassName(name, 'field_')}`" if name else ""
    if len(values) > MAX_LISTED_VALUES and python_type:
        return f"One of the {len(values)} {python_type} values"
    listed = _or([_code(v) for v in values])
    if len(values) == 1:
        return f"Only {listed}" + (f" ({python_type})" if python_type else "")
    return f"One of {listed}" + (f" (a {python_type} or its value)" if python_type else "")


def _is_date_time(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    resolved, _ = resolve(spec, schema)
    if resolved.get("format") == "date-time" or resolved.get("x-date-only"):
        return True
    return any(_is_date_time(spec, b) for b in resolved.get("anyOf") or resolved.get("oneOf") or [])


def date_time_words(description: str) -> str:
    """What a Python caller may pass for a date-time; the midnight rule only where the contract does not say it."""
    date = "a `date` alone (midnight UTC)" if "midnight UTC" not in description else "a `date`"
    return f"Takes an aware `datetime`, a naive one (read as UTC), {date} or an RFC 3339 string"


def argument(spec: dict[str, Any], schema: dict[str, Any], description: str | None = None) -> str:
    """Everything a caller needs to know about one argument, as sentences."""
    resolved, _ = resolve(spec, schema)
    text = description or resolved.get("description") or ""
    parts = [text]
    if _is_date_time(spec, schema):
        parts.append(date_time_words(text))
    # A rule the description already states ("Identifier (UUID) of ...") is not repeated.
    parts.extend(w for w in constraints(spec, schema) if w.removeprefix("A ").removeprefix("An ") not in text)
    parts.append(enum_words(spec, schema))
    if "default" in resolved:
        parts.append(f"When left out, the server uses {_code(resolved['default'])}")
    return " ".join(_sentence(part) for part in parts if part)


def _parameters(spec: dict[str, Any], path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
    params = spec["paths"][path].get("parameters", []) + op.get("parameters", [])
    return [resolve(spec, p)[0] for p in params]


def _bodies(spec: dict[str, Any], op: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    if "requestBody" not in op:
        return []
    content = resolve(spec, op["requestBody"])[0]["content"]
    return [(media, resolve(spec, entry["schema"])[0]) for media, entry in content.items()]


_FORMS = {"multipart/form-data": "upload (`multipart/form-data`)", "application/json": "JSON"}


def operation_docs(spec: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> dict[str, Any]:
    """Per operation: `args` (wire name -> text), `returns`, and `by_name` for a path id that also takes a name."""
    args: dict[str, str] = {}
    docs: dict[str, Any] = {"args": args}
    for param in _parameters(spec, path, op):
        args[param["name"]] = argument(spec, param["schema"], param.get("description"))
        branches = param["schema"].get("anyOf") or []
        names = [b for b in branches if resolve(spec, b)[0].get("format") != "uuid"]
        if param["in"] == "path" and len(branches) > 1 and len(names) == 1:
            docs["by_name"] = argument(spec, names[0])
    bodies = _bodies(spec, op)
    for media, body in bodies:
        required = set(body.get("required") or ())
        for name, prop in (body.get("properties") or {}).items():
            if name in args:
                continue
            text = argument(spec, prop, prop.get("description"))
            if len(bodies) > 1:
                # The method takes the fields of every body as optional keywords; the ones given pick the body.
                form = _FORMS.get(media, f"`{media}`")
                text += f" Only for the {form} form of this call" + (
                    ", which requires it." if name in required else "."
                )
            args[name] = text
    success = sorted(status for status in op["responses"] if status.startswith("2"))
    response = resolve(spec, op["responses"][success[0]])[0] if success else {}
    docs["returns"] = _sentence(response.get("description", ""))
    return docs


def collect(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: operation_docs(spec, method, path, op) for method, path, op in operations(spec)}


def render(spec: dict[str, Any]) -> str:
    """A Jinja template of data only: `{% import "videoconf_docs.jinja" as docs %}` gives `docs.operations` etc."""
    data = {"operations": collect(spec), "per_call": PER_CALL, "pager": PAGER, "raises": RAISES}
    # JSON with ASCII escapes is a valid Jinja literal: Jinja reads string escapes as Python does.
    lines = [
        f"{{% set {name} = {json.dumps(value, ensure_ascii=True, sort_keys=True)} %}}" for name, value in data.items()
    ]
    return "{# Generated by generator/docs.py for endpoint_init.py.jinja. #}\n" + "\n".join(lines) + "\n"
