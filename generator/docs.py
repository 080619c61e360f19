"""The resource methods' docstring text, from the model: each argument's description, the model's constraint words,
default and values, in sentences and in a Python caller's terms, and the words every method's Args, Returns and
Raises sections share (`generator/methods.py` puts them into each method's plan)."""

from __future__ import annotations

from typing import Any

from generator import model
from generator.refs import deref

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


def sentence(text: str) -> str:
    """Text made one sentence: its whitespace joined, a full stop added where it has none."""
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
    return " ".join(sentence(part) for part in parts if part)


def argument(spec: dict[str, Any], schema: dict[str, Any], description: str | None = None) -> str:
    """The docstring text of a schema taken as an argument (for one-off use; the renderers read the model)."""
    return text(spec, model.argument(spec, "value", "body", schema, description, False))


_FORMS = {"multipart/form-data": "upload (`multipart/form-data`)", "application/json": "JSON"}


def parameter_text(spec: dict[str, Any], operation: model.Operation, arg: model.Argument) -> str:
    """An argument's text in its method's docstring; a field of one of several bodies says which form it is for."""
    words = text(spec, arg)
    if arg.media is not None and len(operation.bodies) > 1:
        # The method takes the fields of every body as optional keywords; the ones given pick the body.
        form = _FORMS.get(arg.media, f"`{arg.media}`")
        words += f" Only for the {form} form of this call" + (", which requires it." if arg.body_required else ".")
    return words
