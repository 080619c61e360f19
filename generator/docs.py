"""The resource methods' docstring text, printed from the model: each argument's description, the model's constraint
words, default and values, in sentences and in a Python caller's terms.

openapi-python-client's properties carry neither a parameter's own description nor a schema's constraints, and its
CLI takes no custom Jinja filters, so the model's facts are handed to `endpoint_init.py.jinja` as a generated template
of data (`render`), which the template imports: each method's parameters (name, annotation, default, text), its result,
its paging and each resource module's imports, ready to print."""

from __future__ import annotations

import json
from typing import Any

from generator import model
from generator.names import python_name
from generator.refs import deref

DATA_TEMPLATE = "videoconf_docs.jinja"

# The per-call options every method takes (openai-python's names), after its own keywords.
PER_CALL = {
    "extra_headers": "Headers added to this request only, after the client's own; a header of the same name is "
    "replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.",
    "extra_query": "Query parameters added to this request only, after validation; a parameter the method also "
    "sets is replaced.",
    "extra_body": "Fields merged into the request body after validation, so fields the contract does not know yet "
    "can be sent; a key that the contract declares replaces that field's value.",
    "timeout": "Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.",
}

PAGER = {
    "sync": "One page of results that auto-paginates: `for item in ...` yields every item of this page and of every "
    "following page, each fetched when it is reached. For pages, loop over `.iter_pages()`, or read `.data` (this "
    "page's items), `.has_next_page()` and `.get_next_page()`.",
    "async": "One page of results that auto-paginates: `async for item in ...` yields every item of this page and of "
    "every following page, each fetched when it is reached. For pages, `async for page in ....iter_pages()`, or "
    "`await` it to load this page and read `.data`, `.has_next_page()` and `await .get_next_page()`.",
}

_SENT = "raised before anything is sent"
RAISES = {
    "call": [
        ["ValidationError", f"An argument breaks the contract (type, pattern, length, range or values); {_SENT}."],
        [
            "APIStatusError",
            "The server answered 4xx or 5xx (after any retries); a subclass names the status, such as "
            "`NotFoundError` or `RateLimitError`.",
        ],
        ["APIConnectionError", "The server could not be reached, or (`APITimeoutError`) did not answer in time."],
        [
            "APIResponseValidationError",
            "The answer cannot be used: not JSON, or not the kind of body this operation returns; in strict mode, "
            "also any value the contract does not allow.",
        ],
    ],
}
# A pager sends nothing until it is used, so the errors of the exchange come from iterating it.
RAISES["pager"] = [RAISES["call"][0]] + [
    [name, "When iterating fetches a page: " + text[:1].lower() + text[1:]] for name, text in RAISES["call"][1:]
]


# What a Python caller passes for a format, where the neutral words (`model.FORMATS`) would not say it.
PYTHON_FORMATS = {
    "date": "A date (`datetime.date` or `YYYY-MM-DD`)",
    "binary": "A file: a `File`, `bytes` or a binary file object",
}


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def date_time_words(description: str) -> str:
    """What a Python caller may pass for a date-time; the midnight rule only where the contract does not say it."""
    date = "a `date` alone (midnight UTC)" if "midnight UTC" not in description else "a `date`"
    return f"Takes an aware `datetime`, a naive one (read as UTC), {date} or an RFC 3339 string"


def text(spec: dict[str, Any], arg: model.Argument) -> str:
    """Everything a caller needs to know about one argument, as sentences: the model's words, in Python's terms."""
    parts = [arg.description]
    if arg.date_time:
        parts.append(date_time_words(arg.description))
    python_format = PYTHON_FORMATS.get(deref(spec, arg.schema).get("format", ""), "")
    parts.append(python_format if python_format.removeprefix("A ") not in arg.description else "")
    parts.extend(arg.rules)
    if arg.nullable:
        parts.append("`None` is sent as null")
    parts.append(model.enum_words(spec, arg.schema))
    if arg.has_default:
        parts.append(f"When left out, the server uses {model.code(arg.default)}")
    return " ".join(_sentence(part) for part in parts if part)


