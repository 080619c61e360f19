from enum import StrEnum


class WherebySummaryState(StrEnum):
    """Processing state of a summary. It is `in_progress` while the job runs (the content is then empty) and `ready`
    once the content is written; Whereby's reference example shows `completed` as well. Poll until it changes, since
    no webhook announces a finished summary.

    A value the contract does not list is kept as received, with `is_unknown` set.
    """

    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "WherebySummaryState | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
