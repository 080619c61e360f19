"""Per-vendor bundles of the neutral contract: what an SDK generator in another language starts from.

A bundle holds one vendor's paths and webhooks (those whose tags start with the vendor's prefix), the components they
reach and nothing else, the vendor's server as the root `servers` and its security scheme as the root `security`:
most generators read neither path-level servers nor per-operation credentials.
"""

from __future__ import annotations

from typing import Any

from generator.model import vendor_servers
from generator.refs import operations, path_item, reach
from generator.resolve import VENDOR_PREFIXES, VENDORS, ContractError

ROOT_KEYS_KEPT = ("openapi", "jsonSchemaDialect", "externalDocs")


def _tags(spec: dict[str, Any], item: dict[str, Any]) -> set[str]:
    return {tag for op in operations(path_item(spec, item)) for tag in op.get("tags", [])}


def _belongs(spec: dict[str, Any], where: str, item: dict[str, Any], prefix: str) -> bool:
    tags = _tags(spec, item)
    mine = {tag for tag in tags if tag.startswith(prefix)}
    if mine and mine != tags:
        raise ContractError(f"{where} mixes vendors' tags: {sorted(tags)}")
    return bool(mine)


def bundle(spec: dict[str, Any], scheme: str) -> dict[str, Any]:
    """One vendor's bundle of the neutral contract, named by its security scheme."""
    prefix = VENDOR_PREFIXES[scheme]
    paths = {path: item for path, item in spec.get("paths", {}).items() if _belongs(spec, path, item, prefix)}
    webhooks = {
        name: item for name, item in spec.get("webhooks", {}).items() if _belongs(spec, f"webhook {name}", item, prefix)
    }
    servers = vendor_servers(spec, prefix)
    # Path-level servers that only repeat the root's are dropped: the root now says it for every path.
    paths = {
        path: {key: value for key, value in item.items() if not (key == "servers" and value == servers)}
        for path, item in paths.items()
    }
    reached = reach(spec, [paths, webhooks, {"$ref": f"#/components/securitySchemes/{scheme}"}])
    components: dict[str, Any] = {}
    for section, entries in spec.get("components", {}).items():
        kept = {name: value for name, value in entries.items() if f"#/components/{section}/{name}" in reached}
        if kept:
            components[section] = kept
    used = set().union(*(_tags(spec, item) for item in [*paths.values(), *webhooks.values()]))
    info = dict(spec["info"])
    vendor = prefix.strip()
    info["title"] = f"{info['title']}: {vendor}"
    info["summary"] = f"The {vendor} part of the videoconf contract, bundled on its own for SDK generators."
    info["description"] = (
        f"This bundle holds only the {vendor} operations (and webhooks) of the contract described below, with "
        f"{vendor}'s server as the root `servers` and its credentials as the root `security`.\n\n{info['description']}"
    )
    out: dict[str, Any] = {key: spec[key] for key in ROOT_KEYS_KEPT if key in spec}
    out["info"] = info
    out["servers"] = servers
    out["security"] = [{scheme: []}]
    out["tags"] = [tag for tag in spec.get("tags", []) if tag["name"] in used]
    if paths:
        out["paths"] = paths
    if webhooks:
        out["webhooks"] = webhooks
    out["components"] = components
    return out


def bundles(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every vendor's bundle, by file name (`signalwire.openapi.yaml`, ...)."""
    return {f"{VENDORS[scheme]}.openapi.yaml": bundle(spec, scheme) for scheme in VENDOR_PREFIXES}
