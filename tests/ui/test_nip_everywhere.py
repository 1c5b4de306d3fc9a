"""One NIP, one look: ``19840110 202212 2 002`` on the desk, the roster, the certificates and paper."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from asn_event.certificates.content import nip_display
from asn_event.db.models import Person, Registration
from asn_event.nip import format_nip
from asn_event.reports import files
from asn_event.roster.search import RosterQuery
from asn_event.ui.checkin.page import CheckinPage
from asn_event.ui.roster.model import RosterTableModel


def _someone(demo) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        name, nip = session.execute(
            select(Person.name, Person.nip)
            .join(Registration, Registration.person_id == Person.id)
            .where(Registration.event_id == demo.event_id, Person.nip.is_not(None))
            .limit(1)
        ).one()
    return name, nip


def test_the_grouped_nip_is_what_every_place_shows(qtbot, ctx, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    name, digits = _someone(demo)
    grouped = format_nip(digits)
    assert grouped != digits and grouped.replace(" ", "") == digits and grouped.count(" ") >= 3

    desk = CheckinPage(ctx)
    qtbot.addWidget(desk)
    desk.set_event(demo.event_id)
    desk.show_search(digits)  # typed as digits, shown grouped
    assert grouped in desk.results.item(0).text() and digits not in desk.results.item(0).text()

    model = RosterTableModel(demo.db)
    model.load(demo.event_id, RosterQuery(text=name))
    shown = [model.data(model.index(r, RosterTableModel.NIP)) for r in range(model.rowCount())]
    assert grouped in shown

    assert nip_display(digits) == grouped  # the certificate's line

    out = tmp_path / "kehadiran.xlsx"
    files.save_attendance_export(demo.db, demo.event_id, out)
    nips = [row[2] for row in load_workbook(out).active.iter_rows(min_row=4, values_only=True)]
    assert grouped in nips and digits not in nips
