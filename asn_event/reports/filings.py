"""What the agency files after an event, as sheets: the SIASN course history, the certificate
register and the scan log. Each loader reads in one read-only session and returns plain rows;
``*_records`` turn them into the cells :func:`asn_event.reports.sheets.write_xlsx` writes.

SIASN (BKN's civil-service information system) takes a course (riwayat diklat / kursus) per civil
servant: NIP, name, course, organizer, hours (JP), certificate number and date, year, start and end
date. No official upload template was at hand, so the columns follow the order of SIASN's
"Riwayat Kursus" form; the sheet has its header in row 1 (no caption) so an upload reads it as is.
The NIP there is the 18 digits as text (what an upload matches on); every sheet a person reads
shows it grouped (``19840110 202212 2 002``) through :func:`asn_event.nip.format_nip`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from asn_event import events as event_service
from asn_event.clock import to_wib
from asn_event.db import Database
from asn_event.db.models import Certificate, Person, Registration, ScanLog, Unit
from asn_event.events import EventInfo
from asn_event.names import clean_display
from asn_event.nip import clean_nip, format_nip

SIASN_HEADER = (
    "NIP", "Nama", "Nama Kursus/Diklat", "Institusi Penyelenggara", "Jumlah Jam (JP)", "Nomor Sertifikat",
    "Tanggal Sertifikat", "Tahun", "Tanggal Mulai", "Tanggal Selesai",
)
REGISTER_HEADER = (
    "No", "Nomor sertifikat", "Nama", "NIP", "Unit kerja", "Tanggal terbit", "Dicetak (kali)",
    "Terakhir dicetak", "Kode verifikasi",
)
SCANLOG_HEADER = ("No", "Tanggal", "Jam (WIB)", "Hasil", "Nama", "NIP", "Meja", "Petugas", "Isi pindaian", "Keterangan")

BATCHES = {"yield_per": 2000}  # rows come from the database in batches, not all at once

# The scan log's status values in the words of the desk (documents are Indonesian).
SCAN_WORDS = {
    "accepted": "Diterima", "already": "Sudah check-in", "unknown": "Kode tidak dikenal",
    "partial": "Kode terpotong", "wrong_event": "Undangan acara lain", "forged": "Kode tidak sah",
    "not_registered": "Tidak terdaftar", "manual": "Check-in lewat pencarian nama/NIP",
    "walk_in": "Peserta baru di meja", "undo": "Check-in dibatalkan", "signature": "Tanda tangan direkam",
    "signature_skipped": "Tanda tangan dilewati",
}


def sheet_date(value: date) -> str:
    """``17-11-2025``: the day-month-year text Indonesian forms (and SIASN) use."""
    return f"{value:%d-%m-%Y}"


def _wib_stamp(value: datetime) -> tuple[str, str]:
    local = to_wib(value)
    return sheet_date(local.date()), f"{local:%H.%M.%S}"


@dataclass(frozen=True, slots=True)
class CertificateLine:
    number: str
    name: str
    nip: str | None
    unit: str
    issued_at: datetime
    print_count: int
    last_printed_at: datetime | None
    verification_code: str


def _unit_name():  # type: ignore[no-untyped-def]
    from sqlalchemy import func

    return func.coalesce(Unit.name, "")


def load_certificates(db: Database, event_id: int) -> tuple[EventInfo, tuple[CertificateLine, ...]]:
    """The event and its issued certificates in number order."""
    event = event_service.get_event(db, event_id)
    query = (
        select(
            Certificate.number, Person.name, Person.nip, _unit_name(), Certificate.issued_at,
            Certificate.print_count, Certificate.last_printed_at, Certificate.verification_code,
        )
        .join(Registration, Registration.id == Certificate.registration_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Certificate.event_id == event_id)
        .order_by(Certificate.seq)
    )  # fmt: skip
    with db.readers() as session:
        lines = tuple(
            CertificateLine(number, clean_display(name), nip, unit, issued, count or 0, last, code)
            for number, name, nip, unit, issued, count, last, code in session.execute(
                query, execution_options=BATCHES
            )
        )
    return event, lines


def siasn_records(event: EventInfo, lines: tuple[CertificateLine, ...]) -> Iterator[tuple[Any, ...]]:
    """One course row per certified civil servant (those without an 18-digit NIP are not in SIASN)."""
    day = sheet_date(event.date)
    for line in lines:
        digits = clean_nip(line.nip or "")
        if len(digits) != 18 or not digits.isdigit():
            continue
        yield (digits, line.name, event.title, event.organizer, event.jp_hours, line.number, day,
               event.date.year, day, day)  # fmt: skip


def register_records(lines: tuple[CertificateLine, ...]) -> Iterator[tuple[Any, ...]]:
    return (
        (
            n, line.number, line.name, format_nip(line.nip), line.unit, _wib_stamp(line.issued_at)[0],
            line.print_count, " ".join(_wib_stamp(line.last_printed_at)) if line.last_printed_at else "",
            line.verification_code,
        )
        for n, line in enumerate(lines, start=1)
    )


@dataclass(frozen=True, slots=True)
class ScanLine:
    at: datetime
    status: str
    name: str
    nip: str | None
    desk: str
    staff: str
    raw: str
    detail: str


def load_scan_log(db: Database, event_id: int) -> tuple[EventInfo, tuple[ScanLine, ...]]:
    """Every scan and desk action of the event, oldest first (the audit trail as it happened)."""
    event = event_service.get_event(db, event_id)
    query = (
        select(ScanLog.at, ScanLog.status, Person.name, Person.nip, ScanLog.desk, ScanLog.staff, ScanLog.raw,
               ScanLog.detail)
        .outerjoin(Registration, Registration.id == ScanLog.registration_id)
        .outerjoin(Person, Person.id == Registration.person_id)
        .where(ScanLog.event_id == event_id)
        .order_by(ScanLog.id)
    )  # fmt: skip
    with db.readers() as session:
        lines = tuple(
            ScanLine(at, status, clean_display(name or ""), nip, desk or "", staff or "", raw or "", detail or "")
            for at, status, name, nip, desk, staff, raw, detail in session.execute(
                query, execution_options=BATCHES
            )
        )
    return event, lines


def scanlog_records(lines: tuple[ScanLine, ...]) -> Iterator[tuple[Any, ...]]:
    return (
        (n, *_wib_stamp(line.at), SCAN_WORDS.get(line.status, line.status), line.name, format_nip(line.nip),
         line.desk, line.staff, line.raw, line.detail)
        for n, line in enumerate(lines, start=1)
    )  # fmt: skip
