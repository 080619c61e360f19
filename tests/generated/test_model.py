"""generator/model.py: the one model of the contract that every generated output is printed from."""

from __future__ import annotations

import copy
import importlib
import inspect
import re
from typing import Any

import pytest

from generator import endpoints, model
from generator.resolve import ContractError
from tests.specdata import operations, plans, python_view, resolved
from videoconf import SignalWire, Whereby
from videoconf._generated import models
from videoconf._generated._operations import OPERATIONS
from videoconf._generated.types import UNSET

CONTRACT = model.build(resolved(), python_view())
CLIENTS = {"signalwire": SignalWire(project_id="p", token="t", space="x"), "whereby": Whereby(api_key="k")}


def test_every_operation_is_in_the_model_under_its_three_names() -> None:
    assert set(CONTRACT.operations) == {op["operationId"] for _, _, op in operations(resolved())}
    for operation in CONTRACT.operations.values():
        assert operation.id == f"{operation.resource}_{operation.method}"
        wire = {a.name for a in operation.arguments}
        table = OPERATIONS[operation.id]
        assert set(table.path_params) | set(table.query_params) <= wire


def test_paging_is_detected_once_for_both_styles() -> None:
    styles = {(op.pagination, op.items) for op in CONTRACT.operations.values() if op.pagination}
    assert styles == {("links", "data"), ("cursor", "results")}
    assert CONTRACT.operations["rooms_list"].pagination == "links"
    assert CONTRACT.operations["meetings_list"].pagination == "cursor"
    assert CONTRACT.operations["rooms_create"].pagination is None


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


RESOURCES = {(resource.vendor, resource.attribute): resource for resource in CONTRACT.resources}
METHODS = {method.operation_id: method for resource in plans().resources.values() for method in resource.methods}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(CONTRACT.operations))
def test_the_rendered_methods_are_the_models_plan(operation_id: str, is_async: bool) -> None:
    """The resource template only prints the plan: parameters, annotations, defaults, result and paging."""
    operation = CONTRACT.operations[operation_id]
    planned = METHODS[operation_id]
    resource = RESOURCES[(operation.vendor, operation.resource)]
    module = importlib.import_module(f"videoconf._generated.api.{resource.module}")
    cls = getattr(module, ("Async" if is_async else "") + resource.cls)
    if not is_async:
        assert type(getattr(CLIENTS[operation.vendor], operation.resource)) is cls
    method = getattr(cls, operation.method)
    signature = inspect.signature(method)
    parameters = list(signature.parameters.values())[1:]  # after self
    # The plan's arguments are the model's, in the model's order, each the model's Python name.
    assert [a.name for a in planned.arguments] == [a.python for a in operation.signature()]
    expected: list[tuple[str, str, object, bool]] = [
        (a.name, a.annotation, UNSET if a.default == "UNSET" else inspect.Parameter.empty, a.positional)
        for a in planned.arguments
    ]
    expected += [(name, python_type.text, None, False) for name, python_type in model.PER_CALL.items()]
    assert [p.name for p in parameters] == [name for name, *_ in expected]
    for parameter, (name, annotation, default, positional) in zip(parameters, expected, strict=True):
        assert str(parameter.annotation) == annotation, name
        assert parameter.default is default, name
        assert parameter.kind is (inspect.Parameter.POSITIONAL_ONLY if positional else inspect.Parameter.KEYWORD_ONLY)
    returns = str(signature.return_annotation)
    paged = operation.items is not None
    assert returns == planned.returns(is_async) and planned.paged is paged
    assert inspect.iscoroutinefunction(method) is (is_async and not paged)
    assert hasattr(module, f"_{operation_id}_items") is paged
    assert hasattr(module, f"_{operation_id}_result") is (operation.result_form == "parsed")
    if paged:
        assert re.fullmatch(("AsyncPager" if is_async else "SyncPager") + r"\[.+\]", returns), returns
        # Only a page that may leave its items out is read with a check for Unset.
        assert ("Unset" in inspect.getsource(getattr(module, f"_{operation_id}_items"))) is not operation.items_required
    elif operation.result_form == "model":
        assert isinstance(getattr(models, returns, None), type), returns
    else:
        assert (returns == "None") is (operation.result_form == "none"), returns


def _named(at: tuple[str, ...]) -> str:
    """A stand-in for the classes openapi-python-client names: where the value's class is, spelt out."""
    return "Class" + "".join(part.title().replace("_", "") for part in at)


@pytest.mark.parametrize(
    ("schema", "text", "named", "imports"),
    [
        ({"type": "string", "format": "uuid"}, "UUID", False, {("uuid", "UUID")}),
        (
            {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "string"}]},
            "str | UUID",
            False,
            {("uuid", "UUID")},
        ),
        ({"type": ["integer", "null"]}, "int | None", False, set()),
        ({"type": "string", "enum": ["a", "b"]}, "Class | str", True, set()),
        (
            {"type": "array", "items": {"type": "string", "enum": ["a"]}},
            "Sequence[ClassInnerProperty | str]",
            True,
            {("collections.abc", "Sequence")},
        ),
        ({"type": "object"}, "Class | Mapping[str, Any]", True, {("collections.abc", "Mapping"), ("typing", "Any")}),
        (
            {"type": "string", "format": "binary"},
            "File | bytes | IO[bytes]",
            False,
            {("...types", "File"), ("typing", "IO")},
        ),
        (
            {"type": "string", "format": "date-time"},
            "datetime.datetime | datetime.date | str",
            False,
            {("datetime", "")},
        ),
    ],
)
def test_each_value_kind_has_its_python_annotation(
    schema: dict[str, Any], text: str, named: bool, imports: set[tuple[str, str]]
) -> None:
    found = model.python_type({}, schema, _named)
    assert (found.text, found.named, set(found.imports)) == (text, named, imports)


@pytest.mark.parametrize(
    "schema",
    [
        # Their class would not be the property's own (a union's branch): no path to it says where it is yet.
        {"anyOf": [{"type": "object"}, {"type": "string"}]},
        {"type": ["object", "null"]},
        {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]},
    ],
)
def test_an_argument_without_a_python_annotation_stops_the_generator(schema: dict[str, Any]) -> None:
    with pytest.raises(ContractError, match="no Python annotation"):
        model.python_type({}, schema, _named)


def test_error_models_take_their_message_and_wait_from_the_contracts_marks() -> None:
    [rate] = [model for model in CONTRACT.error_models["whereby"] if model.schema == "WherebyRateLimitError"]
    assert (rate.cls, rate.module, rate.constant) == (
        "WherebyRateLimitError",
        "whereby_rate_limit_error",
        "WHEREBY_RATE_LIMIT_ERROR",
    )
    assert rate.texts == (model.ErrorText((), "error", None),) and rate.wait == (("data", "ms_left"), 0.001)
    assert [m.schema for m in CONTRACT.error_models["signalwire"]] == ["SignalWireError", "SignalWireValidationError"]


@pytest.mark.parametrize("mark", [{"x-retry-after": "minutes"}, {"x-retry-after": "seconds", "type": "string"}])
def test_a_wait_marked_on_no_number_or_in_no_known_unit_stops_the_generator(mark: dict[str, Any]) -> None:
    view = copy.deepcopy(python_view())
    view["components"]["schemas"]["WherebyRateLimitData"]["properties"]["msLeft"].update(mark)
    with pytest.raises(ContractError, match="x-retry-after"):
        model.build(resolved(), view)
