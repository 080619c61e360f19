"""`videoconf whereby participant-url ROOM_URL [options]`: the link `videoconf.participant_url` builds, printed.

One option per room-URL parameter of the contract (its generated table), so the command and the Python function take
the same values, check them with the same rules and print the same bytes. Nothing is sent: no credentials needed.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import Any

from .._exceptions import UnlistedValueWarning, ValidationError
from ._codes import OK, USAGE_ERROR
from ._parser import cli_name, unrecognized

__all__ = ["WORDS", "participant_url_command"]

WORDS = ("whereby", "participant-url")
PROG = "videoconf " + " ".join(WORDS)

DESCRIPTION = """\
A participant's link: a Whereby meeting's room URL (its roomUrl, hostRoomUrl or viewerRoomUrl) with room-URL
parameters added, checked as videoconf.participant_url checks them, and printed on standard output. Nothing is sent.
"""

EPILOG = """\
example:
  videoconf whereby participant-url https://example.whereby.com/room --display-name Ada --external-id u-42 \\
      --metadata booking-7 --audio off --minimal
"""


def _parser() -> argparse.ArgumentParser:
    from videoconf._generated._room_url import PARAMETERS

    from ._parser import _Formatter, _Parser

    # The command line's own parser: a short usage line on errors, and a suggestion for a mistyped option.
    parser = _Parser(
        prog=PROG,
        usage="%(prog)s ROOM_URL [options]",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    parser.add_argument("room_url", metavar="ROOM_URL", help="the meeting's room URL, host room URL or viewer URL")
    group = parser.add_argument_group("room-URL parameters (from the contract)")
    for python, parameter in PARAMETERS.items():
        flag, text = "--" + cli_name(python), parameter["help"].replace("%", "%%")
        if parameter["kind"] == "flag":
            group.add_argument(flag, dest=python, action="store_true", help=text)
        elif parameter["kind"] == "switch":
            group.add_argument(flag, dest=python, choices=parameter["choices"], help=text)
        elif parameter["kind"] == "list":
            group.add_argument(flag, dest=python, action="append", metavar="NAME", help=f"{text} (repeatable)")
        else:
            group.add_argument(flag, dest=python, metavar=python.upper(), help=text)
    parser.add_argument(
        "--extra",
        action="append",
        metavar="NAME=VALUE",
        help="a parameter the contract does not list yet, written as given (repeatable)",
    )
    return parser


def _arguments(values: dict[str, Any]) -> dict[str, Any]:
    from videoconf._generated._room_url import PARAMETERS

    kwargs: dict[str, Any] = {}
    for python, parameter in PARAMETERS.items():
        value = values.get(python)
        if parameter["kind"] == "switch" and value is not None:
            # The Python function takes a switch as a boolean: the word chosen is the one it writes back.
            value = value == "on"
        if value is not None:
            kwargs[python] = value
    return kwargs


def _extra(pairs: list[str] | None, parser: argparse.ArgumentParser) -> dict[str, str]:
    extra: dict[str, str] = {}
    for pair in pairs or []:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            parser.error(f"--extra {pair!r}: give NAME=VALUE")
        extra[name] = value
    return extra


def _in_cli_words(message: str) -> str:
    """A message naming a Python argument (`display_name: ...`) names the option instead (`--display-name: ...`)."""
    head, colon, rest = message.partition(":")
    if not colon:
        return message
    if head == "room_url":
        return "ROOM_URL" + colon + rest
    name, bracket, index = head.partition("[")
    return ("--" + cli_name(name) if name != "extra" else "--extra") + bracket + index + colon + rest


def participant_url_command(argv: list[str]) -> int:
    """Prints the link; 2 with the rule broken (in the command line's words) on stderr when a value is refused."""
    from videoconf._generated._room_url import participant_url

    parser = _parser()
    try:
        namespace, unknown = parser.parse_known_args(argv)
        if unknown:
            unrecognized(parser, unknown)
        values = vars(namespace)
        extra = _extra(values.pop("extra"), parser)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else USAGE_ERROR
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UnlistedValueWarning)
        try:
            url = participant_url(values.pop("room_url"), **_arguments(values), extra=extra or None)
        except ValidationError as error:
            print(f"{PROG}: {_in_cli_words(str(error))}", file=sys.stderr)
            return USAGE_ERROR
    for warning in caught:
        print(f"{PROG}: warning: {_in_cli_words(str(warning.message))}", file=sys.stderr)
    sys.stdout.write(url + "\n")
    return OK
