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
    members,
    mismatch,
    new_instance,
    parse_datetime,
    parse_enum,
    unknown_fields,
)

from ..models.whereby_summary_state import WherebySummaryState
from ..models.whereby_summary_template import WherebySummaryTemplate
from ..types import format_datetime

_WherebySummaryState_members = members(WherebySummaryState)
_WherebySummaryTemplate_members = members(WherebySummaryTemplate)
_Summary_known = frozenset(
    {
        "summaryId",
        "transcriptionId",
        "summary",
        "roomSessionId",
        "roomName",
        "startDate",
        "endDate",
        "state",
        "createdAt",
        "modifiedAt",
        "template",
    }
)


@_attrs_define
class Summary:
    """An AI-generated summary of a transcription.

    Attributes:
        summary_id (str): Id of the summary.
        transcription_id (str): Id of the summarised transcription.
        summary (WherebySummaryContent): The generated summary. Every template writes a `summary` text; `SOAP` adds
            `SOAP` and `Extended SOAP` adds `extended_SOAP`. Empty while the summary is in progress; keys not listed here
            are kept as received.
        room_session_id (str): Id of the summarised room session.
        room_name (str): Name of the room (starts with `/`).
        start_date (datetime.datetime): Start of the summarised session.
        end_date (datetime.datetime): End of the summarised session.
        state (WherebySummaryState): Processing state of a summary. It is `in_progress` while the job runs (the content
            is then empty) and `ready` once the content is written; Whereby's reference example shows `completed` as well.
            Poll until it changes, since no webhook announces a finished summary.
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
    state: WherebySummaryState
    created_at: datetime.datetime
    modified_at: datetime.datetime
    template: WherebySummaryTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        summary_id = self.summary_id

        transcription_id = self.transcription_id

        summary: Any
        if isinstance(self.summary, WherebySummaryContent):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        room_session_id = self.room_session_id

        room_name = self.room_name

        start_date: Any
        if isinstance(self.start_date, datetime.datetime):
            start_date = format_datetime(self.start_date)
        else:
            start_date = self.start_date

        end_date: Any
        if isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date)
        else:
            end_date = self.end_date

        state: Any
        if isinstance(self.state, WherebySummaryState):
            state = self.state.value
        else:
            state = self.state

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        modified_at: Any
        if isinstance(self.modified_at, datetime.datetime):
            modified_at = format_datetime(self.modified_at)
        else:
            modified_at = self.modified_at

        template: Any
        if isinstance(self.template, WherebySummaryTemplate):
            template = self.template.value
        else:
            template = self.template

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 11
        try:
            _summary_id_in = src_dict["summaryId"]
            _transcription_id_in = src_dict["transcriptionId"]
            _summary_in = src_dict["summary"]
            _room_session_id_in = src_dict["roomSessionId"]
            _room_name_in = src_dict["roomName"]
            _start_date_in = src_dict["startDate"]
            _end_date_in = src_dict["endDate"]
            _state_in = src_dict["state"]
            _created_at_in = src_dict["createdAt"]
            _modified_at_in = src_dict["modifiedAt"]
            _template_in = src_dict["template"]
        except KeyError:
            _summary_id_in = src_dict.get("summaryId", MISSING)
            _transcription_id_in = src_dict.get("transcriptionId", MISSING)
            _summary_in = src_dict.get("summary", MISSING)
            _room_session_id_in = src_dict.get("roomSessionId", MISSING)
            _room_name_in = src_dict.get("roomName", MISSING)
            _start_date_in = src_dict.get("startDate", MISSING)
            _end_date_in = src_dict.get("endDate", MISSING)
            _state_in = src_dict.get("state", MISSING)
            _created_at_in = src_dict.get("createdAt", MISSING)
            _modified_at_in = src_dict.get("modifiedAt", MISSING)
            _template_in = src_dict.get("template", MISSING)
            _read = 0
        summary_id = _summary_id_in
        if type(summary_id) is not str:
            summary_id = mismatch(
                _ctx, (_at, "summaryId"), "string", summary_id, "#/components/schemas/Summary/properties/summaryId"
            )

        transcription_id = _transcription_id_in
        if type(transcription_id) is not str:
            transcription_id = mismatch(
                _ctx,
                (_at, "transcriptionId"),
                "string",
                transcription_id,
                "#/components/schemas/Summary/properties/transcriptionId",
            )

        summary = _summary_in
        if isinstance(summary, dict):
            summary = WherebySummaryContent.from_dict(summary, _ctx, (_at, "summary"))
        else:
            summary = mismatch(
                _ctx,
                (_at, "summary"),
                "WherebySummaryContent",
                summary,
                "#/components/schemas/Summary/properties/summary",
            )

        room_session_id = _room_session_id_in
        if type(room_session_id) is not str:
            room_session_id = mismatch(
                _ctx,
                (_at, "roomSessionId"),
                "string",
                room_session_id,
                "#/components/schemas/Summary/properties/roomSessionId",
            )

        room_name = _room_name_in
        if type(room_name) is not str:
            room_name = mismatch(
                _ctx, (_at, "roomName"), "string", room_name, "#/components/schemas/Summary/properties/roomName"
            )

        start_date = _start_date_in
        if type(start_date) is str:
            try:
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(
                    start_date, _ctx, _at, "startDate", "#/components/schemas/Summary/properties/startDate"
                )
            else:
                if start_date.tzinfo is None:
                    start_date = start_date.replace(tzinfo=UTC)
        else:
            start_date = parse_datetime(
                start_date, _ctx, _at, "startDate", "#/components/schemas/Summary/properties/startDate"
            )

        end_date = _end_date_in
        if type(end_date) is str:
            try:
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(
                    end_date, _ctx, _at, "endDate", "#/components/schemas/Summary/properties/endDate"
                )
            else:
                if end_date.tzinfo is None:
                    end_date = end_date.replace(tzinfo=UTC)
        else:
            end_date = parse_datetime(end_date, _ctx, _at, "endDate", "#/components/schemas/Summary/properties/endDate")

        _state = _state_in
        state = _WherebySummaryState_members.get(_state) if type(_state) is str else None
        if state is None:
            state = parse_enum(
                WherebySummaryState, _state, _ctx, _at, "state", "#/components/schemas/Summary/properties/state"
            )

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "createdAt", "#/components/schemas/Summary/properties/createdAt"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "createdAt", "#/components/schemas/Summary/properties/createdAt"
            )

        modified_at = _modified_at_in
        if type(modified_at) is str:
            try:
                modified_at = fromisoformat(modified_at)
            except ValueError:
                modified_at = parse_datetime(
                    modified_at, _ctx, _at, "modifiedAt", "#/components/schemas/Summary/properties/modifiedAt"
                )
            else:
                if modified_at.tzinfo is None:
                    modified_at = modified_at.replace(tzinfo=UTC)
        else:
            modified_at = parse_datetime(
                modified_at, _ctx, _at, "modifiedAt", "#/components/schemas/Summary/properties/modifiedAt"
            )

        _template = _template_in
        template = _WherebySummaryTemplate_members.get(_template) if type(_template) is str else None
        if template is None:
            template = parse_enum(
                WherebySummaryTemplate,
                _template,
                _ctx,
                _at,
                "template",
                "#/components/schemas/Summary/properties/template",
            )

        _instance = new_instance(cls)
        _instance.summary_id = summary_id
        _instance.transcription_id = transcription_id
        _instance.summary = summary
        _instance.room_session_id = room_session_id
        _instance.room_name = room_name
        _instance.start_date = start_date
        _instance.end_date = end_date
        _instance.state = state
        _instance.created_at = created_at
        _instance.modified_at = modified_at
        _instance.template = template

        if len(src_dict) > _read and not src_dict.keys() <= _Summary_known:
            d = {key: value for key, value in src_dict.items() if key not in _Summary_known}
            unknown_fields(_ctx, _at, d, "Summary", "#/components/schemas/Summary")
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


from ..models.whereby_summary_content import WherebySummaryContent  # noqa: E402
