"""The Python view: the neutral contract with the shapes only the Python client wants, read by the Python generators.

Three steps, each the inverse of a language-neutral choice the contract makes:
1. `overrides/python-view.yaml` (Overlay 1.0) turns the parameters that are one string in several forms back into
   unions (`rooms.get(id)` takes a UUID or a name, and gets its `get_by_name` twin from that union);
2. every `x-date-only` date-time becomes `anyOf: [date-time, date]`, so the client accepts `datetime | date`;
3. `extensible.close` turns the extensible response enumerations back into the typed enums (which keep unknown
   values) that the models have had since 0.1.0; a request enumeration the contract keeps extensible (token
   permissions, transcription languages) is typed too, and marked `x-videoconf-open-enum`, so that the request
   checker warns of a value it does not list instead of refusing it.
Each object schema also gets `x-videoconf-pointers`: its own JSON pointer in the neutral contract and those of its
properties (following `allOf`), which the model templates emit so that drift events name the schema that disagreed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import extensible, resolve
from generator.refs import reach, sides, target, walk

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overrides" / "python-view.yaml"


def _date_alternatives(spec: dict[str, Any]) -> None:
    for _, node in walk(spec):
        if node.get("x-date-only") and node.get("format") == "date-time":
            both = [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}]
            # `anyOf` takes the place of `type`, so the keys keep their order.
            shaped = {key: value for key, value in node.items() if key != "format"}
            shaped = {
                ("anyOf" if key == "type" else key): (both if key == "type" else value) for key, value in shaped.items()
            }
            node.clear()
            node.update(shaped)


def _check_date_only(node: Any, where: str = "#", inside_date_only: bool = False) -> None:
    # The templates send `format: date` as midnight UTC, which is right only for the date-only form of a date-time.
    if isinstance(node, dict):
        if node.get("format") == "date" and not inside_date_only:
            raise resolve.ContractError(f"{where}: `format: date` is only allowed inside an `x-date-only` anyOf")
        for key, value in node.items():
            _check_date_only(value, f"{where}/{key}", inside_date_only or bool(node.get("x-date-only")))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_date_only(value, f"{where}/{index}", inside_date_only)


POINTERS = "x-videoconf-pointers"
OPEN_ENUM = "x-videoconf-open-enum"
SCHEMAS = "#/components/schemas/"


def _open_request_enums(neutral: dict[str, Any]) -> list[str]:
    """The component schemas a request reaches whose enumeration the neutral contract keeps extensible."""
    sent, _ = sides(neutral)
    schemas = neutral.get("components", {}).get("schemas", {})
    names = sorted(ref.removeprefix(SCHEMAS) for ref in reach(neutral, sent) if ref.startswith(SCHEMAS))
    return [name for name in names if isinstance(schemas[name].get(extensible.KEY), list)]


DATA_KEYS = ("example", "examples", "default", "const", "enum")


def escape(key: str) -> str:
    """One reference token of a JSON pointer (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


def _declared(spec: dict[str, Any], schema: dict[str, Any], where: str) -> dict[str, str]:
    """Where each property of an object schema is declared: its own `properties`, then its `allOf` parts."""
    found: dict[str, str] = {}
    for index, part in enumerate(schema.get("allOf", [])):
        if isinstance(part, dict) and isinstance(part.get("$ref"), str):
            ref = part["$ref"]
            found.update(_declared(spec, target(spec, ref), ref))
        elif isinstance(part, dict):
            found.update(_declared(spec, part, f"{where}/allOf/{index}"))
    for name in schema.get("properties", {}):
        found[name] = f"{where}/properties/{escape(name)}"
    return found


def pointers(spec: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """Each object schema of the document with its own pointer ("") and its properties' pointers."""
    found: list[tuple[dict[str, Any], dict[str, str]]] = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "properties" in node or "allOf" in node:
                found.append((node, {"": where, **_declared(spec, node, where)}))
            for key, value in node.items():
                if key not in DATA_KEYS and not key.startswith("x-"):
                    visit(value, f"{where}/{escape(key)}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{where}/{index}")

    visit(spec, "#")
    return found


def _annotate(spec: dict[str, Any]) -> None:
    for node, table in pointers(spec):
        node[POINTERS] = table


def build(neutral: dict[str, Any]) -> dict[str, Any]:
    """The Python view of a neutral contract (a new document; the input is not changed)."""
    opened = _open_request_enums(neutral)
    spec = extensible.close(neutral)
    for name in opened:
        spec["components"]["schemas"][name][OPEN_ENUM] = True
    # Closing renames no object schema and moves none: their pointers are those of the neutral contract.
    _annotate(spec)
    spec = resolve.apply(spec, resolve.load(OVERLAY))
    _date_alternatives(spec)
    # Query filters may take a date on its own terms (a whole day); schemas may not, outside a date-only union.
    _check_date_only(spec["components"]["schemas"], "#/components/schemas")
    return spec
