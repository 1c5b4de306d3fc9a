"""The scan path before the registration lookup: is this text a genuine code of this event?

Pure and database-free: the service hands in the current event's id and secret and a way to find
another event's secret. Every text gives a :class:`Verdict`; none raises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from asn_event.checkin.result import ScanStatus
from asn_event.tokens import ParsedCode, ScanKind, ScanReading, read_scan, verify_code


@dataclass(frozen=True, slots=True)
class Verdict:
    """``status`` None means: a genuine code of this event, look up ``code.registration_id``."""

    reading: ScanReading
    status: ScanStatus | None
    code: ParsedCode | None = None
    other_event_id: int | None = None


def judge(
    raw: str,
    event_id: int,
    secret: bytes,
    secret_of: Callable[[int], bytes | None] = lambda _event_id: None,
) -> Verdict:
    """Classify ``raw`` for the event ``event_id`` signed with ``secret``.

    ``secret_of(other_id)`` returns another event's secret when this database knows that event, so
    a code of another event is told apart from an altered one.
    """
    reading = read_scan(raw)
    if reading.kind is ScanKind.PARTIAL:
        return Verdict(reading, ScanStatus.PARTIAL)
    if reading.kind is not ScanKind.CODE:
        return Verdict(reading, ScanStatus.UNKNOWN)
    ours = [code for code in reading.candidates if code.event_id == event_id]
    for code in ours:
        if verify_code(secret, code):
            return Verdict(reading, None, code)
    if ours:
        return Verdict(reading, ScanStatus.FORGED, ours[0])
    unknown_event: ParsedCode | None = None
    for code in reading.candidates:
        other_secret = secret_of(code.event_id)
        if other_secret is None:
            unknown_event = unknown_event or code
        elif verify_code(other_secret, code):
            return Verdict(reading, ScanStatus.WRONG_EVENT, code, code.event_id)
    if unknown_event is not None:
        # An event this database never had (another laptop's, or an id altered into nowhere).
        return Verdict(reading, ScanStatus.WRONG_EVENT, unknown_event, unknown_event.event_id)
    return Verdict(reading, ScanStatus.FORGED, reading.candidates[0])
