"""Participant links: a meeting's room URL with Whereby's room-URL parameters, checked by the one request checker.

`videoconf.participant_url` (generated from the contract's `Meeting.x-url-parameters`) names every parameter and
calls `build_participant_url`, which writes the query as the contract describes: parameters in its order, values
percent-encoded but for RFC 3986's unreserved characters, flags bare, lists with commas, after the URL's own query.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import SplitResult, parse_qsl, quote, urlsplit, urlunsplit

from ._exceptions import ValidationError, short_repr
from ._schema_check import Violation, first_violation, path_text, violations
from ._validation import warn_unlisted

__all__ = ["build_participant_url", "parse_participant_url"]

_URL = {"type": "string", "format": "uri"}
# A host link's key opens the room as a host: never shown in a message.
_SECRET = frozenset({"roomKey"})


def _room_url(room_url: object) -> SplitResult:
    problem = first_violation(room_url, _URL)
    parts = urlsplit(room_url) if isinstance(room_url, str) and problem is None else None
    if parts is None or parts.scheme not in ("https", "http") or not parts.netloc:
        # The URL is not shown: a host link carries the room's key.
        raise ValidationError(
            "room_url",
            problem.rule if problem is not None else "format",
            room_url,
            "room_url: not an absolute https URL; give a meeting's room_url, host_room_url or viewer_room_url",
        )
    return parts


def _written(parameter: Mapping[str, Any], value: object) -> object:
    """The JSON value a caller's argument stands for, or None when it leaves the parameter out."""
    if isinstance(value, enum.Enum):
        value = value.value
    kind = parameter["kind"]
    if kind == "flag" and value is False:
        return None
    if kind == "switch" and isinstance(value, bool):
        word = "on" if value else "off"
        # A state the parameter does not list is the room's default: nothing to write.
        return word if word in parameter["choices"] else None
    if kind == "list" and isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [item.value if isinstance(item, enum.Enum) else item for item in value]
    return value


def _error(violation: Violation, python: str, given: object) -> ValidationError:
    inner = path_text(violation.path[1:])
    name = python + (inner if inner.startswith("[") else f".{inner}" if inner else "")
    value = given if len(violation.path) == 1 else violation.value
    if violation.rule == "required":
        return ValidationError(name, "required", None, f"{name}: no value given, but it is required")
    shown = "<redacted>" if violation.path[0] in _SECRET else short_repr(value)
    return ValidationError(
        name, violation.rule, value, f"{name}: {shown} {violation.reason}", wire_name=str(violation.path[0])
    )


def _encoded(name: str, value: object) -> str:
    if value is True:
        return quote(name, safe="")
    if isinstance(value, list):
        return f"{quote(name, safe='')}=" + ",".join(quote(str(item), safe="") for item in value)
    return f"{quote(name, safe='')}={quote(str(value), safe='')}"


def build_participant_url(
    parameters: Mapping[str, Any],
    schema: Mapping[str, Any],
    room_url: str,
    given: Mapping[str, object],
    extra: Mapping[str, str] | None = None,
) -> str:
    """`room_url` with the given parameters (by Python name, as `participant_url` takes them) and `extra` ones.

    Raises `ValidationError` for a value the contract's rules refuse, a parameter the URL already carries, or an
    `extra` name the contract lists; warns (`UnlistedValueWarning`) of a value outside an open list (`lang`).
    """
    parts = _room_url(room_url)
    carried = {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
    wire: dict[str, object] = {}
    callers: dict[str, tuple[str, object]] = {}
    for python, parameter in parameters.items():
        value = _written(parameter, given.get(python))
        if value is None:
            continue
        name = parameter["wire"]
        if name in carried:
            message = f"{python}: the URL already carries `{name}`"
            raise ValidationError(python, "conflict", given.get(python), message, wire_name=name)
        wire[name], callers[name] = value, (python, given.get(python))
    found = violations(wire, schema)
    for violation in found:
        if not violation.advisory:
            raise _error(violation, *callers[str(violation.path[0])])
    for violation in found:
        python = callers[str(violation.path[0])][0]
        inside = dataclasses.replace(violation, path=violation.path[1:])
        warn_unlisted(inside, python, "written as given, as Whereby may know it")
    listed = {parameter["wire"] for parameter in parameters.values()}
    written = [_encoded(name, value) for name, value in wire.items()]
    for name, value in (extra or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ValidationError(f"extra[{name!r}]", "type", value, f"extra[{name!r}]: names and values are strings")
        if name in listed or name in carried:
            why = "is a parameter of its own: use its argument" if name in listed else "is in the URL already"
            raise ValidationError(f"extra[{name!r}]", "conflict", value, f"extra[{name!r}]: `{name}` {why}")
        written.append(_encoded(name, value))
    query = "&".join(part for part in (parts.query, *written) if part)
    return urlunsplit(parts._replace(query=query))


def parse_participant_url(parameters: Mapping[str, Any], url: str) -> dict[str, object]:
    """The room-URL parameters a link carries, by URL name, as the contract types them (`True` for a bare flag,
    a list for `groups`); parameters the contract does not list are left out."""
    kinds = {parameter["wire"]: parameter["kind"] for parameter in parameters.values()}
    found: dict[str, object] = {}
    for name, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        kind = kinds.get(name)
        if kind == "flag":
            found[name] = True
        elif kind == "list":
            found[name] = value.split(",") if value else []
        elif kind is not None:
            found[name] = value
    return found
