"""Dates on screen, in the interface language, through QLocale (Qt's own CLDR data).

Paper (PDFs) uses :mod:`asn_event.formatting` (babel), which needs no Qt. Both follow CLDR, so
"Senin, 17 November 2025" reads the same on screen and on paper.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def long_date(value: date) -> str:
    """``Senin, 17 November 2025``."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd, d MMMM yyyy")


def short_date(value: date) -> str:
    """``Senin, 17 Nov 2025``."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd, d MMM yyyy")
