"""What a scan (or a manual check-in) did, as a typed result the desk maps to colour, sound and words."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from asn_event.formatting import clock_time


class ScanStatus(enum.StrEnum):
    """The outcome of one scan. The value is what the scan log and ``--json`` carry."""

    ACCEPTED = "accepted"  # checked in now
    ALREADY = "already"  # checked in before (first time and desk in the result)
    UNKNOWN = "unknown"  # not one of our codes: a URL, a product barcode, scanner garbage
    PARTIAL = "partial"  # starts like our code but is cut or garbled: scan again
    WRONG_EVENT = "wrong_event"  # a code of another event
    FORGED = "forged"  # names this event but the signature does not match: altered or invented
    NOT_REGISTERED = "not_registered"  # a genuine code whose registration no longer exists

    @property
    def tone(self) -> Tone:
        if self is ScanStatus.ACCEPTED:
            return Tone.SUCCESS
        if self is ScanStatus.ALREADY:
            return Tone.WARNING
        return Tone.DANGER


class Tone(enum.Enum):
    """Green, amber or red: the banner colour and the sound."""

    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"

    @property
    def sound_file(self) -> str:
        """The bundled WAV in ``resources/sounds`` played for this tone."""
        return {"success": "accepted.wav", "warning": "already.wav", "danger": "refused.wav"}[self.value]


class DeskAction(enum.StrEnum):
    """Scan-log entries that are not scans."""

    MANUAL = "manual"  # checked in from the name/NIP search
    WALK_IN = "walk_in"  # registered at the desk and checked in
    UNDO = "undo"  # a check-in taken back, with a reason
    SIGNATURE = "signature"  # signature captured after check-in
    SIGNATURE_SKIPPED = "signature_skipped"


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


def _sentence(text: str) -> str:
    """End a sentence with one full stop, also after a name that ends in a title ("A.Md.Kep.")."""
    return text if text.endswith(".") else f"{text}."


def describe(result: ScanResult) -> str:
    status = result.status
    if status is ScanStatus.ACCEPTED:
        when = clock_time(result.checked_in_at) if result.checked_in_at else ""
        welcome = _sentence(f"Selamat datang, {result.name}")
        return f"{welcome} Check-in pukul {when} di {result.desk or 'meja'}."
    if status is ScanStatus.ALREADY:
        when = clock_time(result.checked_in_at) if result.checked_in_at else "?"
        where = f" di {result.desk}" if result.desk else ""
        return f"{result.name} sudah check-in pukul {when}{where}. Tidak perlu dipindai lagi."
    if status is ScanStatus.PARTIAL:
        return "Kode terbaca sebagian. Pindai ulang pelan-pelan, kode harus utuh dan tidak terlipat."
    if status is ScanStatus.WRONG_EVENT:
        which = f" ({result.other_event})" if result.other_event else ""
        return (
            f"Undangan ini untuk acara lain{which}. Tanyakan undangan acara hari ini, "
            "atau cari nama peserta di kolom atas."
        )
    if status is ScanStatus.FORGED:
        return (
            "Kode tidak sah: sudah diubah atau bukan dari panitia. Cari nama peserta di kolom atas "
            "dan laporkan ke panitia."
        )
    if status is ScanStatus.NOT_REGISTERED:
        return "Undangan ini sudah tidak terdaftar. Cari nama peserta di kolom atas, atau daftarkan sebagai peserta baru."
    return "Kode tidak dikenal. Cari nama peserta di kolom atas."
