"""The plan of every generated model: each field's Python type, its read code (tolerant parsing with a drift record)
and its write code (`to_dict`), in one place; `model.py.jinja` and the resource template only print it.

The class names are openapi-python-client's (its parser names models, enums and inline objects); everything else is
decided here, from its property objects: what a value's Python type is, how a decoded value is checked and kept, how
a field is written back. Read code reports every disagreement with the contract to a drift receiver (see
`videoconf._parsing`) and keeps the value: None for a missing or null value, the value as received for one of another
type; the common case costs an exact type check per value, and paths are built only when something is reported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, in_double_quote_literal

from generator.names import python_name
from generator.python_view import POINTERS
from generator.resolve import ContractError

__all__ = ["FieldPlan", "ModelPlan", "collect_enums", "listed", "model_plan", "raw", "read", "type_of"]

Lines = list[str]

MODEL = "model_property.py.jinja"
ENUM = "enum_property.py.jinja"
LIST = "list_property.py.jinja"
UNION = "union_property.py.jinja"
DATETIME = "datetime_property.py.jinja"
DATE = "date_property.py.jinja"
UUID = "uuid_property.py.jinja"
FILE = "file_property.py.jinja"
CONST = "const_property.py.jinja"
# Values that arrive as they are used: a type check says whether they agree with the contract.
PLAIN = ("any_property.py.jinja", "int_property.py.jinja", "float_property.py.jinja", "boolean_property.py.jinja")
# The exact-type check of each plain JSON value, and the JSON type a drift event names.
CHECKS = {
    "str": ("type({0}) is not str", "string"),
    "int": ("type({0}) is not int", "integer"),
    "float": ("type({0}) is not float and type({0}) is not int", "number"),
    "bool": ("type({0}) is not bool", "boolean"),
    "None": ("{0} is not None", "null"),
}
# Values read by a helper of videoconf._parsing, which reports what it cannot read.
HELPERS = {DATETIME: "parse_datetime", DATE: "parse_date", UUID: "parse_uuid"}
# The property kinds whose value is changed on the way to the wire (and back).
TRANSFORMED = (MODEL, ENUM, DATETIME, DATE, UUID, LIST, UNION, FILE)


def code(value: Any) -> str:
    """openapi-python-client's code values (PythonCode) as text."""
    return str(value.as_unembedded_code() if isinstance(value, PythonCode) else value)


def raw(value: Any) -> str:
    """A text of the contract as written (openapi-python-client wraps them, so that none reaches code unescaped)."""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return "" if value is None else str(value)


def type_of(prop: PropertyProtocol, *, no_optional: bool = False, json: bool = False) -> str:
    """The annotation of a value of `prop`: the one place a model field's (and a result's) Python type comes from."""
    return code(prop.get_type_string(no_optional=no_optional, json=json))


def _instance_type(prop: PropertyProtocol) -> str:
    return code(prop.get_instance_type_string())


def _wire(prop: PropertyProtocol) -> str:
    return '"' + in_double_quote_literal(prop.name) + '"'


def _indented(lines: Iterable[str], levels: int = 1) -> Lines:
    pad = "    " * levels
    return [pad + line if line else line for line in lines]


def _node(at: str | None, key: str | None) -> str:
    return "None" if key is None else f"({at}, {key})"


def _unless(name: str, skips: Sequence[str], first: str = "if") -> str:
    if not skips:
        return "else:"
    return f"{first} " + " and ".join(f"{name} is not {skip}" for skip in skips) + ":"


def _ptr(ptr: str | None) -> str:
    return "" if ptr is None else ", " + json.dumps(ptr)


def listed(prop: Any) -> list[PropertyProtocol]:
    """The properties of an object's property (a model), required first, as openapi-python-client lists them."""
    return [*(getattr(prop, "required_properties", None) or []), *(getattr(prop, "optional_properties", None) or [])]


def _object_fields(prop: PropertyProtocol) -> bool:
    return bool(listed(prop))


def _expected(prop: PropertyProtocol) -> str:
    name = str(prop.class_info.name)  # type: ignore[attr-defined]
    if prop.template != MODEL:
        return name
    data = prop.data  # type: ignore[attr-defined]
    return name if (data.properties or data.allOf or _object_fields(prop)) else "object"


