"""The one request checker: JSON Schema 2020-12 semantics for the keywords the contract uses, on JSON values.

The client (after turning Python values into JSON ones) and the sandbox both call `violations` or
`first_violation`, so a value one refuses the other refuses too. `pattern` follows ECMA-262, as JSON Schema says:
`$` matches only at the end of the string, `.` stops at any line terminator, `\\d` and `\\w` are ASCII.
Formats are assertions: `date-time` and `date` as `_dates` defines them, `uuid`, `uri`, `email`, `int32`, `int64`.
An `enum` marked `x-videoconf-open-enum` (a request enumeration the contract keeps extensible) lists known values, not
the only ones: a value outside it is an advisory violation, which the client sends with a warning.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ._dates import is_date, is_date_time
from ._parsing import json_type

__all__ = [
    "OPEN_ENUM",
    "Path",
    "Violation",
    "ecma_regex",
    "first_violation",
    "json_equal",
    "json_kind",
    "path_text",
    "violations",
]

Path = tuple[str | int, ...]

OPEN_ENUM = "x-videoconf-open-enum"
_JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z", re.ASCII)
# RFC 3986: a scheme, then no whitespace or control characters.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20\x7f]+\Z", re.ASCII)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")
# ECMA-262 WhiteSpace and LineTerminator code points: what `\s` matches there.
_ECMA_SPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_ECMA_CLASSES = {
    "d": "0-9",
    "w": "A-Za-z0-9_",
    "s": _ECMA_SPACE,
}


@dataclass(frozen=True, slots=True)
class Violation:
    """One rule a value breaks: where it sits in the checked value, the keyword, the value, and why in words."""

    path: Path
    rule: str
    value: object
    reason: str
    """Says what is wrong without naming the field or the value: `is not one of ['720p', '1080p']`."""
    advisory: bool = False
    """A value outside an extensible request enumeration: the client sends it with a warning, the sandbox (which knows
    only the listed values) refuses it."""

    @property
    def where(self) -> str:
        return path_text(self.path)


def path_text(path: Sequence[str | int]) -> str:
    """`recording.destination.region`, `permissions[1]`: keys joined by dots, list indexes in brackets."""
    text = ""
    for part in path:
        text = f"{text}[{part}]" if isinstance(part, int) else (f"{text}.{part}" if text else part)
    return text


def json_kind(value: object) -> str:
    """The JSON Schema type of a decoded JSON value; `integer` for integral numbers (5.0 too), as JSON Schema says.

    Bytes (an uploaded file's content) count as a string: OpenAPI's `format: binary`, which takes nothing else.
    """
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, bytes):
        return "string"
    if isinstance(value, tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return json_type(value)


def first_violation(value: object, schema: Mapping[str, Any], path: Path = ()) -> Violation | None:
    """The first rule `value` breaks (advisory ones aside), or None when it satisfies `schema`."""
    return next((found for found in violations(value, schema, path) if not found.advisory), None)


def violations(value: object, schema: Mapping[str, Any], path: Path = ()) -> list[Violation]:
    """Every rule `value` (a decoded JSON value) breaks, in the order of the value's fields; empty when it is valid."""
    if isinstance(value, float) and not math.isfinite(value):
        return [Violation(path, "type", value, "is not a finite number")]
    found: list[Violation] = []
    declared = _declared_types(schema)
    if declared:
        kind = json_kind(value)
        if kind not in declared and not (kind == "integer" and "number" in declared):
            return [Violation(path, "type", value, f"is not of type {_or(declared)}")]
    if "const" in schema and not json_equal(value, schema["const"]):
        found.append(Violation(path, "const", value, f"is not {schema['const']!r}"))
    if "enum" in schema and not any(json_equal(value, option) for option in schema["enum"]):
        if schema.get(OPEN_ENUM):
            found.append(Violation(path, "enum", value, _unlisted(value, schema["enum"]), advisory=True))
        else:
            found.append(Violation(path, "enum", value, f"is not one of {schema['enum']!r}"))
    kind = json_kind(value)
    if kind == "string":
        found.extend(_string(value, schema, path))
    elif kind in ("integer", "number"):
        found.extend(_number(value, schema, path))
    elif kind == "array":
        assert isinstance(value, list | tuple)
        found.extend(_array(value, schema, path))
    elif kind == "object":
        assert isinstance(value, Mapping)
        found.extend(_object(value, schema, path))
    for sub in schema.get("allOf") or ():
        found.extend(violations(value, sub, path))
    if "anyOf" in schema:
        found.extend(_any_of(value, schema["anyOf"], path, one=False))
    if "oneOf" in schema:
        found.extend(_any_of(value, schema["oneOf"], path, one=True))
    return found


def _string(value: object, schema: Mapping[str, Any], path: Path) -> list[Violation]:
    if isinstance(value, bytes):
        # A file's content: only `format: binary` describes it, and nothing in it is checked.
        return []
    assert isinstance(value, str)
    found: list[Violation] = []
    fmt = schema.get("format")
    if isinstance(fmt, str):
        problem = _FORMATS.get(fmt)
        if problem is not None and not problem[0](value):
            found.append(Violation(path, "format", value, f"{problem[1]} (format {fmt!r})"))
    # JSON Schema counts characters (code points), which is what `len` counts.
    if "minLength" in schema and len(value) < schema["minLength"]:
        found.append(Violation(path, "minLength", value, f"is shorter than the minLength of {schema['minLength']}"))
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        found.append(Violation(path, "maxLength", value, f"is longer than the maxLength of {schema['maxLength']}"))
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and ecma_regex(pattern).search(value) is None:
        found.append(Violation(path, "pattern", value, f"does not match the pattern {pattern!r}"))
    return found


def _number(value: object, schema: Mapping[str, Any], path: Path) -> list[Violation]:
    assert isinstance(value, int | float) and not isinstance(value, bool)
    found: list[Violation] = []
    for rule, ok, problem in _BOUNDS:
        limit = schema.get(rule)
        # OpenAPI 3.0 wrote exclusiveMinimum as a boolean; only the numeric form (2020-12) is a limit.
        if isinstance(limit, int | float) and not isinstance(limit, bool) and not ok(value, limit):
            found.append(Violation(path, rule, value, f"{problem} {limit}"))
    step = schema.get("multipleOf")
    if isinstance(step, int | float) and not isinstance(step, bool) and step > 0 and not _multiple(value, step):
        found.append(Violation(path, "multipleOf", value, f"is not a multiple of {step}"))
    bounds = _INT_RANGES.get(str(schema.get("format")))
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        bits = str(schema["format"]).removeprefix("int")
        found.append(
            Violation(path, "format", value, f"does not fit in a {bits}-bit integer (format {schema['format']!r})")
        )
    return found


_BOUNDS: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
    ("minimum", lambda v, limit: v >= limit, "is less than the minimum of"),
    ("maximum", lambda v, limit: v <= limit, "is greater than the maximum of"),
    ("exclusiveMinimum", lambda v, limit: v > limit, "is not greater than the exclusiveMinimum of"),
    ("exclusiveMaximum", lambda v, limit: v < limit, "is not less than the exclusiveMaximum of"),
)


