from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whereby_summary_template import WherebySummaryTemplate
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """An AI-generated summary of a transcription.

    Attributes:
        summary_id (str): Id of the summary.
        transcription_id (str): Id of the summarised transcription.
        summary (WherebySummaryContent): The generated summary; its keys depend on the template (for example a `summary`
            text).
        room_session_id (str): Id of the summarised room session.
        room_name (str): Name of the room (starts with `/`).
        start_date (datetime.datetime): Start of the summarised session.
        end_date (datetime.datetime): End of the summarised session.
        state (str): Processing state of the summary, for example `completed`; any string may appear.
        created_at (datetime.datetime): When the summary was created.
        modified_at (datetime.datetime): When the summary was last changed.
        template (WherebySummaryTemplate): Template a summary is written from (clinical SOAP notes, general narrative or
            bullets, educational).
    """

    summary_id: str
    transcription_id: str
    summary: WherebySummaryContent
    room_session_id: str
    room_name: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    state: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    template: WherebySummaryTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary_id = self.summary_id

        transcription_id = self.transcription_id

        summary = self.summary.to_dict()

        room_session_id = self.room_session_id

        room_name = self.room_name

        start_date = format_datetime(self.start_date)

        end_date = format_datetime(self.end_date)

        state = self.state

        created_at = format_datetime(self.created_at)

        modified_at = format_datetime(self.modified_at)

        template = self.template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summaryId": summary_id,
                "transcriptionId": transcription_id,
                "summary": summary,
                "roomSessionId": room_session_id,
                "roomName": room_name,
                "startDate": start_date,
                "endDate": end_date,
                "state": state,
                "createdAt": created_at,
                "modifiedAt": modified_at,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary_id = d.pop("summaryId")

        transcription_id = d.pop("transcriptionId")

        summary = WherebySummaryContent.from_dict(d.pop("summary"))

        room_session_id = d.pop("roomSessionId")

        room_name = d.pop("roomName")

        start_date = parse_datetime(d.pop("startDate"), "startDate")

        end_date = parse_datetime(d.pop("endDate"), "endDate")

        state = d.pop("state")

        created_at = parse_datetime(d.pop("createdAt"), "createdAt")

        modified_at = parse_datetime(d.pop("modifiedAt"), "modifiedAt")

        template = WherebySummaryTemplate(d.pop("template"))

        _instance = cls(
            summary_id=summary_id,
            transcription_id=transcription_id,
            summary=summary,
            room_session_id=room_session_id,
            room_name=room_name,
            start_date=start_date,
            end_date=end_date,
            state=state,
            created_at=created_at,
            modified_at=modified_at,
            template=template,
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


from ..models.whereby_summary_content import WherebySummaryContent  # noqa: E402
