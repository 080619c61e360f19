from enum import StrEnum


class RoomTokenPermission(StrEnum):
    """A capability granted to the holder of a room or conference token: `room.self.*` acts on the holder,
    `room.member.*` on other members, other `room.*` values on the room itself. The list grows with SignalWire's
    SDKs, so it is extensible: a permission not listed here is sent as given, with a warning. Seeking in a playback
    is listed twice, as `room.playback_seek` and as `room.playback.seek`: SignalWire's documents spell it both ways
    and do not say which one the server honours, so a token may carry both.

    A value the contract does not list is kept as received, with `is_unknown` set.
    """

    ROOM_HIDE_VIDEO_MUTED = "room.hide_video_muted"
    ROOM_LIST_AVAILABLE_LAYOUTS = "room.list_available_layouts"
    ROOM_LOCK = "room.lock"
    ROOM_MEMBER_AUDIO_MUTE = "room.member.audio_mute"
    ROOM_MEMBER_AUDIO_UNMUTE = "room.member.audio_unmute"
    ROOM_MEMBER_DEAF = "room.member.deaf"
    ROOM_MEMBER_DEMOTE = "room.member.demote"
    ROOM_MEMBER_LOWERHAND = "room.member.lowerhand"
    ROOM_MEMBER_PROMOTE = "room.member.promote"
    ROOM_MEMBER_RAISEHAND = "room.member.raisehand"
    ROOM_MEMBER_REMOVE = "room.member.remove"
    ROOM_MEMBER_SET_INPUT_SENSITIVITY = "room.member.set_input_sensitivity"
    ROOM_MEMBER_SET_INPUT_VOLUME = "room.member.set_input_volume"
    ROOM_MEMBER_SET_META = "room.member.set_meta"
    ROOM_MEMBER_SET_OUTPUT_VOLUME = "room.member.set_output_volume"
    ROOM_MEMBER_SET_POSITION = "room.member.set_position"
    ROOM_MEMBER_UNDEAF = "room.member.undeaf"
    ROOM_MEMBER_VIDEO_MUTE = "room.member.video_mute"
    ROOM_MEMBER_VIDEO_UNMUTE = "room.member.video_unmute"
    ROOM_PLAYBACK = "room.playback"
    ROOM_PLAYBACK_SEEK = "room.playback_seek"
    ROOM_PLAYBACK_SEEK_DOTTED = "room.playback.seek"
    ROOM_PRIORITIZE_HANDRAISE = "room.prioritize_handraise"
    ROOM_RECORDING = "room.recording"
    ROOM_SELF_ADDITIONAL_SOURCE = "room.self.additional_source"
    ROOM_SELF_AUDIO_MUTE = "room.self.audio_mute"
    ROOM_SELF_AUDIO_UNMUTE = "room.self.audio_unmute"
    ROOM_SELF_DEAF = "room.self.deaf"
    ROOM_SELF_LOWERHAND = "room.self.lowerhand"
    ROOM_SELF_RAISEHAND = "room.self.raisehand"
    ROOM_SELF_SCREENSHARE = "room.self.screenshare"
    ROOM_SELF_SET_INPUT_SENSITIVITY = "room.self.set_input_sensitivity"
    ROOM_SELF_SET_INPUT_VOLUME = "room.self.set_input_volume"
    ROOM_SELF_SET_META = "room.self.set_meta"
    ROOM_SELF_SET_OUTPUT_VOLUME = "room.self.set_output_volume"
    ROOM_SELF_SET_POSITION = "room.self.set_position"
    ROOM_SELF_UNDEAF = "room.self.undeaf"
    ROOM_SELF_VIDEO_MUTE = "room.self.video_mute"
    ROOM_SELF_VIDEO_UNMUTE = "room.self.video_unmute"
    ROOM_SET_LAYOUT = "room.set_layout"
    ROOM_SET_META = "room.set_meta"
    ROOM_SET_POSITION = "room.set_position"
    ROOM_SHOW_VIDEO_MUTED = "room.show_video_muted"
    ROOM_STREAM = "room.stream"
    ROOM_STREAM_START = "room.stream.start"
    ROOM_UNLOCK = "room.unlock"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "RoomTokenPermission | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
