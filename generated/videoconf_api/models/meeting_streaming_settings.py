from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whereby_streaming_start_trigger import WherebyStreamingStartTrigger

T = TypeVar("T", bound="MeetingStreamingSettings")


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
        destination = self.destination.to_dict()

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = MeetingStreamingDestination.from_dict(d.pop("destination"))

        _start_trigger = d.pop("startTrigger")
        start_trigger: None | WherebyStreamingStartTrigger
        if _start_trigger is None:
            start_trigger = _start_trigger
        else:
            start_trigger_type_0 = WherebyStreamingStartTrigger(_start_trigger)

            start_trigger = start_trigger_type_0

        _instance = cls(
            destination=destination,
            start_trigger=start_trigger,
        )

        _instance.additional_properties = d
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
