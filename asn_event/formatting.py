"""Indonesian dates and times as people write them: "Senin, 17 November 2025", "pukul 09.00 WIB"."""

from __future__ import annotations

from datetime import date, datetime, time

from asn_event.clock import to_wib


def long_date(value: date, locale: str = "id") -> str:
    """``Senin, 17 November 2025`` (or ``Monday, 17 November 2025`` in English)."""
    from babel.dates import format_date  # imported when first needed: it loads locale data
    return format_date(value, "EEEE, d MMMM y", locale=locale)


def day_month(value: date, locale: str = "id") -> str:
    """``Senin, 17 Nov``: short form for headers."""
    from babel.dates import format_date
    return format_date(value, "EEEE, d MMM", locale=locale).replace("Nov.", "Nov")


def date_only(value: date, locale: str = "id") -> str:
    """``17 November 2025``."""
    from babel.dates import format_date
    return format_date(value, "d MMMM y", locale=locale)


def clock_time(value: time | datetime) -> str:
    """``09.00``: Indonesian writes a dot between hours and minutes. Datetimes are shown in WIB."""
    if isinstance(value, datetime):
        value = to_wib(value).time()
    return f"{value.hour:02d}.{value.minute:02d}"


def at_time(value: time | datetime) -> str:
    """``pukul 09.00 WIB``."""
    return f"pukul {clock_time(value)} WIB"


def duration_mmss(seconds: float) -> str:
    """``12:05`` or ``1:02:03``; negative values get a minus sign. Used by the stage timer."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"
