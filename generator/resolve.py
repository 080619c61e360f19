"""Apply the Overlay 1.0 document to the hand-written contract, check our conventions, write the resolved contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from jsonpath_ng.ext.parser import parse as jsonpath
from jsonschema import Draft202012Validator
from oas_patch.overlay import apply_overlay
from oas_patch.validator import load_schema
from openapi_spec_validator import validate as validate_openapi

from generator import extensible
from generator.refs import deref, walk

VENDOR_PREFIXES = {"signalwireBasic": "SignalWire ", "wherebyBearer": "Whereby "}
# Each vendor's security scheme -> its short name (the per-vendor bundle's file name, the operation table's vendor).
VENDORS = {"signalwireBasic": "signalwire", "wherebyBearer": "whereby"}
METHODS = ("get", "put", "post", "delete", "patch")


class ContractError(ValueError):
    """The contract or the overlay breaks a rule the generated code relies on."""


def load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data: Any = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ContractError(f"{path}: not a YAML mapping")
    return data


def apply(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Apply the overlay; an action whose target matches nothing is an error, not a silent no-op."""
    errors = sorted(Draft202012Validator(load_schema("overlay_schema_1.0.0.yml")).iter_errors(overlay), key=str)
    if errors:
        raise ContractError("overlay is not a valid Overlay 1.0 document: " + "; ".join(e.message for e in errors))
    for action in overlay["actions"]:
        if not jsonpath(action["target"]).find(spec):
            raise ContractError(f"overlay target matches nothing: {action['target']}")
    resolved: dict[str, Any] = apply_overlay(spec, overlay)
    return resolved


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op) for path, item in spec["paths"].items() for method, op in item.items() if method in METHODS
    ]


