"""``asn-event feedback export``: the feedback results of an event to .xlsx or .csv."""

from __future__ import annotations

import argparse
from pathlib import Path

from asn_event.cli.common import (
    EXIT_REFUSED,
    CliError,
    add_db_option,
    add_force_option,
    add_json_option,
    event_id_arg,
    open_db,
    print_json,
    record_id,
)
from asn_event.cli.organizer_pin import add_pin_option, require_export_pin
from asn_event.events import get_event
from asn_event.feedback.export import ExportError
from asn_event.feedback.responses import export_form
from asn_event.feedback.service import active_form, list_forms
from asn_event.safe_output import check_output
from asn_event.words import cli_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("feedback", help="umpan balik: ekspor hasil")
    commands = parser.add_subparsers(dest="feedback_command", metavar="PERINTAH", required=True)
    export = commands.add_parser("export", help="ekspor hasil umpan balik ke .xlsx atau .csv")
    add_db_option(export)
    add_json_option(export)
    event_id_arg(export)
    export.add_argument("--out", required=True, metavar="FILE", help="berkas .xlsx atau .csv")
    add_force_option(export)
    export.add_argument("--form", type=record_id, metavar="ID", help="nomor formulir (bawaan: formulir aktif)")
    add_pin_option(export)
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    if Path(args.out).suffix.lower() not in (".xlsx", ".csv"):
        raise CliError("cli_feedback_suffix")
    args.out = check_output(args.out, force=args.force)
    db = open_db(args)
    try:
        get_event(db, args.event)  # NotFound with a plain message
        require_export_pin(db, args.event, args.pin)  # personal data leaves the laptop
        form_id = args.form
        if form_id is None:
            form = active_form(db, args.event)
            forms = list_forms(db, args.event)
            if form is None and not forms:
                raise CliError("cli_no_form", EXIT_REFUSED, event=args.event)
            form_id = form.id if form is not None else forms[-1].id
        elif form_id not in {f.id for f in list_forms(db, args.event)}:
            raise CliError("cli_form_other_event", EXIT_REFUSED, form=form_id, event=args.event)
        try:
            results = export_form(db, form_id, args.out)
        except ExportError as error:
            raise CliError("cli_problem", EXIT_REFUSED, problem=error) from error
    finally:
        db.dispose()
    summary = results.summary
    if args.json:
        print_json(
            {
                "out": str(args.out),
                "form": results.form.title,
                "responses": summary.responses,
                "attendance": summary.attendance,
                "rate": summary.rate,
            }
        )
    else:
        rate = f"{summary.rate * 100:.0f}%".replace(".", ",") if summary.rate is not None else "-"
        print(
            cli_text(
                "feedback_exported",
                path=args.out,
                responses=summary.responses,
                attendance=summary.attendance,
                rate=rate,
                title=results.form.title,
            )
        )
    return 0
