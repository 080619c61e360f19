"""Typed, retrying clients for the SignalWire Video and Whereby REST APIs.

Importing the package is cheap: the clients (and httpx) load on first use, resources and models when first reached.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationError,
    VideoconfError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncSignalWire, AsyncWhereby, SignalWire, Whereby

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSignalWire",
    "AsyncWhereby",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SignalWire",
    "UnprocessableEntityError",
    "ValidationError",
    "VideoconfError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "Whereby",
    "__version__",
]

_LAZY_CLIENTS = frozenset({"AsyncSignalWire", "AsyncWhereby", "SignalWire", "Whereby"})


def __getattr__(name: str) -> object:
    # The clients pull in httpx; loading them on first access keeps `import videoconf` light.
    if name in _LAZY_CLIENTS:
        value = getattr(importlib.import_module("._client", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