def _multiple(value: float, step: float) -> bool:
    if isinstance(value, int) and isinstance(step, int):
        return value % step == 0
    # Decimal from the shortest repr, so that 0.3 is a multiple of 0.1 as a person reads them.
    try:
        return Decimal(repr(value)) % Decimal(repr(step)) == 0
    except InvalidOperation:
        return False


def _array(value: Sequence[object], schema: Mapping[str, Any], path: Path) -> list[Violation]:
    found: list[Violation] = []
    if "minItems" in schema and len(value) < schema["minItems"]:
        found.append(Violation(path, "minItems", value, f"has fewer than the minItems of {schema['minItems']}"))
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        found.append(Violation(path, "maxItems", value, f"has more than the maxItems of {schema['maxItems']}"))
    if schema.get("uniqueItems") is True:
        for index, item in enumerate(value):
            if any(json_equal(item, earlier) for earlier in value[:index]):
                found.append(Violation((*path, index), "uniqueItems", item, "repeats an earlier item (uniqueItems)"))
                break
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            found.extend(violations(item, items, (*path, index)))
    return found


def _object(value: Mapping[Any, object], schema: Mapping[str, Any], path: Path) -> list[Violation]:
    found: list[Violation] = []
    properties: Mapping[str, Any] = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        sub = properties.get(key)
        if sub is not None:
            found.extend(violations(item, sub, (*path, key)))
        elif extra is False:
            found.append(Violation((*path, key), "additionalProperties", item, "is not a field this object takes"))
        elif isinstance(extra, Mapping):
            found.extend(violations(item, extra, (*path, key)))
    for key in schema.get("required") or ():
        if key not in value:
            found.append(Violation((*path, key), "required", None, "is required"))
    return found


