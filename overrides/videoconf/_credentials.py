"""Credentials and where they may go: the `Authorization` value (never shown), the base URL policy (https, or http
to a loopback host) and the re-rooting of server-given links on that base URL."""

from __future__ import annotations

import ipaddress
import unicodedata
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote, urlsplit

from ._exceptions import VideoconfError, short_repr
from ._logging import REDACTED, redact

__all__ = ["Credentials", "check_base_url", "link_target"]


class Credentials:
    """The `Authorization` header value, built once; its repr never shows it."""

    __slots__ = ("_header", "_secrets")

    def __init__(self, header: str, secrets: Sequence[str]) -> None:
        if any(char in header for char in "\r\n\0"):
            raise VideoconfError("credentials must not contain line breaks or NUL characters")
        self._header = header
        # Each secret as sent, and as it reads inside a URL (percent-encoded).
        forms = {form for secret in {header, *secrets} if secret for form in (secret, quote(secret, safe=""))}
        # Longest first, so that a secret containing another is scrubbed whole.
        self._secrets = tuple(sorted(forms, key=len, reverse=True))

    @property
    def header(self) -> str:
        return self._header

    def scrub(self, text: str) -> str:
        """`text` (server or transport text) with every credential replaced: a long one wherever it appears, a short
        one where it stands alone, so that ordinary words stay readable."""
        return redact(text, self._secrets)

    def scrub_url(self, url: str) -> str:
        """A URL (or path) with every credential replaced wherever it appears, however short."""
        for secret in self._secrets:
            url = url.replace(secret, REDACTED)
        return url

    def __repr__(self) -> str:
        return "Credentials(<redacted>)"

    def __reduce__(self) -> Any:
        # Pickling or deep-copying a client must not write the secret anywhere.
        raise TypeError("credentials cannot be pickled")


def check_base_url(base_url: str) -> str:
    """A normalised base URL (no trailing slash); refuses plain http except to loopback hosts."""
    if not isinstance(base_url, str) or any(unicodedata.category(c) == "Cc" or c.isspace() for c in base_url):
        raise VideoconfError("base_url must be a URL without spaces or control characters")
    parts = urlsplit(base_url)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not parts.hostname:
        raise VideoconfError(f"base_url must be an http(s) URL with a host, got {short_repr(base_url)}")
    if parts.username is not None or parts.password is not None:
        # Never echo the URL here: the part before `@` may be a password.
        raise VideoconfError("base_url must not contain credentials; pass them as arguments")
    if parts.query or parts.fragment:
        raise VideoconfError(f"base_url must not have a query or fragment, got {short_repr(base_url)}")
    if scheme == "http" and not _is_loopback(parts.hostname):
        raise VideoconfError(
            f"refusing plain http:// to {parts.hostname!r}: credentials would travel unencrypted; "
            "use https:// (http:// is allowed only for loopback hosts)"
        )
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def link_target(base_url: str, link: str) -> tuple[str, str]:
    """The path and query of a server-given link (a next page), re-rooted on the checked `base_url`.

    The link's scheme is ignored, so credentials never go anywhere but the configured base URL; a link that names
    another host than the base URL's raises `ValueError` (that is no page of this server's list).
    """
    base = urlsplit(base_url)
    parts = urlsplit(link)
    host = parts.hostname
    if host is not None and host != base.hostname:
        raise ValueError(f"names another host ({host!r}) than the base URL's")
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    # Links may or may not repeat the base URL's own path prefix (a sandbox mounted under one).
    prefix = base.path
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :]
    return path, parts.query
