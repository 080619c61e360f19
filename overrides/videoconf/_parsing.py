"""What generated models call while parsing: the drift receiver they report disagreements to, and checks (videoconf).

A model's `from_dict(data, drift, at)` never raises on its own account: each value the contract does not allow here
is reported to `drift` with where it sits, and the field keeps None (missing, null) or the value as received (wrong
type). The receiver decides: `STRICT` (the default, for direct calls) raises `ContractMismatch`; videoconf's receiver
records a drift event and raises only in strict mode. Paths are built only when something is reported.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, Literal, Protocol, TypeVar, get_args
from uuid import UUID, SafeUUID

from ._dates import read_date as _parse_date
from ._dates import read_date_time as _parse_datetime

__all__ = [
    "HARD",
    "KINDS",
    "MISSING",
    "STRICT",
    "UTC",
    "ContractMismatch",
    "Drift",
    "Kind",
    "Node",
    "Trial",
    "describe",
    "fromisoformat",
    "json_type",
    "members",
    "mismatch",
    "new_instance",
    "parse_date",
    "parse_datetime",
    "parse_enum",
    "parse_uuid",
    "path_text",
    "received",
    "settle",
    "unknown_fields",
    "uuid_text",
]

E = TypeVar("E", bound=Enum)

Kind = Literal["missing", "wrong_type", "null", "unknown_enum", "unknown_field", "other_path"]

KINDS: Final[frozenset[str]] = frozenset(get_args(Kind))

HARD: Final[frozenset[str]] = frozenset({"missing", "wrong_type", "null", "other_path"})
"""The kinds strict mode raises on; unknown enum values and fields are what an API adds without notice: never.
(`other_path` is paging's own: a next link to another path than the operation's.)"""

Node = tuple[Any, str | int] | None
"""Where a value sits: None is the body itself, otherwise (parent node, key or list index)."""


class Missing:
    """A required key the body does not have (None cannot say so: it is JSON null)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = Missing()


class Drift(Protocol):
    """Receives each disagreement between a body and the contract; it may raise, or record and let parsing go on."""

    def report(self, where: Node, kind: Kind, expected: str, value: object, pointer: str | None = None) -> None:
        """One disagreement: where in the body, its kind, what the contract expects, the value received, and
        `pointer`, the JSON pointer of the contract schema that disagreed (the property, or the object for an unknown
        field) as the generator wrote it, None where it is not known."""
        ...


class ContractMismatch(ValueError):
    """Raised by a model's `from_dict` called without a drift receiver, on a value the contract does not allow."""


class _Strict:
    def __repr__(self) -> str:
        return "STRICT"

    def report(self, where: Node, kind: Kind, expected: str, value: object, pointer: str | None = None) -> None:
        if kind in HARD:
            raise ContractMismatch(describe(path_text(where), kind, expected, received(kind, value)))


STRICT: Final[Drift] = _Strict()


# The Python types of decoded JSON, by JSON type name; `bool` before `int`, which it subclasses.
_JSON_TYPES: Final = ((type(None), "null"), (bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))
_JSON_TYPES_BY_CLASS: Final = {**dict(_JSON_TYPES), list: "array", dict: "object"}


def json_type(value: object) -> str:
    """The JSON type name of a decoded value (`integer` and `number` apart, as JSON Schema has them)."""
    found = _JSON_TYPES_BY_CLASS.get(type(value))
    if found is not None:
        return found
    # A subclass (an enum member of `str` or `int`, a dict subclass): its JSON type is its base's.
    for base, name in (*_JSON_TYPES, (list, "array"), (dict, "object")):
        if isinstance(value, base):
            return name
    return type(value).__name__


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")


def path_text(where: Node) -> str:
    """`data[3].quality` for ((((None, "data"), 3), "quality"); a key that is not a plain name is quoted."""
    parts: list[str | int] = []
    while where is not None:
        where, key = where
        parts.append(key)
    text = ""
    for key in reversed(parts):
        if isinstance(key, int):
            text += f"[{key}]"
        elif _PLAIN_KEY.match(key):
            text += f".{key}" if text else key
        else:
            text += "[" + repr(key) + "]"
    return text


def received(kind: Kind, value: object) -> str | int | None:
    """What a drift report may say about the value: its JSON type, the value itself for an unknown enum value (a
    name the API gives something), nothing when it is missing. Any other value may be personal data."""
    if kind == "missing":
        return None
    if kind == "unknown_enum" and isinstance(value, str | int):
        return value
    return json_type(value)


def describe(path: str, kind: Kind, expected: str, got: str | int | None) -> str:
    """`data[1].quality: missing (expected VideoQuality)`, `max_members: wrong_type (expected integer, received
    string)`: the path, what the contract expects and what arrived."""
    shown = (
        ""
        if got is None or kind == "null"
        else f", received {got!r}"
        if kind == "unknown_enum"
        else f", received {got}"
    )
    return f"{path or '(the body)'}: {kind} (expected {expected}{shown})"


def mismatch(drift: Drift, where: Node, expected: str, value: object, pointer: str | None = None) -> Any:
    """Reports a value that is not the `expected` type; returns what the field keeps: None or the value as received."""
    if value is MISSING:
        drift.report(where, "missing", expected, value, pointer)
        return None
    if value is None:
        drift.report(where, "null", expected, value, pointer)
        return None
    # JSON Schema counts 20.0 as an integer; the field gets the int.
    if expected == "integer" and type(value) is float and value.is_integer():
        return int(value)
    drift.report(where, "wrong_type", expected, value, pointer)
    return value


