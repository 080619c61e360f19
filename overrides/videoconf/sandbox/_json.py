"""The sandbox's name for a JSON object in its wire form, shared by its state and its webhooks."""

from __future__ import annotations

from typing import Any

__all__ = ["JSONObject"]

JSONObject = dict[str, Any]
