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
    return cli_text(
        "event_removal_summary",
        registrations=contents.registrations,
        checked_in=contents.checked_in,
        scans=contents.scans,
        agenda_items=contents.agenda_items,
        forms=contents.forms,
        responses=contents.responses,
        certificates=contents.certificates,
    )


def _confirmed(contents: EventContents) -> bool:
    """Asks on the terminal; a closed input (a script without --yes) is a no."""
    question = cli_text(
        "event_delete_question",
        id=contents.event_id,
        title=contents.title,
        date=long_date(contents.date),
        summary=removal_summary(contents),
    )
    print(question + " ", end="", flush=True)
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
                raise CliError("event_not_deleted", EXIT_REFUSED, id=args.event)
            removed = delete_event(db, args.event, force=args.force)  # a SQLite file is backed up first
        except Refused as refused:  # certificates issued (maybe by a desk since the question)
            raise CliError("cli_problem", EXIT_REFUSED, problem=refused) from refused
        backed_up = db.is_sqlite
    finally:
        db.dispose()
    if args.json:
        print_json({"deleted": True, **asdict(removed)})
    else:
        print(cli_text("event_deleted", id=removed.event_id, title=removed.title, summary=removal_summary(removed)))
        if backed_up:
            print(cli_text("event_deleted_backup"))
    return 0
