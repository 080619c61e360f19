"""The argument parser, built from the generated command table along the words given: vendor, resource, method.

Only the subparsers on that path are built, so asking for one command's help builds four parsers, not eighty; a
level the words do not reach (or name wrongly) gets all its subcommands, for argparse to list.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from videoconf._generated._commands import RESOURCES, TREE, commands

if TYPE_CHECKING:
    from videoconf._generated._commands import Argument, Command

from .._version import __version__

__all__ = [
    "COMMON_OPTIONS",
    "GLOBAL_FLAGS",
    "GLOBAL_VALUES",
    "VENDOR_HELP",
    "Parsed",
    "cli_name",
    "parse",
    "unrecognized",
    "words_of",
]

PROG = "videoconf"

# What each vendor's client reads from the environment; the only per-vendor text written by hand.
VENDOR_HELP = {
    "signalwire": (
        "SignalWire Video REST API",
        "SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN (SIGNALWIRE_BASE_URL or --base-url "
        "instead of the space)",
    ),
    "whereby": ("Whereby REST API", "WHEREBY_API_KEY (and WHEREBY_BASE_URL or --base-url for another server)"),
}

# Options every command has (or, for --json, --extra-body and --all, every command it applies to); a contract field
# may never take one of these names (tests/cli checks that).
COMMON_OPTIONS = frozenset(
    {
        "--json",
        "--extra-body",
        "--extra-query",
        "--all",
        "--output",
        "--base-url",
        "--sandbox",
        "--timeout",
        "--max-retries",
        "--debug",
        "--help",
    }
)

# Options of every command that may also come before the vendor (`videoconf --sandbox signalwire rooms list`), as
# gh's and the Stripe CLI's global flags may: with or without a value.
GLOBAL_VALUES = frozenset({"--base-url", "--output", "-o", "--timeout", "--max-retries"})
GLOBAL_FLAGS = frozenset({"--sandbox", "--debug"})

DESCRIPTION = """\
Call the SignalWire Video and Whereby REST APIs from the shell: one command per vendor, resource and method of the
contract, with the same argument checks as the Python clients.

