"""The Penerima table reads at 1366x768 and at 910x512: the name and the unit get the room, the NIP
sits under the name, long text is cut in the middle (titles and degrees both stay), sorting works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, update

from asn_event.certificates.service import issue_certificates
from asn_event.db.models import Person, Registration, Unit
from asn_event.ui.certificates.models import (
    COL_NAME,
    COL_NUMBER,
    COL_STATUS,
    COL_UNIT,
    ObjectRole,
)
from asn_event.ui.shell.main_window import MainWindow

LONG_NAME = "Dr. Hj. Siti Nurhayati Kusumawardhani, S.Kep., Ns., M.Kes."
LONG_UNIT = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
PADDING = 12  # the cell's margins around its text


@pytest.fixture
def long_person(demo, clock):  # type: ignore[no-untyped-def]
    """The first registration gets a long real-looking name and unit, checks in, and is numbered."""
    with demo.db.sessions() as session, session.begin():
        reg = session.scalars(select(Registration).order_by(Registration.id).limit(1)).one()
        unit = session.scalars(select(Unit).where(Unit.name == LONG_UNIT)).first()
        if unit is None:
            unit = Unit(name=LONG_UNIT, short_name="DPMPTSP", aliases=[])
            session.add(unit)
            session.flush()
        session.execute(
            update(Person).where(Person.id == reg.person_id).values(name=LONG_NAME, unit_id=unit.id)
        )
        session.execute(
            update(Registration)
            .where(Registration.event_id == demo.event_id)
            .where(Registration.id <= reg.id + 4)
            .values(checked_in_at=clock.now())
        )
        registration_id = reg.id
    issue_certificates(demo.db, clock, demo.event_id)
    return registration_id


def _page(qtbot, ctx, settings, demo, size):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application
    from asn_event.ui.shell import tasks

    create_application()
    window = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("sertifikat")
    qtbot.waitUntil(lambda: not tasks.busy() and page.model.rowCount() == 150, timeout=20_000)
    qtbot.wait(50)
    return page


def _row_of(page, registration_id: int) -> int:  # type: ignore[no-untyped-def]
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(ObjectRole).registration_id == registration_id:
            return row
    raise AssertionError("row not shown")


def _shown(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        page.model.headers[c] for c in range(page.model.columnCount()) if not page.table.isColumnHidden(c)
    ]


def _fits(page, column: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    return page.table.fontMetrics().horizontalAdvance(text) + PADDING <= page.table.columnWidth(column)


def test_at_1366_the_name_and_unit_get_the_room_and_the_nip_sits_under_the_name(  # type: ignore[no-untyped-def]
    qtbot, ctx, settings, demo, long_person
) -> None:
    page = _page(qtbot, ctx, settings, demo, (1366, 768))
    assert _shown(page) == ["Nama", "Unit kerja", "Status", "Nomor sertifikat"]
    row = _row_of(page, long_person)
    name = page.proxy.index(row, COL_NAME).data()
    first, second = name.split("\n")
    assert first == LONG_NAME and second.replace(" ", "").isdigit()  # the NIP, under the name
    # before: 8 columns, names cut to "Bambang ..." in 110 px, units to "Badan ..."
    assert page.table.columnWidth(COL_NAME) >= 320 and page.table.columnWidth(COL_UNIT) >= 300
    assert _fits(page, COL_NAME, "Dimas Rohman Ramadhan, S.Kom.") and _fits(
        page, COL_UNIT, "Dinas Penanaman Modal"
    )
    for column in (COL_STATUS, COL_NUMBER):  # the narrow columns show their words whole
        for r in range(page.proxy.rowCount()):
            assert _fits(page, column, page.proxy.index(r, column).data().split("\n")[0])
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle  # "Dr. Hj. Siti Nur…, M.Kes."
    assert page.table.horizontalScrollBar().maximum() == 0
    # the columns that stepped aside are in the status's tooltip and the number's second line
    assert page.proxy.index(row, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Hadir: Ya · Umpan balik: –"
    assert page.proxy.index(row, COL_NUMBER).data().endswith("\ndicetak 0 kali")


def test_at_910_the_whole_long_name_shows_with_the_unit_on_its_second_line(  # type: ignore[no-untyped-def]
    qtbot, ctx, settings, demo, long_person
) -> None:
    page = _page(qtbot, ctx, settings, demo, (910, 512))
    assert _shown(page) == ["Nama", "Status"]
    assert _fits(page, COL_NAME, LONG_NAME)
    row = _row_of(page, long_person)
    second = page.proxy.index(row, COL_NAME).data().split("\n")[1]
    assert second.endswith(" · " + LONG_UNIT)
    status = page.proxy.index(row, COL_STATUS).data()
    assert status.startswith("Berhak (hadir)\n800/")  # the certificate number under the status
    assert page.table.horizontalScrollBar().maximum() == 0


def test_every_shown_column_sorts(qtbot, ctx, settings, demo, long_person) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell import tasks

    page = _page(qtbot, ctx, settings, demo, (1366, 768))
    names = [page.proxy.index(r, 0).data(ObjectRole).name for r in range(page.proxy.rowCount())]
    units = [page.proxy.index(r, 0).data(ObjectRole).unit.casefold() for r in range(page.proxy.rowCount())]
    assert units == sorted(units)  # first the service's order: unit, then name (the print order)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_NAME) + header.sectionSize(COL_NAME) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    by_name = [page.proxy.index(r, 0).data(ObjectRole).name for r in range(page.proxy.rowCount())]
    assert by_name == sorted(names, key=str.casefold)
    page.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    eligible = [page.proxy.index(r, 0).data(ObjectRole).eligible for r in range(page.proxy.rowCount())]
    assert eligible == sorted(eligible, reverse=True)  # the eligible first
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data(ObjectRole).name.casefold() == max(n.casefold() for n in names)
    page.reload()  # after "Tambahkan manual" and the like: the list comes back in the order chosen
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20_000)
    again = [page.proxy.index(r, 0).data(ObjectRole).name.casefold() for r in range(page.proxy.rowCount())]
    assert again == sorted(again, reverse=True)
