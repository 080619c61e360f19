"""Turns option texts into the values a resource method takes; the method itself then checks them, as in Python.

Only what a shell cannot express is decided here (a number from its text, JSON for objects, a file for an upload);
anything else is handed on as given, so a bad value meets the same `ValidationError` a Python caller would see.
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from videoconf._generated._commands import Argument, Command

__all__ = ["CallArguments", "UsageError", "call_arguments"]

_INTEGER = re.compile(r"[+-]?[0-9]+")


class UsageError(Exception):
    """The command line cannot be turned into a call (bad JSON, an unreadable file, an unknown --json field)."""


@dataclass
class CallArguments:
    """The positional and keyword arguments of one resource method call."""

    args: list[object] = field(default_factory=list)
    kwargs: dict[str, object] = field(default_factory=dict)
    extra_body: dict[str, object] | None = None
    extra_query: dict[str, object] | None = None


def _read(text: str, option: str) -> str:
    """`@FILE` or `@-` reads a file or standard input; anything else is the text itself."""
    if not text.startswith("@"):
        return text
    path = text[1:]
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise UsageError(f"{option}: cannot read {path!r}: {error.strerror or error}") from None


def _json(text: str, option: str) -> object:
    try:
        return json.loads(_read(text, option))
    except json.JSONDecodeError as error:
        raise UsageError(f"{option}: not valid JSON ({error})") from None


def _json_object(text: str, option: str) -> dict[str, object]:
    value = _json(text, option)
    if not isinstance(value, dict):
        raise UsageError(f"{option}: expected a JSON object, got {type(value).__name__}")
    return value


def _number(text: str, kind: str) -> object:
    stripped = text.strip()
    if _INTEGER.fullmatch(stripped):
        return int(stripped)
    if kind == "number":
        try:
            return float(stripped)
        except ValueError:
            pass
    # Not a number: the method rejects the text itself, naming the field and the type it wants.
    return text


def _file(text: str, option: str) -> object:
    from videoconf._generated.types import File

    if text == "-":
        return File(payload=io.BytesIO(sys.stdin.buffer.read()), file_name="stdin")
    try:
        with open(text, "rb") as handle:
            content = handle.read()
    except OSError as error:
        raise UsageError(f"{option}: cannot read {text!r}: {error.strerror or error}") from None
    mime_type = mimetypes.guess_type(text)[0] or "application/octet-stream"
    return File(payload=io.BytesIO(content), file_name=os.path.basename(text), mime_type=mime_type)


def _convert(kind: str | None, text: str, option: str) -> object:
    if kind in ("integer", "number"):
        return _number(text, kind)
    if kind == "object":
        return _json(text, option)
    if kind == "json":
        try:
            return json.loads(_read(text, option))
        except json.JSONDecodeError:
            return text
    if kind == "file":
        return _file(text, option)
    return text


def _value(argument: Argument, raw: object, option: str) -> object:
    if argument["kind"] == "boolean" or not isinstance(raw, str | list):
        return raw
    if argument["kind"] == "array":
        texts = raw if isinstance(raw, list) else [raw]
        if len(texts) == 1 and texts[0].lstrip().startswith("["):
            whole = _json(texts[0], option)
            if isinstance(whole, list):
                return whole
        return [_convert(argument["item_kind"], text, option) for text in texts]
    assert isinstance(raw, str)
    return _convert(argument["kind"], raw, option)


def _extra_query(texts: list[str]) -> dict[str, object]:
    query: dict[str, object] = {}
    for text in texts:
        if text.lstrip().startswith(("{", "@")):
            query.update(_json_object(text, "--extra-query"))
            continue
        name, equals, value = text.partition("=")
        if not equals or not name:
            raise UsageError(f"--extra-query: expected NAME=VALUE or a JSON object, got {text!r}")
        # A name given twice is sent twice, as a repeated query parameter.
        previous = query.get(name)
        if previous is None:
            query[name] = value
        else:
            query[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
    return query


def call_arguments(command: Command, values: dict[str, Any], name: str) -> CallArguments:
    """The call `values` (the parsed options) stand for; `name` is the command, for messages."""
    from videoconf._generated.types import UNSET

    call = CallArguments()
    body = _json_object(values["json"], "--json") if values.get("json") is not None else {}
    fields = {argument["name"] for argument in command["arguments"] if argument["where"] == "body"}
    unknown = sorted(set(body) - fields)
    if unknown:
        known = ", ".join(sorted(fields)) or "none"
        raise UsageError(
            f"--json: {', '.join(map(repr, unknown))} not in the contract of `{name}` (its fields: {known}); "
            "send unknown fields with --extra-body"
        )
    for argument in command["arguments"]:
        python = argument["python"]
        if argument["where"] == "path":
            call.args.append(values[f"path:{python}"])
            continue
        option = "--" + python.replace("_", "-")
        raw = values.get(f"field:{python}")
        if raw is not None:
            call.kwargs[python] = _value(argument, raw, option)
        elif argument["where"] == "body" and argument["name"] in body:
            call.kwargs[python] = body[argument["name"]]
        elif argument["required"]:
            # The method names the missing field, exactly as it does for a Python caller.
            call.kwargs[python] = UNSET
    if values.get("extra_body"):
        call.extra_body = {}
        for text in values["extra_body"]:
            call.extra_body.update(_json_object(text, "--extra-body"))
    if values.get("extra_query"):
        call.extra_query = _extra_query(values["extra_query"])
    return call
