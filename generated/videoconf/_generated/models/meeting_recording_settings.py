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

from ..models.whereby_recording_start_trigger import WherebyRecordingStartTrigger
from ..models.whereby_recording_type import WherebyRecordingType
from ..types import UNSET, Unset

_WherebyRecordingStartTrigger_members = members(WherebyRecordingStartTrigger)
_WherebyRecordingType_members = members(WherebyRecordingType)
_MeetingRecordingSettings_known = frozenset(
    {
        "type",
        "destination",
        "startTrigger",
    }
)


@_attrs_define
class MeetingRecordingSettings:
    """How the meeting is recorded. With `type` `none`, `destination` may be empty (`{}`) and `startTrigger` left out.

    Attributes:
        type (WherebyRecordingType): Recording mode; `none` disables recording, `local` records in the browser, `cloud`
            records on the server.
        destination (MeetingRecordingDestination | None): Where recordings are stored; `null` inherits the
            organisation's setting.
        start_trigger (None | Unset | WherebyRecordingStartTrigger): When a cloud recording starts (only used when
            `type` is `cloud`); `null` uses the organisation's setting, so the field is nullable.
    """

    type: WherebyRecordingType
    destination: MeetingRecordingDestination | None
    start_trigger: None | Unset | WherebyRecordingStartTrigger = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        type_: Any
        if isinstance(self.type, WherebyRecordingType):
            type_ = self.type.value
        else:
            type_ = self.type

        destination: dict[str, Any] | None
        if isinstance(self.destination, MeetingRecordingDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        start_trigger: None | str | Unset
        if isinstance(self.start_trigger, Unset):
            start_trigger = UNSET
        elif isinstance(self.start_trigger, WherebyRecordingStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "destination": destination,
            }
        )
        if start_trigger is not UNSET:
            field_dict["startTrigger"] = start_trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 2
        try:
            _type__in = src_dict["type"]
            _destination_in = src_dict["destination"]
        except KeyError:
            _type__in = src_dict.get("type", MISSING)
            _destination_in = src_dict.get("destination", MISSING)
            _read = 0
        _type_ = _type__in
        type_ = _WherebyRecordingType_members.get(_type_) if type(_type_) is str else None
        if type_ is None:
            type_ = parse_enum(
                WherebyRecordingType,
                _type_,
                _ctx,
                _at,
                "type",
                "#/components/schemas/MeetingRecordingSettings/properties/type",
            )

        destination = _destination_in
        if isinstance(destination, dict):
            destination = MeetingRecordingDestination.from_dict(destination, _ctx, (_at, "destination"))
        elif destination is not None:
            destination = mismatch(
                _ctx,
                (_at, "destination"),
                "MeetingRecordingDestination",
                destination,
                "#/components/schemas/MeetingRecordingSettings/properties/destination",
            )

        _start_trigger = src_dict.get("startTrigger", UNSET)
        if _start_trigger is UNSET:
            start_trigger = UNSET
        else:
            start_trigger = (
                _WherebyRecordingStartTrigger_members.get(_start_trigger) if type(_start_trigger) is str else None
            )
            if start_trigger is None and _start_trigger is not None:
                start_trigger = parse_enum(
                    WherebyRecordingStartTrigger,
                    _start_trigger,
                    _ctx,
                    _at,
                    "startTrigger",
                    "#/components/schemas/MeetingRecordingSettings/properties/startTrigger",
                )

        _instance = new_instance(cls)
        _instance.type = type_
        _instance.destination = destination
        _instance.start_trigger = start_trigger

        if len(src_dict) > _read and not src_dict.keys() <= _MeetingRecordingSettings_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingRecordingSettings_known}
            unknown_fields(_ctx, _at, d, "MeetingRecordingSettings", "#/components/schemas/MeetingRecordingSettings")
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


from ..models.meeting_recording_destination import MeetingRecordingDestination  # noqa: E402
