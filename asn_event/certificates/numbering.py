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

DEFAULT_PATTERN = "800/{seq:03d}/417.405/{year}"
MAX_NUMBER_CHARS = 80
PLACEHOLDERS = ("seq", "year", "month", "month_roman", "day", "event")

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SEQ_SPEC_RE = re.compile(r"^(0?[1-9]d)?$|^d$")
_HINT = "Contoh: 800/{seq:03d}/417.405/{year}."


class NumberPatternError(ValueError):
    """The organizer's number pattern cannot make certificate numbers; the message says why."""


@dataclass(frozen=True, slots=True)
class NumberPattern:
    text: str

    @classmethod
    def parse(cls, text: str) -> NumberPattern:
        """Check a pattern as typed; raise :class:`NumberPatternError` with what to fix."""
        pattern = text.strip()
        if not pattern:
            raise NumberPatternError(f"Pola nomor masih kosong. {_HINT}")
        try:
            parts = list(string.Formatter().parse(pattern))
        except ValueError as error:
            raise NumberPatternError(
                f"Pola nomor tidak bisa dibaca: kurung kurawal {{ }} tidak berpasangan. {_HINT}"
            ) from error
        seq_count = 0
        for _literal, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in PLACEHOLDERS:
                known = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
                raise NumberPatternError(
                    f"Pola nomor memuat {{{name}}} yang tidak dikenal. Yang bisa dipakai: {known}."
                )
            if conversion:
                raise NumberPatternError(f"Pola nomor: tulis {{{name}}} tanpa '!{conversion}'.")
            if name == "seq":
                seq_count += 1
                if not _SEQ_SPEC_RE.match(spec or ""):
                    raise NumberPatternError(
                        f"Pola nomor: format {{seq:{spec}}} tidak dikenal. Pakai {{seq}} atau "
                        "{seq:03d} (tiga angka: 001)."
                    )
        if seq_count != 1:
            raise NumberPatternError(f"Pola nomor harus memuat {{seq}} (nomor urut) tepat satu kali. {_HINT}")
        result = cls(pattern)
        try:
            sample = result.format(999, date(2025, 12, 31), "KODE-ACARA-PANJANG")
        except (ValueError, IndexError, KeyError) as error:
            raise NumberPatternError(f"Pola nomor tidak bisa dipakai ({error}). {_HINT}") from error
        if len(sample) > MAX_NUMBER_CHARS:
            raise NumberPatternError(
                f"Nomor yang dihasilkan terlalu panjang (lebih dari {MAX_NUMBER_CHARS} huruf). Persingkat polanya."
            )
        if SEP in sample or "\n" in sample:
            raise NumberPatternError("Pola nomor tidak boleh memuat tanda '|' atau pindah baris.")
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
