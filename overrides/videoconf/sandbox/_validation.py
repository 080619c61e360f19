"""Request reading: path parameters, query strings and bodies judged once, by the one request checker
(`videoconf._schema_check`, which the client calls too), then made the generated pydantic models the handlers take,
without being validated again (`_construct`)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel
from starlette.datastructures import QueryParams, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from videoconf._operation import Body, QueryParam
from videoconf._schema_check import path_text, violations
from videoconf.sandbox._construct import construct
from videoconf.sandbox._errors import BadRequest, Invalid, Problem

__all__ = ["BodyReader", "PathReader", "QueryReader", "schema_problems"]

Schema = Mapping[str, Any]

_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_MAX_UPLOAD_BYTES = 8 * 1024 * 1024


def schema_problems(value: object, schema: Schema, where: str, *, brackets: bool = False) -> list[Problem]:
    """Every rule of the contract `value` breaks, found by the request checker the client uses too.

    Each is named from `where` on: `recording.destination`, `permissions[1]`, or with `brackets` (a query's deep
    object) `createdAt[from]`.
    """
    problems = []
    for violation in violations(value, schema):
        if brackets:
            attribute = where + "".join(f"[{part}]" for part in violation.path)
        else:
            inner = path_text(violation.path)
            attribute = (where + inner if inner.startswith("[") else _join(where, inner)) if inner else where
        problems.append(Problem(attribute or None, violation.reason))
    return problems


def integral_floats(value: object, schema: Schema) -> tuple[object, bool]:
    """`value` with floats such as 5.0 turned into ints where the schema wants an integer, and whether any was.

    JSON Schema counts 5.0 as an integer; pydantic's strict mode does not.
    """
    kind = schema.get("type")
    if (
        isinstance(value, float)
        and value.is_integer()
        and (kind == "integer" or (isinstance(kind, list) and "integer" in kind))
    ):
        return int(value), True
    for branch in schema.get("anyOf") or schema.get("oneOf") or ():
        converted, changed = integral_floats(value, branch)
        if changed:
            return converted, True
    if isinstance(value, dict):
        changed_any = False
        result = dict(value)
        for key, subschema in (schema.get("properties") or {}).items():
            if key in result:
                result[key], changed = integral_floats(result[key], subschema)
                changed_any = changed_any or changed
        return (result, True) if changed_any else (value, False)
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        items = [integral_floats(item, schema["items"]) for item in value]
        if any(changed for _, changed in items):
            return [item for item, _ in items], True
    return value, False


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _first_per_attribute(problems: Sequence[Problem]) -> list[Problem]:
    # One message per field: a parameter refused as text and by its schema is named once.
    seen: dict[str | None, Problem] = {}
    for problem in problems:
        seen.setdefault(problem.attribute, problem)
    return list(seen.values())


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def _repeated(name: str, given: Sequence[str], schema: Schema, explode: bool) -> Problem | None:
    """A parameter that takes one value, given more than once: the server would silently keep one of them.

    Only an array in form style with `explode: true` is written as repeated parameters; an array without it is one
    comma-separated value, so a client that repeats it serialises arrays the wrong way.
    """
    if len(given) < 2 or (schema.get("type") == "array" and explode):
        return None
    if schema.get("type") == "array":
        return Problem(name, "must be given once, its items joined by commas")
    return Problem(name, "must be given once")


class PathReader:
    """Judges one operation's path parameters (as routed: one decoded segment each) by their schemas, as the query
    and the body are: a malformed id is refused as a malformed request, a well-formed unknown one is left to the
    handler's 404."""

    def __init__(self, params: Mapping[str, Schema]) -> None:
        self._params = dict(params)

    def read(self, values: Mapping[str, str]) -> dict[str, str]:
        problems = [
            problem
            for name, schema in self._params.items()
            if name in values
            for problem in schema_problems(values[name], schema, name)
        ]
        if problems:
            raise Invalid(problems)
        return dict(values)


