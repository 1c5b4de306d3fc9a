"""``asn-event serve-feedback``: the phone feedback form on the venue network until Ctrl+C or SIGTERM.

The first line printed is the URL, alone, so a script can read it; the form served is the event's
active feedback form.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from asn_event.cli.common import EXIT_REFUSED, CliError, add_db_option, event_id_arg, open_db
from asn_event.events import get_event
from asn_event.feedback.web import DEFAULT_HOST, DEFAULT_PORT
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "serve-feedback", help="sajikan formulir umpan balik untuk ponsel peserta (sampai Ctrl+C)"
    )
    add_db_option(parser)
    event_id_arg(parser)
    parser.add_argument(
        "--host", default=DEFAULT_HOST, metavar="ALAMAT",
        help="alamat IP laptop di jaringan tempat acara (bawaan 127.0.0.1: hanya laptop ini)",
    )  # fmt: skip
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="PORT", help="bawaan 8765")
    parser.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    from asn_event.clock import SystemClock
    from asn_event.feedback.service import active_form
    from asn_event.feedback.web.server import FeedbackServer, ServerStartFailed

    db = open_db(args)
    try:
        get_event(db, args.event)
        form = active_form(db, args.event)
        if form is None or form.id is None:
            raise CliError("cli_no_active_form", EXIT_REFUSED, event=args.event)
        try:
            server = FeedbackServer(db, SystemClock(), form.id, args.host, args.port)
        except ServerStartFailed as error:
            raise CliError("cli_problem", EXIT_REFUSED, problem=error) from error
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            server.start()
            print(server.url, flush=True)
            print(cli_text("form_served", title=form.title), file=sys.stderr, flush=True)
            while not stop.wait(0.5):
                if not server.running:
                    raise CliError("cli_server_stopped", EXIT_REFUSED)
        finally:
            server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        print(cli_text("server_stopped"), file=sys.stderr, flush=True)
        return 0
    finally:
        db.dispose()
