from enum import StrEnum


class WherebyRoleName(StrEnum):
    """Role of a participant in a room. `assistant` is a Whereby Assistant (a closed beta) that a host invited in.
    Values not listed are kept as received.

    A value the contract does not list is kept as received, with `is_unknown` set.
    """

    ASSISTANT = "assistant"
    CAPTIONER = "captioner"
    GRANTED_VIEWER = "granted_viewer"
    GRANTED_VISITOR = "granted_visitor"
    HOST = "host"
    MEMBER = "member"
    OWNER = "owner"
    RECORDER = "recorder"
    STREAMER = "streamer"
    VIEWER = "viewer"
    VISITOR = "visitor"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "WherebyRoleName | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
