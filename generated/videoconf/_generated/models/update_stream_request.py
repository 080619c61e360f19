from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
)


@_attrs_define
class UpdateStreamRequest:
    """New destination of an outbound stream.

    Attributes:
        url (str): RTMP or RTMPS address to push the video to, including any stream key.
    """

    url: str

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _url_in = src_dict["url"]
        except KeyError:
            _url_in = src_dict.get("url", MISSING)
            _read = 0
        url = _url_in
        if type(url) is not str:
            url = mismatch(_ctx, (_at, "url"), "string", url, "#/components/schemas/UpdateStreamRequest/properties/url")

        _instance = new_instance(cls)
        _instance.url = url

        return _instance
