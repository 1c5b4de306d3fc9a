"""The Peserta page and the import dialog on a temporary demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from asn_event.roster.people import PersonDraft, add_person
from asn_event.roster.samples import sample_rows, with_mistakes, write_xlsx
from asn_event.roster.search import RegistrationStatus
from asn_event.ui.roster.import_dialog import ImportDialog
from asn_event.ui.roster.model import RosterTableModel
from asn_event.ui.roster.page import PesertaPage


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    widget = PesertaPage(ctx)
    qtbot.addWidget(widget)
    widget.set_event(demo.event_id)
    widget.resize(1366, 700)
    widget.show()
    return widget


def test_shows_the_event_roster_and_searches_as_you_type(page, qtbot, ctx, demo):
    assert page.model.rowCount() == 150
    assert "150 terdaftar" in page.subtitle_label.text()
    first = page.model.index(0, RosterTableModel.NAME).data(RosterTableModel.ObjectRole)
    assert first.name == page.model.index(0, RosterTableModel.NAME).data()
    row = add_person(ctx.db, ctx.clock, demo.event_id, PersonDraft(name="Dr. Zulkarnain Pratama, M.Si."))
    qtbot.keyClicks(page.search_edit, "zulkar")
    qtbot.waitUntil(lambda: page.model.ids == [row.id], timeout=2000)
    assert page.count_label.text() == "1 ditampilkan"
    page.search_edit.setText("tidak ada orang bernama ini")
    page.refresh()
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty_label
    assert "Tidak ada yang cocok" in page.empty_label.text()


def test_header_click_sorts_in_the_database(page):
    page.table.sortByColumn(RosterTableModel.NAME, Qt.SortOrder.DescendingOrder)
    keys = [page.model.row_at(i).name for i in range(3)]
    page.table.sortByColumn(RosterTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert keys[0] != page.model.row_at(0).name
    assert page.model.index(0, RosterTableModel.STATUS).data() == "Terdaftar"


def test_remove_from_event_updates_the_table(page, ctx, demo):
    row = add_person(ctx.db, ctx.clock, demo.event_id, PersonDraft(name="Zaenal Abidin"))
    page.search_edit.setText("zaenal abidin")
    page.refresh()
    page._select(row.id)
    assert page.remove_button.isEnabled()
    page.remove_selected(confirm=False)
    assert page.model.rowCount() == 0
    assert "151 orang" in page.subtitle_label.text()


def test_import_dialog_previews_errors_then_imports_off_the_gui_thread(page, qtbot, ctx, demo, tmp_path):
    path = write_xlsx(tmp_path / "dinkes.xlsx", with_mistakes(sample_rows(30)))
    dialog = ImportDialog(ctx, demo.event_id, page)
    qtbot.addWidget(dialog)
    dialog.sig_imported.connect(page._imported)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.invalid == 5 and dialog.errors_table.rowCount() == 5
    assert dialog.errors_table.item(0, 1).text() == "3"
    assert "25 baris siap diimpor" in dialog.summary.text()
    assert page.model.rowCount() == 150  # nothing written yet
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        dialog.import_button.click()
    assert page.model.rowCount() == 175
    statuses = {page.model.row_at(i).status for i in range(page.model.rowCount())}
    assert statuses == {RegistrationStatus.REGISTERED}


def test_import_dialog_says_why_a_file_cannot_be_read(qtbot, ctx, demo, tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    dialog = ImportDialog(ctx, demo.event_id)
    qtbot.addWidget(dialog)
    dialog.open_file(tmp_path / "x.xlsx")
    qtbot.waitUntil(lambda: "bukan berkas Excel" in dialog.summary.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()


def test_person_form_reads_the_nip_and_refuses_a_wrong_one(qtbot, ctx):
    from asn_event.roster.people import list_units
    from asn_event.ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(list_units(ctx.db))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Dr. Hj. Siti Aminah, S.E., M.M.")
    dialog.nip_edit.setText("19680411 199303 2 009")
    assert dialog.nip_info.text() == "PNS · lahir 11-04-1968 · perempuan"
    assert not dialog.employment_combo.isEnabled()
    dialog.nip_edit.setText("19680411 199313 2 009")
    dialog._accept()
    assert dialog.result() == 0 and "bulan 01–12" in dialog.errors["nip"].text()
    assert not dialog.errors["nip"].isHidden()


def test_in_english_the_person_form_says_why_a_nip_is_refused_in_english(qtbot, ctx):
    from asn_event.app import create_application, use_language
    from asn_event.roster.people import list_units
    from asn_event.ui.roster.person_dialog import PersonDialog

    app = create_application(language="en")
    try:
        dialog = PersonDialog(list_units(ctx.db))
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Siti Aminah")
        dialog.nip_edit.setText("19680411 199313 2 009")
        dialog._accept()
        assert dialog.result() == 0
        assert dialog.errors["nip"].text() == (
            "Digits 9 to 14 of the NIP (199313) are neither a CPNS start date (YYYYMM, month 01–12) "
            "nor a PPPK number."
        )
    finally:
        use_language(app, "id")


def test_at_910x512_the_kehadiran_column_is_in_sight(page, qtbot):
    from asn_event.ui.roster.model import RosterTableModel

    page.resize(746, 430)  # the page's room in a 910x512 window
    qtbot.waitUntil(lambda: page.table.viewport().width() < 760, timeout=2000)
    status = RosterTableModel.STATUS
    right = page.table.columnViewportPosition(status) + page.table.columnWidth(status)
    assert not page.table.isColumnHidden(status) and right <= page.table.viewport().width()
    assert not page.table.isColumnHidden(RosterTableModel.NAME)
    page.resize(1366, 700)
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(RosterTableModel.POSITION), timeout=2000)


def test_the_import_dialog_fits_a_small_screen(qtbot, ctx, demo):
    from PySide6.QtGui import QGuiApplication

    room = QGuiApplication.primaryScreen().availableGeometry()  # 800 px wide offscreen: a small laptop
    assert room.width() < 1100
    dialog = ImportDialog(ctx, demo.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.minimumSizeHint().width() <= 910 - 40  # it was 1008 px wide at 150 % scaling


def test_person_form_stops_a_pasted_name_at_the_limit(qtbot, ctx):
    """Issue #11: the form holds no more than text_limits allows, so what is typed is what is kept."""
    from asn_event.roster.people import list_units
    from asn_event.text_limits import LIMITS, TextField
    from asn_event.ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(list_units(ctx.db))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Panjang " * 400)
    dialog.position_edit.setText("Kepala " * 400)
    assert len(dialog.name_edit.text()) == LIMITS[TextField.NAME]
    assert len(dialog.position_edit.text()) == LIMITS[TextField.POSITION]