def webhooks(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, event name, operation) of every webhook: requests the vendor sends to its users, not operations."""
    return [
        (method, name, op)
        for name, item in spec.get("webhooks", {}).items()
        for method, op in item.items()
        if method in METHODS
    ]


def operation_tags(spec: dict[str, Any]) -> list[str]:
    """The tags of `paths` operations, in the order the contract lists them: each one is a client resource."""
    used = {op["tags"][0] for _, _, op in operations(spec) if op.get("tags")}
    return [tag["name"] for tag in spec["tags"] if tag["name"] in used]


def event_type(spec: dict[str, Any], schema: Any) -> str | None:
    """The `const` an event schema (or one of its `allOf` parts) fixes its `type` property to."""
    schema = deref(spec, schema)
    const = deref(spec, schema.get("properties", {}).get("type", {})).get("const")
    if isinstance(const, str):
        return const
    for part in schema.get("allOf", []):
        found = event_type(spec, part)
        if found is not None:
            return found
    return None


def resource_of(tag: str) -> str:
    """`SignalWire Room Tokens` -> `room_tokens`: the client attribute and the operationId prefix."""
    for prefix in VENDOR_PREFIXES.values():
        if tag.startswith(prefix):
            return tag[len(prefix) :].lower().replace(" ", "_")
    raise ContractError(f"tag {tag!r} does not name its vendor")


def check(spec: dict[str, Any]) -> None:
    """Rules the templates rely on: one tag per operation, operationId = <resource>_<method>, one scheme per vendor."""
    seen = _check_webhooks(spec)
    for method, path, op in operations(spec):
        where = f"{method.upper()} {path}"
        tags = op.get("tags", [])
        if len(tags) != 1:
            raise ContractError(f"{where}: needs exactly one tag, has {tags}")
        schemes = [name for requirement in op.get("security", []) for name in requirement]
        if len(schemes) != 1 or schemes[0] not in VENDOR_PREFIXES:
            raise ContractError(f"{where}: needs exactly one of {sorted(VENDOR_PREFIXES)} as security, has {schemes}")
        if not tags[0].startswith(VENDOR_PREFIXES[schemes[0]]):
            raise ContractError(f"{where}: tag {tags[0]!r} does not belong to {schemes[0]}")
        op_id = op.get("operationId", "")
        if not op_id.startswith(resource_of(tags[0]) + "_") or op_id in seen:
            raise ContractError(f"{where}: operationId {op_id!r} must be unique and start with {resource_of(tags[0])}_")
        seen.add(op_id)
    clash = set(operation_tags(spec)) & {op["tags"][0] for _, _, op in webhooks(spec)}
    if clash:
        raise ContractError(f"tags {sorted(clash)} are used by both operations and webhooks")
    _check_date_only(spec)


def _check_webhooks(spec: dict[str, Any]) -> set[str]:
    """Rules the webhook table relies on; returns the webhooks' operationIds, which share one namespace with paths'.

    A webhook is a POST named after its event type, tagged `<Vendor> ...` (never a client resource), authenticated by a
    signature header rather than a security scheme, and carrying a named JSON schema whose `type` is that event type.
    """
    seen: set[str] = set()
    headers: dict[str, set[str]] = {}
    for method, name, op in webhooks(spec):
        where = f"webhook {name!r}"
        if method != "post":
            raise ContractError(f"{where}: must be a POST, is a {method.upper()}")
        tags = op.get("tags", [])
        vendors = [prefix for prefix in VENDOR_PREFIXES.values() if len(tags) == 1 and tags[0].startswith(prefix)]
        if not vendors:
            raise ContractError(f"{where}: needs exactly one tag naming its vendor, has {tags}")
        if op.get("security") != []:
            raise ContractError(f"{where}: needs `security: []` (a signature header authenticates it, not a scheme)")
        op_id = op.get("operationId", "")
        if not op_id.startswith(resource_of(tags[0]) + "_") or op_id in seen:
            raise ContractError(f"{where}: operationId {op_id!r} must be unique and start with {resource_of(tags[0])}_")
        seen.add(op_id)
        params = [deref(spec, p) for p in op.get("parameters", [])]
        signature = [p["name"] for p in params if p["in"] == "header"]
        if len(signature) != 1:
            raise ContractError(f"{where}: needs exactly one header parameter (the signature), has {signature}")
        headers.setdefault(vendors[0], set()).add(signature[0])
        schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        if not str(schema.get("$ref", "")).startswith("#/components/schemas/"):
            raise ContractError(f"{where}: its JSON body must be a named schema ($ref to #/components/schemas/...)")
        if event_type(spec, schema) != name:
            raise ContractError(f"{where}: the `type` of {schema['$ref']} must be `const: {name}`")
    for vendor, names in headers.items():
        if len(names) != 1:
            raise ContractError(f"{vendor.strip()} webhooks must all use one signature header, not {sorted(names)}")
    return seen


def _check_date_only(spec: dict[str, Any]) -> None:
    # The neutral contract types a date-only field as a date-time; only the Python view adds the bare-date alternative.
    for where, node in walk(spec):
        if node.get("x-date-only") and (node.get("type"), node.get("format")) != ("string", "date-time"):
            raise ContractError(f"{where}: an `x-date-only` field must be `type: string, format: date-time`")


# What `python -m generator suggest --write` proposes from drift, kept apart from the hand-written overlay.
DRIFT_OVERLAY = "drift.overlay.yaml"


def source(spec_path: Path, overlay_path: Path) -> dict[str, Any]:
    """The hand-written contract with the overlay applied, then the drift overlay beside it when there is one."""
    spec = apply(load(spec_path), load(overlay_path))
    drift_overlay = overlay_path.parent / DRIFT_OVERLAY
    if drift_overlay.exists():
        spec = apply(spec, load(drift_overlay))
    return spec


def resolve(spec_path: Path, overlay_path: Path) -> dict[str, Any]:
    """The neutral contract: the overlays applied, response enumerations made extensible, conventions checked."""
    spec = extensible.open_response_enums(source(spec_path, overlay_path))
    check(spec)
    validate(spec)
    return spec


def validate(spec: dict[str, Any]) -> None:
    """A valid OpenAPI 3.1 document, or openapi-spec-validator's error."""
    validate_openapi(spec)


def dump(spec: dict[str, Any], out: Path, header: str) -> Path:
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    out.write_text(header + text, encoding="utf-8")
    return out


def write_resolved(spec_path: Path, overlay_path: Path, out: Path) -> dict[str, Any]:
    spec = resolve(spec_path, overlay_path)
    dump(spec, out, "# Generated by `make generate` from openapi.yaml and overrides/overlay.yaml. Do not edit.\n")
    return spec
