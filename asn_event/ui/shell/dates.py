"""Dates, times and numbers on screen, in the interface language, through QLocale (Qt's own CLDR data).

Indonesian: "Senin, 30 November 2026", "pukul 09.00 WIB", "4,11". English: "Monday, 30 November
2026", "09:00 WIB", "4.11". Paper (PDFs, official sheets) stays Indonesian and uses
:mod:`asn_event.formatting` (babel, no Qt); both follow CLDR, so screen and paper read alike.
Times of stored (UTC) moments are shown in WIB.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from asn_event.clock import to_wib


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def long_date(value: date) -> str:
    """``Senin, 17 November 2025``."""
    return QLocale().toString(_qdate(value), "dddd, d MMMM yyyy")


def short_date(value: date) -> str:
    """``Senin, 17 Nov 2025``."""
    return QLocale().toString(_qdate(value), "dddd, d MMM yyyy")


def day_month(value: date) -> str:
    """``Senin, 17 Nov``: short form for headers."""
    return QLocale().toString(_qdate(value), "dddd, d MMM").replace(".", "")


def date_only(value: date) -> str:
    """``17 November 2025``."""
    return QLocale().toString(_qdate(value), "d MMMM yyyy")


def _indonesian() -> bool:
    return QLocale().language() == QLocale.Language.Indonesian


def clock_time(value: time | datetime) -> str:
    """``09.00`` in Indonesian, ``09:00`` in English; a stored moment is shown in WIB."""
    if isinstance(value, datetime):
        value = to_wib(value).time()
    separator = "." if _indonesian() else ":"
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def time_format() -> str:
    """The display format of a time field: ``HH.mm`` in Indonesian, ``HH:mm`` in English."""
    return "HH.mm" if _indonesian() else "HH:mm"


def at_time(value: time | datetime) -> str:
    """``pukul 09.00 WIB`` / ``09:00 WIB``."""
    return QCoreApplication.translate("Dates", "pukul %1 WIB").replace("%1", clock_time(value))


def number(value: float | None, digits: int = 2) -> str:
    """``4,11`` / ``4.11``; ``-`` for no value."""
    if value is None:
        return "-"
    return QLocale().toString(float(value), "f", digits)