Output is JSON (one object per line for lists) when standard output is not a terminal, a table when it is;
--output chooses. Credentials come from the same environment variables as the clients: see `videoconf VENDOR --help`.
"""

EPILOG = """\
examples:
  videoconf signalwire rooms list --page-size 10
  videoconf --sandbox -o table signalwire rooms list
  videoconf signalwire rooms get ROOM_ID
  videoconf whereby meetings create --end-date 2030-01-01T00:00:00Z --fields hostRoomUrl
  videoconf whereby meetings list --all --sandbox
  videoconf whereby participant-url ROOM_URL --display-name Ada --audio off   (a participant's link)

exit codes: 0 success, 1 API error (message and request id on stderr), 2 usage or validation error,
3 connection error or timeout.
"""


class Parsed:
    """What the command line asks for: a command with its option values, or a completion script."""

    # A plain class: dataclasses would import inspect, a fifth of the start-up budget.
    def __init__(
        self,
        parser: argparse.ArgumentParser,
        operation_id: str | None = None,
        command: Command | None = None,
        values: dict[str, Any] | None = None,
        completion: str | None = None,
    ) -> None:
        self.parser = parser
        self.operation_id = operation_id
        self._command = command
        self.values = values or {}
        self.completion = completion

    @property
    def command(self) -> Command:
        assert self._command is not None
        return self._command


def _terminal_width() -> int:
    # What shutil.get_terminal_size() does, without importing shutil (and its compression modules) at start-up.
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno() if sys.__stdout__ else 1).columns
        except (OSError, ValueError):
            columns = 80
    return max(columns, 40) - 2


class _Formatter(argparse.HelpFormatter):
    """Wraps each paragraph of a description on its own, and never inside a hyphenated value (`grid-responsive`)."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or _terminal_width())

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = text.split("\n\n")
        return "\n\n".join(
            "\n".join(indent + line for line in paragraph.splitlines())
            if paragraph.startswith("  ") or "\n  " in paragraph
            else textwrap.fill(
                " ".join(paragraph.split()),
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
            for paragraph in paragraphs
        )

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class _Parser(argparse.ArgumentParser):
    """Errors with one short usage line of the command they concern, and a suggestion for a mistyped word."""

    def short_usage(self) -> str:
        words = [self.prog]
        for action in self._get_positional_actions():
            metavar = action.metavar if isinstance(action.metavar, str) else action.dest.upper()
            words.append(f"{metavar} ..." if isinstance(action, argparse._SubParsersAction) else metavar)
        return f"usage: {' '.join(words)} [options]   (see --help)"

    def print_usage(self, file: Any = None) -> None:
        print(self.short_usage(), file=file or sys.stderr)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(choice) for choice in choices]
        what = (
            f"unknown {str(action.metavar).lower()} {value!r}"
            if isinstance(action, argparse._SubParsersAction)
            else f"invalid choice: {value!r}"
        )
        raise argparse.ArgumentError(
            None if isinstance(action, argparse._SubParsersAction) else action,
            f"{what}{suggestion(str(value), names)} (choose from {', '.join(names)})",
        )


def suggestion(word: str, known: Iterable[str]) -> str:
    """`, did you mean 'list'?` for a word close to a known one (difflib, as gh and the Stripe CLI suggest)."""
    import difflib

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f", did you mean {close[0]!r}?" if close else ""


def unrecognized(parser: argparse.ArgumentParser, unknown: Sequence[str]) -> NoReturn:
    """Exits with a usage error naming the words `parser` did not know, and the option the first may have meant."""
    options = [option for option in parser._option_string_actions if option.startswith("--")]
    first = unknown[0].split("=", 1)[0]
    hint = suggestion(first, options) if first.startswith("-") else ""
    parser.error(f"unrecognized arguments: {' '.join(unknown)}{hint}")


def _hoisted(argv: list[str]) -> list[str]:
    """`argv` with the global options given before the method moved after it, where its parser reads them."""
    moved: list[str] = []
    kept: list[str] = []
    words = 0
    index = 0
    while index < len(argv) and words < 3:
        word = argv[index]
        if word == "--":
            break
        name = word.split("=", 1)[0]
        if word in GLOBAL_VALUES and index + 1 < len(argv):
            moved += argv[index : index + 2]
            index += 2
            continue
        if name in GLOBAL_FLAGS or (name in GLOBAL_VALUES and "=" in word) or (word.startswith("-o") and len(word) > 2):
            moved.append(word)
        else:
            kept.append(word)
            if word == "--completion" and index + 1 < len(argv):
                kept.append(argv[index + 1])
                index += 1
            elif not word.startswith("-"):
                words += 1
        index += 1
    if words < 3:
        # No method to carry them: the top-level parser reports them, or says what is missing.
        return argv
    return kept + moved + argv[index:]


def cli_name(python_name: str) -> str:
    """`list_streams` -> `list-streams`: command and option names use dashes."""
    return python_name.replace("_", "-")


def _python_name(word: str) -> str:
    return word.replace("-", "_")


def words_of(argv: Sequence[str]) -> list[tuple[int, str]]:
    """The positions and values of the first three words (vendor, resource, method), skipping options."""
    found: list[tuple[int, str]] = []
    index = 0
    while index < len(argv) and len(found) < 3:
        word = argv[index]
        if word == "--":
            break
        if word.startswith("-"):
            index += 2 if word in ("--completion", *GLOBAL_VALUES) else 1
            continue
        found.append((index, word))
        index += 1
    return found


def _escape(text: str) -> str:
    # argparse %-formats help strings.
    return text.replace("%", "%%")


def _first_sentence(text: str) -> str:
    sentence = text.split(". ")[0].rstrip(".")
    return sentence


def _add_argument(group: argparse._ArgumentGroup, argument: Argument) -> None:
    python = argument["python"]
    help_text = _escape(argument["help"])
    if argument["where"] == "path":
        group.add_argument(f"path:{python}", metavar=python.upper(), help=help_text)
        return
    flag = "--" + cli_name(python)
    dest = f"field:{python}"
    metavar = python.upper()
    if argument["kind"] == "boolean":
        group.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction, default=None, help=help_text)
    elif argument["kind"] == "array":
        group.add_argument(flag, dest=dest, action="append", metavar=metavar, help=help_text)
    else:
        group.add_argument(flag, dest=dest, metavar=metavar, help=help_text)


def _add_command_options(parser: argparse.ArgumentParser, command: Command) -> None:
    fields = parser.add_argument_group("arguments from the contract")
    for argument in command["arguments"]:
        _add_argument(fields, argument)
    common = parser.add_argument_group("request and output")
    if command["body"]:
        common.add_argument(
            "--json",
            metavar="BODY",
            help="the whole request body as a JSON object (wire names), or @FILE, or @- for standard input; "
            "options given as well take precedence",
        )
        common.add_argument(
            "--extra-body",
            action="append",
            metavar="JSON",
            help="body fields the contract does not know, as a JSON object or @FILE (repeatable)",
        )
    common.add_argument(
        "--extra-query",
        action="append",
        metavar="NAME=VALUE",
        help="a query parameter the contract does not know (repeatable), or a JSON object of them",
    )
    if command["paginated"]:
        common.add_argument(
            "--all", action="store_true", help="follow every page (progress on stderr); default: the first page"
        )
    common.add_argument(
        "-o",
        "--output",
        choices=("json", "table"),
        help="json: one JSON object per line; table: for reading (default: table on a terminal, json otherwise)",
    )
    common.add_argument("--base-url", metavar="URL", help="send to this server instead of the vendor's")
    common.add_argument(
        "--sandbox",
        action="store_true",
        help="run against a local sandbox started for this command (needs the videoconf[sandbox] extra)",
    )
    common.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="timeout of each request (default: 30 to read, 5 to connect)"
    )
    common.add_argument("--max-retries", type=int, metavar="N", help="retries of failed requests (default: 2)")
    common.add_argument(
        "--debug", action="store_true", help="log requests and retries to stderr (credentials redacted)"
    )


