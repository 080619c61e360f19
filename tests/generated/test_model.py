"""generator/model.py: the one model of the contract that every generated output is printed from."""

from __future__ import annotations

import copy
import inspect

import pytest

from generator import endpoints, model
from generator.resolve import ContractError
from tests.specdata import operations, python_view, resolved
from videoconf import SignalWire, Whereby
from videoconf._generated._operations import OPERATIONS

CONTRACT = model.build(resolved(), python_view())
CLIENTS = {"signalwire": SignalWire(project_id="p", token="t", space="x"), "whereby": Whereby(api_key="k")}


def test_every_operation_is_in_the_model_under_its_three_names() -> None:
    assert set(CONTRACT.operations) == {op["operationId"] for _, _, op in operations(resolved())}
    for operation in CONTRACT.operations.values():
        assert operation.id == f"{operation.resource}_{operation.method}"
        wire = {a.name for a in operation.arguments}
        table = OPERATIONS[operation.id]
        assert set(table["path_params"]) | set(table["query_params"]) <= wire


def test_paging_is_detected_once_for_both_styles() -> None:
    styles = {(op.pagination, op.items) for op in CONTRACT.operations.values() if op.pagination}
    assert styles == {("links", "data"), ("cursor", "results")}
    assert CONTRACT.operations["rooms_list"].pagination == "links"
    assert CONTRACT.operations["meetings_list"].pagination == "cursor"
    assert CONTRACT.operations["rooms_create"].pagination is None


@pytest.mark.parametrize("operation_id", sorted(CONTRACT.operations))
def test_the_method_signature_is_the_models(operation_id: str) -> None:
    operation = CONTRACT.operations[operation_id]
    method = getattr(getattr(CLIENTS[operation.vendor], operation.resource), operation.method)
    parameters = list(inspect.signature(method).parameters.values())
    ours = operation.signature()
    assert [p.name for p in parameters[: len(ours)]] == [a.python for a in ours]
    for parameter, argument in zip(parameters, ours, strict=False):
        assert (parameter.default is inspect.Parameter.empty) == argument.required, argument.name
        assert (parameter.kind is inspect.Parameter.POSITIONAL_ONLY) == (argument.where == "path"), argument.name


def test_only_a_get_by_id_or_name_has_a_by_name_twin() -> None:
    twins = [op.id for op in CONTRACT.operations.values() if op.by_name is not None]
    assert twins == ["rooms_get"]
    assert hasattr(SignalWire(project_id="p", token="t", space="x").rooms, "get_by_name")


def test_servers_carry_their_variables() -> None:
    [signalwire] = CONTRACT.vendors["signalwire"].servers
    assert signalwire["url"] == "https://{space}.signalwire.com" and "space" in signalwire["variables"]
    assert [s["url"] for s in CONTRACT.vendors["whereby"].servers] == ["https://api.whereby.dev/v1"]


def test_each_body_names_the_component_its_schema_refers_to() -> None:
    for operation in CONTRACT.operations.values():
        assert list(operation.body_models) == [media for media, _ in operation.bodies], operation.id
    assert CONTRACT.operations["rooms_create"].body_models == {"application/json": "CreateRoomRequest"}
    assert CONTRACT.operations["rooms_list"].body_models == {}


def test_the_sandbox_table_refuses_a_body_without_a_component() -> None:
    # The sandbox validates a body with the pydantic model named after its component; an inline schema has no name.
    view = copy.deepcopy(python_view())
    content = view["paths"]["/api/video/rooms"]["post"]["requestBody"]["content"]["application/json"]
    content["schema"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    contract = model.build(resolved(), view)
    assert contract.operations["rooms_create"].body_models == {"application/json": None}
    with pytest.raises(ContractError, match=r"^POST /api/video/rooms: declare the request body as a schema"):
        endpoints.render(contract, "")