# ---- read code ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Site:
    """Where a value is read: code for its raw value (`source`), the variable it goes to (`target`), its parent node
    and key for drift events (`at`, `key`; None for the body itself), the drift receiver (`ctx`), the sentinels that
    mean "absent" rather than a wrong value (`skips`), and the schema's pointer (`ptr`)."""

    source: str
    target: str
    at: str | None
    key: str | None
    ctx: str
    skips: tuple[str, ...]
    ptr: str | None
    missing: bool = False
    from_dict: str | None = None

    @property
    def node(self) -> str:
        return _node(self.at, self.key)

    @property
    def report(self) -> str:
        """The arguments a parsing helper reports with: receiver, parent, key and pointer."""
        return f"{self.ctx}, {self.at}, {self.key}{_ptr(self.ptr)}"

    def mismatch(self, expected: str, value: str) -> str:
        return f'{self.target} = mismatch({self.ctx}, {self.node}, "{expected}", {value}{_ptr(self.ptr)})'

    def unless(self, first: str = "if") -> str:
        return _unless(self.target, self.skips, first)

    def checked(self, condition: str) -> str:
        """`condition` on the target, and the target none of the sentinels."""
        return condition + "".join(f" and {self.target} is not {skip}" for skip in self.skips)


def read(
    prop: PropertyProtocol,
    source: str,
    target: str,
    at: str | None,
    key: str | None,
    ctx: str = "_ctx",
    *,
    optional: bool = False,
    ptr: str | None = None,
    missing: bool = False,
    from_dict: str | None = None,
) -> Lines:
    """Code that assigns the parsed value of `source` (code for the raw value: MISSING when a required key is absent,
    UNSET when an optional one is) to `target`; `missing` says that it may be MISSING where `source` does not show it.
    `at` and `key` are code for the parent node and this value's key (a wire name or a list index), or None for the
    body itself; `ctx` names the drift receiver; `ptr` is the JSON pointer of the schema drift events name."""
    skips = ["UNSET"] if optional else []
    real = []
    if prop.template == UNION:
        for inner in prop.inner_properties:  # type: ignore[attr-defined]
            if code(inner.get_base_type_string()) == "None":
                skips.append("None")
            else:
                real.append(inner)
    site = _Site(source, target, at, key, ctx, tuple(skips), ptr, missing, from_dict)
    if len(real) == 1:
        return _value(real[0], replace(site, from_dict=None))
    if real:
        return _union(real, site)
    return _value(prop, site)


def _value(prop: PropertyProtocol, site: _Site) -> Lines:  # noqa: PLR0911 (one branch per kind of value)
    source, target, template = site.source, site.target, prop.template
    if template in (DATETIME, UUID):
        # The common case inline: a str that reads as it should (what the helper would return); anything else goes
        # to the helper, which reports it.
        helper = HELPERS[template]
        common = f"fromisoformat({target})" if template == DATETIME else f"uuid_text({target})"
        lines = [f"{target} = {source}", f"if type({target}) is str:", "    try:", f"        {target} = {common}"]
        lines += ["    except ValueError:", f"        {target} = {helper}({target}, {site.report})"]
        if template == DATETIME:
            lines += [
                "    else:",
                f"        if {target}.tzinfo is None:",
                f"            {target} = {target}.replace(tzinfo=UTC)",
            ]
        return [*lines, site.unless("elif"), f"    {target} = {helper}({target}, {site.report})"]
    if template in HELPERS:
        if site.skips:
            return [
                f"{target} = {source}",
                site.unless(),
                f"    {target} = {HELPERS[template]}({target}, {site.report})",
            ]
        return [f"{target} = {HELPERS[template]}({source}, {site.report})"]
    if template == ENUM:
        enum = _enum(prop, site)
        if "UNSET" in site.skips:
            return [
                f"_{target} = {source}",
                f"if _{target} is UNSET:",
                f"    {target} = UNSET",
                "else:",
                *_indented(enum),
            ]
        return [f"_{target} = {source}", *enum]
    if template == MODEL:
        return _model(prop, site)
    if template == LIST:
        return _list(prop, site)
    base = code(prop.get_base_type_string())
    if template in PLAIN and base in CHECKS:
        check, name = CHECKS[base]
        return [
            f"{target} = {source}",
            f"if {site.checked(check.format(target))}:",
            "    " + site.mismatch(name, target),
        ]
    if template in PLAIN:
        if site.missing or "MISSING)" in source:
            return [f"{target} = {source}", f"if {target} is MISSING:", "    " + site.mismatch("any", target)]
        return [f"{target} = {source}"]
    if template == CONST:
        value = code(prop.value.python_code)  # type: ignore[attr-defined]
        condition = site.checked(f"{target} != {value}")
        return [f"{target} = {source}", f"if {condition}:", "    " + site.mismatch(value.replace('"', "'"), target)]
    if template == FILE:
        # Request-only shapes (an uploaded file) are read as openapi-python-client reads them.
        lines = [f"{prop.python_name} = File(payload=BytesIO({source}))"]
        return lines if prop.python_name == target else [*lines, f"{target} = {prop.python_name}"]
    raise ContractError(f"no read code for a value of kind {template}")


