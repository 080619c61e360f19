"""The drift event: one disagreement between a response (or webhook payload) and the contract, in its stable form."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from videoconf._parsing import KINDS, Kind, describe

__all__ = ["DriftEvent", "DriftKind"]

DriftKind = Kind


@frozen
class DriftEvent:
    """One disagreement between a response (or webhook payload) and the contract.

    - `operation`: the operationId (`rooms_list`), or what the payload is (a webhook event type).
    - `path`: where, as a JSON path from the body's root: `data[3].quality`; empty for the body itself.
    - `kind`: `missing` (a required field is absent), `wrong_type` (a value of another JSON type, or a string that is
      not the date-time or UUID the contract says), `null` (null where the contract does not allow it),
      `unknown_enum` (a value the enum does not list), `unknown_field` (a field the contract does not declare).
    - `expected`: what the contract says: a schema or enum name (`Room`, `VideoQuality`), `object` for a free-form
      object, or a JSON Schema type or format (`string`, `integer`, `number`, `boolean`, `array`, `date-time`,
      `date`, `uuid`); for `unknown_field`, the model the field appeared in.
    - `received`: the JSON type of what arrived (`string`, `integer`, `number`, `boolean`, `array`, `object`, `null`),
      or the value itself for `unknown_enum`; None for `missing`. Never any other value: those may be personal data.
    - `pointer`: the JSON pointer, in the resolved contract (`generated/openapi.yaml`), of the schema that
      disagreed: the property (`#/components/schemas/Room/properties/quality`) for `missing`, `null`, `wrong_type`
      and `unknown_enum`, the object's schema for `unknown_field`; None where no schema of the contract is at fault.
    - `other_path` (paging only): a `links.next` to another path than the operation's; tolerant mode follows its
      query on the operation's own path. `expected` is the operation's path template.

    In tolerant mode (the default) the field keeps what arrived, whatever the model's annotation says: None for
    `missing` and `null`, the value as received for `wrong_type` (a date-time that does not parse stays its string),
    an `UNKNOWN` enum member (`.is_unknown`) for `unknown_enum`; unknown fields go to `additional_properties`.
    """

    operation: str
    path: str
    kind: DriftKind
    expected: str
    received: str | int | None
    pointer: str | None = None

    def __str__(self) -> str:
        return f"{self.operation}: {describe(self.path, self.kind, self.expected, self.received)}"

    def to_dict(self) -> dict[str, str | int | None]:
        """The event's stable JSON form (one line of the drift JSON-lines format), what `generator suggest` reads:
        `{"operation", "path", "kind", "expected", "received", "pointer"}`, each a string (`received` an integer for
        an unknown integer enum value) or null."""
        return {
            "operation": self.operation,
            "path": self.path,
            "kind": self.kind,
            "expected": self.expected,
            "received": self.received,
            "pointer": self.pointer,
        }

    def to_json(self) -> str:
        """One line of the drift JSON-lines format: `to_dict()` as compact JSON, ASCII only, no newline."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriftEvent:
        """The event `to_dict` wrote; `ValueError` for a mapping that is not one."""
        try:
            kind = data["kind"]
            if kind not in KINDS:
                raise ValueError(f"unknown drift kind {kind!r}")
            event = cls(
                str(data["operation"]),
                str(data["path"]),
                kind,
                str(data["expected"]),
                data.get("received"),
                data.get("pointer"),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a drift event: {error}") from None
        if not isinstance(event.received, str | int | None) or not isinstance(event.pointer, str | None):
            raise ValueError("not a drift event: `received` or `pointer` of the wrong type")
        return event
