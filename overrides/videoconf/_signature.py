"""Webhook signatures: `t=<seconds>,v1=<hex>` headers, HMAC-SHA256 over `<t>.<raw body>`, checked in constant time.

Kept apart from `videoconf.webhooks` so that a client can hold a webhook secret without loading any event model.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from ._exceptions import ValidationError, VideoconfError, WebhookVerificationError, short_repr

__all__ = [
    "DEFAULT_TOLERANCE",
    "Body",
    "HeadersLike",
    "SecretLike",
    "WebhookSecret",
    "as_secret",
    "sign",
    "verify_signature",
]

DEFAULT_TOLERANCE = 300
SCHEME = "v1"
_DIGITS = re.compile(r"[0-9]{1,15}", re.ASCII)
_HEX = re.compile(r"[0-9a-fA-F]+", re.ASCII)
# The WSGI/CGI spelling (Django's request.META, a raw environ) of an `X-Y` header is `HTTP_X_Y`.
_ENVIRON_PREFIX = "http_"


class HeadersLike(Protocol):
    """What `verify` reads headers from: a dict, or the headers object of Starlette, Django, Flask or httpx."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


Body = bytes | bytearray | memoryview | str


class WebhookSecret:
    """A webhook signing secret; its repr never shows it, and it cannot be pickled."""

    __slots__ = ("_key",)

    def __init__(self, secret: str | bytes) -> None:
        if isinstance(secret, str):
            key = secret.encode("utf-8")
        elif isinstance(secret, bytes | bytearray):
            key = bytes(secret)
        else:
            raise VideoconfError(f"the webhook secret must be a str or bytes, not {type(secret).__name__}")
        if not key:
            raise VideoconfError("the webhook secret is empty: use the signing secret shown in the Whereby dashboard")
        self._key = key

    def scrub(self, text: str) -> str:
        """`text` with the secret replaced, for messages that quote what a sender sent."""
        from ._logging import redact

        return redact(text, [self._key.decode("utf-8", "replace")])

    def digest(self, timestamp: str, body: bytes) -> str:
        """Lowercase hex HMAC-SHA256 of `<timestamp>.<body>`."""
        return hmac.new(self._key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return "WebhookSecret(<redacted>)"

    def __reduce__(self) -> Any:
        raise TypeError("a webhook secret cannot be pickled")

    def __copy__(self) -> WebhookSecret:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> WebhookSecret:
        # Immutable: a deep copy of a client shares it instead of writing it anywhere.
        return self


SecretLike = str | bytes | WebhookSecret


def as_secret(secret: SecretLike) -> WebhookSecret:
    return secret if isinstance(secret, WebhookSecret) else WebhookSecret(secret)


def raw_body(body: Body) -> bytes:
    """The body as bytes; a str is taken as its UTF-8 encoding."""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise TypeError(
        f"body must be the raw request body (bytes, or str), not {type(body).__name__}: the signature covers the exact "
        "bytes Whereby sent, which a parsed and re-serialised body does not reproduce"
    )


def header_value(headers: Mapping[str, str] | HeadersLike, name: str) -> str | None:
    """Every value of header `name`, joined by commas as HTTP allows; None when absent. Case-insensitive."""
    wanted = {name.lower(), _ENVIRON_PREFIX + name.lower().replace("-", "_")}
    values: list[str] = []
    for key, value in headers.items():
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() in wanted:
            values.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    return ",".join(values) if values else None


def _parse(header: str, name: str) -> tuple[str, list[str]]:
    """The timestamp and the `v1` signatures of a signature header."""
    timestamps: list[str] = []
    signatures: list[str] = []
    schemes: set[str] = set()
    for position, entry in enumerate(header.split(","), 1):
        key, sep, value = entry.strip().partition("=")
        if not sep or not key.strip():
            # The entry itself is not quoted: a confused sender might have put the secret there.
            problem = f"entry {position} is not a key=value pair"
            raise WebhookVerificationError("malformed_header", f"the {name} header is malformed: {problem}")
        key, value = key.strip(), value.strip()
        if key == "t":
            timestamps.append(value)
        elif key == SCHEME:
            signatures.append(value)
        else:
            schemes.add(key)
    if len(timestamps) != 1 or not _DIGITS.fullmatch(timestamps[0]):
        problem = "has no t= timestamp" if not timestamps else "needs exactly one t= timestamp of Unix seconds"
        raise WebhookVerificationError("malformed_header", f"the {name} header is malformed: it {problem}")
    if not signatures:
        named = sorted(short_repr(scheme) for scheme in schemes if len(scheme) <= 8)
        others = f" (only {', '.join(named)})" if named else ""
        raise WebhookVerificationError(
            "malformed_header", f"the {name} header is malformed: it has no {SCHEME}= signature{others}"
        )
    return timestamps[0], signatures


def _check_tolerance(tolerance: float) -> float:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not (math.isfinite(tolerance)):
        raise ValidationError("tolerance", "type", tolerance, f"tolerance: {short_repr(tolerance)} is not a number")
    if tolerance < 0:
        raise ValidationError("tolerance", "minimum", tolerance, f"tolerance: {tolerance!r} is below 0 seconds")
    return float(tolerance)


def verify_signature(
    body: Body,
    headers: Mapping[str, str] | HeadersLike,
    secret: SecretLike,
    *,
    header: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> bytes:
    """Checks the signature header of a delivery; returns the raw body it covers, or raises
    `WebhookVerificationError`. The signature is checked before the timestamp, so a timestamp error means the event
    is authentic but stale (a replay, or a clock that is off)."""
    window = _check_tolerance(tolerance)
    key = as_secret(secret)
    data = raw_body(body)
    value = header_value(headers, header)
    if value is None:
        raise WebhookVerificationError("missing_header", f"the {header} header is missing")
    if not value.strip(" \t,"):
        raise WebhookVerificationError("missing_header", f"the {header} header is empty")
    timestamp, signatures = _parse(value, header)
    expected = key.digest(timestamp, data).encode("ascii")
    matched = False
    for candidate in signatures:
        # Every entry is compared, in constant time; a value that is not hex can never match.
        given = candidate.lower().encode("ascii") if _HEX.fullmatch(candidate) else b""
        matched |= hmac.compare_digest(expected, given)
    if not matched:
        raise WebhookVerificationError(
            "signature_mismatch",
            f"no {SCHEME} signature of the {header} header matches the body: check the signing secret, and pass the "
            "raw request body (a parsed and re-serialised body differs from what was signed)",
        )
    age = (time.time() if now is None else now) - int(timestamp)
    if age > window:
        raise WebhookVerificationError(
            "timestamp_too_old",
            f"the {header} timestamp is {age:.0f} s old, beyond the tolerance of {window:g} s (a replayed delivery?)",
        )
    if -age > window:
        raise WebhookVerificationError(
            "timestamp_in_future",
            f"the {header} timestamp is {-age:.0f} s in the future, beyond the tolerance of {window:g} s "
            "(is a clock off?)",
        )
    return data


def sign(body: Body, secret: SecretLike, *, timestamp: int | None = None) -> str:
    """A signature header value for `body`, as the vendor computes it: for testing your own webhook receiver."""
    moment = str(int(time.time()) if timestamp is None else int(timestamp))
    return f"t={moment},{SCHEME}={as_secret(secret).digest(moment, raw_body(body))}"
