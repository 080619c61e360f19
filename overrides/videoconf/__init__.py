"""Typed, retrying clients for the SignalWire Video and Whereby REST APIs.

Importing the package is cheap: the clients (and httpx) load on first use, resources and models when first reached.
"""

from __future__ import annotations

import importlib
from pkgutil import extend_path
from typing import TYPE_CHECKING

# The generated subpackage (`videoconf._generated`) lives in generated/ beside this hand-written tree in a checkout;
# in a wheel both are one folder, and this finds nothing more.
__path__ = extend_path(__path__, __name__)

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
    UnlistedValueWarning,
    UnprocessableEntityError,
    ValidationError,
    VideoconfError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._version import __version__

if TYPE_CHECKING:
    from videoconf._generated._room_url import participant_url
    from videoconf._requester import AsyncPager, SyncPager
    from videoconf._response import APIResponse, RateLimit

    from ._client import AsyncSignalWire, AsyncWhereby, SignalWire, Whereby
    from ._drift import DriftEvent, DriftJSONFormatter, record_drift
    from ._pagination import AsyncPage, SyncPage

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPager",
    "AsyncSignalWire",
    "AsyncWhereby",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DriftEvent",
    "DriftJSONFormatter",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "SignalWire",
    "SyncPage",
    "SyncPager",
    "UnlistedValueWarning",
    "UnprocessableEntityError",
    "ValidationError",
    "VideoconfError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "Whereby",
    "__version__",
    "participant_url",
    "record_drift",
]

_LAZY = {
    "AsyncSignalWire": "videoconf._client",
    "AsyncWhereby": "videoconf._client",
    "SignalWire": "videoconf._client",
    "Whereby": "videoconf._client",
    "DriftEvent": "videoconf._drift",
    "DriftJSONFormatter": "videoconf._drift",
    "record_drift": "videoconf._drift",
    "APIResponse": "videoconf._response",
    "RateLimit": "videoconf._response",
    "AsyncPage": "videoconf._pagination",
    "SyncPage": "videoconf._pagination",
    "AsyncPager": "videoconf._requester",
    "participant_url": "videoconf._generated._room_url",
    "SyncPager": "videoconf._requester",
}


def __getattr__(name: str) -> object:
    # The clients pull in httpx, the drift record attrs: loading them on first access keeps `import videoconf` light.
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
