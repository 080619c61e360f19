"""Type names shared by the runtime core."""

from __future__ import annotations

from typing import Any, Literal

__all__ = ["JSONSchema", "Vendor"]

Vendor = Literal["signalwire", "whereby"]

JSONSchema = dict[str, Any]
