"""The enums every layer shares. Values are what the database, the scan log and ``--json`` carry."""

from __future__ import annotations

import enum


class ScanStatus(enum.StrEnum):
    """The outcome of one scan."""

    ACCEPTED = "accepted"  # checked in now
    ALREADY = "already"  # checked in before (first time and desk in the result)
    UNKNOWN = "unknown"  # not one of our codes: a URL, a product barcode, scanner garbage
    PARTIAL = "partial"  # starts like our code but is cut or garbled: scan again
    WRONG_EVENT = "wrong_event"  # a code of another event
    FORGED = "forged"  # names this event but the signature does not match: altered or invented
    NOT_REGISTERED = "not_registered"  # a genuine code whose registration no longer exists

    @property
    def tone(self) -> Tone:
        if self is ScanStatus.ACCEPTED:
            return Tone.SUCCESS
        if self is ScanStatus.ALREADY:
            return Tone.WARNING
        return Tone.DANGER


class Tone(enum.Enum):
    """Green, amber or red: how urgent a result is. The UI's status table gives colour and sound."""

    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"


class DeskAction(enum.StrEnum):
    """Scan-log entries that are not scans."""

    MANUAL = "manual"  # checked in from the name/NIP search
    WALK_IN = "walk_in"  # registered at the desk and checked in
    UNDO = "undo"  # a check-in taken back, with a reason
    SIGNATURE = "signature"  # signature captured after check-in
    SIGNATURE_SKIPPED = "signature_skipped"


class Employment(enum.StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"
    NON_ASN = "non-ASN"


class RegistrationSource(enum.StrEnum):
    ROSTER = "roster"
    WALK_IN = "walk_in"
    MANUAL = "manual"


class QuestionKind(enum.StrEnum):
    LIKERT5 = "likert5"
    SATISFACTION4 = "satisfaction4"
    SINGLE = "single"
    MULTIPLE = "multiple"
    RATING10 = "rating10"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"


class TimerState(enum.StrEnum):
    """Where the stage timer stands (stored with the timer state)."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
