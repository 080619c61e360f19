from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whereby_live_transcription_start_trigger import WherebyLiveTranscriptionStartTrigger
from ..models.whereby_transcription_language import WherebyTranscriptionLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingLiveTranscriptionSettings")


@_attrs_define
class MeetingLiveTranscriptionSettings:
    """Live transcription of the meeting.

    Attributes:
        destination (MeetingTranscriptionDestination): Storage for transcriptions. With provider `s3`, `bucket` is
            needed, plus `accessKeyId`, `accessKeySecret` and `region` for access-key authentication or `oidcRoleArn` for
            role-based authentication.
        start_trigger (None | WherebyLiveTranscriptionStartTrigger): When live transcription starts; `null` uses the
            organisation's setting, so the field is nullable.
        language (None | Unset | WherebyTranscriptionLanguage): Spoken language to transcribe; `null` uses the
            organisation's setting.
        live_captions (bool | Unset): Show live captions to participants.
    """

    destination: MeetingTranscriptionDestination
    start_trigger: None | WherebyLiveTranscriptionStartTrigger
    language: None | Unset | WherebyTranscriptionLanguage = UNSET
    live_captions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        start_trigger: None | str
        if isinstance(self.start_trigger, WherebyLiveTranscriptionStartTrigger):
            start_trigger = self.start_trigger.value
        else:
            start_trigger = self.start_trigger

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
                "destination": destination,
                "startTrigger": start_trigger,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if live_captions is not UNSET:
            field_dict["liveCaptions"] = live_captions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = MeetingTranscriptionDestination.from_dict(d.pop("destination"))

        _start_trigger = d.pop("startTrigger")
        start_trigger: None | WherebyLiveTranscriptionStartTrigger
        if _start_trigger is None:
            start_trigger = _start_trigger
        else:
            start_trigger_type_0 = WherebyLiveTranscriptionStartTrigger(_start_trigger)

            start_trigger = start_trigger_type_0

        _language = d.pop("language", UNSET)
        language: None | Unset | WherebyTranscriptionLanguage
        if _language is None or isinstance(_language, Unset):
            language = _language
        else:
            language_type_0 = WherebyTranscriptionLanguage(_language)

            language = language_type_0

        live_captions = d.pop("liveCaptions", UNSET)

        _instance = cls(
            destination=destination,
            start_trigger=start_trigger,
            language=language,
            live_captions=live_captions,
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


from ..models.meeting_transcription_destination import MeetingTranscriptionDestination  # noqa: E402
