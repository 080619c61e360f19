"""The command line's exit codes, also listed in `videoconf --help`."""

from __future__ import annotations

__all__ = ["API_ERROR", "CONNECTION_ERROR", "OK", "USAGE_ERROR"]

OK = 0
API_ERROR = 1
USAGE_ERROR = 2
CONNECTION_ERROR = 3