class QueryReader:
    """Reads one operation's query string into its generated `...ParametersQuery` model."""

    def __init__(self, params: Mapping[str, QueryParam], model: type[BaseModel] | None) -> None:
        self._params = dict(params)
        self._model = model

    def read(self, query: QueryParams) -> BaseModel | None:
        if self._model is None:
            return None
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, param in self._params.items():
            schema = param.schema
            if param.style == "deepObject":
                found = self._deep_object(name, schema, query, problems)
                if found:
                    values[name] = found
                    problems.extend(schema_problems(found, schema, name, brackets=True))
                elif param.required:
                    problems.append(Problem(name, "is required"))
                continue
            if name not in query:
                if param.required:
                    problems.append(Problem(name, "is required"))
                continue
            repeated = _repeated(name, query.getlist(name), schema, param.explode)
            if repeated is not None:
                problems.append(repeated)
                continue
            if schema.get("type") == "array":
                if param.explode:
                    raw_items = query.getlist(name)
                else:
                    # Form style without explode joins items with commas; an empty value is an empty array.
                    raw_items = query[name].split(",") if query[name] else []
                values[name] = [
                    self._scalar(f"{name}[{i}]", raw, schema.get("items", {}), problems)[0]
                    for i, raw in enumerate(raw_items)
                ]
            else:
                values[name], _ = self._scalar(name, query[name], schema, problems)
            problems.extend(schema_problems(values[name], schema, name))
        if problems:
            raise Invalid(_first_per_attribute(problems))
        return construct(self._model, values)

    def _deep_object(self, name: str, schema: Schema, query: QueryParams, problems: list[Problem]) -> dict[str, Any]:
        prefix = name + "["
        found: dict[str, Any] = {}
        properties = schema.get("properties") or {}
        counts = Counter(key for key, _ in query.multi_items() if key.startswith(prefix) and key.endswith("]"))
        problems.extend(Problem(key, "must be given once") for key, count in counts.items() if count > 1)
        for key, raw in query.multi_items():
            if counts[key] == 1:
                member = key[len(prefix) : -1]
                value, ok = self._scalar(key, raw, properties.get(member, {}), problems)
                if ok:
                    found[member] = value
        return found

    @staticmethod
    def _scalar(where: str, raw: str, schema: Schema, problems: list[Problem]) -> tuple[Any, bool]:
        # Query values arrive as text: only the spellings OpenAPI's form style produces are accepted,
        # so that `1` never passes for `true` nor `1.0` for an integer.
        kind = schema.get("type")
        if kind == "integer":
            if _INTEGER.fullmatch(raw):
                return int(raw), True
            problems.append(Problem(where, "must be an integer"))
            return raw, False
        if kind == "number":
            if _NUMBER.fullmatch(raw):
                return float(raw), True
            problems.append(Problem(where, "must be a number"))
            return raw, False
        if kind == "boolean":
            if raw in ("true", "false"):
                return raw == "true", True
            problems.append(Problem(where, "must be true or false"))
            return raw, False
        return raw, True


class BodyReader:
    """Reads one operation's request body (JSON or multipart) into the generated request model."""

    def __init__(self, bodies: Sequence[Body], models: Mapping[str, type[BaseModel]]) -> None:
        self._schemas = {body.media_type: body.schema for body in bodies}
        self._models = dict(models)

    async def read(self, request: Request) -> BaseModel | None:
        if not self._schemas:
            return None
        media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media_type == "multipart/form-data" and media_type in self._schemas:
            return await self._multipart(request)
        raw = await request.body()
        if "application/json" in self._schemas and (media_type == "application/json" or not (media_type or raw)):
            return self._json(raw)
        raise BadRequest("Invalid content type")

    def _json(self, raw: bytes) -> BaseModel:
        # Every request body of the contract is required. An empty one is read as an empty object first,
        # so that the answer names the missing required fields where there are any.
        missing = not raw.strip()
        if missing:
            raw = b"{}"
        try:
            data = json.loads(raw, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as error:
            raise BadRequest("Request body is not valid JSON") from error
        schema = self._schemas["application/json"]
        problems = schema_problems(data, schema, "")
        if problems:
            raise Invalid(problems)
        if missing:
            raise Invalid([Problem(None, "a JSON request body is required")])
        # JSON Schema counts 5.0 as an integer: the handler reads the integer it means.
        data, _ = integral_floats(data, schema)
        if not isinstance(data, dict):
            raise Invalid([Problem(None, "must be an object")])
        return construct(self._models["application/json"], data)

    async def _multipart(self, request: Request) -> BaseModel:
        values: dict[str, Any] = {}
        try:
            async with request.form(max_files=4, max_fields=32, max_part_size=_MAX_UPLOAD_BYTES) as form:
                for key, value in form.multi_items():
                    values[key] = await value.read() if isinstance(value, UploadFile) else value
        except HTTPException as error:
            raise BadRequest("Invalid multipart body") from error
        problems = schema_problems(values, self._schemas["multipart/form-data"], "")
        if problems:
            raise Invalid(problems)
        return construct(self._models["multipart/form-data"], values)
