"""``asn-event merge OTHER.sqlite [--json]``: another laptop's copy of the same event brought in."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from asn_event.cli.common import EXIT_REFUSED, CliError, add_db_option, add_json_option, open_db, print_json
from asn_event.cli.organizer_pin import add_pin_option
from asn_event.words import cli_text, note_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("merge", help="gabungkan check-in dan umpan balik dari salinan laptop lain")
    parser.add_argument("other", type=Path, metavar="LAIN.sqlite")
    add_pin_option(parser)
    add_db_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from asn_event.backups import safety_backup
    from asn_event.db.backup import inspect_copy
    from asn_event.merge import merge_from
    from asn_event.organizer import pin_hashes, require_pin

    inspect_copy(args.other.expanduser())  # an unreadable file is refused before anything is opened
    db = open_db(args)
    try:
        require_pin(pin_hashes(db), args.pin)
        safety_backup(db, "before-merge")
        report = merge_from(db, args.other.expanduser())
    finally:
        db.dispose()
    if args.json:
        print_json({**asdict(report), "conflicts": [note_text(c) for c in report.conflicts]})
    else:
        if report.events:
            print(
                cli_text(
                    "merged",
                    path=args.other,
                    events=", ".join(report.events),
                    checkins=report.checkins_added,
                    earlier=report.checkins_earlier,
                    walk_ins=report.walk_ins_added,
                    responses=report.responses_added,
                    scans=report.scans_added,
                )
            )
        for conflict in report.conflicts:
            print(cli_text("merge_conflict", text=note_text(conflict)))
    if not report.events:
        raise CliError("merge_no_common_event", EXIT_REFUSED)
    return 0
