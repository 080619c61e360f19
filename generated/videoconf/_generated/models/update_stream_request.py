from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
)

T = TypeVar("T", bound="UpdateStreamRequest")


@_attrs_define
class UpdateStreamRequest:
    """New destination of an outbound stream.

    Attributes:
        url (str): RTMP or RTMPS address to push the video to, including any stream key.
    """

    url: str

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> T:
        d = dict(src_dict)
        url = d.pop("url", MISSING)
        if type(url) is not str:
            url = mismatch(_ctx, (_at, "url"), "string", url, "#/components/schemas/UpdateStreamRequest/properties/url")

        _instance = cls(
            url,
        )

        return _instance
