"""The plan of each resource module (`_generated/api/<tag>/__init__.py`): its classes' methods with their parameters,
annotations, defaults, docstring text, results, paging and operation objects, and the module's imports and helpers,
from the model of the contract and the classes openapi-python-client's parser names; `endpoint_init.py.jinja` prints
it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.strings import ClassName

from generator import docs, fields, model
from generator.names import python_name

__all__ = ["Argument", "Method", "Resource", "resource_plan"]

# The names of videoconf._parsing that result parsers may call, as their code spells a use of each.
PARSING = (
    "Drift",
    "Trial()",
    "members(",
    "mismatch(",
    "new_instance(",
    "parse_date(",
    "parse_datetime(",
    "parse_enum(",
    "parse_uuid(",
    "settle(",
)


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    default: str
    positional: bool
    doc: str
    wire: str = ""
    where: str = ""


@dataclass(frozen=True)
class Method:
    name: str
    operation_id: str
    constant: str
    """The operation object (imported from the generated table) the method prepares its request with."""
    http: str
    summary: str
    description: str
    arguments: list[Argument]
    paged: bool
    result: str
    """The model a result is made of (`Room`), the page model of a list, or the result's type."""
    item: str | None
    """A list's item type."""
    cast: str
    """What makes the result: a model's `from_dict`, a parse function of the module, or `no_content`."""
    returns_doc: str
    by_name: str | None = None
    """For a GET whose path id also takes a name: the docstring text of the name, for its `get_by_name` twin."""

    def returns(self, is_async: bool) -> str:
        if self.paged:
            return f"{'AsyncPager' if is_async else 'SyncPager'}[{self.item}]"
        return self.result

    def returns_text(self, is_async: bool) -> str:
        return docs.PAGER["async" if is_async else "sync"] if self.paged else self.returns_doc

    @property
    def raises(self) -> list[list[str]]:
        # A pager sends nothing until it is used, so the errors of the exchange come from iterating it.
        return docs.RAISES["pager" if self.paged else "call"]

    def where(self, place: str) -> list[Argument]:
        return [argument for argument in self.arguments if argument.where == place]


@dataclass(frozen=True)
class ItemsReader:
    """A list operation's items, read from its parsed page."""

    name: str
    page: str
    item: str
    attribute: str
    required: bool


@dataclass(frozen=True)
class ResultParser:
    """A function reading a result that is no model (a list, a union): `def name(data, _ctx) -> type`."""

    name: str
    type: str
    code: str
    variable: str


@dataclass
class Resource:
    """What `endpoint_init.py.jinja` prints for one tag: two resource classes and their two raw-response twins."""

    tag: str
    """The module's name (`signal_wire_rooms`), as its docstrings name it."""
    cls: str
    attribute: str
    imports: list[str]
    methods: list[Method]
    items: list[ItemsReader]
    results: list[ResultParser]
    enums: list[str]
    per_call: list[Argument] = field(default_factory=list)
    raises: dict[str, list[list[str]]] = field(default_factory=dict)


def _per_call() -> list[Argument]:
    """The per-call options every method takes after its own keywords (openai-python's names), default None."""
    return [
        Argument(name, model.PER_CALL[name].text, "None", False, doc, where="options")
        for name, doc in docs.PER_CALL.items()
    ]


def _lines(imports: Iterable[tuple[str, str]]) -> list[str]:
    modules: dict[str, set[str]] = {}
    for module, name in imports:
        modules.setdefault(module, set()).update([name] if name else [])
    return [
        f"from {module} import {', '.join(sorted(names))}" if names else f"import {module}"
        for module, names in sorted(modules.items())
    ]


