"""The `videoconf` logger, switched to debug output by `VIDEOCONF_LOG=debug`; it never records credentials."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

__all__ = ["logger", "redacted_headers", "setup_logging"]

logger = logging.getLogger("videoconf")

_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_configured = False


def setup_logging() -> None:
    """Honours `VIDEOCONF_LOG` (`debug` or `info`) once per process, the first time a client is built."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("VIDEOCONF_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    # A library only adds a handler when asked to through its own switch, never by default.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def redacted_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of `headers` safe to log."""
    return {name: "<redacted>" if name.lower() in _SENSITIVE_HEADERS else value for name, value in headers.items()}
