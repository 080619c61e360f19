"""Runs one parsed command: builds the vendor's client, calls its resource method, writes the result, maps errors
to exit codes (0 success, 1 API error, 2 usage or validation error, 3 connection error or timeout)."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from videoconf._generated._commands import TREE, commands

from .._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    ValidationError,
    VideoconfError,
)
from ._codes import API_ERROR, CONNECTION_ERROR, OK, USAGE_ERROR
from ._output import Progress, plain, table, write_json
from ._parser import Parsed, cli_name
from ._values import CallArguments, UsageError, call_arguments

if TYPE_CHECKING:
    from videoconf._generated._commands import Argument, Command

__all__ = ["run"]

log = logging.getLogger("videoconf.cli")

# Where each vendor's client takes a base URL from when --base-url is not given (the examples use the same names).
BASE_URL_VARIABLES = {"signalwire": "SIGNALWIRE_BASE_URL", "whereby": "WHEREBY_BASE_URL"}


# What each vendor's client needs from the environment, and what it says when they are missing.
CREDENTIAL_VARIABLES = {
    "signalwire": ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN"),
    "whereby": ("WHEREBY_API_KEY",),
}

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _fail(message: str, code: int, name: str = "videoconf") -> int:
    print(f"{name}: {message}", file=sys.stderr)
    return code


def _missing_settings(vendor: str, values: dict[str, Any]) -> str | None:
    """What the command line lacks to build the vendor's client, in the shell's words (variables and options)."""
    if values.get("sandbox"):
        return None
    needed = CREDENTIAL_VARIABLES[vendor]
    missing = [name for name in needed if not os.environ.get(name)]
    if missing:
        return f"set {' and '.join(needed)}, or pass --sandbox for a local sandbox (missing: {', '.join(missing)})"
    base_url = values.get("base_url") or os.environ.get(BASE_URL_VARIABLES[vendor])
    if vendor == "signalwire" and not base_url and not os.environ.get("SIGNALWIRE_SPACE"):
        return "set SIGNALWIRE_SPACE (your space's name, e.g. example for example.signalwire.com), or pass --base-url"
    return None


def _option_words(command: Command) -> dict[str, str]:
    """The CLI word of each argument, by wire and Python name: `endDate` -> `--end-date`, a path `id` -> `ID`."""
    words: dict[str, str] = {}
    for argument in command["arguments"]:
        python = argument["python"]
        word = python.upper() if argument["where"] == "path" else "--" + cli_name(python)
        words.setdefault(argument["name"], word)
        words.setdefault(python, word)
    return words


def _in_cli_words(message: str, words: dict[str, str]) -> str:
    """`message` with the argument it starts with named as the command line spells it."""
    match = _WORD.match(message)
    if match is None or match.group() not in words:
        return message
    return words[match.group()] + message[match.end() :]


def _client_settings(vendor: str, values: dict[str, Any]) -> dict[str, str]:
    """The option or variable each client setting came from."""
    source = "--base-url" if values.get("base_url") else BASE_URL_VARIABLES[vendor]
    return {"base_url": source, "timeout": "--timeout", "max_retries": "--max-retries", "space": "SIGNALWIRE_SPACE"}


def _client_words(message: str, vendor: str, values: dict[str, Any]) -> str:
    """A client's complaint about its settings, naming the option or variable they came from."""
    return _in_cli_words(message, _client_settings(vendor, values))


_OPERATION = re.compile(r"([a-z0-9_]+)(?: failed)?: ")


def _without_operation(message: str, vendor: str) -> str:
    # The command's name stands before every message; an operation id would say it twice, in the wrong words.
    match = _OPERATION.match(message)
    if match is not None and match.group(1) in commands(vendor):
        return message[match.end() :]
    return message


@contextlib.contextmanager
def _client(vendor: str, values: dict[str, Any]) -> Iterator[Any]:
    """The vendor's public client, configured from the options, the environment, or a sandbox started for it."""
    import videoconf

    options: dict[str, Any] = {}
    if values.get("timeout") is not None:
        options["timeout"] = values["timeout"]
    if values.get("max_retries") is not None:
        options["max_retries"] = values["max_retries"]
    with contextlib.ExitStack() as stack:
        if values.get("sandbox"):
            from ._sandbox import sandbox_credentials

            options.update(stack.enter_context(sandbox_credentials(vendor)))
        else:
            base_url = values.get("base_url") or os.environ.get(BASE_URL_VARIABLES[vendor]) or None
            if base_url is not None:
                options["base_url"] = base_url
        client = videoconf.SignalWire(**options) if vendor == "signalwire" else videoconf.Whereby(**options)
        stack.callback(client.close)
        yield client


def _method(client: Any, parsed: Parsed) -> Any:
    command = parsed.command
    return getattr(getattr(client, command["resource"]), command["method"])


def _call(method: Any, call: CallArguments) -> Any:
    kwargs = dict(call.kwargs)
    # Only what the user gave: the methods' own defaults stand otherwise.
    for keyword, value in (("extra_body", call.extra_body), ("extra_query", call.extra_query)):
        if value is not None:
            kwargs[keyword] = value
    return method(*call.args, **kwargs)


