"""Runs one parsed command: builds the vendor's client, calls its resource method, writes the result, maps errors
to exit codes (0 success, 1 API error, 2 usage or validation error, 3 connection error or timeout)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import Any

from .._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    ValidationError,
    VideoconfError,
)
from . import API_ERROR, CONNECTION_ERROR, OK, USAGE_ERROR
from ._output import Progress, plain, table, write_json
from ._parser import Parsed, cli_name
from ._values import CallArguments, UsageError, call_arguments

__all__ = ["run"]

log = logging.getLogger("videoconf.cli")

# Where each vendor's client takes a base URL from when --base-url is not given (the examples use the same names).
BASE_URL_VARIABLES = {"signalwire": "SIGNALWIRE_BASE_URL", "whereby": "WHEREBY_BASE_URL"}


def _fail(message: str, code: int) -> int:
    print(f"videoconf: {message}", file=sys.stderr)
    return code


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
    if values.get("debug"):
        # The library's own switch, read when the client is built: one handler, the same redaction.
        os.environ["VIDEOCONF_LOG"] = "debug"
    try:
        call = call_arguments(parsed.command, values, _name(parsed))
        with _client(parsed.command["vendor"], values) as client:
            method = _method(client, parsed)
            log.debug("calling %s.%s (%s)", parsed.command["resource"], parsed.command["method"], parsed.operation_id)
            _emit(_call(method, call), parsed)
    except UsageError as error:
        parsed.parser.print_usage(sys.stderr)
        return _fail(str(error), USAGE_ERROR)
    except ValidationError as error:
        return _fail(str(error), USAGE_ERROR)
    except APIStatusError as error:
        request_id = f" (request id {error.request_id})" if error.request_id else ""
        return _fail(f"{error.message}{request_id}", API_ERROR)
    except APIConnectionError as error:
        return _fail(error.message, CONNECTION_ERROR)
    except APIError as error:
        return _fail(error.message, API_ERROR)
    except VideoconfError as error:
        # Missing credentials, a refused base URL, a sandbox that cannot start: the command cannot run as given.
        return _fail(str(error), USAGE_ERROR)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    return OK
