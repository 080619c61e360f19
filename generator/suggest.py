"""`python -m generator suggest FILE...`: collected drift events -> a proposed OpenAPI Overlay 1.0 document.

Reads the drift JSON-lines format (one `DriftEvent.to_json()` object a line; other lines, such as the rest of a log,
are skipped, and a log prefix before the object is allowed) and proposes, per schema the events point to:
- `missing`: the field is no longer `required`;
- `null`: the field becomes nullable;
- `unknown_enum`: the value joins the enumeration (an `x-extensible-enum` in the resolved contract);
- `unknown_field`: the field is declared with the JSON type it arrived with;
- `wrong_type`: the field is widened to the type that arrived (a string that broke a `format` loses the format).
Each action's description says how many events and which operations support it. `--write` appends the actions to
`overrides/drift.overlay.yaml`, which `make generate` applies after `overrides/overlay.yaml`; then run
`make generate` and `make breaking`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import resolve

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("missing", "null", "unknown_enum", "unknown_field", "wrong_type")
JSON_TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")


@dataclass
class Support:
    """The events behind one proposed change."""

    events: int = 0
    operations: set[str] = field(default_factory=set)

    def add(self, operation: str) -> None:
        self.events += 1
        self.operations.add(operation)

    def text(self) -> str:
        noun = "event" if self.events == 1 else "events"
        return f"{self.events} drift {noun} ({', '.join(sorted(self.operations))})"


def read_events(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The drift events in lines of text: each a JSON object with a drift event's keys, possibly after a prefix."""
    for line in lines:
        start = line.find("{")
        if start < 0:
            continue
        try:
            data = json.loads(line[start:])
        except ValueError:
            continue
        if isinstance(data, dict) and {"operation", "path", "kind", "expected"} <= data.keys():
            yield data


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def tokens(pointer: str) -> list[str]:
    if not pointer.startswith("#/"):
        raise ValueError(f"not a JSON pointer into the contract: {pointer!r}")
    return [unescape(token) for token in pointer[2:].split("/")]


def jsonpath(parts: list[str | int]) -> str:
    """A JSONPath naming exactly one node: `$['components']['schemas']['Room']`."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else "[" + json.dumps(part) + "]" for part in parts)


def at(spec: Any, parts: list[str | int]) -> Any:
    node = spec
    for part in parts:
        node = node[part]
    return node


def locate(spec: dict[str, Any], pointer: str) -> list[str | int]:
    """The pointer's path in the source contract (list indexes as integers); KeyError if it is not there."""
    parts: list[str | int] = []
    node: Any = spec
    for token in tokens(pointer):
        part: str | int = int(token) if isinstance(node, list) else token
        node = node[part]
        parts.append(part)
    return parts


def last_key(path: str) -> str:
    """The last key of a drift path: `zz_new` of `data[3].zz_new`, `a b` of `data['a b']`."""
    quoted = re.search(r"\[(['\"])(.*)\1\]\Z", path)
    if quoted:
        return str(yaml.safe_load(quoted.group(1) + quoted.group(2) + quoted.group(1)))
    return re.split(r"[.\[]", path)[-1]


def member_name(value: object, taken: set[str]) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", str(value)).strip("_").upper() or "VALUE"
    if name[0].isdigit():
        name = "VALUE_" + name
    candidate, index = name, 2
    while candidate in taken:
        candidate, index = f"{name}_{index}", index + 1
    return candidate


