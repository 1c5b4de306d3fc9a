"""Small pieces every report shares: NIP and number display, the saved-file result, refusals."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from asn_event.nip import format_nip  # noqa: F401  (reports import it from here)

# PP 17/2020 and PerLAN 10/2018: every PNS develops competence for at least 20 JP a year.
JP_YEARLY_TARGET = 20


class ReportKind(enum.StrEnum):
    ATTENDANCE_PDF = "attendance"
    EVENT_PDF = "event"
    JP_XLSX = "jp"
    ATTENDANCE_XLSX = "attendance-xlsx"
    ATTENDANCE_CSV = "attendance-csv"
    SIASN_XLSX = "siasn"
    CERTIFICATES_XLSX = "certificates"
    SCANLOG_XLSX = "scanlog"


@dataclass(frozen=True, slots=True)
class SavedReport:
    """A report written to disk: where, what, and what it holds (for the status line)."""

    kind: ReportKind
    path: Path
    rows: int
    pages: int = 0  # PDFs only


class NobodyCheckedIn(ValueError):
    """An attendance list of the present was asked for, but nobody has checked in."""

    def __init__(self, title: str) -> None:
        super().__init__(
            f"Belum ada peserta yang check-in pada acara '{title}', jadi daftar hadir kosong. "
            "Cetak daftar semua peserta terdaftar (dengan jam kosong) untuk tanda tangan di pintu."
        )


def percent(part: int, whole: int) -> str:
    """``83,3%`` (Indonesian decimal comma); ``–`` when there is nothing to divide by."""
    if whole <= 0:
        return "–"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def decimal_id(value: float, places: int = 1) -> str:
    """``4,3``: a number with the Indonesian decimal comma."""
    return f"{value:.{places}f}".replace(".", ",")


def minutes_text(seconds: float) -> str:
    """``12 menit``, ``1 jam 5 menit``; rounded to whole minutes."""
    total = round(abs(seconds) / 60)
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return f"{hours} jam {minutes} menit"
    if hours:
        return f"{hours} jam"
    return f"{minutes} menit"
