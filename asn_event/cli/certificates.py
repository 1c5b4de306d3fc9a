"""``asn-event certificates``: issue and write the certificates of an event; export the public key."""

from __future__ import annotations

import argparse

from asn_event.cli.common import (
    CliError,
    add_db_option,
    add_force_option,
    add_json_option,
    event_id_arg,
    open_db,
    print_json,
    say_error,
)
from asn_event.clock import SystemClock
from asn_event.safe_output import check_output, write_text
from asn_event.words import cli_text, note_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "certificates",
        help="buat sertifikat peserta yang hadir (PDF gabungan dan/atau per orang)",
        description="Nomor sertifikat tetap: menjalankan lagi hanya menambah nomor untuk peserta baru.",
    )
    add_db_option(parser)
    add_json_option(parser)
    event_id_arg(parser, required=False)
    parser.add_argument("--out", metavar="FILE.pdf", help="satu PDF untuk semua (urut unit, lalu nama)")
    parser.add_argument("--per-person", metavar="DIR", help="folder untuk satu PDF per orang")
    parser.add_argument(
        "--require-feedback", action="store_true", help="hanya yang hadir dan sudah mengisi umpan balik"
    )
    parser.add_argument(
        "--export-key", metavar="FILE.pem", help="simpan kunci publik kantor (untuk verifikasi)"
    )
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.out is None and args.per_person is None and args.export_key is None:
        raise CliError("cli_certificates_what")
    if (args.out is not None or args.per_person is not None) and args.event is None:
        raise CliError("cli_certificates_event")
    out = check_output(args.out, force=args.force) if args.out is not None else None
    per_person = check_output(args.per_person, force=args.force, folder=True) if args.per_person is not None else None
    export_key = check_output(args.export_key, force=args.force) if args.export_key is not None else None
    if out is not None and export_key is not None and out.resolve() == export_key.resolve():
        raise CliError("cli_same_out_and_key")
    from asn_event.certificates.batch import make_batch  # reportlab only when certificates are made
    from asn_event.certificates.service import office_public_key_pem

    clock = SystemClock()
    db = open_db(args)
    try:
        if export_key is not None:
            write_text(export_key, office_public_key_pem(db, clock), encoding="ascii")
            if not args.json:
                print(cli_text("public_key_saved", path=export_key))
        if out is None and per_person is None:
            return 0
        result = make_batch(
            db,
            clock,
            args.event,
            out=out,
            per_person_dir=per_person,
            require_feedback=True if args.require_feedback else None,
        )
    finally:
        db.dispose()
    for warning in result.warnings:
        say_error(cli_text("warning", text=note_text(warning)))
    if args.json:
        print_json(
            {
                "pages": result.pages,
                "newly_issued": result.newly_issued,
                "out": str(result.out) if result.out else None,
                "per_person": [str(p) for p in result.per_person],
                "warnings": [note_text(warning) for warning in result.warnings],
            }
        )
    else:
        files = cli_text("certificates_files", count=len(result.per_person), folder=args.per_person)
        if result.out and result.per_person:
            where = cli_text("certificates_where_both", out=result.out, files=files)
        else:
            where = str(result.out) if result.out else files
        print(cli_text("certificates_made", pages=result.pages, new=result.newly_issued, where=where))
    return 0
