"""``asn-event events``: list the events in the database; ``asn-event events delete --event ID``:
remove a (test) event."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

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
from asn_event.events import EventContents, list_events
from asn_event.formatting import long_date
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("events", help="daftar acara; 'events delete' menghapus satu acara")
    add_db_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run)
    commands = parser.add_subparsers(dest="events_command", metavar="PERINTAH", required=False)
    delete = commands.add_parser(
        "delete",
        help="hapus satu acara (mis. acara uji) beserta pendaftaran, pindaian, agenda, umpan balik dan sertifikatnya",
        description="Orang dan unit kerja tetap ada. Berkas SQLite dicadangkan dulu (before-delete).",
    )
    event_id_arg(delete)
    delete.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")
    delete.add_argument(
        "--force", action="store_true", help="hapus juga bila acara sudah menerbitkan sertifikat"
    )
    add_pin_option(delete)
    add_db_option(delete)
    add_json_option(delete)
    delete.set_defaults(handler=run_delete)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        events = list_events(db)
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "code": e.code,
                    "title": e.title,
                    "theme": e.theme,
                    "date": e.date,
                    "start_time": e.start_time,
                    "venue": e.venue,
                    "jp_hours": e.jp_hours,
                    "registered": e.registered,
                    "checked_in": e.checked_in,
                }
                for e in events
            ]
        )
        return 0
    if not events:
        print(cli_text("no_events"))
        return 0
    for e in events:
        print(
            f"#{e.id:<4} {e.code:<22} {long_date(e.date):<28} {e.checked_in}/{e.registered} hadir  {e.title}"
        )
    return 0


def removal_summary(contents: EventContents) -> str:
    """What deleting the event takes with it, in one line."""
    return (
        f"{contents.registrations} pendaftaran ({contents.checked_in} hadir), {contents.scans} catatan pindai, "
        f"{contents.agenda_items} sesi agenda, {contents.forms} formulir dengan {contents.responses} jawaban "
        f"umpan balik, {contents.certificates} sertifikat"
    )


def _confirmed(contents: EventContents) -> bool:
    """Asks on the terminal; a closed input (a script without --yes) is a no."""
    print(
        f"Hapus acara #{contents.event_id} {contents.title} ({long_date(contents.date)}) beserta "
        f"{removal_summary(contents)}? Orang dan unit kerja tetap ada. Ketik 'ya' untuk menghapus: ",
        end="",
        flush=True,
    )
    answer = sys.stdin.readline()
    if not answer.endswith("\n"):
        print()
    return answer.strip().casefold() in ("ya", "y", "yes")


def run_delete(args: argparse.Namespace) -> int:
    from asn_event.db.errors import Refused
    from asn_event.events import check_deletable, delete_event, event_contents
    from asn_event.organizer import pin_hashes, require_pin

    db = open_db(args)
    try:
        contents = event_contents(db, args.event)  # NotFound with a plain message
        try:
            check_deletable(contents, force=args.force)
            require_pin(pin_hashes(db, [args.event]), args.pin)
            if not args.yes and not _confirmed(contents):
                raise CliError(f"Acara #{args.event} tidak dihapus.", EXIT_REFUSED)
            removed = delete_event(db, args.event, force=args.force)  # a SQLite file is backed up first
        except Refused as refused:  # certificates issued (maybe by a desk since the question)
            raise CliError(str(refused), EXIT_REFUSED) from refused
        backed_up = db.is_sqlite
    finally:
        db.dispose()
    if args.json:
        print_json({"deleted": True, **asdict(removed)})
    else:
        print(f"Acara #{removed.event_id} {removed.title} dihapus: {removal_summary(removed)}.")
        if backed_up:
            print("Salinan basis data sebelum penghapusan ada di folder cadangan (lihat: asn-event backups).")
    return 0
