"""What every subcommand shares: ``--db`` and ``--json``, opening the database, exit codes, errors."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from asn_event.db import Database
from asn_event.domain.errors import Refused
from asn_event.paths import default_db_path

EXIT_OK = 0
EXIT_REFUSED = 1  # the work was refused (bad data)
EXIT_USAGE = 2  # usage error or unreadable input


def say_error(message: object) -> None:
    """One line on stderr, ``asn-event: ...``, worded by the table (``asn_event.words``): line breaks
    and other control characters a file name or a code brought into the message are shown escaped,
    never as new lines."""
    from asn_event.words import error_text

    said = error_text(message) if isinstance(message, BaseException) else str(message)
    text = "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in said)
    print(f"asn-event: {text}", file=sys.stderr)


class CliError(Refused):
    """Ends the command with one line on stderr (``code`` worded by ``asn_event.words``) and
    ``exit_code``; ``cli_problem`` with ``problem=error`` passes another error on with its own words."""

    def __init__(self, code: str, exit_code: int = EXIT_USAGE, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.exit_code = exit_code


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # On subcommands the default is SUPPRESS, so "asn-event --db X events" keeps the X given before.
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None if top_level else argparse.SUPPRESS,
        help="berkas SQLite atau URL SQLAlchemy (bawaan: berkas di folder data pengguna)",
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database named by ``--db``, or the default file (created with the demo on first start)."""
    from asn_event.backups import open_database  # a damaged file names its newest good backup

    target = args.db if getattr(args, "db", None) else None
    if target is None:
        path = default_db_path()
        return open_database(path, create=True)
    return open_database(target, create=create)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="timpa berkas keluaran yang sudah ada")


MAX_RECORD_ID = 2**63 - 1  # the largest id any database here stores


def record_id(text: str) -> int:
    """An id on the command line: ASCII digits, 1 up to what a database column holds."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or int(value) < 1 or int(value) > MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(f"'{text}' bukan nomor yang sah (bilangan bulat 1 atau lebih)")
    return int(value)


def event_id_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--event", type=record_id, required=required, metavar="ID", help="nomor acara (lihat 'events')"
    )
