"""The Python view: the neutral contract with the shapes only the Python client wants, read by the Python generators.

Three steps, each the inverse of a language-neutral choice the contract makes:
1. `overrides/python-view.yaml` (Overlay 1.0) turns the parameters that are one string in several forms back into
   unions (`rooms.get(id)` takes a UUID or a name, and gets its `get_by_name` twin from that union);
2. every `x-date-only` date-time becomes `anyOf: [date-time, date]`, so the client accepts `datetime | date`;
3. `extensible.close` turns the extensible response enumerations back into the typed enums (which keep unknown
   values) that the models have had since 0.1.0.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import extensible, resolve
from generator.refs import walk

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


def build(neutral: dict[str, Any]) -> dict[str, Any]:
    """The Python view of a neutral contract (a new document; the input is not changed)."""
    spec = extensible.close(neutral)
    spec = resolve.apply(spec, resolve.load(OVERLAY))
    _date_alternatives(spec)
    # Query filters may take a date on its own terms (a whole day); schemas may not, outside a date-only union.
    _check_date_only(spec["components"]["schemas"], "#/components/schemas")
    return spec
