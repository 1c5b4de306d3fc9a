"""How every desk outcome looks, sounds and reads: one table, used by the banner, the sounds and the log.

A scan status has a tone (``asn_event.domain.ScanStatus.tone``); each tone has one colour pair, one
icon, one sound and one mark. The words for the scan-log list come from :func:`status_word`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from asn_event.domain import DeskAction, ScanStatus, Tone
from asn_event.ui.shell import theme


@dataclass(frozen=True, slots=True)
class Look:
    colours: theme.Tone
    icon: str  # a bundled icon name (resources/icons)
    sound: str  # a bundled WAV in resources/sounds
    mark: str  # the sign before a line of the recent-scans list


LOOKS: dict[Tone, Look] = {
    Tone.SUCCESS: Look(theme.SUCCESS, "circle-check", "accepted.wav", "✔"),
    Tone.WARNING: Look(theme.WARNING, "triangle-alert", "already.wav", "⚠"),
    Tone.DANGER: Look(theme.DANGER, "circle-x", "refused.wav", "✖"),
}


def mark_for(status: str) -> str:
    """The mark of one scan-log line (a scan status or a desk action)."""
    if status == DeskAction.UNDO:
        return "↺"
    if status in (DeskAction.WALK_IN, DeskAction.MANUAL):
        return LOOKS[Tone.SUCCESS].mark
    if status in (DeskAction.SIGNATURE, DeskAction.SIGNATURE_SKIPPED):
        return "✍"  # a signature taken or skipped: not a refused code
    try:
        return LOOKS[ScanStatus(status).tone].mark
    except ValueError:
        return LOOKS[Tone.DANGER].mark


def status_word(status: str) -> str:
    """A refused scan's short name in the recent-scans list (a person's name stands for the others)."""
    translate = QCoreApplication.translate
    words = {
        ScanStatus.UNKNOWN: translate("CheckinPage", "Kode tidak dikenal"),
        ScanStatus.PARTIAL: translate("CheckinPage", "Kode terpotong"),
        ScanStatus.WRONG_EVENT: translate("CheckinPage", "Undangan acara lain"),
        ScanStatus.FORGED: translate("CheckinPage", "Kode tidak sah"),
        ScanStatus.NOT_REGISTERED: translate("CheckinPage", "Tidak terdaftar"),
    }
    return words.get(status, status)  # type: ignore[call-overload]
