"""Per-vendor bundles: one vendor's operations and webhooks, the components they reach, its own servers and security."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import bundles, extensible, resolve
from generator.refs import reach, refs, target
from tests.specdata import load, operations, resolved

VENDORS = {
    "signalwire": ("signalwireBasic", "SignalWire ", "https://{space}.signalwire.com"),
    "whereby": ("wherebyBearer", "Whereby ", "https://api.whereby.dev/v1"),
}


def _bundle(vendor: str) -> dict[str, Any]:
    return load(f"generated/{vendor}.openapi.yaml")


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_bundle_holds_its_vendor_operations_only(vendor: str) -> None:
    scheme, prefix, _ = VENDORS[vendor]
    ops = operations(_bundle(vendor))
    assert len(ops) == sum(op["security"] == [{scheme: []}] for _, _, op in operations(resolved()))
    for method, path, op in ops:
        assert op["security"] == [{scheme: []}], f"{method} {path}"
        assert all(tag.startswith(prefix) for tag in op["tags"]), f"{method} {path}"
    hooks = resolve.webhooks(_bundle(vendor))
    assert all(tag.startswith(prefix) for _, _, op in hooks for tag in op["tags"])
    used = {tag for _, _, op in [*ops, *hooks] for tag in op["tags"]}
    assert {tag["name"] for tag in _bundle(vendor)["tags"]} == used


def test_the_bundles_split_the_contract_without_losing_or_changing_an_operation() -> None:
    combined = {(m, p): op for m, p, op in operations(resolved())}
    split = {(m, p): op for vendor in VENDORS for m, p, op in operations(_bundle(vendor))}
    assert split == combined


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_bundle_has_its_own_root_servers_and_security(vendor: str) -> None:
    scheme, _, url = VENDORS[vendor]
    spec = _bundle(vendor)
    assert [server["url"] for server in spec["servers"]] == [url]
    if vendor == "signalwire":
        assert spec["servers"][0]["variables"]["space"]["default"] == "example"
    assert spec["security"] == [{scheme: []}]
    assert list(spec["components"]["securitySchemes"]) == [scheme]
    # Most generators ignore path-level servers: the root says it for every path.
    assert not [path for path, item in spec["paths"].items() if "servers" in item]


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_bundle_holds_exactly_the_components_it_reaches(vendor: str) -> None:
    spec = _bundle(vendor)
    reached = reach(spec, [spec["paths"], spec.get("webhooks", {}), spec["security"]])
    reached |= {f"#/components/securitySchemes/{name}" for req in spec["security"] for name in req}
    held = {f"#/components/{section}/{name}" for section, entries in spec["components"].items() for name in entries}
    assert held == reached
    for ref in refs(spec):
        target(spec, ref)  # raises if the bundle lost something a reference needs


def test_the_vendors_share_no_schema() -> None:
    names = [set(_bundle(vendor)["components"]["schemas"]) for vendor in VENDORS]
    assert not names[0] & names[1]


# A small contract of two vendors, one with a webhook: enough to show what each bundle keeps of operations and webhooks.
SYNTHETIC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1", "description": "d"},
    "servers": [{"url": "https://{space}.signalwire.com", "variables": {"space": {"default": "example"}}}],
    "tags": [{"name": "SignalWire Rooms"}, {"name": "Whereby Meetings"}, {"name": "Whereby Webhooks"}],
    "paths": {
        "/api/video/rooms": {
            "get": {
                "operationId": "rooms_list",
                "tags": ["SignalWire Rooms"],
                "security": [{"signalwireBasic": []}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Room"}}},
                    }
                },
            }
        },
        "/meetings": {
            "servers": [{"url": "https://api.whereby.dev/v1"}],
            "post": {
                "operationId": "meetings_create",
                "tags": ["Whereby Meetings"],
                "security": [{"wherebyBearer": []}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}}},
                "responses": {"201": {"description": "ok"}},
            },
        },
    },
    "webhooks": {
        "room.client.joined": {
            "post": {
                "operationId": "webhooks_room_client_joined",
                "tags": ["Whereby Webhooks"],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}},
                "responses": {"200": {"description": "received"}},
            }
        }
    },
    "components": {
        "securitySchemes": {
            "signalwireBasic": {"type": "http", "scheme": "basic"},
            "wherebyBearer": {"type": "http", "scheme": "bearer"},
        },
        "schemas": {
            "Room": {"type": "object", "properties": {"layout": {"$ref": "#/components/schemas/Layout"}}},
            "Layout": {"type": "string", "enum": ["grid"], "x-enum-varnames": ["GRID"], "description": "d"},
            "Meeting": {"type": "object", "properties": {"roomMode": {"$ref": "#/components/schemas/RoomMode"}}},
            "RoomMode": {"type": "string", "enum": ["normal", "group"], "x-enum-varnames": ["NORMAL", "GROUP"]},
            "Event": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["room.client.joined"]},
                    "roomMode": {"$ref": "#/components/schemas/RoomMode"},
                    "data": {"$ref": "#/components/schemas/EventData"},
                },
            },
            "EventData": {"type": "object", "additionalProperties": True},
            "Unused": {"type": "object", "additionalProperties": True},
        },
    },
}


def test_webhooks_go_to_their_vendor_with_the_components_only_they_reach() -> None:
    split = bundles.bundles(SYNTHETIC)
    whereby, signalwire = split["whereby.openapi.yaml"], split["signalwire.openapi.yaml"]
    assert list(whereby["webhooks"]) == ["room.client.joined"] and "webhooks" not in signalwire
    assert set(whereby["components"]["schemas"]) == {"Meeting", "RoomMode", "Event", "EventData"}
    assert set(signalwire["components"]["schemas"]) == {"Room", "Layout"}
    assert [tag["name"] for tag in whereby["tags"]] == ["Whereby Meetings", "Whereby Webhooks"]
    assert (
        whereby["servers"] == [{"url": "https://api.whereby.dev/v1"}] and "servers" not in whereby["paths"]["/meetings"]
    )
    assert signalwire["servers"] == SYNTHETIC["servers"]


def test_a_webhook_payload_is_received_so_its_enums_are_extensible() -> None:
    opened = extensible.open_response_enums(SYNTHETIC)
    schemas = opened["components"]["schemas"]
    assert schemas["Event"]["properties"]["type"] == {"type": "string", "x-extensible-enum": ["room.client.joined"]}
    # RoomMode is sent in a request and received in a webhook: closed for the one, an extensible twin for the other.
    assert schemas["RoomMode"]["enum"] == ["normal", "group"]
    assert schemas["Event"]["properties"]["roomMode"] == {"$ref": "#/components/schemas/RoomModeExtensible"}
    assert schemas["RoomModeExtensible"]["x-extensible-enum"] == ["normal", "group"]
    assert schemas["Layout"] == {
        "type": "string",
        "x-extensible-enum": ["grid"],
        "x-extensible-enum-varnames": ["GRID"],
        "description": "d",
    }
    assert extensible.close(opened) == SYNTHETIC


def test_a_schema_both_sides_share_may_not_hold_an_enum() -> None:
    spec = copy.deepcopy(SYNTHETIC)
    spec["paths"]["/meetings"]["post"]["responses"]["201"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Meeting"}}
    }
    with pytest.raises(extensible.ExtensibleEnumError, match="Meeting is used by requests and responses"):
        extensible.open_response_enums(spec)


def test_a_path_with_two_vendors_tags_is_refused() -> None:
    spec = copy.deepcopy(SYNTHETIC)
    spec["paths"]["/meetings"]["post"]["tags"] = ["Whereby Meetings", "SignalWire Rooms"]
    with pytest.raises(resolve.ContractError, match="mixes vendors"):
        bundles.bundles(spec)