class Planner:
    """Turns events into overlay actions against the source contract (openapi.yaml with the overlays applied)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.changes: dict[tuple[Any, ...], Support] = {}
        self.skipped: dict[str, Support] = {}

    def add(self, event: dict[str, Any]) -> None:
        kind, pointer, operation = event["kind"], event.get("pointer"), str(event["operation"])
        reason = None
        if kind not in KINDS:
            reason = f"`{kind}` events propose no schema change"
        elif not isinstance(pointer, str):
            reason = "events without a contract pointer"
        else:
            try:
                key = self._key(kind, pointer, event)
            except (KeyError, IndexError, ValueError, TypeError) as error:
                reason = f"events whose pointer is not in the contract ({error})"
            else:
                self.changes.setdefault(key, Support()).add(operation)
                return
        self.skipped.setdefault(f"{reason}: {kind} at {event['path']}", Support()).add(operation)

    def _key(self, kind: str, pointer: str, event: dict[str, Any]) -> tuple[Any, ...]:
        parts = tuple(locate(self.spec, pointer))
        received = event.get("received")
        if kind == "unknown_field":
            if received not in JSON_TYPES:
                raise ValueError(f"received {received!r} is no JSON type")
            return (kind, parts, last_key(str(event["path"])), received)
        if kind == "missing":
            if len(parts) < 2 or parts[-2] != "properties":
                raise ValueError("a missing field's pointer must name a property")
            return (kind, parts)
        if kind == "wrong_type":
            if received not in JSON_TYPES:
                raise ValueError(f"received {received!r} is no JSON type")
            return (kind, parts, received)
        if kind == "unknown_enum":
            if not isinstance(received, str | int):
                raise ValueError("an unknown enum value must be a string or an integer")
            return (kind, self._enum_home(list(parts)), received)
        return (kind, parts)

    def _enum_home(self, parts: list[str | int]) -> tuple[str | int, ...]:
        """Where the enumeration a property uses is written: the property, a component it refers to, a branch."""
        node = at(self.spec, parts)
        for _ in range(10):
            if "enum" in node:
                return tuple(parts)
            if "$ref" in node:
                parts = list(locate(self.spec, node["$ref"]))
                node = at(self.spec, parts)
                continue
            branches = [
                (key, index)
                for key in ("anyOf", "oneOf")
                for index, branch in enumerate(node.get(key, []))
                if branch.get("type") != "null"
            ]
            if len(branches) == 1:
                key, index = branches[0]
                parts = [*parts, key, index]
                node = node[key][index]
                continue
            if "items" in node:
                parts = [*parts, "items"]
                node = node["items"]
                continue
            break
        raise ValueError("no enumeration found where the pointer leads")

    def actions(self) -> list[dict[str, Any]]:
        actions: list[dict[str, Any]] = []
        enum_values: dict[tuple[str | int, ...], list[tuple[object, Support]]] = {}
        fields: dict[tuple[str | int, ...], list[tuple[str, str, Support]]] = {}
        for key, support in sorted(self.changes.items(), key=lambda item: repr(item[0])):
            kind, parts = key[0], list(key[1])
            if kind == "missing":
                name = str(parts[-1])
                owner = parts[:-2]
                if name not in at(self.spec, owner).get("required", []):
                    continue
                actions.append(
                    {
                        "target": jsonpath([*owner, "required"]) + f"[?(@ == {json.dumps(name)})]",
                        "description": f"`{name}` was missing from responses: no longer required. "
                        f"Supported by {support.text()}.",
                        "remove": True,
                    }
                )
            elif kind == "null":
                actions += self._widen(parts, "null", support, "was null in responses: nullable")
            elif kind == "wrong_type":
                actions += self._widen(parts, key[2], support, f"arrived as {key[2]} in responses: widened")
            elif kind == "unknown_enum":
                enum_values.setdefault(tuple(parts), []).append((key[2], support))
            elif kind == "unknown_field":
                fields.setdefault(tuple(parts), []).append((key[2], key[3], support))
        for home, values in enum_values.items():
            node = at(self.spec, list(home))
            new = [(value, support) for value, support in values if value not in node["enum"]]
            if not new:
                continue
            update: dict[str, Any] = {"enum": [value for value, _ in new]}
            if "x-enum-varnames" in node:
                taken = set(node["x-enum-varnames"])
                names = []
                for value, _ in new:
                    names.append(member_name(value, taken))
                    taken.add(names[-1])
                update["x-enum-varnames"] = names
            said = "; ".join(f"`{value}` from {support.text()}" for value, support in new)
            actions.append(
                {
                    "target": jsonpath(list(home)),
                    "description": f"Values responses carried that the enumeration did not list: {said}.",
                    "update": update,
                }
            )
        for owner_parts, found in fields.items():
            known = at(self.spec, list(owner_parts)).get("properties", {})
            properties = {
                name: {**_schema_of(json_type), "description": f"Undocumented; seen in responses ({support.text()})."}
                for name, json_type, support in found
                if name not in known
            }
            if not properties:
                continue
            declared = ", ".join(f"`{name}`" for name in properties)
            total = Support()
            for _, _, support in found:
                total.events += support.events
                total.operations |= support.operations
            actions.append(
                {
                    "target": jsonpath(list(owner_parts)),
                    "description": f"Declare {declared}, which responses carried. Supported by {total.text()}.",
                    "update": {"properties": properties},
                }
            )
        return actions

    def _widen(self, parts: list[str | int], json_type: str, support: Support, said: str) -> list[dict[str, Any]]:
        node = at(self.spec, parts)
        name = str(parts[-1]) if isinstance(parts[-1], str) else jsonpath(parts)
        description = f"`{name}` {said}. Supported by {support.text()}."
        target = jsonpath(parts)
        kinds = node.get("type")
        if (
            json_type == "string"
            and "format" in node
            and kinds in ("string", ["string"])
            or (isinstance(kinds, list) and "string" in kinds and "format" in node and json_type == "string")
        ):
            return [{"target": target + '["format"]', "description": description, "remove": True}]
        # A format (`int32`, `date-time`) speaks of one type only: a widened field loses it.
        unformat = (
            [{"target": target + '["format"]', "description": description, "remove": True}]
            if "format" in node and json_type != "null"
            else []
        )
        if isinstance(kinds, str) and "$ref" not in node:
            if kinds == json_type:
                return []
            return [*unformat, {"target": target, "description": description, "update": {"type": [kinds, json_type]}}]
        if isinstance(kinds, list) and "$ref" not in node:
            if json_type in kinds:
                return []
            return [*unformat, {"target": target, "description": description, "update": {"type": [json_type]}}]
        branches = node.get("anyOf") or node.get("oneOf")
        if branches is not None:
            if any(branch.get("type") == json_type for branch in branches):
                return []
            key = "anyOf" if "anyOf" in node else "oneOf"
            return [{"target": target, "description": description, "update": {key: [{"type": json_type}]}}]
        if "$ref" in node:
            # The reference moves into an alternative of its own, the received type the other one.
            return [
                {"target": target + '["$ref"]', "description": description, "remove": True},
                {
                    "target": target,
                    "description": description,
                    "update": {"anyOf": [{"$ref": node["$ref"]}, {"type": json_type}]},
                },
            ]
        return []


def _schema_of(json_type: str) -> dict[str, Any]:
    if json_type == "array":
        return {"type": "array", "items": {}}
    if json_type == "object":
        return {"type": "object", "additionalProperties": True}
    if json_type == "null":
        return {"type": "null"}
    return {"type": json_type}


def overlay(actions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "overlay": "1.0.0",
        "info": {"title": "videoconf: contract changes proposed by drift seen in responses", "version": "1.0.0"},
        "extends": "../openapi.yaml",
        "actions": actions,
    }


def suggest(paths: list[Path], spec_path: Path, overlay_path: Path) -> tuple[dict[str, Any], dict[str, Support], int]:
    """The proposed overlay, what was left out (and why), and how many events were read."""
    planner = Planner(resolve.source(spec_path, overlay_path))
    count = 0
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for event in read_events(fh):
                planner.add(event)
                count += 1
    return overlay(planner.actions()), planner.skipped, count


def write(actions: list[dict[str, Any]], overlay_path: Path) -> Path:
    """Append the actions to the drift overlay beside `overlay_path` (created on first use); checked first."""
    target = overlay_path.parent / resolve.DRIFT_OVERLAY
    document = resolve.load(target) if target.exists() else overlay([])
    document["actions"] = [*document["actions"], *actions]
    header = (
        "# Written by `python -m generator suggest --write` from drift seen in responses; applied by `make generate`\n"
        "# after overlay.yaml. Review each action as a contract change (`make breaking`), then commit.\n"
    )
    resolve.dump(document, target, header)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator suggest", description=__doc__.split("\n", 1)[0])
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="drift JSON lines (`-` for stdin)")
    parser.add_argument("--write", action="store_true", help=f"append the actions to overrides/{resolve.DRIFT_OVERLAY}")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml", help=argparse.SUPPRESS)
    parser.add_argument("--overlay", type=Path, default=ROOT / "overrides" / "overlay.yaml", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    files = [Path("/dev/stdin") if str(path) == "-" else path for path in args.files]
    try:
        document, skipped, count = suggest(files, args.spec, args.overlay)
    except (OSError, resolve.ContractError) as error:
        print(f"generator suggest: {error}", file=sys.stderr)
        return 1
    for reason, support in sorted(skipped.items()):
        print(f"not proposed: {reason}: {support.text()}", file=sys.stderr)
    actions = document["actions"]
    print(f"{count} drift events read, {len(actions)} actions proposed", file=sys.stderr)
    if args.write:
        if actions:
            written = write(actions, args.overlay)
            print(f"appended to {written}: run `make generate`, then `make breaking`", file=sys.stderr)
        return 0
    sys.stdout.write(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120))
    return 0
