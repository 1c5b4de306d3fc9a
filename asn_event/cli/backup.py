"""``asn-event backup --out FILE``: a consistent copy of the database, safe while desks are working."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import CliError, add_db_option, open_db
from asn_event.db.backup import copy_verified
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("backup", help="salin basis data ke berkas cadangan")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.sqlite")
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if not db.is_sqlite or not db.url.database:
            raise CliError("backup_sqlite_only")
        made = copy_verified(Path(db.url.database), args.out)
    finally:
        db.dispose()
    print(
        cli_text(
            "backup_made",
            path=made.path,
            events=made.events,
            registrations=made.registrations,
            checked_in=made.checked_in,
        )
    )
    return 0
