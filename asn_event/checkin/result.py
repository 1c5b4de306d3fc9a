"""What a scan (or a manual check-in) did, as a typed result the desk maps to colour, sound and words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from asn_event.domain.enums import DeskAction, ScanStatus, Tone
from asn_event.formatting import clock_time

__all__ = ["DeskAction", "ScanResult", "ScanStatus", "Tone", "describe"]


@dataclass(frozen=True, slots=True)
class ScanResult:
    status: ScanStatus
    raw: str = ""  # the cleaned scanned text (empty for a manual check-in)
    registration_id: int | None = None
    name: str = ""
    nip: str | None = None
    unit: str = ""
    position: str = ""
    checked_in_at: datetime | None = None  # now for accepted, the first check-in for already
    desk: str = ""  # the desk of that check-in
    other_event: str = ""  # for wrong_event: the title of the code's event, when this database knows it

    @property
    def tone(self) -> Tone:
        return self.status.tone

    @property
    def known_person(self) -> bool:
        return self.registration_id is not None and bool(self.name)

    @property
    def reason(self) -> str:
        """One Indonesian line: what happened and what to do (command line, scan log, tooltips)."""
        return describe(self)


def scan_params(result: ScanResult, time_text: str) -> dict[str, str]:
    """What the words for a scan result are filled with (``time_text``: the check-in time as worded)."""
    other = f" ({result.other_event})" if result.other_event else ""
    # a name that ends in a title ("A.Md.Kep.") ends the sentence with its own full stop
    return {"name": result.name.removesuffix("."), "time": time_text, "desk": result.desk or "-", "other": other}


def describe(result: ScanResult) -> str:
    """The Indonesian sentence (command line, logs); the UI words it through its own translation."""
    from asn_event.words import scan_text

    when = clock_time(result.checked_in_at) if result.checked_in_at else "?"
    return scan_text(result.status, scan_params(result, when))
