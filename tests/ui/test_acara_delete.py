"""Deleting an event from the Acara page: a dialog that names the event and what goes with it, the
organizer PIN when one is set, a backup first; afterwards the switcher no longer offers it."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from asn_event import events
from asn_event.backups import list_backups
from asn_event.certificates.service import issue_certificates
from asn_event.checkin.options import set_kiosk_pin
from asn_event.db.models import Registration
from asn_event.events import EventDraft
from asn_event.ui.events.page import AcaraPage
from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, settings, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    # the real session the test event was copied from: it must survive
    events.copy_as_template(
        demo.db,
        ctx.clock,
        demo.event_id,
        EventDraft(title="Sesi Sungguhan", date=date(2025, 10, 1), start_time=time(9, 0), venue="Pendopo"),
    )
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _ask(window, qtbot, pin=None):  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    assert isinstance(page, AcaraPage)
    page.delete_event(pin=pin)
    qtbot.waitUntil(lambda: page.delete_dialog is not None and page.delete_dialog.isVisible(), timeout=10_000)
    return page.delete_dialog


def _switcher_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.switcher.itemText(i) for i in range(window.switcher.count())]


def test_the_dialog_names_the_event_and_what_goes_then_the_switcher_forgets_it(window, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert any("Coaching Manajemen Kepegawaian" in t for t in _switcher_titles(window))
    dialog = _ask(window, qtbot)
    assert "Coaching Manajemen Kepegawaian" in dialog.question.text()
    assert "150 pendaftaran" in dialog.removed.text() and "5 sesi agenda" in dialog.removed.text()
    assert "tetap ada" in dialog.kept.text() and "Salinan basis data" in dialog.kept.text()
    assert dialog.delete_button.isEnabled() and not dialog.certificates_box.isVisible()
    image = dialog.grab().toImage()
    assert image.width() > 300 and len({image.pixel(x, 20) for x in range(0, image.width(), 4)}) > 2

    dialog.delete_button.click()
    qtbot.waitUntil(lambda: window.event_id != demo.event_id, timeout=20_000)
    assert not any("Coaching" in t for t in _switcher_titles(window))
    assert "Sesi Sungguhan" in window.switcher.currentText()
    assert [e.title for e in events.list_events(demo.db)] == ["Sesi Sungguhan"]
    assert [b.label for b in list_backups(demo.path)] == ["before-delete"]
    assert "dihapus" in window.statusBar().currentMessage()


def test_cancel_keeps_the_event(window, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _ask(window, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert events.get_event(demo.db, demo.event_id).registered == 150
    assert window.event_id == demo.event_id and list_backups(demo.path) == []


def test_issued_certificates_need_a_tick_and_the_pin_is_asked(window, demo, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_kiosk_pin(demo.db, ctx.clock, demo.event_id, "2468")
    with demo.db.sessions() as session, session.begin():
        for reg in session.query(Registration).filter_by(event_id=demo.event_id).limit(4):
            reg.checked_in_at = ctx.clock.now()
    issue_certificates(demo.db, ctx.clock, demo.event_id)

    dialog = _ask(window, qtbot, pin="2468")
    assert "4 sertifikat" in dialog.removed.text()
    assert dialog.certificates_box.isVisible() and "register" in dialog.certificates_warning.text()
    assert not dialog.delete_button.isEnabled()  # the numbers are not thrown away by one click
    dialog.certificates_box.setChecked(True)
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: window.event_id != demo.event_id, timeout=20_000)
    assert [e.title for e in events.list_events(demo.db)] == ["Sesi Sungguhan"]
