from enum import StrEnum


class VideoLayout(StrEnum):
    FIVE_UP = "5up"
    GRID_10X10 = "10x10"
    GRID_1X1 = "1x1"
    GRID_2X1 = "2x1"
    GRID_2X2 = "2x2"
    GRID_3X3 = "3x3"
    GRID_4X4 = "4x4"
    GRID_5X5 = "5x5"
    GRID_6X6 = "6x6"
    GRID_8X8 = "8x8"
    GRID_RESPONSIVE = "grid-responsive"
    GRID_RESPONSIVE_MOBILE = "grid-responsive-mobile"
    HIGHLIGHT_1_RESPONSIVE = "highlight-1-responsive"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "VideoLayout | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
