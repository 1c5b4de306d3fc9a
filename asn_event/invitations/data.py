"""What an invitation shows, as plain data, and file names made from people's names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from asn_event.filenames import not_reserved, unique_names
from asn_event.formatting import at_time, long_date
from asn_event.names import PREFIX_TITLES, clean_display
from asn_event.text_limits import clean

MAX_STEM = 60


@dataclass(frozen=True, slots=True)
class InvitationEvent:
    title: str
    date: date
    start_time: time
    venue: str
    organizer: str = ""
    theme: str = ""

    @property
    def when(self) -> str:
        """``Senin, 17 November 2025, pukul 08.00 WIB``."""
        return f"{long_date(self.date)}, {at_time(self.start_time)}"


@dataclass(frozen=True, slots=True)
class Invitation:
    registration_id: int
    name: str  # with titles, as written
    unit: str
    position: str
    code: str  # the signed invitation code the QR carries
    nip: str | None = None  # for the index sheet next to the pictures
    phone: str = ""


def _plain_words(name: str) -> list[str]:
    head = clean_display(name).partition(",")[0]
    folded = unicodedata.normalize("NFKD", head)
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    words = [re.sub(r"[^A-Za-z0-9-]", "", w) for w in ascii_text.split()]
    words = [w for w in words if w.strip("-")]
    while len(words) > 1 and words[0].lower() in PREFIX_TITLES:
        words.pop(0)
    return words


def safe_filename(name: str, fallback: str = "peserta") -> str:
    """A file stem from a person's name, safe on Windows, macOS and Linux: ``Siti_Aminah``."""
    return not_reserved("_".join(_plain_words(clean(name)))[:MAX_STEM].strip("_-") or fallback)


def unique_filenames(names: Iterable[str], suffix: str) -> list[str]:
    """One file name per name, in order; the same name twice gets ``_2``, ``_3`` (case-insensitive)."""
    return unique_names((safe_filename(name) for name in names), suffix)