def _enum(prop: PropertyProtocol, site: _Site) -> Lines:
    cls = prop.class_info.name  # type: ignore[attr-defined]
    kind = prop.value_type.__name__  # type: ignore[attr-defined]
    target = site.target
    null = f" and _{target} is not None" if "None" in site.skips else ""
    return [
        f"{target} = _{cls}_members.get(_{target}) if type(_{target}) is {kind} else None",
        f"if {target} is None{null}:",
        f"    {target} = parse_enum({cls}, _{target}, {site.report})",
    ]


def _model(prop: PropertyProtocol, site: _Site) -> Lines:
    cls = prop.class_info.name  # type: ignore[attr-defined]
    extra = prop.additional_properties  # type: ignore[attr-defined]
    target = site.target
    if extra and not _object_fields(prop) and getattr(extra, "template", None) == PLAIN[0]:
        # A free-form object (`meta`) reports nothing and checks nothing: what its from_dict does, inline (the call
        # costs as much as the rest).
        inside = [f"_{target}_object = new_instance({cls})", f"_{target}_object.additional_properties = dict({target})"]
        inside.append(f"{target} = _{target}_object")
    elif extra and not _object_fields(prop):
        # A free-form object reports nothing: where it sits is not built.
        inside = [f"{target} = {cls}.from_dict({target})"]
    else:
        inside = [f"{target} = {site.from_dict or cls + '.from_dict'}({target}, {site.ctx}, {site.node})"]
    lines = [f"{target} = {site.source}", f"if isinstance({target}, dict):", *_indented(inside), site.unless("elif")]
    return [*lines, "    " + site.mismatch(_expected(prop), target)]


def _list(prop: PropertyProtocol, site: _Site) -> Lines:
    inner = prop.inner_property  # type: ignore[attr-defined]
    target = site.target
    lines = [f"{target} = _{target} = {site.source}", f"if isinstance(_{target}, list):", f"    {target} = []"]
    lines.append(f"    _{target}_at = {site.node}")
    from_dict = None
    if inner.template == MODEL:
        # The items' parser, looked up once for the list.
        from_dict = f"_{target}_from_dict"
        lines.append(f"    {from_dict} = {inner.class_info.name}.from_dict")
    item = inner.python_name
    lines.append(f"    for _{target}_index, _{item} in enumerate(_{target}):")
    inner_ptr = None if site.ptr is None else site.ptr + "/items"
    body = read(
        inner, f"_{item}", item, f"_{target}_at", f"_{target}_index", site.ctx, ptr=inner_ptr, from_dict=from_dict
    )
    lines += _indented([*body, f"{target}.append({item})"], 2)
    return [*lines, site.unless("elif"), "    " + site.mismatch("array", f"_{target}")]


def _union(alternatives: Sequence[PropertyProtocol], site: _Site) -> Lines:
    target = site.target

    # Each alternative is parsed against a Trial receiver; the next is tried only while every one so far disagrees.
    def alternative(index: int) -> Lines:
        option = alternatives[index]
        trial = _Site(target, option.python_name, site.at, site.key, f"_{target}_trial", (), site.ptr)
        lines = [f"_{target}_trial = Trial()", *_value(option, trial)]
        lines.append(f"_{target}_tried.append((_{target}_trial, {option.python_name}))")
        if index + 1 < len(alternatives):
            lines += [f"if _{target}_trial.hard:", *_indented(alternative(index + 1))]
        return lines

    body = [f"_{target}_tried: list[tuple[Trial, Any]] = []", *alternative(0)]
    body.append(f"{target} = settle({site.ctx}, _{target}_tried)")
    if site.skips:
        return [f"{target} = {site.source}", site.unless(), *_indented(body)]
    return [f"{target} = {site.source}", *body]