def unknown_fields(drift: Drift, at: Node, extra: Mapping[str, object], model: str, pointer: str | None = None) -> None:
    for key, value in extra.items():
        drift.report((at, key), "unknown_field", model, value, pointer)


_fromisoformat = datetime.datetime.fromisoformat
_UTC = datetime.UTC

new_instance: Final = object.__new__
"""`object.__new__`, for generated code that builds an instance without running `__init__`: read from a module global,
not looked up on `object` at each call (on Python 3.11 that lookup costs more than the call)."""

fromisoformat: Final = _fromisoformat
"""`datetime.datetime.fromisoformat`, for the fast path generated code inlines before calling `parse_datetime`: a
str it reads gives what `parse_datetime` gives (made aware with `UTC` when naive); on ValueError, `parse_datetime`."""
UTC: Final = _UTC


def parse_datetime(value: object, drift: Drift, at: Node, key: str | int, pointer: str | None = None) -> Any:
    """A timezone-aware datetime (the lenient forms of `videoconf._dates.read_date_time`), or the value reported and
    kept."""
    if type(value) is str:
        try:
            parsed = _fromisoformat(value)
        except ValueError:
            try:
                return _parse_datetime(value, str(key))
            except ValueError:
                return mismatch(drift, (at, key), "date-time", value, pointer)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)
    if isinstance(value, datetime.datetime):
        return _parse_datetime(value, str(key))
    return mismatch(drift, (at, key), "date-time", value, pointer)


def parse_date(value: object, drift: Drift, at: Node, key: str | int, pointer: str | None = None) -> Any:
    if type(value) is str:
        try:
            return _parse_date(value, str(key))
        except ValueError:
            pass
    elif isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    return mismatch(drift, (at, key), "date", value, pointer)


_UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z", re.ASCII)
_UNKNOWN_SAFETY = SafeUUID.unknown  # read once: an enum member lookup costs as much as the rest
# UUID's slots, set through their descriptors: what UUID.__init__ does with object.__setattr__, at a third of the cost.
_set_int: Callable[[UUID, int], None] = UUID.__dict__["int"].__set__
_set_safety: Callable[[UUID, SafeUUID], None] = UUID.__dict__["is_safe"].__set__


def _canonical_uuid(text: str) -> UUID:
    # What UUID(text) builds, without its pure-Python handling of every spelling it accepts (a third of a room's cost).
    parsed = new_instance(UUID)
    _set_int(parsed, int(text.replace("-", ""), 16))
    _set_safety(parsed, _UNKNOWN_SAFETY)
    return parsed


_PROBE = "12345678-9abc-4def-8123-456789abcdef"
_FAST_UUID: Final = _canonical_uuid(_PROBE) == UUID(_PROBE) and hash(_canonical_uuid(_PROBE)) == hash(UUID(_PROBE))


def _uuid_text(text: str) -> UUID:
    # UUID(text) strips braces and a urn:/uuid: prefix, removes every "-", wants 32 characters left and reads them
    # with int(..., 16). Without braces or a prefix (their characters fail int() here) this is the same.
    digits = text.replace("-", "")
    if len(digits) != 32:
        raise ValueError(text)
    parsed = new_instance(UUID)
    _set_int(parsed, int(digits, 16))
    _set_safety(parsed, _UNKNOWN_SAFETY)
    return parsed


uuid_text: Final[Callable[[str], UUID]] = _uuid_text if _FAST_UUID else UUID
"""The UUID a str spells, for the fast path generated code inlines before calling `parse_uuid`: what `UUID(text)`
gives, or ValueError (then `parse_uuid`, which reports it)."""


def parse_uuid(value: object, drift: Drift, at: Node, key: str | int, pointer: str | None = None) -> Any:
    if type(value) is str:
        if _FAST_UUID and _UUID_TEXT.match(value):
            return _canonical_uuid(value)
        try:
            return UUID(value)
        except ValueError:
            pass
    elif isinstance(value, UUID):
        return value
    return mismatch(drift, (at, key), "uuid", value, pointer)


def members(cls: type[E]) -> dict[object, E]:
    """The members by value, for a lookup much cheaper than calling the enum class."""
    return {member.value: member for member in cls}


def parse_enum(
    cls: type[Enum], value: object, drift: Drift, at: Node, key: str | int, pointer: str | None = None
) -> Any:
    """The slow path of an enum field: a value it does not list (kept as an UNKNOWN member and reported), or not
    a value of its type at all."""
    integer = issubclass(cls, int)
    if integer and type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is (int if integer else str):
        member = cls(value)
        if type(member).__members__.get(member._name_) is not member:
            drift.report((at, key), "unknown_enum", cls.__name__, value, pointer)
        return member
    return mismatch(drift, (at, key), cls.__name__, value, pointer)


class Trial:
    """A receiver that records what parsing one alternative of a union reported, to pick the one that fits best."""

    __slots__ = ("events", "hard")

    def __init__(self) -> None:
        self.events: list[tuple[Node, Kind, str, object, str | None]] = []
        self.hard = 0

    def report(self, where: Node, kind: Kind, expected: str, value: object, pointer: str | None = None) -> None:
        self.events.append((where, kind, expected, value, pointer))
        if kind in HARD:
            self.hard += 1


def settle(drift: Drift, tried: list[tuple[Trial, Any]]) -> Any:
    """The value of the alternative with the fewest disagreements (the first on a tie); its reports are passed on."""
    trial, value = min(tried, key=lambda pair: (pair[0].hard, len(pair[0].events)))
    for event in trial.events:
        drift.report(*event)
    return value
