"""Two OpenAPI documents compared per operation, every fact a difference of its own: (operation, place, kind).

Operations are matched by method and full path (the server URL's path, then theirs; template names aside).
Compared: parameters in every location (path ones by position), their required, style and explode; request bodies
(required, content types) and every response status with its content types, headers and body; at any depth
(`$ref`s followed, `allOf` merged, `anyOf`/`oneOf` branches joined, array items as `name[]`, map values as
`name.*`) each field's presence, required, types, nullable, each enum value, format, bounds (and their exclusive
forms, OpenAPI 3.0's boolean ones read as 3.1's), lengths, item counts, `uniqueItems`, `multipleOf`, pattern,
default, const and deprecated; security (scheme types, names aside) and servers (origins, variable names aside).
A field or status one side lacks is one difference; what lies under it is not repeated.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DEPTH = 10
# Schema keywords compared as they are, each as the set of values the schema and its alternatives give.
FACETS = (
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "pattern",
    "default",
    "const",
    "deprecated",
)
# What OpenAPI means when a parameter says nothing of its serialisation.
STYLE_DEFAULTS = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}
# One operation as found: its full path, the operation (with its path item's parameters), its servers.
Entry = tuple[str, dict[str, Any], list[Any]]


@dataclass(frozen=True, order=True)
class Difference:
    """One fact on which the documents disagree. `kind` says what, with both sides' values where there are two."""

    operation: str  # `GET /api/video/rooms/{}`
    place: str  # `operation`, `parameter query page_size`, `request name`, `response 200 data[].fps`, `security`
    kind: str  # `only ours`, `maximum: ours 300, theirs 50`, `enum: only theirs "4k"`

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.operation, self.place, self.kind)


