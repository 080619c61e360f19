"""`python -m generator upstream signalwire|whereby SPEC_FILE`: a vendor's published spec compared with our contract.

Per operation (matched by method and path, template names ignored), it reports what differs: operations one side
lacks, parameters, request and response fields (nested, `$ref`s followed, `allOf` merged), their types, required,
nullable and enum values. A difference we keep on purpose is listed as known, not as news: where our contract says
why in an `x-vendor-note` (on the operation, parameter or field), or where `generator/upstream-known.yaml` records it.
Re-run after a vendor update: only the lines under "new" need a maintainer.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
KNOWN = Path(__file__).resolve().parent / "upstream-known.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
# Where each vendor's operations live in its own published spec, and the path prefix our contract adds to them.
SCOPE = {"signalwire": ("/api/video", ""), "whereby": ("", "")}
DEPTH = 8


@dataclass(frozen=True)
class Difference:
    operation: str  # `GET /api/video/rooms`
    where: str  # `operation`, `parameter page_size`, `request display_name`, `response data[].fps`
    what: str  # `type`, `required`, `nullable`, `enum`, `only ours`, `only theirs`
    detail: str
    known: str | None = None

    def line(self) -> str:
        text = f"{self.where}: {self.what}: {self.detail}"
        return text + (f"  [known: {self.known}]" if self.known else "")


def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data: Any = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    if not isinstance(data, dict) or "paths" not in data:
        raise ValueError(f"{path}: not an OpenAPI document")
    return data


def _deref(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 20:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        depth += 1
    return node


def _merged(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The schema with `allOf` parts merged (properties and required lists joined)."""
    schema = _deref(spec, schema)
    if not isinstance(schema, dict):
        return {}
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = _merged(spec, part)
        out["properties"] = {**out.get("properties", {}), **part.get("properties", {})}
        out["required"] = [*out.get("required", []), *part.get("required", [])]
        for key, value in part.items():
            out.setdefault(key, value)
    return out


@dataclass(frozen=True)
class Shape:
    """What is compared of one schema: its JSON types (null apart), nullable, enum values, vendor note."""

    types: frozenset[str]
    nullable: bool
    enum: frozenset[object] | None
    note: str | None


def shape(spec: dict[str, Any], schema: Any) -> Shape:
    schema = _merged(spec, schema)
    types: set[str] = set()
    nullable = bool(schema.get("nullable"))
    enum: set[object] | None = None
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    for branch in branches:
        inner = shape(spec, branch)
        types |= inner.types
        nullable |= inner.nullable
        if inner.enum is not None:
            enum = (enum or set()) | inner.enum
    kind = schema.get("type")
    for name in [kind] if isinstance(kind, str) else kind or []:
        if name == "null":
            nullable = True
        else:
            types.add(name)
    if not types and not branches and "properties" in schema:
        types.add("object")
    values = schema.get("enum", schema.get("x-extensible-enum"))
    if isinstance(values, list):
        nullable |= None in values
        enum = (enum or set()) | {value for value in values if value is not None}
    return Shape(frozenset(types), nullable, frozenset(enum) if enum is not None else None, schema.get("x-vendor-note"))


def fields(spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, tuple[Shape, bool]]:
    """Every field under a schema, by dotted path (`data[].fps`), with its shape and whether it is required."""
    found: dict[str, tuple[Shape, bool]] = {}
    schema = _merged(spec, schema)
    if depth >= DEPTH or not isinstance(schema, dict):
        return found
    for branch in schema.get("anyOf") or schema.get("oneOf") or []:
        if _merged(spec, branch).get("properties") or _merged(spec, branch).get("items"):
            found.update(fields(spec, branch, prefix, depth + 1))
    if "items" in schema:
        found.update(fields(spec, schema["items"], prefix + "[]", depth + 1))
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}.{name}" if prefix else name
        found[path] = (shape(spec, sub), name in required)
        found.update(fields(spec, sub, path, depth + 1))
    return found


