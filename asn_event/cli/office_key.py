"""``asn-event office-key --backup FILE.pem | --restore FILE.pem``: the certificate signing key kept safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import add_db_option, open_db
from asn_event.cli.organizer_pin import add_pin_option
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("office-key", help="cadangkan atau pulihkan kunci tanda tangan sertifikat")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--backup", type=Path, metavar="FILE.pem", help="simpan kunci rahasia ke berkas baru")
    group.add_argument("--restore", type=Path, metavar="FILE.pem", help="pakai lagi kunci dari berkas cadangan")
    parser.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada (--backup)")
    add_pin_option(parser)
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from asn_event.clock import SystemClock
    from asn_event.office_key import backup_private_key, restore_private_key
    from asn_event.organizer import pin_hashes, require_pin

    db = open_db(args)
    try:
        require_pin(pin_hashes(db), args.pin)
        if args.backup is not None:
            kid = backup_private_key(db, args.backup.expanduser(), force=args.force)
            print(cli_text("office_key_saved", key=kid, path=args.backup))
        else:
            kid = restore_private_key(db, args.restore.expanduser(), SystemClock().now())
            print(cli_text("office_key_restored", key=kid))
    finally:
        db.dispose()
    return 0