def collect_enums(prop: PropertyProtocol) -> list[str]:
    """The enum classes the read code of `prop` looks members up in (`_Name_members`)."""
    if prop.template == ENUM:
        return [str(prop.class_info.name)]  # type: ignore[attr-defined]
    if prop.template == LIST:
        return collect_enums(prop.inner_property)  # type: ignore[attr-defined]
    if prop.template == UNION:
        return [name for inner in prop.inner_properties for name in collect_enums(inner)]  # type: ignore[attr-defined]
    return []


# ---- write code -----------------------------------------------------------------------------------------------------


def _needs_guard(prop: PropertyProtocol) -> bool:
    """Whether writing a value back must first check it has its declared type, because a tolerant parse may have kept
    a value of another type: where every alternative is transformed (a union with a plain alternative passes other
    values through already); never for types isinstance() cannot check."""
    inner = prop.inner_properties if prop.template == UNION else [prop]  # type: ignore[attr-defined]
    return "[" not in _instance_type(prop) and all(alternative.template in TRANSFORMED for alternative in inner)


_CONVERSIONS = {
    MODEL: "{}.to_dict()",
    ENUM: "{}.value",
    DATETIME: "format_datetime({})",
    DATE: "format_datetime({})",
    UUID: "str({})",
    FILE: "{}.to_tuple()",
}


def _transform(
    prop: PropertyProtocol, source: str, destination: str, declare_type: bool = True, skip_unset: bool = False
) -> Lines:
    """Code that assigns the wire form of `source` to `destination` (openapi-python-client's transforms)."""
    if prop.template == LIST:
        return _list_transform(prop, source, destination, declare_type, skip_unset)
    if prop.template == UNION:
        return _union_transform(prop, source, destination, declare_type, skip_unset)
    converted = _CONVERSIONS[prop.template].format(source)
    if prop.required:
        return [f"{destination} = {converted}"]
    lines = []
    if not skip_unset:
        lines.append(f"{destination}: {type_of(prop, json=True)} = UNSET" if declare_type else f"{destination} = UNSET")
    return [*lines, f"if not isinstance({source}, Unset):", f"    {destination} = {converted}"]


def _list_transform(
    prop: PropertyProtocol, source: str, destination: str, declare_type: bool, skip_unset: bool
) -> Lines:
    inner = prop.inner_property  # type: ignore[attr-defined]
    if inner.template in TRANSFORMED:
        item = f"{inner.python_name}_data"
        loop = [f"{destination} = []", f"for {item} in {source}:"]
        if _needs_guard(inner):
            # An item a tolerant parse kept as it came (see videoconf.DriftEvent) is written back so.
            loop += [
                f"    if not isinstance({item}, {_instance_type(inner)}):",
                f"        {destination}.append({item})",
                "        continue",
            ]
        loop += _indented([*_transform(inner, item, inner.python_name), f"{destination}.append({inner.python_name})"])
    else:
        loop = [f"{destination} = {source}"]
    if prop.required:
        return loop
    lines = [] if skip_unset else [f"{destination}{': ' + type_of(prop, json=True) if declare_type else ''} = UNSET"]
    return [*lines, f"if not isinstance({source}, Unset):", *_indented(loop)]


def _union_transform(
    prop: PropertyProtocol, source: str, destination: str, declare_type: bool, skip_unset: bool
) -> Lines:
    lines = [f"{destination}: {type_of(prop, json=True)}"] if declare_type else []
    untransformed, transformed, has_if = False, not prop.required, False
    if not prop.required and not skip_unset:
        lines += [f"if isinstance({source}, Unset):", f"    {destination} = UNSET"]
        has_if = True
    inners = prop.inner_properties  # type: ignore[attr-defined]
    for index, inner in enumerate(inners):
        if inner.template not in TRANSFORMED:
            untransformed = True
            continue
        transformed = True
        last = index == len(inners) - 1
        if not has_if:
            lines.append(f"if isinstance({source}, {_instance_type(inner)}):")
            has_if = True
        elif not last or untransformed:
            lines.append(f"elif isinstance({source}, {_instance_type(inner)}):")
        else:
            lines.append("else:")
        lines += _indented(_transform(inner, source, destination, declare_type=False))
    if untransformed and transformed:
        lines += ["else:", f"    {destination} = {source}"]
    elif untransformed:
        lines.append(f"{destination} = {source}")
    return lines


