"""The `videoconf` logger, switched to debug output by `VIDEOCONF_LOG=debug`; it never records credentials."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping

__all__ = ["MIN_SECRET_ANYWHERE", "REDACTED", "logger", "redact", "redacted_headers", "setup_logging"]

logger = logging.getLogger("videoconf")

_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_configured = False

REDACTED = "<redacted>"
# A secret at least this long is redacted wherever it appears in free text; a shorter one (a test token `t`) only
# where it stands as a word of its own, so that `Connection refused` never becomes `Connec<redacted>ion refused`.
MIN_SECRET_ANYWHERE = 8


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` (a server's or a transport's words) with each secret replaced: a long one wherever it appears, a short
    one where it stands alone. Give the secrets longest first, so that one containing another is replaced whole."""
    for secret in secrets:
        if len(secret) >= MIN_SECRET_ANYWHERE:
            text = text.replace(secret, REDACTED)
        elif secret:
            text = re.sub(rf"(?<![\w'-]){re.escape(secret)}(?![\w'-])", REDACTED, text)
    return text


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


def redacted_headers(headers: Mapping[str, str], scrub: Callable[[str], str] | None = None) -> dict[str, str]:
    """A copy of `headers` safe to log: credential headers hidden whole, and `scrub` (a client's credentials,
    replaced wherever they appear) applied to every other value."""
    return {
        name: "<redacted>" if name.lower() in _SENSITIVE_HEADERS else scrub(value) if scrub else value
        for name, value in headers.items()
    }
