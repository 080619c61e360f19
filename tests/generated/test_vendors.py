"""The runtime tables of servers, credentials schemes and error models are the contract's, and the clients use them."""

from __future__ import annotations

from typing import Any

from tests.specdata import deref, load, operations, resolved
from videoconf import SignalWire, Whereby
from videoconf._generated._operations import OPERATIONS, SIGNALWIRE_ERRORS, WHEREBY_ERRORS
from videoconf._generated._vendors import SECURITY, SERVERS

BUNDLES = {"signalwire": "generated/signalwire.openapi.yaml", "whereby": "generated/whereby.openapi.yaml"}


def test_servers_and_their_variables_are_the_bundles() -> None:
    assert set(SERVERS) == set(BUNDLES)
    for vendor, path in BUNDLES.items():
        contract = load(path)["servers"]
        assert [server["url"] for server in SERVERS[vendor]] == [server["url"] for server in contract]
        for ours, theirs in zip(SERVERS[vendor], contract, strict=True):
            assert ours["variables"] == {
                name: {"default": variable["default"], "enum": variable.get("enum", [])}
                for name, variable in theirs.get("variables", {}).items()
            }
    assert "space" in SERVERS["signalwire"][0]["variables"]


def test_security_schemes_are_the_bundles() -> None:
    for vendor, path in BUNDLES.items():
        bundle = load(path)
        [requirement] = bundle["security"]
        scheme = bundle["components"]["securitySchemes"][next(iter(requirement))]
        assert SECURITY[vendor] == {"type": scheme["type"], "scheme": scheme["scheme"]}


def _declared_errors(spec: dict[str, Any], op: dict[str, Any]) -> dict[int, str]:
    found = {}
    for status, response in op["responses"].items():
        if status.startswith("2"):
            continue
        schema = deref(spec, response)["content"]["application/json"]["schema"]
        found[int(status)] = schema["$ref"].rsplit("/", 1)[1]
    return found


def test_error_models_per_status_are_the_contracts() -> None:
    spec = resolved()
    for _, _, op in operations(spec):
        declared = _declared_errors(spec, op)
        assert declared, op["operationId"]
        operation = OPERATIONS[op["operationId"]]
        assert {status: model.name for status, model in operation.errors.items()} == declared
        vendor_errors = {"signalwire": SIGNALWIRE_ERRORS, "whereby": WHEREBY_ERRORS}[operation.vendor]
        assert operation.other_errors is vendor_errors
        assert set(operation.errors.values()) <= set(vendor_errors)


def test_the_clients_take_base_url_and_credentials_scheme_from_the_table() -> None:
    sw = SignalWire(space="acme", project_id="p", token="t")
    assert sw.base_url == SERVERS["signalwire"][0]["url"].replace("{space}", "acme")
    wb = Whereby(api_key="k")
    assert wb.base_url == SERVERS["whereby"][0]["url"]
    # The scheme's name, as HTTP spells it, starts the `Authorization` header.
    for client, vendor in ((sw, "signalwire"), (wb, "whereby")):
        header = client._requester.credentials.header
        assert header.split(" ", 1)[0].lower() == SECURITY[vendor]["scheme"]