def _write(prop: PropertyProtocol, content: str) -> Lines:
    """The local variable `to_dict` writes a field into, from `content` (the attribute)."""
    local = prop.python_name
    if prop.template in TRANSFORMED and _needs_guard(prop):
        # A tolerant parse may have kept a value of another type (see videoconf.DriftEvent): it is written back as
        # it came.
        kinds = _instance_type(prop) + ("" if prop.required else " | Unset")
        return [
            f"{local}: Any",
            f"if isinstance({content}, {kinds}):",
            *_indented(_transform(prop, content, local, declare_type=False)),
            "else:",
            f"    {local} = {content}",
        ]
    if prop.template in TRANSFORMED:
        return _transform(prop, content, local)
    return [f"{local} = {content}"]


_PARTS = {
    FILE: "files.append(({name}, {source}.to_tuple()))",
    DATETIME: 'files.append(({name}, (None, format_datetime({source}).encode(), "text/plain")))',
    DATE: 'files.append(({name}, (None, format_datetime({source}).encode(), "text/plain")))',
    ENUM: 'files.append(({name},  (None, str({source}.value).encode(), "text/plain")))',
    UUID: 'files.append(({name}, (None, str({source}), "text/plain")))',
    MODEL: 'files.append(({name}, (None, json.dumps( {source}.to_dict()).encode(), "application/json")))',
}


def _part(prop: PropertyProtocol, source: str, name: str) -> Lines:
    """The `to_multipart` code of one field (the upload bodies: files and plain values)."""
    if prop.template in _PARTS:
        line = _PARTS[prop.template].format(name=name, source=source)
    elif prop.template in PLAIN:
        line = f'files.append(({name}, (None, str({source}).encode(), "text/plain")))'
    else:
        raise ContractError(f"no multipart code for a field of kind {prop.template}")
    return [line] if prop.required else [f"if not isinstance({source}, Unset):", f"    {line}"]


# ---- the plan of a model --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldPlan:
    wire: str
    attribute: str
    """The public attribute (`type`, `from_`): the snake_case of the wire name (generator/names.py)."""
    local: str
    """openapi-python-client's name, used for the local variables of the generated code (`type_`, `from__`)."""
    required: bool
    declaration: str
    """The class body's `name: type` (with `= default` where it has one)."""
    doc: str
    """Its line of the class docstring's Attributes section."""
    has_default: bool


@dataclass(frozen=True)
class ModelPlan:
    """What `model.py.jinja` prints for one model class."""

    cls: str
    module: str
    multipart: bool
    imports: list[str]
    lazy_imports: list[str]
    description: str
    example: str
    fields: list[FieldPlan]
    """In the order the contract lists them."""
    additional: str | None
    """The type of `additional_properties` values, None for a model without them."""
    enums: list[str]
    known: list[str]
    """The wire names the model knows, for a model that keeps other keys in `additional_properties`."""
    to_dict: str
    to_multipart: str
    from_dict: str

    @property
    def declarations(self) -> list[str]:
        """The class body's fields: those without a default first, as Python requires."""
        first = [field.declaration for field in self.fields if field.required and not field.has_default]
        return first + [field.declaration for field in self.fields if not field.required or field.has_default]


def _declared(prop: PropertyProtocol, attribute: str) -> str:
    # The attribute is the public name; openapi-python-client's `python_name` keeps naming the code's locals.
    return attribute + code(prop.to_string())[len(prop.python_name) :]


def _to_dict(model: ModelProperty, props: list[PropertyProtocol], attributes: dict[str, str]) -> str:
    blocks = [_write(prop, "self." + attributes[raw(prop.name)]) for prop in props]
    lines = [line for block in blocks for line in [*block, ""]]
    lines.append("field_dict: dict[str, Any] = {}")
    extra = model.additional_properties
    if extra:
        if getattr(extra, "template", None) in TRANSFORMED:
            inside = _transform(extra, "prop", "field_dict[prop_name]", declare_type=False)
            lines += ["for prop_name, prop in self.additional_properties.items():", *_indented(inside)]
        else:
            lines.append("field_dict.update(self.additional_properties)")
    if props:
        required = [f"    {_wire(prop)}: {prop.python_name}," for prop in props if prop.required]
        lines += ["field_dict.update({", *required, "})"]
    for prop in props:
        if not prop.required:
            lines += [f"if {prop.python_name} is not UNSET:", f"    field_dict[{_wire(prop)}] = {prop.python_name}"]
    return "\n".join([*lines, "", "return field_dict"])


def _to_multipart(model: ModelProperty, props: list[PropertyProtocol], attributes: dict[str, str]) -> str:
    if not model.is_multipart_body:
        return ""
    lines = ["files: types.RequestFiles = []", ""]
    for prop in props:
        lines += [*_part(prop, "self." + attributes[raw(prop.name)], _wire(prop)), ""]
    if model.additional_properties:
        lines += [
            "for prop_name, prop in self.additional_properties.items():",
            *_indented(_part(model.additional_properties, "prop", "prop_name")),
        ]
    return "\n".join([*lines, "", "return files"])


