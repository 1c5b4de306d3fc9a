"""The seams of the desk a real operator hits: where the focus is, which row is chosen, which match Enter takes.

The same scenarios run under real X input in tests/operator/; these reach the widgets directly, so a
failure names the slot at fault.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from asn_event.checkin import ScanStatus
from asn_event.checkin.attendance import attendance, recent_scans
from asn_event.invitations.collect import collect_invitations
from asn_event.roster.people import PersonDraft, add_person
from asn_event.ui.checkin import dialogs
from asn_event.ui.checkin.dialogs import SignatureDialog, SignaturePad
from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, settings, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    page = win.show_page("checkin")
    page.sounds.muted = True
    return win


@pytest.fixture
def invitations(demo):  # type: ignore[no-untyped-def]
    return collect_invitations(demo.db, demo.event_id)[1]


def _checked_in(demo, registration_id: int) -> bool:  # type: ignore[no-untyped-def]
    return any(
        e.registration_id == registration_id and e.status == "accepted"
        for e in recent_scans(demo.db, demo.event_id, 200)
    ) and not any(
        e.registration_id == registration_id and e.status == "undo"
        for e in recent_scans(demo.db, demo.event_id, 200)
    )


@pytest.mark.parametrize("where", ["sidebar", "event picker", "recent list", "page"])
def test_a_scan_after_a_click_elsewhere_reaches_the_scan_field(
    qtbot, window, invitations, demo, where
) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    target = {
        "sidebar": window.nav,
        "event picker": window.switcher,
        "recent list": page.recent,
        "page": page.walk_in_button,
    }[where]
    target.setFocus()  # what a click on it leaves behind
    invitation = invitations[3]
    qtbot.keyClicks(target, invitation.code)  # the scanner types into whatever has the focus
    qtbot.keyClick(page.scan_field if page.scan_field.hasFocus() else target, Qt.Key.Key_Return)
    assert page.banner.result is not None and page.banner.result.status is ScanStatus.ACCEPTED
    assert page.banner.name.text() == invitation.name
    assert window.stack.currentWidget().isAncestorOf(page)  # the sidebar's search did not jump away
    assert window.switcher.currentData() == demo.event_id
    assert attendance(demo.db, demo.event_id).present == 1


def test_a_text_field_of_a_dialog_keeps_its_keys(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin.dialogs import WalkInDialog

    page = window.pages["checkin"]
    dialog = WalkInDialog(["Dinas A"], page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Lukman")
    assert dialog.name.text() == "Lukman" and page.scan_field.text() == ""


def _undo_dialog(monkeypatch, seen: list) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append((dialog.who.text(), dialog.detail.text()))
        dialog.reason.setText("salah orang")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.UndoDialog, "exec", fake_exec)


def test_f4_after_new_scans_undoes_the_person_on_the_banner(
    qtbot, window, invitations, demo, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    first, *others = invitations[:5]
    page.handle_scan(first.code)
    qtbot.waitUntil(lambda: page.recent.count() >= 1, timeout=3000)
    row = page.recent.item(0)
    page.recent.setCurrentItem(row)
    page.recent.itemClicked.emit(row)  # the operator clicks A's row ...
    for invitation in others:  # ... then scans B..E
        page.handle_scan(invitation.code)
    qtbot.waitUntil(lambda: page.recent.count() >= 5 and not page._refreshing, timeout=3000)
    page.refresh()
    qtbot.waitUntil(lambda: not page._refreshing, timeout=3000)
    assert page.recent.currentItem() is None  # the old choice did not survive the new scans
    assert page.recent.verticalScrollBar().value() == 0  # the newest scans are in sight
    seen: list = []
    _undo_dialog(monkeypatch, seen)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F4)
    last = others[-1]
    assert seen and seen[0][0] == last.name  # the dialog named E before anything changed
    assert "WIB" in seen[0][1]
    assert not _checked_in(demo, last.registration_id)
    assert _checked_in(demo, first.registration_id)


def test_f4_right_after_choosing_a_row_undoes_that_row(qtbot, window, invitations, demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    for invitation in invitations[:3]:
        page.handle_scan(invitation.code)
    page.refresh()
    qtbot.waitUntil(lambda: page.recent.count() >= 3 and not page._refreshing, timeout=3000)
    row = page.recent.item(2)  # the oldest of the three
    page.recent.setCurrentItem(row)
    page.recent.itemClicked.emit(row)
    seen: list = []
    _undo_dialog(monkeypatch, seen)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F4)
    assert seen[0][0] == invitations[0].name
    assert not _checked_in(demo, invitations[0].registration_id)
    assert _checked_in(demo, invitations[2].registration_id)


def test_enter_never_picks_among_equal_name_matches(qtbot, window, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    ids = [
        add_person(demo.db, ctx.clock, demo.event_id, PersonDraft(name=f"Lukman {last}")).registration_id
        for last in ("Hakim", "Harahap", "Sidik")
    ]
    page.desk = None
    page.set_event(demo.event_id)  # the desk reloads its people
    qtbot.keyClicks(page.scan_field, "lukman", delay=90)  # typed by a person
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.result is None  # nobody checked in on a guess
    assert page.results.isVisible() and page.results.count() >= 3
    assert attendance(demo.db, demo.event_id).present == 0
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    chosen = page.results.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert chosen in ids
    assert page.banner.result.status is ScanStatus.ACCEPTED
    assert page.banner.result.registration_id == chosen


def test_enter_checks_in_the_one_clear_match(qtbot, window, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    rid = add_person(
        demo.db, ctx.clock, demo.event_id, PersonDraft(name="Zulkarnain Wiradinata")
    ).registration_id
    page.desk = None
    page.set_event(demo.event_id)
    qtbot.keyClicks(page.scan_field, "zulkarnain wiradinata", delay=60)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.result is not None and page.banner.result.registration_id == rid


def _ink(image: QImage) -> int:
    dark = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            if QColor(image.pixel(x, y)).lightness() < 100:
                dark += 1
    return dark


def test_the_signature_pad_draws_the_stroke(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SignatureDialog("Dr. Hj. Siti Aminah, S.E., M.M.")
    qtbot.addWidget(dialog)
    dialog.show()
    pad: SignaturePad = dialog.pad
    blank = _ink(pad.grab().toImage())
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 60))
    for x in range(40, 400, 20):  # QTest moves carry no pressed button: the drag is fed to the pad
        pad._extend(QPoint(x, 60 + (x % 60)).toPointF())
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(400, 80))
    assert dialog.save.isEnabled()
    drawn = _ink(pad.grab().toImage())
    assert drawn > blank + 50  # the ink is on the pad
