"""``asn-event screenshot PAGE --out FILE.png``: render a page of the GUI offscreen."""

from __future__ import annotations

import argparse
import os
import re
import sys

from asn_event.cli.common import CliError, add_db_option, add_force_option, event_id_arg, open_db
from asn_event.safe_output import check_output
from asn_event.words import FILE_ERRORS


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


# A picture as large as an 8K screen at most: 99999x99999 would ask for 40 GB of pixels.
MIN_SIDE, MAX_WIDTH, MAX_HEIGHT = 100, 7680, 4320


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"([0-9]{2,5})[xX]([0-9]{2,5})", text.strip())
    if not match:
        raise CliError("cli_size_unknown", text=text)
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIDE <= width <= MAX_WIDTH and MIN_SIDE <= height <= MAX_HEIGHT):
        raise CliError(
            "cli_size_range",
            size=f"{width}x{height}",
            smallest=f"{MIN_SIDE}x{MIN_SIDE}",
            largest=f"{MAX_WIDTH}x{MAX_HEIGHT}",
        )
    return width, height


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
        raise CliError("cli_page_unknown", page=args.page, known=", ".join(target_names()))
    if args.state and args.state not in states_for(args.page):
        known = ", ".join(states_for(args.page)) or FILE_ERRORS["cli_none"]
        raise CliError("cli_state_unknown", state=args.state, page=args.page, known=known)
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
