from enum import StrEnum


class WherebyMeetingField(StrEnum):
    """An optional meeting field that can be requested (`hostRoomUrl`, `viewerRoomUrl`, or `dialIn` for the closed-beta
    dial-in details).

    A value the contract does not list is kept as received, with `is_unknown` set.
    """

    DIAL_IN = "dialIn"
    HOST_ROOM_URL = "hostRoomUrl"
    VIEWER_ROOM_URL = "viewerRoomUrl"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "WherebyMeetingField | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
