"""``asn-event invitations``: print-ready cards (PDF) or one picture per person (PNG folder)."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import (
    add_db_option,
    add_force_option,
    add_json_option,
    event_id_arg,
    open_db,
    print_json,
)
from asn_event.invitations import write_pdf, write_pngs
from asn_event.invitations.collect import collect_invitations
from asn_event.invitations.png import INDEX_NAME
from asn_event.safe_output import check_output
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("invitations", help="undangan QR: kartu PDF atau gambar PNG per peserta")
    add_db_option(parser)
    add_json_option(parser)
    event_id_arg(parser)
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf|DIR",
        help="berkas PDF kartu undangan, atau folder untuk PNG per peserta",
    )
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    as_pdf = Path(args.out).suffix.lower() == ".pdf"
    out = check_output(args.out, force=args.force, folder=not as_pdf)
    db = open_db(args)
    try:
        event, invitations = collect_invitations(db, args.event)
    finally:
        db.dispose()
    if as_pdf:
        write_pdf(out, event, invitations)
        files = [out]
    else:
        files = write_pngs(event, invitations, out)
    if args.json:
        report = {"event": args.event, "invitations": len(invitations), "files": [str(f) for f in files]}
        if not as_pdf:
            report["index"] = str(out / INDEX_NAME)  # who each picture is for
        print_json(report)
    elif as_pdf:
        print(cli_text("invitations_saved", count=len(invitations), path=out))
    else:
        print(cli_text("invitation_images_saved", count=len(files), path=out, index=INDEX_NAME))
    return 0
