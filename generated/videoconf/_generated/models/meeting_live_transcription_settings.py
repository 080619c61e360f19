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

from ..models.whereby_live_transcription_start_trigger import WherebyLiveTranscriptionStartTrigger
from ..models.whereby_transcription_language import WherebyTranscriptionLanguage
from ..types import UNSET, Unset

_WherebyLiveTranscriptionStartTrigger_members = members(WherebyLiveTranscriptionStartTrigger)
_WherebyTranscriptionLanguage_members = members(WherebyTranscriptionLanguage)
_MeetingLiveTranscriptionSettings_known = frozenset(
    {
        "startTrigger",
        "destination",
        "language",
        "liveCaptions",
    }
)


@_attrs_define
class MeetingLiveTranscriptionSettings:
    """Live transcription of the meeting, and live captions. For captions only, set `startTrigger` to `none` and
    `liveCaptions` to `true`; no `destination` is needed then.

        Attributes:
            start_trigger (None | WherebyLiveTranscriptionStartTrigger): When live transcription starts; `null` uses the
                organisation's setting, so the field is nullable.
            destination (MeetingTranscriptionDestination | Unset): Storage for transcriptions. With provider `s3`, `bucket`
                is needed, plus `accessKeyId`, `accessKeySecret` and `region` for access-key authentication or `oidcRoleArn` for
                role-based authentication.
            language (None | Unset | WherebyTranscriptionLanguage): Spoken language to transcribe; `null` uses the
                organisation's setting.
            live_captions (bool | Unset): Open beta: show live captions to participants, in the meeting's transcription
                `language`.
    """

    start_trigger: None | WherebyLiveTranscriptionStartTrigger
    destination: MeetingTranscriptionDestination | Unset = UNSET
    language: None | Unset | WherebyTranscriptionLanguage = UNSET
    live_captions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        start_trigger: None | str
        if isinstance(self.start_trigger, WherebyLiveTranscriptionStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

        destination: Any
        if isinstance(self.destination, MeetingTranscriptionDestination | Unset):
            destination = UNSET
            if not isinstance(self.destination, Unset):
                destination = self.destination.to_dict()
        else:
            destination = self.destination

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, WherebyTranscriptionLanguage):
            language = self.language.value
        else:
            language = self.language

        live_captions = self.live_captions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTrigger": start_trigger,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
        if language is not UNSET:
            field_dict["language"] = language
        if live_captions is not UNSET:
            field_dict["liveCaptions"] = live_captions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _start_trigger_in = src_dict["startTrigger"]
        except KeyError:
            _start_trigger_in = src_dict.get("startTrigger", MISSING)
            _read = 0
        _start_trigger = _start_trigger_in
        start_trigger = (
            _WherebyLiveTranscriptionStartTrigger_members.get(_start_trigger) if type(_start_trigger) is str else None
        )
        if start_trigger is None and _start_trigger is not None:
            start_trigger = parse_enum(
                WherebyLiveTranscriptionStartTrigger,
                _start_trigger,
                _ctx,
                _at,
                "startTrigger",
                "#/components/schemas/MeetingLiveTranscriptionSettings/properties/startTrigger",
            )

        destination = src_dict.get("destination", UNSET)
        if isinstance(destination, dict):
            destination = MeetingTranscriptionDestination.from_dict(destination, _ctx, (_at, "destination"))
        elif destination is not UNSET:
            destination = mismatch(
                _ctx,
                (_at, "destination"),
                "MeetingTranscriptionDestination",
                destination,
                "#/components/schemas/MeetingLiveTranscriptionSettings/properties/destination",
            )

        _language = src_dict.get("language", UNSET)
        if _language is UNSET:
            language = UNSET
        else:
            language = _WherebyTranscriptionLanguage_members.get(_language) if type(_language) is str else None
            if language is None and _language is not None:
                language = parse_enum(
                    WherebyTranscriptionLanguage,
                    _language,
                    _ctx,
                    _at,
                    "language",
                    "#/components/schemas/MeetingLiveTranscriptionSettings/properties/language",
                )

        live_captions = src_dict.get("liveCaptions", UNSET)
        if type(live_captions) is not bool and live_captions is not UNSET:
            live_captions = mismatch(
                _ctx,
                (_at, "liveCaptions"),
                "boolean",
                live_captions,
                "#/components/schemas/MeetingLiveTranscriptionSettings/properties/liveCaptions",
            )

        _instance = new_instance(cls)
        _instance.start_trigger = start_trigger
        _instance.destination = destination
        _instance.language = language
        _instance.live_captions = live_captions

        if len(src_dict) > _read and not src_dict.keys() <= _MeetingLiveTranscriptionSettings_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingLiveTranscriptionSettings_known}
            unknown_fields(
                _ctx,
                _at,
                d,
                "MeetingLiveTranscriptionSettings",
                "#/components/schemas/MeetingLiveTranscriptionSettings",
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


from ..models.meeting_transcription_destination import MeetingTranscriptionDestination  # noqa: E402