def _width() -> int | None:
    """The terminal's width when standard output is one; None (nothing cut) for a pipe or a file."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def _print_table(value: object) -> None:
    text, hidden = table(value, _width())
    if text:
        print(text)
    if hidden:
        names = ", ".join(hidden[:3]) + (", …" if len(hidden) > 3 else "")
        print(f"videoconf: {len(hidden)} more columns ({names}); -o json shows them all", file=sys.stderr)


# Methods whose path value may be anything the resource's `get` accepts (a room's name as well as its id), and that
# say what they did, as `gh` confirms a deletion.
_CONFIRMED = ("update", "delete")


def _path_arguments(command: Command) -> list[Argument]:
    return [argument for argument in command["arguments"] if argument["where"] == "path"]


def _lookup(client: Any, command: Command, value: object) -> str | None:
    """The id the resource's `get` finds for `value` (a name), when `get` takes one path argument; else None."""
    get = TREE[command["vendor"]][command["resource"]].get("get")
    path = _path_arguments(command)
    if get is None or len(path) != 1 or len(_path_arguments(commands(command["vendor"])[get])) != 1:
        return None
    found = plain(getattr(client, command["resource"]).get(value))
    identifier = found.get(path[0]["name"], found.get("id")) if isinstance(found, dict) else None
    return None if identifier is None else str(identifier)


def _call_command(client: Any, parsed: Parsed, call: CallArguments) -> tuple[Any, str | None]:
    """The method's result, and the id a name given to update or delete stood for (looked up with `get`)."""
    command = parsed.command
    method = _method(client, parsed)
    try:
        return _call(method, call), None
    except ValidationError as error:
        path = _path_arguments(command)
        named = len(path) == 1 and error.field in (path[0]["name"], path[0]["python"])
        if command["method"] not in _CONFIRMED or not named or not call.args:
            raise
        # `rooms delete standup`: the method wants an id; `get` accepts the name too (and says why if not).
        identifier = _lookup(client, command, call.args[0])
        if identifier is None:
            raise
    log.debug("%r is %s", call.args[0], identifier)
    return _call(method, CallArguments([identifier], call.kwargs, call.extra_body, call.extra_query)), identifier


def _singular(resource: str) -> str:
    words = resource.split("_")
    last = words[-1]
    words[-1] = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
    return " ".join(words)


def _confirm(parsed: Parsed, call: CallArguments, result: object, identifier: str | None) -> None:
    """`deleted room standup (5a23f5e3-...)` on stderr, so that standard output stays the result alone."""
    command = parsed.command
    if command["method"] not in _CONFIRMED or not call.args:
        return
    given = str(call.args[0])
    record = plain(result)
    name = record.get("name") if isinstance(record, dict) else None
    if identifier is not None:
        what = f"{given} ({identifier})"
    elif isinstance(name, str) and name and name != given:
        what = f"{name} ({given})"
    else:
        what = given
    sys.stdout.flush()
    print(f"{command['method']}d {_singular(command['resource'])} {what}", file=sys.stderr)


def _emit_records(records: list[object], as_table: bool) -> None:
    if as_table:
        _print_table(records[0] if len(records) == 1 and isinstance(records[0], dict) else records)
        return
    for record in records:
        write_json(record, sys.stdout)


def _emit_pages(pager: Any, every: bool, as_table: bool) -> None:
    progress = Progress()
    pages = items = 0
    rows: list[object] = []
    page = pager
    for page in pager.iter_pages() if every else [pager]:
        pages += 1
        for item in page.data:
            items += 1
            record = plain(item)
            if as_table:
                rows.append(record)
            else:
                write_json(record, sys.stdout)
        if not as_table:
            sys.stdout.flush()
        progress.update(pages, items)
    progress.finish(pages, items)
    if as_table:
        if rows:
            _print_table(rows)
        else:
            print("(no items)")
    if not every and page.has_next_page():
        print("videoconf: more items on the next pages; --all fetches them", file=sys.stderr)


def _emit(result: Any, parsed: Parsed) -> None:
    output = parsed.values.get("output") or ("table" if sys.stdout.isatty() else "json")
    as_table = output == "table"
    if parsed.command["paginated"]:
        _emit_pages(result, bool(parsed.values.get("all")), as_table)
    elif result is not None:
        value = plain(result)
        _emit_records(value if isinstance(value, list) else [value], as_table)


def _name(parsed: Parsed) -> str:
    command = parsed.command
    return f"{command['vendor']} {cli_name(command['resource'])} {cli_name(command['method'])}"


def run(parsed: Parsed) -> int:
    """Runs the command `parsed` names and returns the exit code."""
    values = parsed.values
    name = f"videoconf {_name(parsed)}"
    vendor = parsed.command["vendor"]
    if values.get("debug"):
        # The library's own switch, read when the client is built: one handler, the same redaction.
        os.environ["VIDEOCONF_LOG"] = "debug"
    try:
        call = call_arguments(parsed.command, values, _name(parsed))
        missing = _missing_settings(vendor, values)
        if missing is not None:
            return _fail(missing, USAGE_ERROR, name)
        with _client(vendor, values) as client:
            log.debug("calling %s.%s (%s)", parsed.command["resource"], parsed.command["method"], parsed.operation_id)
            result, identifier = _call_command(client, parsed, call)
            _emit(result, parsed)
            _confirm(parsed, call, result, identifier)
    except UsageError as error:
        parsed.parser.print_usage(sys.stderr)
        return _fail(str(error), USAGE_ERROR, name)
    except ValidationError as error:
        words = _client_settings(vendor, values) | _option_words(parsed.command)
        return _fail(_in_cli_words(str(error), words), USAGE_ERROR, name)
    except APIStatusError as error:
        request_id = f" (request id {error.request_id})" if error.request_id else ""
        return _fail(f"{_without_operation(error.message, vendor)}{request_id}", API_ERROR, name)
    except APIConnectionError as error:
        return _fail(_without_operation(error.message, vendor), CONNECTION_ERROR, name)
    except APIError as error:
        return _fail(_without_operation(error.message, vendor), API_ERROR, name)
    except VideoconfError as error:
        # A refused base URL, a sandbox that cannot start: the command cannot run as given.
        return _fail(_client_words(str(error), vendor, values), USAGE_ERROR, name)
    except KeyboardInterrupt:
        return _fail("interrupted", 130, name)
    return OK
