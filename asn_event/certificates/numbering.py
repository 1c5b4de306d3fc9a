"""Certificate number patterns such as ``800/{seq:03d}/417.405/{year}``.

The organizer writes the pattern once per event; the sequence number comes from the database and
never changes once a certificate is issued. Placeholders:

``{seq}`` (required, the sequence number, e.g. ``{seq:03d}`` for 001), ``{year}``, ``{month}``,
``{month_roman}`` (XI), ``{day}`` and ``{event}`` (the event code).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date

from asn_event.certificates.signing import SEP
from asn_event.domain.errors import Refused

DEFAULT_PATTERN = "800/{seq:03d}/417.405/{year}"
MAX_NUMBER_CHARS = 80
PLACEHOLDERS = ("seq", "year", "month", "month_roman", "day", "event")

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SEQ_SPEC_RE = re.compile(r"^(0?[1-9]d)?$|^d$")


class NumberPatternError(Refused, ValueError):
    """The organizer's number pattern cannot make certificate numbers; ``code`` says why
    (``pattern_empty``, ``pattern_unknown`` ..., worded by ``asn_event.words``)."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, example=DEFAULT_PATTERN, plain="{seq}", padded="{seq:03d}", **params)


@dataclass(frozen=True, slots=True)
class NumberPattern:
    text: str

    @classmethod
    def parse(cls, text: str) -> NumberPattern:
        """Check a pattern as typed; raise :class:`NumberPatternError` with what to fix."""
        pattern = text.strip()
        if not pattern:
            raise NumberPatternError("pattern_empty")
        try:
            parts = list(string.Formatter().parse(pattern))
        except ValueError as error:
            raise NumberPatternError("pattern_braces") from error
        seq_count = 0
        for _literal, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in PLACEHOLDERS:
                known = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
                raise NumberPatternError("pattern_unknown", placeholder=f"{{{name}}}", known=known)
            if conversion:
                raise NumberPatternError(
                    "pattern_conversion", placeholder=f"{{{name}}}", conversion=f"!{conversion}"
                )
            if name == "seq":
                seq_count += 1
                if not _SEQ_SPEC_RE.match(spec or ""):
                    raise NumberPatternError("pattern_seq_format", placeholder=f"{{seq:{spec}}}")
        if seq_count != 1:
            raise NumberPatternError("pattern_seq_count")
        result = cls(pattern)
        try:
            sample = result.format(999, date(2025, 12, 31), "KODE-ACARA-PANJANG")
        except (ValueError, IndexError, KeyError) as error:
            raise NumberPatternError("pattern_unusable", reason=str(error)) from error
        if len(sample) > MAX_NUMBER_CHARS:
            raise NumberPatternError("pattern_too_long", limit=MAX_NUMBER_CHARS)
        if SEP in sample or "\n" in sample:
            raise NumberPatternError("pattern_separator")
        return result

    def format(self, seq: int, on: date, event_code: str = "") -> str:
        """The certificate number for sequence ``seq`` of an event held ``on``."""
        return self.text.format(
            seq=seq,
            year=on.year,
            month=f"{on.month:02d}",
            month_roman=_ROMAN[on.month - 1],
            day=f"{on.day:02d}",
            event=event_code,
        )
