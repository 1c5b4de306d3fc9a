"""``asn-event invitations``: print-ready cards (PDF) or one picture per person (PNG folder)."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import CliError, add_db_option, add_json_option, event_id_arg, open_db, print_json
from asn_event.invitations import write_pdf, write_pngs
from asn_event.invitations.collect import collect_invitations


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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    as_pdf = out.suffix.lower() == ".pdf"
    if as_pdf and not out.parent.is_dir():
        raise CliError(f"Folder {out.parent} tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    if not as_pdf and out.exists() and not out.is_dir():
        raise CliError(f"{out} adalah berkas, bukan folder. Untuk PDF, akhiri namanya dengan .pdf.")
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
        print_json({"event": args.event, "invitations": len(invitations), "files": [str(f) for f in files]})
    elif as_pdf:
        print(f"{len(invitations)} undangan disimpan di {out}")
    else:
        print(f"{len(files)} gambar undangan disimpan di folder {out}")
    return 0