class _Classes:
    """The classes an endpoint's properties name, and the imports of those classes."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.props: dict[str, PropertyProtocol] = {}
        # Parameters first, then the fields of the first body that has each, as in the model.
        listed: list[PropertyProtocol] = [*endpoint.path_parameters, *endpoint.query_parameters]
        listed += [prop for body in endpoint.bodies for prop in fields.listed(body.prop)]
        for prop in listed:
            self.props.setdefault(fields.raw(prop.name), prop)
        self.imports: set[str] = set()

    def use(self, prop: PropertyProtocol) -> PropertyProtocol:
        self.imports |= prop.get_imports(prefix="...") | prop.get_lazy_imports(prefix="...")
        return prop

    def class_of(self, wire: str) -> model.ClassOf:
        def name(at: tuple[str, ...]) -> str:
            prop: Any = self.props[wire]
            for step in at:
                prop = getattr(prop, step)
            return str(self.use(prop).class_info.name)  # type: ignore[attr-defined]

        return name


def _arguments(spec: dict[str, Any], operation: model.Operation, classes: _Classes) -> tuple[list[Argument], set[Any]]:
    found: list[Argument] = []
    imports: set[Any] = set()
    for arg in operation.signature():
        python_type = model.python_type(spec, arg.schema, classes.class_of(arg.name))
        imports |= python_type.imports
        if not arg.required:
            imports |= {("...types", "UNSET"), ("...types", "Unset")}
        annotation = python_type.text + ("" if arg.required else " | Unset")
        default = "" if arg.required else "UNSET"
        text = docs.parameter_text(spec, operation, arg)
        found.append(Argument(arg.python, annotation, default, arg.where == "path", text, arg.name, arg.where))
    return found, imports


def _python_path(operation: model.Operation) -> str:
    """The path with each parameter under the method's name for it (`/meetings/{meeting_id}`), as the method's
    arguments read."""
    path = operation.path
    for arg in operation.arguments:
        if arg.where == "path":
            path = path.replace("{" + arg.name + "}", "{" + arg.python + "}")
    return path


def _method(
    spec: dict[str, Any], operation: model.Operation, endpoint: Endpoint, resource: Resource, classes: _Classes
) -> tuple[Method, set[Any]]:
    arguments, imports = _arguments(spec, operation, classes)
    status = str(operation.success[0]) if operation.success else ""
    responses = [r for r in endpoint.responses.patterns if str(r.status_code.pattern) == status]
    prop = classes.use(responses[0].prop) if responses and operation.result_form != "none" else None
    result, item, cast = "None", None, "no_content"
    if operation.result_form == "none":
        imports.add(("videoconf._requester", "no_content"))
    elif operation.items is not None and prop is not None:
        page = [p for p in fields.listed(prop) if p.name == operation.items]
        item = fields.type_of(classes.use(page[0].inner_property), no_optional=True)  # type: ignore[attr-defined]
        result, cast = str(prop.class_info.name), f"{prop.class_info.name}.from_dict"  # type: ignore[attr-defined]
        reader = ItemsReader(
            f"_{operation.id}_items", result, item, python_name(operation.items), operation.items_required
        )
        resource.items.append(reader)
        imports |= {("videoconf._requester", name) for name in ("SyncPager", "AsyncPager", "async_raw_pager")}
        if not operation.items_required:
            imports.add(("...types", "Unset"))
    elif operation.result_form == "model" and prop is not None:
        result, cast = str(prop.class_info.name), f"{prop.class_info.name}.from_dict"  # type: ignore[attr-defined]
    elif prop is not None:
        result, cast = fields.type_of(prop, no_optional=True), f"_{operation.id}_result"
        code = "\n".join(fields.read(prop, "data", prop.python_name, None, None))
        resource.results.append(ResultParser(cast, result, code, str(prop.python_name)))
        resource.enums += fields.collect_enums(prop)
        imports.add(("typing", "Any"))
    by_name = docs.text(spec, operation.by_name) if operation.by_name is not None else None
    method = Method(
        name=operation.method,
        operation_id=operation.id,
        constant=operation.constant,
        http=f"{operation.http_method} {_python_path(operation)}",
        summary=operation.summary,
        description=operation.description,
        arguments=arguments,
        paged=operation.items is not None,
        result=result,
        item=item,
        cast=cast,
        returns_doc=docs.sentence(operation.returns),
        by_name=by_name,
    )
    return method, imports


def resource_plan(contract: model.Contract, resource: model.Resource, collection: EndpointCollection) -> Resource:
    """The plan of one tag's module, from the model and openapi-python-client's endpoints of the tag."""
    plan = Resource(
        tag=resource.module,
        cls=str(ClassName(resource.tag, "field")),
        attribute=resource.attribute,
        imports=[],
        methods=[],
        items=[],
        results=[],
        enums=[],
        per_call=_per_call(),
        raises=docs.RAISES,
    )
    imports: set[Any] = {("videoconf._requester", name) for name in ("Requester", "AsyncRequester", "prepare")}
    imports |= {("videoconf._requester", name) for name in ("raw_response", "async_raw_response")}
    for python_type in model.PER_CALL.values():
        imports |= python_type.imports
    classes: list[_Classes] = []
    # In the order openapi-python-client lists the tag's endpoints (the contract's paths, each path's methods in the
    # order OpenAPI names them).
    for endpoint in collection.endpoints:
        operation = contract.operations[fields.raw(endpoint.name)]
        found = _Classes(endpoint)
        method, method_imports = _method(contract.view, operation, endpoint, plan, found)
        plan.methods.append(method)
        imports |= method_imports | {("..._operations", operation.constant)}
        classes.append(found)
    plan.enums = sorted(set(plan.enums))
    # What the result parsers call: `Drift` in their signatures, `members` for their enums' tables.
    used = {name.rstrip("()") for name in PARSING if any(name in result.code for result in plan.results)}
    parsing = sorted(used | ({"Drift"} if plan.results else set()) | ({"members"} if plan.enums else set()))
    plan.imports = _lines(imports) + ([f"from videoconf._parsing import {', '.join(parsing)}"] if parsing else [])
    models = {line for found in classes for line in found.imports if line.startswith("from ...models.")}
    plan.imports += sorted(models)
    return plan
