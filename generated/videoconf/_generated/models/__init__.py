"""Contains all the data models used in inputs/outputs"""

from .active_session import ActiveSession
from .bulk_delete_recordings_request import BulkDeleteRecordingsRequest
from .bulk_delete_transcriptions_request import BulkDeleteTranscriptionsRequest
from .charge_detail import ChargeDetail
from .conference import Conference
from .conference_list import ConferenceList
from .conference_meta_type_0 import ConferenceMetaType0
from .conference_size import ConferenceSize
from .conference_token import ConferenceToken
from .conference_token_list import ConferenceTokenList
from .create_conference_request import CreateConferenceRequest
from .create_meeting_request import CreateMeetingRequest
from .create_room_request import CreateRoomRequest
from .create_room_request_meta import CreateRoomRequestMeta
from .create_stream_request import CreateStreamRequest
from .create_summary_request import CreateSummaryRequest
from .create_summary_response import CreateSummaryResponse
from .create_transcription_request import CreateTranscriptionRequest
from .create_transcription_response import CreateTranscriptionResponse
from .discarded_log import DiscardedLog
from .insights_created_at_filter import InsightsCreatedAtFilter
from .insights_participant import InsightsParticipant
from .insights_participant_detail import InsightsParticipantDetail
from .insights_participant_list import InsightsParticipantList
from .insights_participant_samples import InsightsParticipantSamples
from .insights_room import InsightsRoom
from .insights_room_list import InsightsRoomList
from .insights_room_name_filter import InsightsRoomNameFilter
from .insights_room_session import InsightsRoomSession
from .insights_room_session_list import InsightsRoomSessionList
from .join_as import JoinAs
from .log import Log
from .log_list import LogList
from .log_source import LogSource
from .log_status import LogStatus
from .log_type import LogType
from .media_allowed import MediaAllowed
from .meeting import Meeting
from .meeting_dial_in import MeetingDialIn
from .meeting_dial_in_phone_number import MeetingDialInPhoneNumber
from .meeting_list import MeetingList
from .meeting_live_transcription_settings import MeetingLiveTranscriptionSettings
from .meeting_recording_destination import MeetingRecordingDestination
from .meeting_recording_settings import MeetingRecordingSettings
from .meeting_room_name_filter import MeetingRoomNameFilter
from .meeting_room_preferences import MeetingRoomPreferences
from .meeting_streaming_destination import MeetingStreamingDestination
from .meeting_streaming_settings import MeetingStreamingSettings
from .meeting_transcription_destination import MeetingTranscriptionDestination
from .pagination_links import PaginationLinks
from .recording import Recording
from .recording_list import RecordingList
from .room import Room
from .room_list import RoomList
from .room_meta_type_0 import RoomMetaType0
from .room_recording import RoomRecording
from .room_recording_list import RoomRecordingList
from .room_recording_status import RoomRecordingStatus
from .room_session import RoomSession
from .room_session_event import RoomSessionEvent
from .room_session_event_list import RoomSessionEventList
from .room_session_event_payload import RoomSessionEventPayload
from .room_session_list import RoomSessionList
from .room_session_member import RoomSessionMember
from .room_session_member_list import RoomSessionMemberList
from .room_session_status import RoomSessionStatus
from .room_token import RoomToken
from .room_token_permission import RoomTokenPermission
from .room_token_request import RoomTokenRequest
from .room_token_request_meta import RoomTokenRequestMeta
from .room_token_request_room_meta import RoomTokenRequestRoomMeta
from .signal_wire_error import SignalWireError
from .signal_wire_error_item import SignalWireErrorItem
from .signal_wire_validation_error import SignalWireValidationError
from .stream import Stream
from .stream_list import StreamList
from .summary import Summary
from .summary_list import SummaryList
from .transcription import Transcription
from .transcription_list import TranscriptionList
from .update_conference_request import UpdateConferenceRequest
from .update_room_request import UpdateRoomRequest
from .update_room_request_meta import UpdateRoomRequestMeta
from .update_stream_request import UpdateStreamRequest
from .video_fps import VideoFps
from .video_layout import VideoLayout
from .video_quality import VideoQuality
from .whereby_access_link import WherebyAccessLink
from .whereby_assistant_requested_event import WherebyAssistantRequestedEvent
from .whereby_client_counts_by_role import WherebyClientCountsByRole
from .whereby_client_event_data import WherebyClientEventData
from .whereby_client_join_leave_event_data import WherebyClientJoinLeaveEventData
from .whereby_error import WherebyError
from .whereby_error_data import WherebyErrorData
from .whereby_event_envelope import WherebyEventEnvelope
from .whereby_extended_soap_note import WherebyExtendedSoapNote
from .whereby_in_room_event_data import WherebyInRoomEventData
from .whereby_live_transcription_start_trigger import WherebyLiveTranscriptionStartTrigger
from .whereby_meeting_field import WherebyMeetingField
from .whereby_meeting_template_type import WherebyMeetingTemplateType
from .whereby_rate_limit_data import WherebyRateLimitData
from .whereby_rate_limit_error import WherebyRateLimitError
from .whereby_recording_event_data import WherebyRecordingEventData
from .whereby_recording_event_status import WherebyRecordingEventStatus
from .whereby_recording_file_format import WherebyRecordingFileFormat
from .whereby_recording_finished_event import WherebyRecordingFinishedEvent
from .whereby_recording_sort_by import WherebyRecordingSortBy
from .whereby_recording_start_trigger import WherebyRecordingStartTrigger
from .whereby_recording_type import WherebyRecordingType
from .whereby_role_name import WherebyRoleName
from .whereby_room_background_palette import WherebyRoomBackgroundPalette
from .whereby_room_background_preset import WherebyRoomBackgroundPreset
from .whereby_room_background_theme import WherebyRoomBackgroundTheme
from .whereby_room_client_joined_event import WherebyRoomClientJoinedEvent
from .whereby_room_client_knock_cancelled_event import WherebyRoomClientKnockCancelledEvent
from .whereby_room_client_knocked_event import WherebyRoomClientKnockedEvent
from .whereby_room_client_left_event import WherebyRoomClientLeftEvent
from .whereby_room_image_upload import WherebyRoomImageUpload
from .whereby_room_logo_reset import WherebyRoomLogoReset
from .whereby_room_logo_theme import WherebyRoomLogoTheme
from .whereby_room_mode import WherebyRoomMode
from .whereby_room_name_pattern import WherebyRoomNamePattern
from .whereby_room_session_ended_event import WherebyRoomSessionEndedEvent
from .whereby_room_session_started_event import WherebyRoomSessionStartedEvent
from .whereby_room_theme_colors import WherebyRoomThemeColors
from .whereby_room_theme_tokens import WherebyRoomThemeTokens
from .whereby_room_theme_tokens_request import WherebyRoomThemeTokensRequest
from .whereby_soap_note import WherebySoapNote
from .whereby_storage_authentication_type import WherebyStorageAuthenticationType
from .whereby_storage_provider import WherebyStorageProvider
from .whereby_streaming_start_trigger import WherebyStreamingStartTrigger
from .whereby_summary_content import WherebySummaryContent
from .whereby_summary_sort_by import WherebySummarySortBy
from .whereby_summary_state import WherebySummaryState
from .whereby_summary_template import WherebySummaryTemplate
from .whereby_theme_tokens_preset import WherebyThemeTokensPreset
from .whereby_transcription_event_data import WherebyTranscriptionEventData
from .whereby_transcription_failed_event import WherebyTranscriptionFailedEvent
from .whereby_transcription_failed_event_data import WherebyTranscriptionFailedEventData
from .whereby_transcription_finished_event import WherebyTranscriptionFinishedEvent
from .whereby_transcription_finished_event_data import WherebyTranscriptionFinishedEventData
from .whereby_transcription_language import WherebyTranscriptionLanguage
from .whereby_transcription_sort_by import WherebyTranscriptionSortBy
from .whereby_transcription_started_event import WherebyTranscriptionStartedEvent
from .whereby_transcription_state import WherebyTranscriptionState
from .whereby_transcription_storage_type import WherebyTranscriptionStorageType
from .whereby_transcription_type import WherebyTranscriptionType