def _subparsers(parser: argparse.ArgumentParser, dest: str, title: str) -> Any:
    return parser.add_subparsers(dest=dest, metavar=dest.upper(), title=title, required=True)


def _reached(names: Iterable[str], word: str) -> list[str]:
    """The subcommands to build at one level: only the one the word names, whose siblings would never be shown;
    all of them when the word names none, so that argparse lists them (--help) or says which exist (a typo)."""
    known = list(names)
    return [word] if word in known else known


def _global_options(top: argparse.ArgumentParser) -> None:
    # Listed in `videoconf --help`; given before the vendor they are moved after the method (see _hoisted).
    group = top.add_argument_group("options of every command (before the vendor or after the method)")
    group.add_argument("-o", "--output", choices=("json", "table"), default=argparse.SUPPRESS, help="json or table")
    group.add_argument("--base-url", metavar="URL", default=argparse.SUPPRESS, help="send to this server")
    group.add_argument("--sandbox", action="store_true", default=argparse.SUPPRESS, help="use a local sandbox")
    group.add_argument("--timeout", metavar="SECONDS", default=argparse.SUPPRESS, help="timeout of each request")
    group.add_argument("--max-retries", metavar="N", default=argparse.SUPPRESS, help="retries of failed requests")
    group.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="log requests to stderr")


def parse(argv: Sequence[str]) -> Parsed:
    """Parses `argv`; raises SystemExit as argparse does on --help, --version and usage errors."""
    argv = _hoisted(list(argv))
    words = words_of(argv)
    # `list_streams` works as well as `list-streams`: normalise the words that name a command.
    for index, word in words:
        argv[index] = cli_name(word)
    vendor, resource, method = (_python_name(word) for _, word in [*words, (0, ""), (0, ""), (0, "")][:3])

    top = _Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter)
    top.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    top.add_argument(
        "--completion",
        choices=("bash", "zsh", "fish"),
        help='print a shell completion script: eval "$(videoconf --completion bash)", or for fish: '
        "videoconf --completion fish | source",
    )
    _global_options(top)
    leaf = top
    # Subparsers take the formatter class only when given it, so each add_parser names it.
    vendors = top.add_subparsers(dest="vendor", metavar="VENDOR", title="vendors")
    for name in _reached(TREE, vendor):
        resources = TREE[name]
        title, environment = VENDOR_HELP.get(name, (name, ""))
        vendor_parser = vendors.add_parser(
            name,
            help=f"{title}: {', '.join(cli_name(r) for r in resources)}",
            description=f"{title}.\n\nCredentials: {environment}.",
            formatter_class=_Formatter,
            add_help=name == vendor,
        )
        if name != vendor:
            continue
        leaf = vendor_parser
        resource_parsers = _subparsers(vendor_parser, "resource", "resources")
        for resource_name in _reached(resources, resource):
            about = RESOURCES[name].get(resource_name, "")
            resource_parser = resource_parsers.add_parser(
                cli_name(resource_name),
                help=_escape(_first_sentence(about)),
                description=about,
                formatter_class=_Formatter,
                add_help=resource_name == resource,
            )
            if resource_name != resource:
                continue
            leaf = resource_parser
            method_parsers = _subparsers(resource_parser, "method", "methods")
            table = commands(name)
            methods = resources[resource_name]
            for method_name in _reached(methods, method):
                operation_id = methods[method_name]
                command = table[operation_id]
                method_parser = method_parsers.add_parser(
                    cli_name(method_name),
                    help=_escape(command["summary"]),
                    description=f"{command['summary']}.\n\n{command['description']}\n\n"
                    f"Operation {operation_id}: {command['http']}.",
                    formatter_class=_Formatter,
                    add_help=method_name == method,
                )
                if method_name == method:
                    leaf = method_parser
                    _add_command_options(method_parser, command)
                    method_parser.set_defaults(**{"operation:": operation_id})
    namespace, unknown = top.parse_known_args(argv)
    if unknown:
        # Reported by the command they were given to, with the option it may have meant.
        unrecognized(leaf, unknown)
    values = vars(namespace)
    if values.get("completion") is not None:
        return Parsed(top, completion=values["completion"])
    chosen = values.get("operation:")
    if chosen is None:
        top.error("name a vendor, a resource and a method, e.g. `videoconf signalwire rooms list`")
    # The method's own parser reports later usage errors (a bad --json), with that command's usage line.
    return Parsed(leaf, chosen, commands(values["vendor"])[chosen], values)
