"""``asn-event checkin``: check in codes from the command line (scripts, a second desk, tests).

``--json`` prints a list with one object per code, in input order. Exit 0 when every code was
accepted, 1 otherwise, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from asn_event.checkin import ScanResult, ScanStatus
from asn_event.checkin.result import scan_params
from asn_event.checkin.service import CheckinDesk
from asn_event.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CliError,
    add_db_option,
    add_json_option,
    event_id_arg,
    open_db,
    say_error,
)
from asn_event.clock import SystemClock
from asn_event.formatting import clock_time
from asn_event.words import FILE_ERRORS, scan_text

# The first column of a line: the table's word for the outcome.
SYMBOLS = {ScanStatus.ACCEPTED: FILE_ERRORS["cli_scan_accepted"], ScanStatus.ALREADY: FILE_ERRORS["cli_scan_already"]}
REFUSED = FILE_ERRORS["cli_scan_refused"]


def scan_line(result: ScanResult) -> str:
    """The table's sentence for a scan (the same words the desk shows, in Indonesian)."""
    when = clock_time(result.checked_in_at) if result.checked_in_at else "?"
    return scan_text(result.status, scan_params(result, when))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("checkin", help="check-in peserta dengan kode undangan")
    add_db_option(parser)
    add_json_option(parser)
    event_id_arg(parser)
    parser.add_argument("codes", nargs="+", metavar="KODE", help="kode undangan (isi QR)")
    parser.add_argument(
        "--desk", default="CLI", metavar="NAMA", help="nama meja di catatan pindai (bawaan: CLI)"
    )
    parser.add_argument("--staff", default="", metavar="NAMA", help="nama petugas di catatan pindai")
    parser.set_defaults(handler=run)


def as_json(code: str, result: ScanResult) -> dict[str, Any]:
    item: dict[str, Any] = {"code": code, "status": result.status.value}
    if result.known_person:
        item.update(
            registration_id=result.registration_id,
            name=result.name,
            unit=result.unit,
            position=result.position,
            checked_in_at=result.checked_in_at.isoformat() if result.checked_in_at else None,
            desk=result.desk,
        )
    if result.status not in SYMBOLS:
        item["reason"] = scan_line(result)
    return item


def run(args: argparse.Namespace) -> int:
    """Each code's result is printed as soon as it is committed: a run stopped half way has said
    what it did (with ``--json``, the list so far lacks only its closing bracket)."""
    db = open_db(args)
    refused = 0
    try:
        desk = CheckinDesk(db, SystemClock(), args.event, desk=args.desk, staff=args.staff)
        if args.json:
            sys.stdout.write("[")
        for index, code in enumerate(args.codes):
            result = desk.scan(code)
            refused += result.status is not ScanStatus.ACCEPTED
            if args.json:
                item = json.dumps(as_json(code, result), ensure_ascii=False, indent=2).replace("\n", "\n  ")
                sys.stdout.write(f"{',' if index else ''}\n  {item}")
            else:
                sys.stdout.write(f"{SYMBOLS.get(result.status, REFUSED):<8} {scan_line(result)}\n")
            sys.stdout.flush()
        if args.json:
            sys.stdout.write("\n]\n")
    finally:
        db.dispose()
    if refused:
        say_error(CliError("cli_codes_refused", EXIT_REFUSED, refused=refused, total=len(args.codes)))
        return EXIT_REFUSED
    return EXIT_OK
