from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    mismatch,
    new_instance,
    unknown_fields,
)

_MeetingStreamingDestination_known = frozenset(
    {
        "url",
    }
)


@_attrs_define
class MeetingStreamingDestination:
    """Target of the live stream.

    Attributes:
        url (str): RTMP ingest URL of the streaming service, including the stream key (for example
            `rtmp://a.rtmp.youtube.com/live2/<key>`).
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            url = mismatch(
                _ctx, (_at, "url"), "string", url, "#/components/schemas/MeetingStreamingDestination/properties/url"
            )

        _instance = new_instance(cls)
        _instance.url = url

        if len(src_dict) > _read and not src_dict.keys() <= _MeetingStreamingDestination_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingStreamingDestination_known}
            unknown_fields(
                _ctx, _at, d, "MeetingStreamingDestination", "#/components/schemas/MeetingStreamingDestination"
            )
            _instance.additional_properties = d
        else:
            _instance.additional_properties = {}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
