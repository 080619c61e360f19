"""Walking an OpenAPI document: its mappings, its `$ref`s, and which components a part of it reaches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")
# Keys whose values are data, not schema: a `$ref` or an `enum` key inside them means nothing. `x-url-parameters`
# holds the rules of a URL field's query parameters, which a client writes: no part of the response it sits in.
DATA_KEYS = ("example", "examples", "default", "const", "x-url-parameters")


def walk(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping in a document with its JSON pointer, skipping example and default values."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if key not in DATA_KEYS:
                yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


def refs(node: Any) -> set[str]:
    """The `$ref`s (and discriminator mappings) written in a part of a document, not followed."""
    found: set[str] = set()
    for _, mapping in walk(node):
        if isinstance(mapping.get("$ref"), str):
            found.add(mapping["$ref"])
        discriminator = mapping.get("discriminator")
        if isinstance(discriminator, dict):
            found.update(ref for ref in discriminator.get("mapping", {}).values() if isinstance(ref, str))
    return found


def target(spec: dict[str, Any], ref: str) -> Any:
    """What a local `$ref` (a JSON pointer) points to."""
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def follow(spec: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """The generator's one `$ref` resolver: follow the `$ref`s at the top of `node` (keywords beside a `$ref` win, as
    in OpenAPI 3.1), and also return the last component's name (which names its Python type), or None."""
    name = None
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        name = ref.rsplit("/", 1)[-1]
        node = {**target(spec, ref), **{key: value for key, value in node.items() if key != "$ref"}}
    return node, name


def deref(spec: dict[str, Any], node: Any) -> Any:
    """`node` with the `$ref`s at its top followed (see `follow`)."""
    return follow(spec, node)[0]


def inline(spec: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """`node` with every `$ref` in it, at any depth, replaced by what it points to; refuses a recursive schema."""
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"recursive schema {ref} cannot be inlined")
            merged = {**target(spec, ref), **{k: v for k, v in node.items() if k != "$ref"}}
            return inline(spec, merged, (*seen, ref))
        return {key: inline(spec, value, seen) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(spec, value, seen) for value in node]
    return node


def reach(spec: dict[str, Any], roots: Iterable[Any]) -> set[str]:
    """Every component `$ref` the given parts of the document lead to, directly or through other components."""
    seen: set[str] = set()
    stack = [ref for root in roots for ref in refs(root)]
    while stack:
        ref = stack.pop()
        if ref in seen or not ref.startswith("#/components/"):
            continue
        seen.add(ref)
        stack.extend(refs(target(spec, ref)))
    return seen


def path_item(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """A path item or webhook, following a `$ref` to `components/pathItems`."""
    while "$ref" in item:
        item = target(spec, item["$ref"])
    return item


def operations(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of one path item (or webhook)."""
    return [op for method, op in item.items() if method in METHODS]


def sides(spec: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """The parts of a contract a client sends (requests) and the parts it receives (responses and webhook payloads).

    A webhook turns the roles round: the vendor sends its parameters and body, and the receiver's answer is the request
    side's concern.
    """
    sent: list[Any] = []
    received: list[Any] = []
    for item in (path_item(spec, item) for item in spec.get("paths", {}).values()):
        sent.append(item.get("parameters", []))
        for op in operations(item):
            sent += [op.get("parameters", []), op.get("requestBody", {})]
            received.append(op.get("responses", {}))
    for item in (path_item(spec, item) for item in spec.get("webhooks", {}).values()):
        received.append(item.get("parameters", []))
        for op in operations(item):
            received += [op.get("parameters", []), op.get("requestBody", {})]
            sent.append(op.get("responses", {}))
    return sent, received
