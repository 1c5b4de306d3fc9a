"""``asn-event screenshot PAGE --out FILE.png``: render a page of the GUI offscreen."""

from __future__ import annotations

import argparse
import os
import re
import sys

from asn_event.cli.common import CliError, add_db_option, add_force_option, event_id_arg, open_db
from asn_event.safe_output import check_output


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "screenshot",
        help="gambar satu halaman aplikasi ke PNG (tanpa layar)",
        description="PAGE: acara, peserta, checkin, timer, umpan-balik, sertifikat, laporan, "
        "atau layar lain yang terdaftar (mis. stage).",
    )
    parser.add_argument("page", metavar="PAGE")
    parser.add_argument("--out", required=True, metavar="FILE.png")
    add_force_option(parser)
    event_id_arg(parser, required=False)
    parser.add_argument("--size", default="1366x768", metavar="WxH")
    parser.add_argument("--state", default="", help="varian layar, mis. overtime untuk stage")
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default=None,
        help="bahasa tampilan (bawaan: pengaturan laptop ini; tidak diubah)",
    )
    add_db_option(parser)
    parser.set_defaults(handler=run)


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})[xX](\d{2,5})", text.strip())
    if not match:
        raise CliError(f"Ukuran '{text}' tidak dikenal. Tulis seperti 1366x768.")
    return int(match.group(1)), int(match.group(2))


def run(args: argparse.Namespace) -> int:
    width, height = parse_size(args.size)
    out = check_output(args.out, force=args.force)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from asn_event.app import create_application

    app = create_application(sys.argv[:1], language=args.lang)
    from asn_event import events as event_service
    from asn_event.context import AppContext
    from asn_event.ui.shell.screenshots import render_page, states_for, target_names

    if args.page not in target_names():
        raise CliError(f"Halaman '{args.page}' tidak dikenal. Pilihan: {', '.join(target_names())}.")
    if args.state and args.state not in states_for(args.page):
        known = ", ".join(states_for(args.page)) or "tidak ada"
        raise CliError(f"Keadaan '{args.state}' tidak dikenal untuk {args.page}. Pilihan: {known}.")
    db = open_db(args)
    try:
        event_id = args.event if args.event is not None else event_service.latest_event_id(db)
        if event_id is not None:
            event_service.get_event(db, event_id)
        out = render_page(AppContext(db=db), event_id, args.page, (width, height), args.state, out)
    finally:
        db.dispose()
    del app
    print(out)
    return 0
