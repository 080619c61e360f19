"""The contracts as data, loaded once for every test module that walks them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "patch")
# How the contract resolved a vendor spec's defects is for maintainers (`x-vendor-note`); users never read these words.
MAINTAINER_WORDS = re.compile(
    r"\bvendors?\b|vendor's|\bpublished\b|\bprose\b|\bwe (declare|keep|use|anchor|add)\b", re.I
)


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


def deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow one `$ref` (siblings of the ref win, as in OpenAPI 3.1)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node
