"""Warnings in the command line's words: an unlisted value sent anyway is one `videoconf: warning: ...` line on stderr,
not Python's report of the file and line that raised it."""

from __future__ import annotations

import sys
import warnings
from typing import Any, TextIO

__all__ = ["show_warnings"]


def show_warnings() -> None:
    """Print `UnlistedValueWarning`s as one line each; any other warning as Python shows it."""
    from .._exceptions import UnlistedValueWarning

    shown = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> Any:
        if issubclass(category, UnlistedValueWarning):
            print(f"videoconf: warning: {message}", file=file or sys.stderr)
            return None
        return shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show