__all__ = (
    "ActiveSession",
    "BulkDeleteRecordingsRequest",
    "BulkDeleteTranscriptionsRequest",
    "ChargeDetail",
    "Conference",
    "ConferenceList",
    "ConferenceMetaType0",
    "ConferenceSize",
    "ConferenceToken",
    "ConferenceTokenList",
    "CreateConferenceRequest",
    "CreateMeetingRequest",
    "CreateRoomRequest",
    "CreateRoomRequestMeta",
    "CreateStreamRequest",
    "CreateSummaryRequest",
    "CreateSummaryResponse",
    "CreateTranscriptionRequest",
    "CreateTranscriptionResponse",
    "DiscardedLog",
    "InsightsCreatedAtFilter",
    "InsightsParticipant",
    "InsightsParticipantDetail",
    "InsightsParticipantList",
    "InsightsParticipantSamples",
    "InsightsRoom",
    "InsightsRoomList",
    "InsightsRoomNameFilter",
    "InsightsRoomSession",
    "InsightsRoomSessionList",
    "JoinAs",
    "Log",
    "LogList",
    "LogSource",
    "LogStatus",
    "LogType",
    "MediaAllowed",
    "Meeting",
    "MeetingDialIn",
    "MeetingDialInPhoneNumber",
    "MeetingList",
    "MeetingLiveTranscriptionSettings",
    "MeetingRecordingDestination",
    "MeetingRecordingSettings",
    "MeetingRoomNameFilter",
    "MeetingRoomPreferences",
    "MeetingStreamingDestination",
    "MeetingStreamingSettings",
    "MeetingTranscriptionDestination",
    "PaginationLinks",
    "Recording",
    "RecordingList",
    "Room",
    "RoomList",
    "RoomMetaType0",
    "RoomRecording",
    "RoomRecordingList",
    "RoomRecordingStatus",
    "RoomSession",
    "RoomSessionEvent",
    "RoomSessionEventList",
    "RoomSessionEventPayload",
    "RoomSessionList",
    "RoomSessionMember",
    "RoomSessionMemberList",
    "RoomSessionStatus",
    "RoomToken",
    "RoomTokenPermission",
    "RoomTokenRequest",
    "RoomTokenRequestMeta",
    "RoomTokenRequestRoomMeta",
    "SignalWireError",
    "SignalWireErrorItem",
    "SignalWireValidationError",
    "Stream",
    "StreamList",
    "Summary",
    "SummaryList",
    "Transcription",
    "TranscriptionList",
    "UpdateConferenceRequest",
    "UpdateRoomRequest",
    "UpdateRoomRequestMeta",
    "UpdateStreamRequest",
    "VideoFps",
    "VideoLayout",
    "VideoQuality",
    "WherebyAccessLink",
    "WherebyAssistantRequestedEvent",
    "WherebyClientCountsByRole",
    "WherebyClientEventData",
    "WherebyClientJoinLeaveEventData",
    "WherebyError",
    "WherebyErrorData",
    "WherebyEventEnvelope",
    "WherebyExtendedSoapNote",
    "WherebyInRoomEventData",
    "WherebyLiveTranscriptionStartTrigger",
    "WherebyMeetingField",
    "WherebyMeetingTemplateType",
    "WherebyRateLimitData",
    "WherebyRateLimitError",
    "WherebyRecordingEventData",
    "WherebyRecordingEventStatus",
    "WherebyRecordingFileFormat",
    "WherebyRecordingFinishedEvent",
    "WherebyRecordingSortBy",
    "WherebyRecordingStartTrigger",
    "WherebyRecordingType",
    "WherebyRoleName",
    "WherebyRoomBackgroundPalette",
    "WherebyRoomBackgroundPreset",
    "WherebyRoomBackgroundTheme",
    "WherebyRoomClientJoinedEvent",
    "WherebyRoomClientKnockCancelledEvent",
    "WherebyRoomClientKnockedEvent",
    "WherebyRoomClientLeftEvent",
    "WherebyRoomImageUpload",
    "WherebyRoomLogoReset",
    "WherebyRoomLogoTheme",
    "WherebyRoomMode",
    "WherebyRoomNamePattern",
    "WherebyRoomSessionEndedEvent",
    "WherebyRoomSessionStartedEvent",
    "WherebyRoomThemeColors",
    "WherebyRoomThemeTokens",
    "WherebyRoomThemeTokensRequest",
    "WherebySoapNote",
    "WherebyStorageAuthenticationType",
    "WherebyStorageProvider",
    "WherebyStreamingStartTrigger",
    "WherebySummaryContent",
    "WherebySummarySortBy",
    "WherebySummaryState",
    "WherebySummaryTemplate",
    "WherebyThemeTokensPreset",
    "WherebyTranscriptionEventData",
    "WherebyTranscriptionFailedEvent",
    "WherebyTranscriptionFailedEventData",
    "WherebyTranscriptionFinishedEvent",
    "WherebyTranscriptionFinishedEventData",
    "WherebyTranscriptionLanguage",
    "WherebyTranscriptionSortBy",
    "WherebyTranscriptionStartedEvent",
    "WherebyTranscriptionState",
    "WherebyTranscriptionStorageType",
    "WherebyTranscriptionType",
)