def argument(spec: dict[str, Any], schema: dict[str, Any], description: str | None = None) -> str:
    """The docstring text of a schema taken as an argument (for one-off use; the renderers read the model)."""
    return text(spec, model.argument(spec, "value", "body", schema, description, False))


_FORMS = {"multipart/form-data": "upload (`multipart/form-data`)", "application/json": "JSON"}


def _parameter(spec: dict[str, Any], operation: model.Operation, arg: model.Argument) -> dict[str, Any]:
    """One parameter of a resource method, ready to print (no JSON null: it would not read back in Jinja)."""
    words = text(spec, arg)
    if arg.media is not None and len(operation.bodies) > 1:
        # The method takes the fields of every body as optional keywords; the ones given pick the body.
        form = _FORMS.get(arg.media, f"`{arg.media}`")
        words += f" Only for the {form} form of this call" + (", which requires it." if arg.body_required else ".")
    class_path = arg.python_type.class_path
    return {
        "name": arg.python,
        "wire": arg.name,
        "where": arg.where,
        "positional": arg.where == "path",
        "annotation": arg.annotation,
        "default": arg.python_default or "",
        # Where `model.CLASS` stands in `annotation`: the attributes from the argument's property to the class's.
        "named": class_path is not None,
        "class_path": list(class_path or ()),
        "doc": words,
    }


def operation_docs(spec: dict[str, Any], operation: model.Operation) -> dict[str, Any]:
    """Per operation: `args` (its parameters in order, see `_parameter`), `returns` (the result's text), `method`
    (its Python name), `result` (`form` and `status` of the first success response), `paging` (the items `field`,
    its `attribute` and whether the page requires it; empty for no paging) and `by_name` for a path id that also
    takes a name."""
    paging: dict[str, Any] = {}
    if operation.items is not None:
        paging = {
            "field": operation.items,
            "attribute": python_name(operation.items),
            "required": operation.items_required,
        }
    docs: dict[str, Any] = {
        "args": [_parameter(spec, operation, arg) for arg in operation.signature()],
        "method": operation.method,
        "constant": operation.constant,
        "result": {"form": operation.result_form, "status": str(operation.success[0]) if operation.success else ""},
        "paging": paging,
    }
    if operation.by_name is not None:
        docs["by_name"] = text(spec, operation.by_name)
    docs["returns"] = _sentence(operation.returns)
    return docs


def collect(contract: model.Contract) -> dict[str, dict[str, Any]]:
    return {op_id: operation_docs(contract.view, operation) for op_id, operation in contract.operations.items()}


def imports(contract: model.Contract, resource: model.Resource) -> list[list[Any]]:
    """The imports of a resource module's signatures, `[module, [names]]` (no names: `import module`), sorted."""
    found: dict[str, set[str]] = {}
    for operation in contract.operations.values():
        if operation.tag == resource.tag:
            for module, name in operation.python_imports():
                found.setdefault(module, set()).update([name] if name else [])
    return [[module, sorted(names)] for module, names in sorted(found.items())]


def per_call() -> list[dict[str, Any]]:
    """The per-call options as parameters, after every method's own."""
    return [
        {"name": name, "annotation": model.PER_CALL[name].text, "default": "None", "positional": False, "doc": doc}
        for name, doc in PER_CALL.items()
    ]


def render(contract: model.Contract) -> str:
    """A Jinja template of data only: `{% import "videoconf_docs.jinja" as docs %}` gives `docs.operations` etc."""
    resources = {
        resource.module: {"attribute": resource.attribute, "imports": imports(contract, resource)}
        for resource in contract.resources
    }
    data = {
        "operations": collect(contract),
        "resources": resources,
        "per_call": per_call(),
        "class_placeholder": model.CLASS,
        "pager": PAGER,
        "raises": RAISES,
    }
    # JSON with ASCII escapes is a valid Jinja literal: Jinja reads string escapes as Python does.
    lines = [
        f"{{% set {name} = {json.dumps(value, ensure_ascii=True, sort_keys=True)} %}}" for name, value in data.items()
    ]
    return "{# Generated by generator/docs.py for endpoint_init.py.jinja. #}\n" + "\n".join(lines) + "\n"