def _any_of(value: object, branches: Sequence[Mapping[str, Any]], path: Path, *, one: bool) -> list[Violation]:
    results = [violations(value, branch, path) for branch in branches]
    # A branch passes when it breaks no rule but advisory ones; one without any violation wins over those.
    passing = [result for result in results if all(found.advisory for found in result)]
    if one and len(passing) > 1:
        return [Violation(path, "oneOf", value, f"matches {len(passing)} of the oneOf alternatives, not exactly one")]
    if passing:
        return min(passing, key=len)
    # A branch of another type says little; where the type fits, that branch's own reasons are the useful ones.
    specific = [r for r in results if not (len(r) == 1 and r[0].rule == "type" and r[0].path == path)]
    if len(specific) == 1:
        return specific[0]
    rules = {r[0].rule for r in specific if len(r) == 1 and r[0].path == path}
    if len(rules) == 1 and all(len(r) == 1 and r[0].path == path for r in specific):
        # Every alternative refuses it for the same kind of reason (a date-time or a date): one error of that kind.
        return [Violation(path, rules.pop(), value, " and ".join(r[0].reason for r in specific))]
    if specific:
        reasons = "; ".join(
            ", ".join((f"{v.where}: " if v.path != path else "") + v.reason for v in result) for result in specific
        )
        return [Violation(path, "oneOf" if one else "anyOf", value, f"matches none of: {reasons}")]
    expected = sorted({t for branch in branches for t in _declared_types(branch)}, key=_JSON_TYPES.index)
    return [Violation(path, "type", value, f"is not of type {_or(expected)}")]


def _unlisted(value: object, options: Sequence[object]) -> str:
    import difflib  # only for this rare case: the checker loads with every client

    words = [option for option in options if isinstance(option, str)]
    close = difflib.get_close_matches(value, words, n=1) if isinstance(value, str) else []
    return "is not one of the values the contract lists" + (f" (did you mean {close[0]!r}?)" if close else "")


def json_equal(left: object, right: object) -> bool:
    """Equality as JSON Schema has it: 1 equals 1.0, but true is no 1; objects by members, arrays in order."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    if isinstance(left, list | tuple) and isinstance(right, list | tuple):
        return len(left) == len(right) and all(json_equal(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return left.keys() == right.keys() and all(json_equal(left[key], right[key]) for key in left)
    return type(left) is type(right) and left == right


def _declared_types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return []
    return [declared] if isinstance(declared, str) else list(declared)


def _or(types: Sequence[str]) -> str:
    return " or ".join(repr(t) for t in types)


def _uuid(text: str) -> bool:
    return _UUID.match(text) is not None


def _uri(text: str) -> bool:
    return _URI.match(text) is not None


def _email(text: str) -> bool:
    return _EMAIL.match(text) is not None


_FORMATS: dict[str, tuple[Callable[[str], bool], str]] = {
    "date-time": (is_date_time, "is not an RFC 3339 date-time"),
    "date": (is_date, "is not a YYYY-MM-DD date"),
    "uuid": (_uuid, "is not a valid UUID"),
    "uri": (_uri, "is not an absolute URI"),
    "email": (_email, "is not an email address"),
    # A file's content arrives as bytes (and passes above); text there is a form field where a file belongs.
    "binary": (lambda text: False, "is text, not a file"),
}


@functools.lru_cache(maxsize=512)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """`pattern` (ECMA-262, as JSON Schema's `pattern` is) compiled once into a Python regex that means the same.

    `$` becomes `\\Z` (Python's `$` also matches before a final newline), `.` excludes every ECMA line terminator,
    `\\d` and `\\w` are ASCII and `\\s` is ECMA's set of spaces; named groups and their back-references take
    Python's spelling.
    """
    # ASCII mode for what stays a Python escape: `\\b` and the negated classes inside a class.
    return re.compile(_translate(pattern), re.ASCII)


def _translate(pattern: str) -> str:
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            index += 2
            if escaped in _ECMA_CLASSES:
                body = _ECMA_CLASSES[escaped]
                out.append(body if in_class else f"[{body}]")
            elif escaped == "k" and pattern.startswith("<", index) and ">" in pattern[index:]:
                end = pattern.index(">", index)
                out.append(f"(?P={pattern[index + 1 : end]})")
                index = end + 1
            elif escaped.lower() in _ECMA_CLASSES and not in_class:
                out.append(f"[^{_ECMA_CLASSES[escaped.lower()]}]")
            else:
                # `\D`, `\W`, `\S` inside a class stay as they are, read in ASCII mode (see `ecma_regex`).
                out.append("/" if escaped == "/" else "\\" + escaped)
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif char == "[":
                # In ECMA an unescaped `[` inside a class is that character; Python would warn of a nested set.
                char = "\\["
            out.append(char)
        elif pattern.startswith("[]", index):
            out.append("(?!)")  # ECMA's empty class matches nothing
            index += 1
        elif pattern.startswith("[^]", index):
            out.append("[\\s\\S]")  # and its negation matches any character
            index += 2
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "$":
            out.append("\\Z")
        elif char == ".":
            out.append("[^\\n\\r\\u2028\\u2029]")
        elif char == "(" and pattern.startswith("?<", index + 1) and pattern[index + 3 : index + 4] not in ("=", "!"):
            out.append("(?P<")
            index += 2
        else:
            out.append(char)
        index += 1
    return "".join(out)
