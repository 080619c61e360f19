"""The runtime tables of servers, credentials schemes and error models are the contract's, and the clients use them."""

from __future__ import annotations

from typing import Any

from generator.names import python_name
from tests.specdata import deref, load, operations, resolved
from videoconf import SignalWire, Whereby
from videoconf._generated._operations import OPERATIONS, SIGNALWIRE_ERRORS, WHEREBY_ERRORS
from videoconf._generated._vendors import SECURITY, SERVERS
from videoconf._operation import ErrorWait

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


def _marks(spec: dict[str, Any], schema: dict[str, Any], mark: str, at: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The wire paths of the fields of an error schema carrying `mark` (lists' items and nested objects included)."""
    schema = deref(spec, schema)
    if schema.get("type") == "array":
        return _marks(spec, schema.get("items", {}), mark, at)
    found = []
    for key, prop in schema.get("properties", {}).items():
        if mark in deref(spec, prop):
            found.append((*at, key))
        found += _marks(spec, prop, mark, (*at, key))
    return found


def test_error_models_read_the_message_and_the_wait_where_the_contract_marks_them() -> None:
    spec = resolved()
    schemas = spec["components"]["schemas"]
    for model in (*SIGNALWIRE_ERRORS, *WHEREBY_ERRORS):
        schema = schemas[model.name]
        messages = [(*text.at, text.text) for text in model.texts]
        assert [tuple(map(python_name, path)) for path in _marks(spec, schema, "x-error-message")] == messages
        fields = {(*text.at, text.field) for text in model.texts if text.field}
        assert {tuple(map(python_name, path)) for path in _marks(spec, schema, "x-error-field")} == fields
        waits = _marks(spec, schema, "x-retry-after")
        assert [tuple(map(python_name, path)) for path in waits] == ([model.wait.at] if model.wait else [])
    # Whereby's 429 body says how long to wait, in milliseconds; SignalWire's error bodies never do.
    [rate_limited] = [model for model in WHEREBY_ERRORS if model.wait is not None]
    assert rate_limited.wait == ErrorWait(("data", "ms_left"), 0.001)
    assert all(model.wait is None for model in SIGNALWIRE_ERRORS)
    assert [text.field for model in SIGNALWIRE_ERRORS for text in model.texts] == [None, "attribute"]
