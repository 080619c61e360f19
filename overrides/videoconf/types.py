"""Every model, enum and webhook event of both APIs, and the page types: `from videoconf.types import Room`.

The models and enums are the generated package's whole list (one per schema of the contract, `models.__all__`), so
a schema added to the contract is importable from here without a change to this module.
"""

from __future__ import annotations

import videoconf._generated.models as _models
from videoconf._generated.models import *  # noqa: F403  (every generated model and enum, re-exported)
from videoconf._requester import AsyncPager, SyncPager

from ._pagination import AsyncPage, SyncPage
from .webhooks import KnownWherebyEvent, UnknownWherebyEvent, WherebyEvent

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "KnownWherebyEvent",
    "SyncPage",
    "SyncPager",
    "UnknownWherebyEvent",
    "WherebyEvent",
]
__all__ += _models.__all__
