from enum import StrEnum


class WherebyRecordingStartTrigger(StrEnum):
    """Recording start condition; `none` means started by hand, `prompt` asks the first permitted user, `automatic`
    starts when the first participant joins, `automatic-2nd-participant` when the second joins.

    A value the contract does not list is kept as received, with `is_unknown` set.
    """

    AUTOMATIC = "automatic"
    AUTOMATIC_2ND_PARTICIPANT = "automatic-2nd-participant"
    NONE = "none"
    PROMPT = "prompt"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "WherebyRecordingStartTrigger | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
