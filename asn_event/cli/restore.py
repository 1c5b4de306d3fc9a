"""``asn-event restore FILE [--force]`` and ``asn-event backups [--json]``: the way back."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import CliError, add_db_option, add_json_option, print_json
from asn_event.cli.organizer_pin import add_pin_option
from asn_event.clock import to_wib
from asn_event.words import cli_text, error_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    parser.add_argument("file", type=Path, metavar="CADANGAN.sqlite")
    parser.add_argument("--force", action="store_true", help="ganti basis data yang ada (salinannya disimpan)")
    add_pin_option(parser)
    add_db_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run_restore)

    listing = sub.add_parser("backups", help="daftar cadangan otomatis basis data ini")
    add_db_option(listing)
    add_json_option(listing)
    listing.set_defaults(handler=run_list)


def db_file(args: argparse.Namespace) -> Path:
    """The SQLite file named by ``--db`` (or the default one), without opening it."""
    from asn_event.paths import default_db_path

    target = getattr(args, "db", None)
    if not target:
        return default_db_path()
    if "://" in target:
        raise CliError("restore_sqlite_only")
    return Path(target).expanduser().resolve()


def run_restore(args: argparse.Namespace) -> int:
    from asn_event.backups import restore
    from asn_event.db.backup import inspect_copy
    from asn_event.organizer import require_pin_for_file

    target = db_file(args)
    backup = args.file.expanduser()
    info = inspect_copy(backup)  # refused before anything else is looked at
    if target.exists() and target.stat().st_size > 0:
        if not args.force:
            raise CliError(
                "cli_restore_needs_force",
                target=target,
                backup=backup,
                events=info.events,
                registrations=info.registrations,
            )
        require_pin_for_file(target, args.pin)
    restored, kept = restore(backup, target)
    if args.json:
        print_json(
            {
                "restored": str(target),
                "from": str(backup),
                "previous_kept_at": str(kept) if kept else None,
                "counts": restored.counts,
            }
        )
        return 0
    print(
        cli_text(
            "restored", target=target, backup=backup, events=restored.events, registrations=restored.registrations
        )
    )
    if kept:
        print(cli_text("previous_kept", path=kept))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from asn_event.backups import list_backups

    target = db_file(args)
    entries = list_backups(target)
    if args.json:
        print_json(
            [
                {
                    "path": str(entry.path),
                    "made_at": entry.made_at,
                    "label": entry.label,
                    "size": entry.size,
                    "good": entry.good,
                    "problem": error_text(entry.problem) if entry.problem is not None else None,
                    "events": entry.info.events if entry.info else None,
                    "registrations": entry.info.registrations if entry.info else None,
                    "checked_in": entry.info.checked_in if entry.info else None,
                    "counts": entry.info.counts if entry.info else None,
                }
                for entry in entries
            ]
        )
        return 0
    if not entries:
        print(cli_text("no_backups", path=target))
        return 0
    for entry in entries:
        when = to_wib(entry.made_at).strftime("%d-%m-%Y %H.%M.%S WIB")
        size = f"{entry.size / 1024:,.0f} KB"
        if entry.info is None:
            print(
                f"{when}  {entry.label:<16} {size:>10}  RUSAK: {error_text(entry.problem) if entry.problem else ''}  {entry.path}"
            )
        else:
            print(
                f"{when}  {entry.label:<16} {size:>10}  {entry.info.events} acara, "
                f"{entry.info.registrations} pendaftaran, {entry.info.checked_in} hadir  {entry.path}"
            )
    return 0
