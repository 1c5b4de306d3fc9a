"""``asn-event demo``: create the demo event with invented participants."""

from __future__ import annotations

import argparse

from asn_event.cli.common import CliError, add_db_option, add_json_option, open_db, print_json
from asn_event.clock import SystemClock
from asn_event.demo import create_demo
from asn_event.events import get_event
from asn_event.feedback.sample import add_sample_responses
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="buat acara contoh dengan peserta rekaan")
    add_db_option(parser)
    add_json_option(parser)
    parser.add_argument(
        "--participants", type=int, default=150, metavar="N", help="jumlah peserta rekaan (bawaan 150)"
    )
    parser.add_argument(
        "--checked-in", type=int, default=0, metavar="N", help="jumlah peserta yang sudah check-in (bawaan 0)"
    )
    parser.add_argument(
        "--responses", type=int, default=0, metavar="N", help="jumlah jawaban umpan balik rekaan (bawaan 0)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.participants <= 1_000_000:
        raise CliError("cli_demo_participants")
    if not 0 <= args.responses <= args.checked_in <= args.participants:
        raise CliError("cli_demo_order")
    db = open_db(args, create=True)
    try:
        clock = SystemClock()
        event_id = create_demo(db, clock, participants=args.participants)
        if args.checked_in:
            add_sample_responses(db, clock, event_id, checked_in=args.checked_in, answered=args.responses)
        event = get_event(db, event_id)
    finally:
        db.dispose()
    if args.json:
        print_json({"id": event.id, "code": event.code, "title": event.title, "registered": event.registered})
    else:
        print(cli_text("demo_made", id=event.id, code=event.code, title=event.title, registered=event.registered))
    return 0
