"""``asn-event report attendance|event|jp|attendance-xlsx --event ID --out FILE``: the reports filed
after an event, without the GUI.

- ``attendance``: Daftar Hadir PDF of those checked in (``--all-registered``: everyone, for signing
  at the door); refused with exit 1 when nobody has checked in yet.
- ``event``: Laporan Kegiatan PDF.
- ``jp``: JP recap .xlsx for a year (``--year``; with ``--event`` only that event's participants).
- ``attendance-xlsx``: everyone registered with status, time and desk; ``.csv`` when FILE ends so.
- ``siasn``: SIASN course history (riwayat diklat) .xlsx of everyone certified with a NIP.
- ``certificates``: certificate register .xlsx (number, name, NIP, unit, date, printed).
- ``scanlog``: the desks' scan log .xlsx (every scan and desk action).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CliError,
    add_db_option,
    open_db,
    record_id,
)
from asn_event.cli.organizer_pin import add_pin_option, require_export_pin
from asn_event.safe_output import check_output
from asn_event.words import cli_text

KINDS = ("attendance", "event", "jp", "attendance-xlsx", "siasn", "certificates", "scanlog")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report",
        help="daftar hadir, laporan kegiatan, rekap JP, ekspor kehadiran, SIASN, register sertifikat, catatan pindai",
        description="Membuat laporan acara: attendance (PDF daftar hadir), event (PDF laporan kegiatan), "
        "jp (Excel rekap JP per tahun), attendance-xlsx (Excel/CSV kehadiran semua peserta), "
        "siasn (Excel riwayat diklat untuk SIASN), certificates (Excel register sertifikat), "
        "scanlog (Excel catatan pindai meja).",
    )
    parser.add_argument("kind", choices=KINDS, metavar="JENIS", help=" | ".join(KINDS))
    parser.add_argument("--event", type=record_id, metavar="ID", help="nomor acara (lihat 'events'); bawaan: acara terbaru")
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument(
        "--all-registered",
        action="store_true",
        help="daftar hadir: semua peserta terdaftar dengan jam kosong (untuk tanda tangan di pintu)",
    )
    parser.add_argument("--year", type=int, metavar="YYYY", help="rekap JP: tahun (bawaan: tahun acara)")
    parser.add_argument("--force", action="store_true", help="timpa berkas keluaran yang sudah ada")
    add_pin_option(parser)
    add_db_option(parser)
    parser.set_defaults(handler=run)


def _check_out(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    wanted = {"attendance": (".pdf",), "event": (".pdf",), "attendance-xlsx": (".xlsx", ".csv")}
    suffixes = wanted.get(args.kind, (".xlsx",))
    if out.suffix.lower() not in suffixes:
        raise CliError("cli_report_suffix", kind=args.kind, suffixes=" atau ".join(suffixes), path=out)
    out = check_output(args.out, force=args.force)
    if args.year is not None and not 2000 <= args.year <= 2100:
        raise CliError("cli_report_year", year=args.year)
    return out


def run(args: argparse.Namespace) -> int:
    from asn_event import events as event_service
    from asn_event.clock import SystemClock
    from asn_event.reports import files
    from asn_event.reports.common import NobodyCheckedIn, ReportKind

    out = _check_out(args)
    db = open_db(args)
    try:
        event_id = args.event
        if event_id is None and args.kind != "jp":
            event_id = event_service.latest_event_id(db)
            if event_id is None:
                raise CliError("cli_no_events")
        if event_id is not None:
            event_service.get_event(db, event_id)  # NotFound -> exit 2 with the message
        require_export_pin(db, event_id, args.pin)  # personal data leaves the laptop
        try:
            if args.kind == "attendance":
                saved = files.save_attendance_pdf(db, event_id, out, all_registered=args.all_registered)
            elif args.kind == "event":
                saved = files.save_event_report_pdf(db, SystemClock(), event_id, out)
            elif args.kind == "jp":
                saved = files.save_jp_xlsx(db, out, year=args.year, event_id=event_id)
            elif args.kind == "siasn":
                saved = files.save_siasn_xlsx(db, event_id, out)
            elif args.kind == "certificates":
                saved = files.save_certificate_register(db, event_id, out)
            elif args.kind == "scanlog":
                saved = files.save_scan_log(db, event_id, out)
            else:
                saved = files.save_attendance_export(db, event_id, out)
        except NobodyCheckedIn as exc:
            raise CliError("cli_report_empty", EXIT_REFUSED, problem=exc) from exc
    finally:
        db.dispose()
    if saved.kind in (ReportKind.ATTENDANCE_PDF, ReportKind.EVENT_PDF):
        print(cli_text("report_saved_pages", path=saved.path, pages=saved.pages, rows=saved.rows))
    else:
        print(cli_text("report_saved_rows", path=saved.path, rows=saved.rows))
    return EXIT_OK
