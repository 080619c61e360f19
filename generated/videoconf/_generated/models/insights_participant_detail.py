from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unknown_fields,
)

from ..types import format_datetime

_InsightsParticipantDetail_known = frozenset(
    {
        "displayName",
        "userRole",
        "userAgent",
        "timeStamp",
        "sampleRateMs",
        "samples",
        "events",
    }
)


@_attrs_define
class InsightsParticipantDetail:
    """Connection-quality data of one participant connection. The shape of `events` is not documented.

    Attributes:
        display_name (str): Name shown for the participant.
        user_role (str): Role of the participant.
        user_agent (str): Browser user agent of the connection.
        time_stamp (datetime.datetime): Start time of the sampled series.
        sample_rate_ms (float): Interval between samples, in milliseconds.
        samples (InsightsParticipantSamples): Sampled metric series (packet loss, bitrate and similar), keyed by metric
            name.
        events (Any): Events recorded for the connection (undocumented shape, any JSON value).
    """

    display_name: str
    user_role: str
    user_agent: str
    time_stamp: datetime.datetime
    sample_rate_ms: float
    samples: InsightsParticipantSamples
    events: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        display_name = self.display_name

        user_role = self.user_role

        user_agent = self.user_agent

        time_stamp: Any
        if isinstance(self.time_stamp, datetime.datetime):
            time_stamp = format_datetime(self.time_stamp)
        else:
            time_stamp = self.time_stamp

        sample_rate_ms = self.sample_rate_ms

        samples: Any
        if isinstance(self.samples, InsightsParticipantSamples):
            samples = self.samples.to_dict()
        else:
            samples = self.samples

        events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "userRole": user_role,
                "userAgent": user_agent,
                "timeStamp": time_stamp,
                "sampleRateMs": sample_rate_ms,
                "samples": samples,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 7
        try:
            _display_name_in = src_dict["displayName"]
            _user_role_in = src_dict["userRole"]
            _user_agent_in = src_dict["userAgent"]
            _time_stamp_in = src_dict["timeStamp"]
            _sample_rate_ms_in = src_dict["sampleRateMs"]
            _samples_in = src_dict["samples"]
            _events_in = src_dict["events"]
        except KeyError:
            _display_name_in = src_dict.get("displayName", MISSING)
            _user_role_in = src_dict.get("userRole", MISSING)
            _user_agent_in = src_dict.get("userAgent", MISSING)
            _time_stamp_in = src_dict.get("timeStamp", MISSING)
            _sample_rate_ms_in = src_dict.get("sampleRateMs", MISSING)
            _samples_in = src_dict.get("samples", MISSING)
            _events_in = src_dict.get("events", MISSING)
            _read = 0
        display_name = _display_name_in
        if type(display_name) is not str:
            display_name = mismatch(
                _ctx,
                (_at, "displayName"),
                "string",
                display_name,
                "#/components/schemas/InsightsParticipantDetail/properties/displayName",
            )

        user_role = _user_role_in
        if type(user_role) is not str:
            user_role = mismatch(
                _ctx,
                (_at, "userRole"),
                "string",
                user_role,
                "#/components/schemas/InsightsParticipantDetail/properties/userRole",
            )

        user_agent = _user_agent_in
        if type(user_agent) is not str:
            user_agent = mismatch(
                _ctx,
                (_at, "userAgent"),
                "string",
                user_agent,
                "#/components/schemas/InsightsParticipantDetail/properties/userAgent",
            )

        time_stamp = _time_stamp_in
        if type(time_stamp) is str:
            try:
                time_stamp = fromisoformat(time_stamp)
            except ValueError:
                time_stamp = parse_datetime(
                    time_stamp,
                    _ctx,
                    _at,
                    "timeStamp",
                    "#/components/schemas/InsightsParticipantDetail/properties/timeStamp",
                )
            else:
                if time_stamp.tzinfo is None:
                    time_stamp = time_stamp.replace(tzinfo=UTC)
        else:
            time_stamp = parse_datetime(
                time_stamp,
                _ctx,
                _at,
                "timeStamp",
                "#/components/schemas/InsightsParticipantDetail/properties/timeStamp",
            )

        sample_rate_ms = _sample_rate_ms_in
        if type(sample_rate_ms) is not float and type(sample_rate_ms) is not int:
            sample_rate_ms = mismatch(
                _ctx,
                (_at, "sampleRateMs"),
                "number",
                sample_rate_ms,
                "#/components/schemas/InsightsParticipantDetail/properties/sampleRateMs",
            )

        samples = _samples_in
        if isinstance(samples, dict):
            samples = InsightsParticipantSamples.from_dict(samples, _ctx, (_at, "samples"))
        else:
            samples = mismatch(
                _ctx,
                (_at, "samples"),
                "object",
                samples,
                "#/components/schemas/InsightsParticipantDetail/properties/samples",
            )

        events = _events_in
        if events is MISSING:
            events = mismatch(
                _ctx, (_at, "events"), "any", events, "#/components/schemas/InsightsParticipantDetail/properties/events"
            )

        _instance = new_instance(cls)
        _instance.display_name = display_name
        _instance.user_role = user_role
        _instance.user_agent = user_agent
        _instance.time_stamp = time_stamp
        _instance.sample_rate_ms = sample_rate_ms
        _instance.samples = samples
        _instance.events = events

        if len(src_dict) > _read and not src_dict.keys() <= _InsightsParticipantDetail_known:
            d = {key: value for key, value in src_dict.items() if key not in _InsightsParticipantDetail_known}
            unknown_fields(_ctx, _at, d, "InsightsParticipantDetail", "#/components/schemas/InsightsParticipantDetail")
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


from ..models.insights_participant_samples import InsightsParticipantSamples  # noqa: E402
