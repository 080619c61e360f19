"""Type names shared by the runtime core; the operation table's shape comes from the generated package."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from videoconf._generated._operations import Body as Body
    from videoconf._generated._operations import OperationSpec as OperationSpec
    from videoconf._generated._operations import QueryParam as QueryParam

__all__ = ["JSONSchema", "Vendor"]

Vendor = Literal["signalwire", "whereby"]

JSONSchema = dict[str, Any]
