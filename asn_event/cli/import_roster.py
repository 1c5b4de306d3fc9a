"""``asn-event import FILE --event ID``: import an agency's participant list (.xlsx or .csv).

Exit 0 when rows were imported (or would be, with ``--dry-run``), 1 when no row was valid,
2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CliError,
    add_db_option,
    add_json_option,
    event_id_arg,
    open_db,
    print_json,
    say_error,
)
from asn_event.clock import SystemClock
from asn_event.roster.errors import FileProblem, RosterFileError
from asn_event.roster.importer import ImportResult, import_file
from asn_event.words import cli_text, error_text, note_text

# A file that is readable but holds no usable rows is "no row was valid" (1), not "unreadable" (2).
_NO_VALID_ROWS = {FileProblem.NO_NAME_COLUMN, FileProblem.NO_ROWS}
SHOWN_ERRORS = 20


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="impor daftar peserta dari Excel (.xlsx) atau CSV",
        description="Impor daftar peserta ke acara. Orang dicocokkan dengan NIP, atau nama dan unit kerja; "
        "impor ulang berkas yang sama tidak mengubah apa pun.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    event_id_arg(parser)
    parser.add_argument("--sheet", metavar="NAME", help="hanya sheet ini (bawaan: semua sheet yang terlihat)")
    parser.add_argument("--dry-run", action="store_true", help="hanya periksa dan hitung, tanpa menyimpan")
    parser.add_argument(
        "--create-units", action="store_true", help="buat unit kerja baru untuk nama unit yang tidak dikenal"
    )
    add_json_option(parser)
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if not args.dry_run:
            from asn_event.backups import safety_backup

            safety_backup(db, "before-import")  # a way back from a wrong sheet
        result = import_file(
            db,
            SystemClock(),
            args.file,
            args.event,
            sheet=args.sheet,
            dry_run=args.dry_run,
            create_units=args.create_units,
        )
    except RosterFileError as exc:
        if exc.problem not in _NO_VALID_ROWS:
            raise CliError("cli_problem", problem=exc) from exc
        if args.json:
            print_json({"added": 0, "updated": 0, "unchanged": 0, "invalid": 0,
                        "errors": [{"row": 1, "reason": error_text(exc)}]})  # fmt: skip
        say_error(exc)
        return EXIT_REFUSED
    finally:
        db.dispose()
    if args.json:
        print_json(result.to_json())
    else:
        _print_text(result, args.dry_run, args.create_units)
    if not result.valid:
        say_error(CliError("cli_no_valid_rows", invalid=result.invalid))
        return EXIT_REFUSED
    return EXIT_OK


def _print_text(result: ImportResult, dry_run: bool, create_units: bool) -> None:
    print(
        cli_text(
            "import_summary_dry" if dry_run else "import_summary",
            valid=result.valid,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            registered=result.registered,
            invalid=result.invalid,
        )
    )
    for note in result.notes:
        print(cli_text("import_note", text=note_text(note)))
    for proposal in result.new_units:
        hint = cli_text("unit_like", label=proposal.suggestion.label) if proposal.suggestion else ""
        print(cli_text("unit_unknown", text=proposal.text, rows=proposal.rows, hint=hint))
    if result.new_units and not create_units:
        print(cli_text("units_not_made"))
    for error in result.errors[:SHOWN_ERRORS]:
        print(cli_text("import_row", sheet=error.sheet, row=error.row, reason=error.reason))
    if len(result.errors) > SHOWN_ERRORS:
        print(cli_text("import_more_rows", count=len(result.errors) - SHOWN_ERRORS))
