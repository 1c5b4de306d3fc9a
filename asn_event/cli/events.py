"""``asn-event events``: list the events in the database."""

from __future__ import annotations

import argparse

from asn_event.cli.common import add_db_option, add_json_option, open_db, print_json
from asn_event.events import list_events
from asn_event.formatting import long_date
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("events", help="daftar acara")
    add_db_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run)


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