def _from_dict(
    model: ModelProperty, props: list[PropertyProtocol], attributes: dict[str, str], pointers: dict[str, str]
) -> str:
    cls = model.class_info.name
    required = [prop for prop in props if prop.required]
    lines: Lines = []
    if required:
        # Required keys are read by subscript (half the cost of get()); only when one is missing are they read
        # again, with MISSING for the absent ones. `_read` counts the distinct keys known to be present, so a body
        # with no more keys than that has none the contract does not know (no subset test needed).
        lines += [f"_read = {len(required)}", "try:"]
        lines += [f"    _{prop.python_name}_in = src_dict[{_wire(prop)}]" for prop in required]
        lines.append("except KeyError:")
        lines += [f"    _{prop.python_name}_in = src_dict.get({_wire(prop)}, MISSING)" for prop in required]
        lines.append("    _read = 0")
    for prop in props:
        source = f"_{prop.python_name}_in" if prop.required else f"src_dict.get({_wire(prop)}, UNSET)"
        ptr = pointers.get(raw(prop.name), pointers.get(""))
        code_lines = read(
            prop,
            source,
            prop.python_name,
            "_at",
            _wire(prop),
            optional=not prop.required,
            ptr=ptr,
            missing=prop.required,
        )
        lines += [*code_lines, ""]
    # A field may share the model's snake name (Summary.summary), so the instance gets a name no field can take. The
    # fields are stored on a new instance rather than through __init__: the class has no validators, converters or
    # post-init (an attrs __init__ only assigns them), and a 20-argument call packs a tuple and costs a fifth of
    # parsing a room.
    lines.append("_instance = new_instance(cls)")
    lines += [f"_instance.{attributes[raw(prop.name)]} = {prop.python_name}" for prop in props]
    lines.append("")
    extra = model.additional_properties
    if extra:
        if getattr(extra, "template", None) not in (None, *PLAIN):
            raise ContractError(f"{cls}: typed additionalProperties of kind {extra.template} are not read yet")
        if props:
            known = "len(src_dict) > _read and " if required else ""
            pointer = json.dumps(pointers[""]) if pointers.get("") else "None"
            lines += [
                f"if {known}not src_dict.keys() <= _{cls}_known:",
                f"    d = {{key: value for key, value in src_dict.items() if key not in _{cls}_known}}",
                f'    unknown_fields(_ctx, _at, d, "{cls}", {pointer})',
                "    _instance.additional_properties = d",
                "else:",
                "    _instance.additional_properties = {}",
            ]
        else:
            lines.append("_instance.additional_properties = dict(src_dict)")
    return "\n".join([*lines, "return _instance"])


def model_plan(model: ModelProperty) -> ModelPlan:
    """The plan of one model class, read from openapi-python-client's property of it."""
    props = listed(model)
    attributes = {raw(prop.name): python_name(raw(prop.name)) for prop in props}
    extension = (model.data.model_extra or {}).get(POINTERS, {})
    pointers: dict[str, str] = extension if isinstance(extension, dict) else {}
    extra = model.additional_properties
    additional = None
    if extra:
        additional = type_of(extra)
    fields = [
        FieldPlan(
            wire=raw(prop.name),
            attribute=attributes[raw(prop.name)],
            local=str(prop.python_name),
            required=prop.required,
            declaration=_declared(prop, attributes[raw(prop.name)]),
            doc=attributes[raw(prop.name)] + prop.to_docstring()[len(prop.python_name) :],
            has_default=prop.default is not None,
        )
        for prop in props
    ]
    return ModelPlan(
        cls=str(model.class_info.name),
        module=str(model.class_info.module_name),
        multipart=model.is_multipart_body,
        imports=sorted(model.relative_imports or ()),
        lazy_imports=sorted(model.lazy_imports or ()),
        description=raw(model.description),
        example=raw(model.example),
        fields=fields,
        additional=additional,
        enums=sorted(set(name for prop in props for name in collect_enums(prop))),
        known=[raw(prop.name) for prop in props] if extra and props else [],
        to_dict=_to_dict(model, props, attributes),
        to_multipart=_to_multipart(model, props, attributes),
        from_dict=_from_dict(model, props, attributes, pointers),
    )