def _normal(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def operations(spec: dict[str, Any], scope: str, prefix: str) -> dict[str, dict[str, Any]]:
    """`GET /api/video/rooms/{}` -> the operation, for the paths in scope (with our path prefix added)."""
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        if not path.startswith(scope):
            continue
        item = _deref(spec, item)
        for method in METHODS:
            if method in item:
                op = {**item[method], "parameters": [*item.get("parameters", []), *item[method].get("parameters", [])]}
                found[f"{method.upper()} {_normal(prefix + path)}"] = op
    return found


def _body(spec: dict[str, Any], holder: Any) -> Any:
    content = _deref(spec, holder).get("content", {}) if isinstance(_deref(spec, holder), dict) else {}
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            return content[media].get("schema", {})
    return None


def _success(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    for status in sorted(op.get("responses", {})):
        if str(status).startswith("2"):
            body = _body(spec, op["responses"][status])
            if body is not None:
                return body
    return None


def _compare_shapes(name: str, ours: Shape, theirs: Shape) -> list[tuple[str, str, str, str | None]]:
    out: list[tuple[str, str, str, str | None]] = []
    if ours.types and theirs.types and ours.types != theirs.types:
        out.append((name, "type", f"ours {sorted(ours.types)}, theirs {sorted(theirs.types)}", ours.note))
    if ours.nullable != theirs.nullable:
        out.append((name, "nullable", f"ours {ours.nullable}, theirs {theirs.nullable}", ours.note))
    if ours.enum != theirs.enum and (ours.enum is not None or theirs.enum is not None):
        only_ours = sorted(map(str, (ours.enum or set()) - (theirs.enum or set())))
        only_theirs = sorted(map(str, (theirs.enum or set()) - (ours.enum or set())))
        out.append((name, "enum", f"only ours {only_ours}, only theirs {only_theirs}", ours.note))
    return out


def _compare_fields(
    side: str, ours: dict[str, tuple[Shape, bool]], theirs: dict[str, tuple[Shape, bool]]
) -> list[tuple[str, str, str, str | None]]:
    out: list[tuple[str, str, str, str | None]] = []
    for name in sorted(ours.keys() | theirs.keys()):
        where = f"{side} {name}"
        if name not in theirs:
            out.append((where, "only ours", "the vendor's spec does not declare it", ours[name][0].note))
        elif name not in ours:
            out.append((where, "only theirs", f"{sorted(theirs[name][0].types)}", None))
        else:
            (mine, mine_required), (other, other_required) = ours[name], theirs[name]
            if mine_required != other_required:
                out.append((where, "required", f"ours {mine_required}, theirs {other_required}", mine.note))
            out += _compare_shapes(where, mine, other)
    return out


def _parameters(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, tuple[Shape, bool]]:
    found: dict[str, tuple[Shape, bool]] = {}
    for param in op.get("parameters", []):
        param = _deref(spec, param)
        if param.get("in") in ("path", "query"):
            schema_shape = shape(spec, param.get("schema", {}))
            note = param.get("x-vendor-note") or schema_shape.note
            found[f"{param['name']} ({param['in']})"] = (
                Shape(schema_shape.types, schema_shape.nullable, schema_shape.enum, note),
                bool(param.get("required")),
            )
    return found


def compare(vendor: str, ours: dict[str, Any], theirs: dict[str, Any]) -> list[Difference]:
    scope, prefix = SCOPE[vendor]
    mine, other = operations(ours, "", ""), operations(theirs, scope, prefix)
    raw: list[tuple[str, str, str, str, str | None]] = []
    for key in sorted(mine.keys() | other.keys()):
        if key not in other:
            raw.append((key, "operation", "only ours", "the vendor's spec has no such operation", None))
            continue
        if key not in mine:
            raw.append((key, "operation", "only theirs", "not in our contract", None))
            continue
        a, b = mine[key], other[key]
        found = _compare_fields("parameter", _parameters(ours, a), _parameters(theirs, b))
        found += _compare_fields(
            "request",
            fields(ours, _body(ours, a.get("requestBody", {}))),
            fields(theirs, _body(theirs, b.get("requestBody", {}))),
        )
        found += _compare_fields("response", fields(ours, _success(ours, a)), fields(theirs, _success(theirs, b)))
        # An operation's own note explains the operation (its status codes, its path), not each of its fields.
        raw += [(key, where, what, detail, field_note) for where, what, detail, field_note in found]
    rules = known_rules(vendor)
    out = []
    for key, where, what, detail, note in raw:
        reason = note or next((rule["reason"] for rule in rules if _matches(rule, key, where, what)), None)
        out.append(Difference(key, where, what, detail, reason))
    return out


def known_rules(vendor: str) -> list[dict[str, str]]:
    data = yaml.safe_load(KNOWN.read_text(encoding="utf-8")) if KNOWN.exists() else {}
    return [rule for rule in data.get(vendor, []) if isinstance(rule, dict)]


def _matches(rule: dict[str, str], operation: str, where: str, what: str) -> bool:
    return all(
        re.fullmatch(rule.get(key, ".*"), value) is not None
        for key, value in (("operation", operation), ("where", where), ("what", what))
    )


def report(differences: list[Difference]) -> str:
    lines: list[str] = []
    by_operation: dict[str, list[Difference]] = {}
    for difference in differences:
        by_operation.setdefault(difference.operation, []).append(difference)
    for operation, items in by_operation.items():
        lines.append(operation)
        for label, chosen in (("new", [d for d in items if not d.known]), ("known", [d for d in items if d.known])):
            if chosen:
                lines.append(f"  {label}:")
                lines += [f"    {d.line()}" for d in chosen]
    news = sum(1 for d in differences if not d.known)
    lines.append(f"{news} new differences, {len(differences) - news} known, in {len(by_operation)} operations")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator upstream", description=__doc__.split("\n", 1)[0])
    parser.add_argument("vendor", choices=sorted(SCOPE))
    parser.add_argument("spec", type=Path, metavar="SPEC_FILE", help="the vendor's published OpenAPI (YAML or JSON)")
    parser.add_argument(
        "--ours", type=Path, help="our contract to compare (default: generated/<vendor>.openapi.yaml)", default=None
    )
    parser.add_argument("--new-only", action="store_true", help="leave out the known differences")
    args = parser.parse_args(argv)
    ours_path = args.ours or ROOT / "generated" / f"{args.vendor}.openapi.yaml"
    try:
        differences = compare(args.vendor, load(ours_path), load(args.spec))
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"generator upstream: {error}", file=sys.stderr)
        return 1
    if args.new_only:
        differences = [d for d in differences if not d.known]
    sys.stdout.write(report(differences))
    return 0
