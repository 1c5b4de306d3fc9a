"""The report actions the Laporan page and ``asn-event report`` offer: read, render, save, say what.

Each is one user action: it reads the database in its own session, writes the file (through a
temporary name, so a failure leaves nothing half-written) and returns a :class:`SavedReport`.
"""

from __future__ import annotations

from pathlib import Path

from asn_event import events as event_service
from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.formatting import long_date
from asn_event.progress import Progress
from asn_event.reports.attendance import blank_for_signing, load_attendance
from asn_event.reports.common import ReportKind, SavedReport
from asn_event.reports.jp import jp_recap
from asn_event.reports.summary import load_event_report


def save_attendance_pdf(
    db: Database, event_id: int, out: Path, *, all_registered: bool = False, progress: Progress | None = None
) -> SavedReport:
    """The Daftar Hadir PDF: those checked in with time and signature, or (``all_registered``) a
    blank list of everyone to sign by hand. Raises ``NobodyCheckedIn`` for a list of the present
    when nobody came."""
    from asn_event.reports.attendance_pdf import render_attendance_pdf

    progress = progress or Progress()
    progress.report(0, 0, "reading_participants")
    sheet = load_attendance(db, event_id, all_registered=all_registered)
    if all_registered:
        sheet = blank_for_signing(sheet)
    pages = render_attendance_pdf(sheet, out, progress)
    return SavedReport(ReportKind.ATTENDANCE_PDF, Path(out), len(sheet.rows), pages)


def save_event_report_pdf(
    db: Database, clock: Clock, event_id: int, out: Path, *, progress: Progress | None = None
) -> SavedReport:
    from asn_event.reports.event_pdf import render_event_report_pdf

    progress = progress or Progress()
    progress.report(0, 0, "counting_summary")
    report = load_event_report(db, clock, event_id)
    progress.report(1, 2, "writing_pdf")
    pages = render_event_report_pdf(report, out)
    return SavedReport(ReportKind.EVENT_PDF, Path(out), report.present, pages)


def save_jp_xlsx(
    db: Database,
    out: Path,
    *,
    year: int | None = None,
    event_id: int | None = None,
    progress: Progress | None = None,
) -> SavedReport:
    """The JP recap workbook: one row per person and year."""
    from asn_event.reports.sheets import JP_HEADER, jp_records, write_xlsx

    progress = progress or Progress()
    progress.report(0, 0, "counting_jp")
    caption = "Rekap Jam Pelajaran (JP) pengembangan kompetensi"
    if event_id is not None:
        event = event_service.get_event(db, event_id)
        year = year or event.date.year
        caption += f" peserta {event.title} ({long_date(event.date)})"
    if year is not None:
        caption += f", tahun {year}"
    rows = jp_recap(db, year=year, event_id=event_id)
    count = write_xlsx(out, "Rekap JP", JP_HEADER, jp_records(rows), caption=caption, widths={8: 60, 3: 36})
    return SavedReport(ReportKind.JP_XLSX, Path(out), count)


def save_attendance_export(
    db: Database, event_id: int, out: Path, *, progress: Progress | None = None
) -> SavedReport:
    """Everyone registered with status, time and desk: ``.csv`` when ``out`` ends so, else ``.xlsx``."""
    from asn_event.reports.sheets import ATTENDANCE_HEADER, attendance_records, write_csv, write_xlsx

    progress = progress or Progress()
    progress.report(0, 0, "reading_participants")
    sheet = load_attendance(db, event_id, all_registered=True)
    records = attendance_records(sheet)
    out = Path(out)
    if out.suffix.lower() == ".csv":
        count = write_csv(out, ATTENDANCE_HEADER, records)
        return SavedReport(ReportKind.ATTENDANCE_CSV, out, count)
    event = sheet.event
    caption = f"Kehadiran {event.title}, {long_date(event.date)}: {sheet.present} hadir dari {sheet.registered}"
    widths = {2: 36, 6: 34, 7: 34}
    count = write_xlsx(out, "Kehadiran", ATTENDANCE_HEADER, records, caption=caption, widths=widths)
    return SavedReport(ReportKind.ATTENDANCE_XLSX, out, count)


def save_siasn_xlsx(db: Database, event_id: int, out: Path, *, progress: Progress | None = None) -> SavedReport:
    """The SIASN course-history sheet (riwayat diklat) of everyone certified who has a NIP."""
    from asn_event.reports.filings import SIASN_HEADER, load_certificates, siasn_records
    from asn_event.reports.sheets import write_xlsx

    (progress or Progress()).report(0, 0, "reading_certificates")
    event, lines = load_certificates(db, event_id)
    records = siasn_records(event, lines)
    count = write_xlsx(out, "Riwayat Diklat", SIASN_HEADER, records, widths={1: 22, 2: 36, 3: 48, 4: 36})
    return SavedReport(ReportKind.SIASN_XLSX, Path(out), count)


def save_certificate_register(
    db: Database, event_id: int, out: Path, *, progress: Progress | None = None
) -> SavedReport:
    """The certificate register: number, name, NIP, unit, date, how often printed."""
    from asn_event.reports.filings import REGISTER_HEADER, load_certificates, register_records
    from asn_event.reports.sheets import write_xlsx

    (progress or Progress()).report(0, 0, "reading_certificates")
    event, lines = load_certificates(db, event_id)
    records = register_records(lines)
    printed = sum(1 for line in lines if line.print_count)
    caption = (
        f"Register sertifikat {event.title}, {long_date(event.date)}: {len(lines)} dibuat, "
        f"{printed} dicetak dari aplikasi"
    )
    widths = {3: 36, 5: 34}
    count = write_xlsx(out, "Register Sertifikat", REGISTER_HEADER, records, caption=caption, widths=widths)
    return SavedReport(ReportKind.CERTIFICATES_XLSX, Path(out), count)


def save_scan_log(db: Database, event_id: int, out: Path, *, progress: Progress | None = None) -> SavedReport:
    """The desks' audit trail: every scan and desk action, oldest first."""
    from asn_event.reports.filings import SCANLOG_HEADER, load_scan_log, scanlog_records
    from asn_event.reports.sheets import write_xlsx

    (progress or Progress()).report(0, 0, "reading_scan_log")
    event, lines = load_scan_log(db, event_id)
    records = scanlog_records(lines)
    caption = f"Catatan pindai {event.title}, {long_date(event.date)}: {len(lines)} baris"
    widths = {5: 34, 9: 30, 10: 30}
    count = write_xlsx(out, "Catatan Pindai", SCANLOG_HEADER, records, caption=caption, widths=widths)
    return SavedReport(ReportKind.SCANLOG_XLSX, Path(out), count)
