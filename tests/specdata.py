"""The contracts as data, loaded once for every test module that walks them."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator.resolve import deref as deref  # the generator's own rule, re-exported for the tests

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "patch")


@cache
def load(name: str) -> dict[str, Any]:
    """`openapi.yaml` (hand-written) or `generated/openapi.yaml` (resolved)."""
    with (ROOT / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def resolved() -> dict[str, Any]:
    return load("generated/openapi.yaml")


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS]
