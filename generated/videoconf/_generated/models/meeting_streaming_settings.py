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
    members,
    mismatch,
    new_instance,
    parse_enum,
    unknown_fields,
)

from ..models.whereby_streaming_start_trigger import WherebyStreamingStartTrigger

_WherebyStreamingStartTrigger_members = members(WherebyStreamingStartTrigger)
_MeetingStreamingSettings_known = frozenset(
    {
        "destination",
        "startTrigger",
    }
)


@_attrs_define
class MeetingStreamingSettings:
    """Live RTMP streaming of the meeting.

    Attributes:
        destination (MeetingStreamingDestination): Target of the live stream.
        start_trigger (None | WherebyStreamingStartTrigger): When streaming starts; `null` uses the organisation's
            setting, so the field is nullable.
    """

    destination: MeetingStreamingDestination
    start_trigger: None | WherebyStreamingStartTrigger
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        destination: Any
        if isinstance(self.destination, MeetingStreamingDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        start_trigger: None | str
        if isinstance(self.start_trigger, WherebyStreamingStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "startTrigger": start_trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 2
        try:
            _destination_in = src_dict["destination"]
            _start_trigger_in = src_dict["startTrigger"]
        except KeyError:
            _destination_in = src_dict.get("destination", MISSING)
            _start_trigger_in = src_dict.get("startTrigger", MISSING)
            _read = 0
        destination = _destination_in
        if isinstance(destination, dict):
            destination = MeetingStreamingDestination.from_dict(destination, _ctx, (_at, "destination"))
        else:
            destination = mismatch(
                _ctx,
                (_at, "destination"),
                "MeetingStreamingDestination",
                destination,
                "#/components/schemas/MeetingStreamingSettings/properties/destination",
            )

        _start_trigger = _start_trigger_in
        start_trigger = (
            _WherebyStreamingStartTrigger_members.get(_start_trigger) if type(_start_trigger) is str else None
        )
        if start_trigger is None and _start_trigger is not None:
            start_trigger = parse_enum(
                WherebyStreamingStartTrigger,
                _start_trigger,
                _ctx,
                _at,
                "startTrigger",
                "#/components/schemas/MeetingStreamingSettings/properties/startTrigger",
            )

        _instance = new_instance(cls)
        _instance.destination = destination
        _instance.start_trigger = start_trigger

        if len(src_dict) > _read and not src_dict.keys() <= _MeetingStreamingSettings_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingStreamingSettings_known}
            unknown_fields(_ctx, _at, d, "MeetingStreamingSettings", "#/components/schemas/MeetingStreamingSettings")
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


from ..models.meeting_streaming_destination import MeetingStreamingDestination  # noqa: E402
