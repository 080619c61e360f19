"""`videoconf`, the command line: one subcommand per vendor, resource and method of the contract.

Start-up is kept to `import videoconf` plus argparse: the parser is built only along the words given, and the clients
(and httpx) load only when a request is about to be sent.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._codes import API_ERROR, CONNECTION_ERROR, OK, USAGE_ERROR

__all__ = ["API_ERROR", "CONNECTION_ERROR", "OK", "USAGE_ERROR", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns the exit code (0 success, 1 API error, 2 usage or validation, 3 connection)."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from failing again while flushing.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK


def _main(words: list[str]) -> int:
    if words[:1] == ["__complete"]:
        from ._complete import complete

        print("\n".join(complete(words[1:])))
        return OK
    from ._warnings import show_warnings

    show_warnings()
    if tuple(words[:2]) == ("whereby", "participant-url"):
        # A local command (nothing is sent), beside the contract's operations: the Python builder's link, printed.
        from ._links import participant_url_command

        return participant_url_command(words[2:])
    from ._parser import parse

    try:
        parsed = parse(words)
    except SystemExit as exit_:
        # argparse exits with 0 after --help and --version, with 2 on a usage error.
        return exit_.code if isinstance(exit_.code, int) else USAGE_ERROR
    if parsed.completion is not None:
        from ._complete import script

        print(script(parsed.completion))
        return OK
    from ._run import run

    return run(parsed)
