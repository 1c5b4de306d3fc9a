"""``asn-event demo``: create the demo event with invented participants."""

from __future__ import annotations

import argparse

from asn_event.cli.common import CliError, add_db_option, add_json_option, open_db, print_json
from asn_event.clock import SystemClock
from asn_event.demo import create_demo
from asn_event.events import get_event


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="buat acara contoh dengan peserta rekaan")
    add_db_option(parser)
    add_json_option(parser)
    parser.add_argument(
        "--participants", type=int, default=150, metavar="N", help="jumlah peserta rekaan (bawaan 150)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.participants <= 1_000_000:
        raise CliError("--participants harus antara 0 dan 1.000.000.")
    db = open_db(args, create=True)
    try:
        event_id = create_demo(db, SystemClock(), participants=args.participants)
        event = get_event(db, event_id)
    finally:
        db.dispose()
    if args.json:
        print_json({"id": event.id, "code": event.code, "title": event.title, "registered": event.registered})
    else:
        print(f"Acara contoh dibuat: #{event.id} {event.code} · {event.title} · {event.registered} peserta")
    return 0
