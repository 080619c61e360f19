from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whereby_recording_start_trigger import WherebyRecordingStartTrigger
from ..models.whereby_recording_type import WherebyRecordingType

T = TypeVar("T", bound="MeetingRecordingSettings")


@_attrs_define
class MeetingRecordingSettings:
    """How the meeting is recorded.

    Attributes:
        type_ (WherebyRecordingType): Recording mode; `none` disables recording, `local` records in the browser, `cloud`
            records on the server.
        destination (MeetingRecordingDestination | None): Where recordings are stored; `null` inherits the
            organisation's setting.
        start_trigger (None | WherebyRecordingStartTrigger): When a cloud recording starts (only used when `type` is
            `cloud`); `null` uses the organisation's setting, so the field is nullable.
    """

    type_: WherebyRecordingType
    destination: MeetingRecordingDestination | None
    start_trigger: None | WherebyRecordingStartTrigger
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        destination: dict[str, Any] | None
        if isinstance(self.destination, MeetingRecordingDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        start_trigger: None | str
        if isinstance(self.start_trigger, WherebyRecordingStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "destination": destination,
                "startTrigger": start_trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = WherebyRecordingType(d.pop("type"))

        def _parse_destination(data: object) -> MeetingRecordingDestination | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = MeetingRecordingDestination.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"destination: {data!r} does not match MeetingRecordingDestination | None")

        destination = _parse_destination(d.pop("destination"))

        _start_trigger = d.pop("startTrigger")
        start_trigger: None | WherebyRecordingStartTrigger
        if _start_trigger is None:
            start_trigger = _start_trigger
        else:
            start_trigger_type_0 = WherebyRecordingStartTrigger(_start_trigger)

            start_trigger = start_trigger_type_0

        _instance = cls(
            type_=type_,
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


from ..models.meeting_recording_destination import MeetingRecordingDestination  # noqa: E402
