"""Builds one request: the caller's arguments checked against the operation and encoded (path, query, body), the
four per-call options applied, and the httpx request made from it for the client's base URL and credentials."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlencode

import httpx

from ._exceptions import ValidationError, VideoconfError, short_repr
from ._types import JSONSchema
from ._validation import FilePart, check, check_mapping, is_unset
from ._version import __version__

if TYPE_CHECKING:
    from ._credentials import Credentials
    from ._operation import Body, Operation

__all__ = ["DEFAULT_TIMEOUT", "PreparedRequest", "TimeoutTypes", "check_timeout", "http_request", "prepare"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = f"videoconf/{__version__}"

TimeoutTypes = float | httpx.Timeout

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# Unicode's control characters (category Cc): C0, DEL and C1; one search instead of a category lookup per character.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", re.ASCII)


@dataclass(frozen=True)
class PreparedRequest:
    """Everything needed to send (and resend) one request, already validated and encoded."""

    operation: Operation
    method: str
    path: str
    """Percent-encoded path, appended to the client's base URL."""
    query: tuple[tuple[str, str], ...] = ()
    raw_query: str | None = None
    """A server-given query string (a pagination link), sent unchanged instead of `query`."""
    json_body: object = None
    has_json: bool = False
    form: tuple[tuple[str, str], ...] = ()
    files: tuple[tuple[str, FilePart], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    """The caller's `extra_headers`, sent on every attempt and every page."""
    extra_query: tuple[tuple[str, str], ...] = ()
    """The caller's `extra_query` pairs (already in `query`), added to a server-given query that lacks them."""
    timeout: httpx.Timeout | None = None
    """The caller's `timeout` for this call, instead of the client's."""

    @property
    def operation_id(self) -> str:
        return self.operation.id

    @property
    def query_string(self) -> str:
        """The encoded query: a server-given one (plus the caller's extra pairs it lacks), or ours."""
        if self.raw_query is None:
            return urlencode(self.query)
        given = {name for name, _ in parse_qsl(self.raw_query, keep_blank_values=True)}
        extra = [(name, value) for name, value in self.extra_query if name not in given]
        return "&".join(part for part in (self.raw_query, urlencode(extra)) if part)

    def with_query(self, extra: Mapping[str, str]) -> PreparedRequest:
        """The same request with some query parameters replaced (Whereby's `cursor`)."""
        kept = tuple((name, value) for name, value in self.query if name not in extra)
        return dataclasses.replace(self, query=kept + tuple(extra.items()), raw_query=None)

    def with_target(self, path: str, raw_query: str) -> PreparedRequest:
        """The same operation sent to another path and query on the same host (SignalWire's `links.next`)."""
        return dataclasses.replace(self, path=path, query=(), raw_query=raw_query)


def prepare(
    operation: Operation,
    *,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: TimeoutTypes | None = None,
) -> PreparedRequest:
    """Checks every argument (raw values keyed by wire name, `UNSET` for not given) against the operation's schemas
    and encodes it, then applies the per-call options; raises `ValidationError` before anything is sent.

    The per-call options are the caller's escape hatches (named as openai-python names them): headers, query
    parameters and body fields the contract does not know (merged after validation; a body key the contract declares
    replaces that field), and a timeout for this call only.
    """
    template = operation.path
    python_names = operation.python_names
    names = frozenset(_PLACEHOLDER.findall(template))
    path_values = check_mapping(path, operation.path_params, required=names, names=python_names)
    encoded_path = _PLACEHOLDER.sub(
        lambda match: _path_segment(match[1], path_values[match[1]], python_names), template
    )

    params = operation.query_params
    query_values = check_mapping(
        query,
        {name: param.schema for name, param in params.items()},
        required=frozenset(name for name, param in params.items() if param.required),
        names=python_names,
    )
    pairs: list[tuple[str, str]] = []
    for name, value in query_values.items():
        param = params.get(name)
        pairs.extend(_query_pairs(name, value, param.style, param.explode) if param else _query_pairs(name, value))

    prepared = _with_body(PreparedRequest(operation, operation.method, encoded_path, tuple(pairs)), body)
    if extra_headers is None and extra_query is None and extra_body is None and timeout is None:
        return prepared
    return _with_options(prepared, extra_headers, extra_query, extra_body, timeout)


def _with_body(prepared: PreparedRequest, body: Mapping[str, Any] | None) -> PreparedRequest:
    bodies = prepared.operation.bodies
    given = {} if body is None else {key: value for key, value in body.items() if not is_unset(value)}
    if not bodies:
        if given:
            raise VideoconfError(f"{prepared.operation_id} takes no request body")
        return prepared
    # Some operations take one of several bodies (an upload as multipart, a reset as JSON): the
    # arguments given pick the one whose fields they are, in the order the contract lists them.
    candidates = [candidate for candidate in bodies if _accepts_keys(candidate, given)]
    python_names = prepared.operation.python_names
    if not candidates:
        wire = ", ".join(sorted(given))
        names = ", ".join(sorted(python_names.get(key, key) for key in given))
        raise ValidationError(
            names,
            "body",
            given,
            # Only the names: the values may hold credentials (a recording destination's secret).
            f"{names}: these fields cannot be sent together in one request body",
            wire_name=wire,
        )
    first_error: ValidationError | None = None
    for candidate in candidates:
        try:
            return _encode_body(prepared, candidate, given, python_names)
        except ValidationError as error:
            first_error = first_error or error
    assert first_error is not None
    raise first_error


def _accepts_keys(body: Body, given: Mapping[str, object]) -> bool:
    schema = body.schema
    properties = schema.get("properties")
    if properties is None or schema.get("additionalProperties") not in (None, False):
        return True
    return all(key in properties for key in given)


def _encode_body(
    prepared: PreparedRequest, body: Body, given: Mapping[str, object], python_names: Mapping[str, str]
) -> PreparedRequest:
    schema = body.schema
    multipart = body.media_type == "multipart/form-data"
    properties: dict[str, JSONSchema] = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    checked: dict[str, object] = {}
    for key, value in given.items():
        sub = properties.get(key)
        if sub is None:
            sub = extra if isinstance(extra, dict) else {}
        checked[key] = check(value, sub, python_names.get(key, key), allow_files=multipart, wire_name=key)
    for key in schema.get("required") or ():
        if key not in checked:
            python = python_names.get(key, key)
            raise ValidationError(
                python, "required", None, f"{python}: no value given, but the field is required", wire_name=key
            )
    if not multipart:
        return dataclasses.replace(prepared, json_body=checked, has_json=True)
    files = tuple((key, value) for key, value in checked.items() if isinstance(value, FilePart))
    form = tuple(
        (key, _item_text(value))
        for key, value in checked.items()
        if not isinstance(value, FilePart) and value is not None
    )
    return dataclasses.replace(prepared, files=files, form=form)


def _path_segment(wire: str, value: object, python_names: Mapping[str, str]) -> str:
    name = python_names.get(wire, wire)
    if isinstance(value, list | dict):
        raise ValidationError(name, "type", value, f"{name}: {short_repr(value)} is not a single value", wire_name=wire)
    text = _scalar_text(value)
    # Percent-encoding leaves `.` and `..` alone and HTTP clients then drop them as dot segments.
    if text in ("", ".", ".."):
        raise ValidationError(
            name, "path", value, f"{name}: {short_repr(value)} cannot be used as a path segment", wire_name=wire
        )
    if _CONTROL.search(text):
        raise ValidationError(
            name, "path", value, f"{name}: {short_repr(value)} contains a control character", wire_name=wire
        )
    return quote(text, safe="")


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def _query_pairs(name: str, value: object, style: str = "form", explode: bool = True) -> list[tuple[str, str]]:
    if value is None:
        # A query string cannot carry null; leaving the parameter out is the closest meaning.
        return []
    if style == "deepObject" and isinstance(value, dict):
        return _deep_object(name, value)
    if isinstance(value, list):
        texts = [_item_text(item) for item in value]
        return [(name, text) for text in texts] if explode else [(name, ",".join(texts))]
    if isinstance(value, dict):
        entries = [(key, _item_text(item)) for key, item in value.items() if item is not None]
        if explode:
            return entries
        return [(name, ",".join(part for entry in entries for part in entry))]
    return [(name, _scalar_text(value))]


def _deep_object(prefix: str, value: dict[str, object]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, item in value.items():
        name = f"{prefix}[{key}]"
        if isinstance(item, dict):
            pairs.extend(_deep_object(name, item))
        elif isinstance(item, list):
            pairs.extend((name, _item_text(element)) for element in item)
        elif item is not None:
            pairs.append((name, _scalar_text(item)))
    return pairs


def _item_text(value: object) -> str:
    # Nested values inside a query or a multipart text part travel as compact JSON.
    if isinstance(value, list | dict):
        return json.dumps(value, separators=(",", ":"))
    return _scalar_text(value)


def _with_options(
    prepared: PreparedRequest,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: TimeoutTypes | None,
) -> PreparedRequest:
    """The request with the caller's per-call options, applied after the contract's checks: a header or query name
    given again replaces ours, a body key the contract declares replaces that field's value."""
    changes: dict[str, Any] = {}
    if extra_headers is not None:
        changes["headers"] = _checked_headers(extra_headers)
    if extra_query is not None:
        names = frozenset(_mapping(extra_query, "extra_query"))
        pairs = tuple(pair for name, value in extra_query.items() for pair in _query_pairs(name, value))
        changes["query"] = tuple(pair for pair in prepared.query if pair[0] not in names) + pairs
        changes["extra_query"] = pairs
    if extra_body is not None:
        changes.update(_merged_body(prepared, _mapping(extra_body, "extra_body")))
    if timeout is not None:
        changes["timeout"] = check_timeout(timeout)
    return dataclasses.replace(prepared, **changes)


def check_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """An httpx.Timeout where every phase is bounded; a number applies to every phase."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float | httpx.Timeout):
        raise ValidationError(
            "timeout", "type", timeout, f"timeout: {short_repr(timeout)} is not a number or httpx.Timeout"
        )
    value = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(float(timeout))
    for phase in ("connect", "read", "write", "pool"):
        limit = getattr(value, phase)
        if limit is None or not limit > 0:
            raise ValidationError(
                "timeout", "bounded", timeout, f"timeout: {short_repr(timeout)} must set a positive {phase} limit"
            )
    return value


def _mapping(value: object, field: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise ValidationError(field, "type", value, f"{field}: {short_repr(value)} is not a mapping with string keys")
    return value


def _checked_headers(extra: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    checked: list[tuple[str, str]] = []
    for name, value in _mapping(extra, "extra_headers").items():
        if not _HEADER_NAME.fullmatch(name):
            raise ValidationError(
                "extra_headers", "header", name, f"extra_headers: {short_repr(name)} is no header name"
            )
        if name.lower() == "authorization":
            raise ValidationError(
                "extra_headers",
                "authorization",
                name,
                f"extra_headers: {name!r} cannot be set per call; the client sends its own credentials",
            )
        # The value is never echoed: callers put tokens in headers.
        if not isinstance(value, str) or any(char in value for char in "\r\n\0"):
            raise ValidationError(
                "extra_headers",
                "header",
                name,
                f"extra_headers: the value of {name!r} must be a string without line breaks or NUL characters",
            )
        checked.append((name, value))
    return tuple(checked)


def _merged_body(prepared: PreparedRequest, extra: Mapping[str, object]) -> dict[str, Any]:
    try:
        json.dumps(extra)
    except (TypeError, ValueError) as error:
        raise ValidationError(
            "extra_body", "json", extra, f"extra_body: {short_repr(extra)} cannot be sent as JSON ({error})"
        ) from None
    if prepared.files or prepared.form:
        return {
            "form": tuple(pair for pair in prepared.form if pair[0] not in extra)
            + tuple((key, _item_text(value)) for key, value in extra.items() if value is not None),
            "files": tuple(pair for pair in prepared.files if pair[0] not in extra),
        }
    body = prepared.json_body if isinstance(prepared.json_body, dict) else {}
    return {"json_body": {**body, **extra}, "has_json": True}


def http_request(
    http: httpx.Client | httpx.AsyncClient,
    prepared: PreparedRequest,
    base_url: str,
    credentials: Credentials,
    timeout: httpx.Timeout,
) -> httpx.Request:
    """The httpx request of a prepared one, built by the client it goes out on (so its own defaults apply)."""
    url = base_url + prepared.path
    if prepared.raw_query is not None:
        query = prepared.query_string
        url = f"{url}?{query}" if query else url
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **dict(prepared.headers)}
    # Set last: `extra_headers` are checked not to name it, and no other path may replace the credentials.
    headers["Authorization"] = credentials.header
    # Every part of a multipart body goes through `files` (text parts without a file name): httpx encodes `data`
    # alone as a urlencoded form, which a multipart operation must never receive.
    files: list[tuple[str, tuple[str | None, bytes | str, str | None]]] = [
        (name, (part.file_name, part.content, part.mime_type)) for name, part in prepared.files
    ]
    files += [(name, (None, text, None)) for name, text in prepared.form]
    return http.build_request(
        prepared.method,
        url,
        params=list(prepared.query) if prepared.query and prepared.raw_query is None else None,
        json=prepared.json_body if prepared.has_json else None,
        files=files or None,
        headers=headers,
        timeout=prepared.timeout or timeout,
    )
