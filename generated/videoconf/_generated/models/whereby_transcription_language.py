from enum import StrEnum


class WherebyTranscriptionLanguage(StrEnum):
    """Language code (BCP 47 style) of the speech to transcribe. Prefer `en` for English. The list changes as Whereby
    adds languages, so it is extensible: a code not listed here is sent as given, with a warning.

    A value the contract does not list is kept as received, with `is_unknown` set.
    """

    CA = "ca"
    CS = "cs"
    DA = "da"
    DE = "de"
    DE_CH = "de-CH"
    EL = "el"
    EN = "en"
    EN_GB = "en-GB"
    EN_US = "en-US"
    ES = "es"
    FI = "fi"
    FR = "fr"
    HI = "hi"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    LV = "lv"
    MS = "ms"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT = "pt"
    PT_BR = "pt-BR"
    RO = "ro"
    RU = "ru"
    SK = "sk"
    SV = "sv"
    TH = "th"
    TR = "tr"
    UK = "uk"
    VI = "vi"
    ZH = "zh"
    ZH_TW = "zh-TW"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this version of the library does not list; it is kept as sent."""
        return type(self).__members__.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "WherebyTranscriptionLanguage | None":
        # A server may add values at any time: keep them instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