def _shown(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _number(value: object) -> object:
    # 300 and 300.0 are one bound.
    return int(value) if isinstance(value, float) and value.is_integer() else value


class Document:
    """One OpenAPI document and the views of it the comparison needs; `$ref`s are local JSON pointers."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                target = target.get(key, {}) if isinstance(target, dict) else {}
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            seen += 1
        return node

    def merged(self, schema: Any) -> dict[str, Any]:
        """The schema with its `allOf` parts merged in (properties and required lists joined)."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self.merged(part)
            out["properties"] = {**out.get("properties", {}), **part.get("properties", {})}
            out["required"] = [*out.get("required", []), *part.get("required", [])]
            for key, value in part.items():
                out.setdefault(key, value)
        return out

    def branches(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        return [self.merged(branch) for branch in schema.get("anyOf") or schema.get("oneOf") or []]

    def alternatives(self, schema: Any, depth: int = 0) -> list[dict[str, Any]]:
        """The schema and, recursively, its `anyOf`/`oneOf` branches: every part that states rules for the value."""
        merged = self.merged(schema)
        found = [merged]
        if depth < DEPTH:
            for branch in self.branches(merged):
                found += self.alternatives(branch, depth + 1)
        return found


@dataclass(frozen=True)
class Facts:
    """What is compared of one schema itself (not of its fields)."""

    types: frozenset[str]
    nullable: bool
    enum: frozenset[str] | None  # values as JSON text; None where no alternative lists any
    facets: dict[str, frozenset[str]]

    @classmethod
    def of(cls, doc: Document, schema: Any) -> Facts:
        types: set[str] = set()
        nullable = False
        enum: set[str] | None = None
        facets: dict[str, set[str]] = {}
        for part in doc.alternatives(schema):
            kind = part.get("type")
            for name in [kind] if isinstance(kind, str) else kind or []:
                if name == "null":
                    nullable = True
                else:
                    types.add(name)
            if not kind and not doc.branches(part):
                if "properties" in part or "additionalProperties" in part:
                    types.add("object")
                elif "items" in part:
                    types.add("array")
            nullable |= part.get("nullable") is True
            values = part.get("enum", part.get("x-extensible-enum"))
            if isinstance(values, list):
                nullable |= None in values
                enum = (enum or set()) | {_shown(value) for value in values if value is not None}
            for key, value in _facets(part).items():
                facets.setdefault(key, set()).add(_shown(_number(value)))
        frozen = {key: frozenset(values) for key, values in facets.items()}
        return cls(frozenset(types), nullable, frozenset(enum) if enum is not None else None, frozen)


def _facets(part: dict[str, Any]) -> dict[str, Any]:
    found = {key: part[key] for key in FACETS if key in part}
    # OpenAPI 3.0 writes an exclusive bound as a boolean beside the bound; 3.1 writes the bound itself.
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if found.get(exclusive) is True and bound in found:
            found[exclusive] = found.pop(bound)
        elif found.get(exclusive) is False:
            del found[exclusive]
    if found.get("deprecated") is False:
        del found["deprecated"]
    if found.get("uniqueItems") is False:
        del found["uniqueItems"]
    return found


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _both(name: str, ours: frozenset[str], theirs: frozenset[str]) -> str:
    return f"{name}: ours {' | '.join(sorted(ours)) or 'none'}, theirs {' | '.join(sorted(theirs)) or 'none'}"


def compare_facts(ours: Facts, theirs: Facts) -> list[str]:
    """The kinds of difference between two schemas' own facts, in a fixed order."""
    kinds: list[str] = []
    if ours.types != theirs.types:
        kinds.append(_both("type", ours.types, theirs.types))
    if ours.nullable != theirs.nullable:
        kinds.append(f"nullable: ours {_yes(ours.nullable)}, theirs {_yes(theirs.nullable)}")
    if ours.enum is None and theirs.enum is not None:
        kinds.append("enum: ours has none")
    elif theirs.enum is None and ours.enum is not None:
        kinds.append("enum: theirs has none")
    elif ours.enum is not None and theirs.enum is not None:
        kinds += [f"enum: only ours {value}" for value in sorted(ours.enum - theirs.enum)]
        kinds += [f"enum: only theirs {value}" for value in sorted(theirs.enum - ours.enum)]
    for key in FACETS:
        mine, other = ours.facets.get(key, frozenset()), theirs.facets.get(key, frozenset())
        if mine != other:
            kinds.append(_both(key, mine, other))
    return kinds


@dataclass(frozen=True)
class Field:
    schema: Any
    required: bool


def fields(doc: Document, schema: Any, path: str) -> dict[str, Field]:
    """The places one level under the schema at `path`, from every alternative of it: properties (`a.b`), array
    items (`a[]`) and map values (`a.*`)."""
    properties: dict[str, list[Any]] = {}
    required_in: dict[str, int] = {}
    holders = 0
    items: list[Any] = []
    values: list[Any] = []
    for part in doc.alternatives(schema):
        if part.get("properties") or part.get("required"):
            holders += 1
        for name, sub in (part.get("properties") or {}).items():
            properties.setdefault(name, []).append(sub)
        for name in part.get("required") or []:
            required_in[name] = required_in.get(name, 0) + 1
        if isinstance(part.get("items"), dict):
            items.append(part["items"])
        if isinstance(part.get("additionalProperties"), dict):
            values.append(part["additionalProperties"])
    found: dict[str, Field] = {}
    for name, subs in properties.items():
        # Required where every alternative that lists fields requires it.
        found[f"{path}.{name}" if path else name] = Field(_one(subs), required_in.get(name, 0) >= max(holders, 1))
    if items:
        found[f"{path}[]"] = Field(_one(items), True)
    if values:
        found[f"{path}.*" if path else "*"] = Field(_one(values), False)
    return found


def _one(schemas: list[Any]) -> Any:
    return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}


class Comparison:
    """The differences of one pair of documents, as they are found."""

    def __init__(self, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        self.ours, self.theirs = Document(ours), Document(theirs)
        self.found: list[Difference] = []
        self.operation = ""

    def add(self, place: str, kind: str) -> None:
        self.found.append(Difference(self.operation, place, kind))

    def schema(self, side: str, path: str, ours: Any, theirs: Any, depth: int = 0) -> None:
        """The facts of the schema at `path` on one side (`request`, `response 200`), then of every field under it."""
        place = f"{side} {path}" if path else side
        for kind in compare_facts(Facts.of(self.ours, ours), Facts.of(self.theirs, theirs)):
            self.add(place, kind)
        if depth >= DEPTH:
            return
        mine, other = fields(self.ours, ours, path), fields(self.theirs, theirs, path)
        for sub in sorted(mine.keys() | other.keys()):
            where = f"{side} {sub}"
            if sub not in other:
                self.add(where, "only ours")
            elif sub not in mine:
                self.add(where, "only theirs")
            else:
                a, b = mine[sub].required, other[sub].required
                if a != b:
                    self.add(where, f"required: ours {_yes(a)}, theirs {_yes(b)}")
                self.schema(side, sub, mine[sub].schema, other[sub].schema, depth + 1)

    def content(self, place: str, ours: Any, theirs: Any) -> None:
        """Content types, then the body schema of each type both sides have (named when there are several)."""
        mine, other = _content(ours), _content(theirs)
        for media in sorted(mine.keys() - other.keys()):
            self.add(place, f"content type: only ours {_shown(media)}")
        for media in sorted(other.keys() - mine.keys()):
            self.add(place, f"content type: only theirs {_shown(media)}")
        common = sorted(mine.keys() & other.keys())
        for media in common:
            self.schema(place if len(common) == 1 else f"{place} {media}", "", mine[media], other[media])

    def parameters(self, ours: dict[str, Any], theirs: dict[str, Any], path: tuple[str, str]) -> None:
        mine = _parameters(self.ours, ours, path[0])
        other = _parameters(self.theirs, theirs, path[1])
        for key in sorted(mine.keys() | other.keys()):
            side, name = f"parameter {key[0]}", (mine.get(key) or other[key])["name"]
            place = f"{side} {name}"
            if key not in other:
                self.add(place, "only ours")
                continue
            if key not in mine:
                self.add(place, "only theirs")
                continue
            a, b = mine[key], other[key]
            for flag in ("required", "deprecated"):
                if bool(a.get(flag)) != bool(b.get(flag)):
                    self.add(place, f"{flag}: ours {_yes(bool(a.get(flag)))}, theirs {_yes(bool(b.get(flag)))}")
            schema_a, schema_b = _parameter_schema(a), _parameter_schema(b)
            # Style and explode change the wire only for arrays and objects; a single value is written alike.
            if {"array", "object"} & (Facts.of(self.ours, schema_a).types | Facts.of(self.theirs, schema_b).types):
                self.serialisation(place, key[0], a, b)
            self.schema(side, name, schema_a, schema_b)

    def serialisation(self, place: str, where: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        style_a = ours.get("style", STYLE_DEFAULTS.get(where, "form"))
        style_b = theirs.get("style", STYLE_DEFAULTS.get(where, "form"))
        if style_a != style_b:
            self.add(place, f"style: ours {style_a}, theirs {style_b}")
        explode_a, explode_b = ours.get("explode", style_a == "form"), theirs.get("explode", style_b == "form")
        if explode_a != explode_b:
            self.add(place, f"explode: ours {_yes(explode_a)}, theirs {_yes(explode_b)}")

    def responses(self, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        mine = {str(status).upper(): self.ours.deref(r) for status, r in (ours.get("responses") or {}).items()}
        other = {str(status).upper(): self.theirs.deref(r) for status, r in (theirs.get("responses") or {}).items()}
        for status in sorted(mine.keys() | other.keys()):
            place = f"response {status.lower() if status == 'DEFAULT' else status}"
            if status not in other:
                self.add(place, "only ours")
            elif status not in mine:
                self.add(place, "only theirs")
            else:
                self.headers(place, mine[status], other[status])
                self.content(place, mine[status], other[status])

    def headers(self, place: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        mine = {name.lower(): (name, self.ours.deref(h)) for name, h in (ours.get("headers") or {}).items()}
        other = {name.lower(): (name, self.theirs.deref(h)) for name, h in (theirs.get("headers") or {}).items()}
        for key in sorted(mine.keys() | other.keys()):
            side, name = f"{place} header", (mine.get(key) or other[key])[0]
            where = f"{side} {name}"
            if key not in other:
                self.add(where, "only ours")
            elif key not in mine:
                self.add(where, "only theirs")
            else:
                a, b = mine[key][1], other[key][1]
                if bool(a.get("required")) != bool(b.get("required")):
                    self.add(
                        where, f"required: ours {_yes(bool(a.get('required')))}, theirs {_yes(bool(b.get('required')))}"
                    )
                self.schema(side, name, _parameter_schema(a), _parameter_schema(b))

    def request(self, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        a, b = self.ours.deref(ours.get("requestBody")), self.theirs.deref(theirs.get("requestBody"))
        if not a and not b:
            return
        if not b:
            self.add("request", "only ours")
        elif not a:
            self.add("request", "only theirs")
        else:
            if bool(a.get("required")) != bool(b.get("required")):
                self.add(
                    "request", f"required: ours {_yes(bool(a.get('required')))}, theirs {_yes(bool(b.get('required')))}"
                )
            self.content("request", a, b)

    def security(self, ours: Any, theirs: Any) -> None:
        mine, other = _security(self.ours, ours), _security(self.theirs, theirs)
        for choice in sorted(mine - other):
            self.add("security", f"only ours {_shown(choice)}")
        for choice in sorted(other - mine):
            self.add("security", f"only theirs {_shown(choice)}")

    def servers(self, ours: list[Any], theirs: list[Any]) -> None:
        mine, other = _servers(ours), _servers(theirs)
        for url in sorted(mine - other):
            self.add("server", f"only ours {_shown(url)}")
        for url in sorted(other - mine):
            self.add("server", f"only theirs {_shown(url)}")

    def operation_pair(self, ours: dict[str, Any], theirs: dict[str, Any], a_entry: Entry, b_entry: Entry) -> None:
        (path_a, a, servers_a), (path_b, b, servers_b) = a_entry, b_entry
        if bool(a.get("deprecated")) != bool(b.get("deprecated")):
            self.add(
                "operation",
                f"deprecated: ours {_yes(bool(a.get('deprecated')))}, theirs {_yes(bool(b.get('deprecated')))}",
            )
        self.parameters(a, b, (path_a, path_b))
        self.request(a, b)
        self.responses(a, b)
        self.security(a.get("security", ours.get("security")), b.get("security", theirs.get("security")))
        self.servers(servers_a, servers_b)


def _content(holder: Any) -> dict[str, Any]:
    content = holder.get("content") if isinstance(holder, dict) else None
    return {media: (body or {}).get("schema", {}) for media, body in (content or {}).items()}


def _parameter_schema(parameter: dict[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    for body in (parameter.get("content") or {}).values():
        return (body or {}).get("schema", {})
    return {}


def _normal(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{([^}]*)\}", path)


def _parameters(doc: Document, op: dict[str, Any], path: str) -> dict[tuple[str, str], dict[str, Any]]:
    """By (location, name); a path parameter by its position in the template, so its name may differ."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    positions = {name: str(index) for index, name in enumerate(_template_names(path))}
    for param in op.get("parameters", []):
        param = doc.deref(param)
        if not isinstance(param, dict) or "name" not in param:
            continue
        where = str(param.get("in"))
        # Header names are case-insensitive; a path parameter the template lacks keeps its name.
        name = param["name"].lower() if where == "header" else str(param["name"])
        found[(where, positions.get(name, name) if where == "path" else name)] = param
    return found


def _security(doc: Document, requirements: Any) -> frozenset[str]:
    """Each alternative as the scheme types it combines (`http basic`), so that scheme names do not matter."""
    schemes = (doc.spec.get("components") or {}).get("securitySchemes") or {}
    found: set[str] = set()
    for requirement in requirements or []:
        parts = []
        for name in sorted(requirement or {}):
            scheme = doc.deref(schemes.get(name, {}))
            kind = str(scheme.get("type", name))
            if kind == "http":
                kind += f" {str(scheme.get('scheme', '')).lower()}"
            elif kind == "apiKey":
                kind += f" {scheme.get('in', '')} {scheme.get('name', '')}"
            parts.append(kind)
        found.add(" + ".join(parts) if parts else "none")
    return frozenset(found)


def _servers(servers: list[Any]) -> frozenset[str]:
    """Each server's origin, variable names aside: its path is part of the operations' keys."""
    urls = (re.sub(r"\{[^}]*\}", "{}", str(server.get("url", ""))) for server in servers or [])
    return frozenset(re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/]*).*$", r"\1", url) for url in urls)


def operations(spec: dict[str, Any], scope: str) -> dict[str, list[Entry]]:
    """`GET /api/video/rooms/{}` -> its (full path, operation with the path item's parameters, servers) entries, for
    the paths in scope. The full path starts with the path of the operation's first server, so a document that puts
    `/api/video` in its server URL matches one that puts it in its paths. Paths that differ only in template names
    collide (OpenAPI forbids them; a vendor may publish them all the same), so a key can hold several."""
    doc = Document(spec)
    found: dict[str, list[Entry]] = {}
    for path, item in (spec.get("paths") or {}).items():
        item = doc.deref(item)
        for method in METHODS:
            if not isinstance(item.get(method), dict):
                continue
            op = item[method]
            servers = op.get("servers") or item.get("servers") or spec.get("servers") or []
            full = _base_path(servers) + path
            if not full.startswith(scope):
                continue
            inherited = {_key(doc, p): p for p in item.get("parameters", [])}
            inherited.update({_key(doc, p): p for p in op.get("parameters", [])})
            entry = (full, {**op, "parameters": list(inherited.values())}, servers)
            found.setdefault(f"{method.upper()} {_normal(full)}", []).append(entry)
    return found


def _base_path(servers: list[Any]) -> str:
    url = re.sub(r"\{[^}]*\}", "x", str(servers[0].get("url", ""))) if servers else ""
    return urlsplit(url).path.rstrip("/")


def _pairs(key: str, mine: list[Entry], other: list[Entry]) -> list[tuple[str, Entry | None, Entry | None]]:
    """Which operations to compare under a key: one with one; one with each of several colliding ones (each labelled
    `<key> as <its path>`); several with several by their literal paths."""
    if len(mine) <= 1 and len(other) <= 1:
        return [(key, mine[0] if mine else None, other[0] if other else None)]
    if len(mine) == 1:
        return [(f"{key} as {entry[0]}", mine[0], entry) for entry in other]
    if len(other) == 1:
        return [(f"{key} as {entry[0]}", entry, other[0]) for entry in mine]
    by_path = {entry[0]: entry for entry in other}
    paired: list[tuple[str, Entry | None, Entry | None]] = [
        (f"{key} as {entry[0]}", entry, by_path.pop(entry[0], None)) for entry in mine
    ]
    return paired + [(f"{key} as {path}", None, entry) for path, entry in by_path.items()]


def _key(doc: Document, param: Any) -> tuple[str, str]:
    param = doc.deref(param)
    return (str(param.get("in")), str(param.get("name")))


def compare(ours: dict[str, Any], theirs: dict[str, Any], scope: str = "") -> list[Difference]:
    """Every difference between our document and theirs (their paths under `scope` only), sorted by operation."""
    check = Comparison(ours, theirs)
    mine, other = operations(ours, ""), operations(theirs, scope)
    for key in sorted(mine.keys() | other.keys()):
        for label, a_entry, b_entry in _pairs(key, mine.get(key, []), other.get(key, [])):
            check.operation = label
            if b_entry is None:
                check.add("operation", "only ours")
            elif a_entry is None:
                check.add("operation", "only theirs")
            else:
                check.operation_pair(ours, theirs, a_entry, b_entry)
    return check.found
