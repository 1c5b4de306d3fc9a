"""``asn-event purge --event ID`` and ``asn-event retention --event ID --until DATE``: personal data
kept only as long as needed (UU 27/2022)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from asn_event.cli.common import (
    EXIT_REFUSED,
    CliError,
    add_db_option,
    add_json_option,
    event_id_arg,
    open_db,
    print_json,
)
from asn_event.cli.organizer_pin import add_pin_option
from asn_event.words import cli_text


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tanggal tidak dikenal: {text!r} (tulis TTTT-BB-HH)") from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("purge", help="hapus data pribadi peserta satu acara setelah masa simpannya")
    event_id_arg(parser)
    parser.add_argument("--force", action="store_true", help="juga sebelum tanggal batas simpan")
    add_pin_option(parser)
    add_db_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run_purge)

    keep = sub.add_parser("retention", help="tanggal batas simpan data pribadi satu acara")
    event_id_arg(keep)
    group = keep.add_mutually_exclusive_group()
    group.add_argument("--until", type=_date, metavar="TTTT-BB-HH", help="simpan data pribadi sampai tanggal ini")
    group.add_argument("--default", action="store_true", help="kembali ke bawaan: satu tahun setelah acara")
    add_pin_option(keep)
    add_db_option(keep)
    add_json_option(keep)
    keep.set_defaults(handler=run_retention)


def run_purge(args: argparse.Namespace) -> int:
    from asn_event.clock import SystemClock
    from asn_event.organizer import pin_hashes, require_pin
    from asn_event.retention import purge_personal_data, retention_of

    db = open_db(args)
    clock = SystemClock()
    try:
        kept = retention_of(db, args.event)
        if kept.purged_at is None and not kept.due(clock.now().date()) and not args.force:
            raise CliError("cli_purge_kept", EXIT_REFUSED, event=args.event, until=kept.until.isoformat())
        require_pin(pin_hashes(db, [args.event]), args.pin)
        report = purge_personal_data(db, clock, args.event)
    finally:
        db.dispose()
    if args.json:
        print_json(asdict(report))
    else:
        print(
            cli_text(
                "purged",
                event=args.event,
                people=report.people_anonymised,
                signatures=report.signatures_removed,
                answers=report.answers_cleared,
                certificates=report.certificates_kept,
            )
        )
    return 0


def run_retention(args: argparse.Namespace) -> int:
    from asn_event.organizer import pin_hashes, require_pin
    from asn_event.retention import retention_of, set_retention

    db = open_db(args)
    try:
        if args.until is not None or args.default:
            require_pin(pin_hashes(db, [args.event]), args.pin)
            kept = set_retention(db, args.event, args.until)
        else:
            kept = retention_of(db, args.event)
    finally:
        db.dispose()
    if args.json:
        print_json({"event": args.event, "until": kept.until, "set": kept.explicit, "purged_at": kept.purged_at})
    else:
        code = "kept_until_purged" if kept.purged_at else "kept_until"
        print(cli_text(code, event=args.event, until=kept.until.isoformat(), purged=kept.purged_at))
    return 0
