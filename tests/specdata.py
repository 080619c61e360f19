"""The contracts as data, loaded once for every test module that walks them: the hand-written one, the resolved
(language-neutral) one with its per-vendor bundles, and the Python view that the Python generators read."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator import python_view as python_view_of
from generator.refs import deref as deref  # the generator's one $ref resolver, re-exported for the tests
from generator.refs import follow as follow
from generator.refs import inline as inline

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


BUNDLES = ("generated/signalwire.openapi.yaml", "generated/whereby.openapi.yaml")
NEUTRAL = ("generated/openapi.yaml", *BUNDLES)


@cache
def python_view() -> dict[str, Any]:
    """What openapi-python-client and datamodel-code-generator read; the client and the sandbox implement it."""
    return python_view_of.build(resolved())


@cache
def contract() -> Any:
    """The one model of the contract the generator builds (`generator.model.Contract`)."""
    # Imported here: the tests that run on other Pythons have the built wheel, not the generator's tools.
    from generator import model

    return model.build(resolved(), python_view())


@cache
def plans() -> Any:
    """What the templates print (`generator.python_client.Plans`): the plan of every model, enum and resource."""
    from generator import python_client

    openapi, _ = python_client.parse(contract().view, ROOT / "build" / "plans")
    return python_client.plan(contract(), openapi)


def write_python_view(directory: Path) -> Path:
    """The Python view as a file, for tools that read a path (schemathesis run)."""
    path = directory / "python-view.openapi.yaml"
    path.write_text(yaml.safe_dump(python_view(), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS]
