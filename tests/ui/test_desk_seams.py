"""The seams of the desk a real operator hits: where the focus is, which row is chosen, which match Enter takes.

The same scenarios run under real X input in tests/operator/; these reach the widgets directly, so a
failure names the slot at fault.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

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


def test_an_id_card_barcode_with_the_nip_finds_the_person(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event.db.models import Person, Registration

    with demo.db.sessions() as session:
        rid, name, nip = session.execute(
            select(Registration.id, Person.name, Person.nip)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.event_id == demo.event_id, Person.nip.is_not(None))
            .limit(1)
        ).one()
    page = window.pages["checkin"]
    qtbot.keyClicks(page.scan_field, nip)  # 18 digits at scanner speed
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.result is not None and page.banner.result.status is ScanStatus.ACCEPTED
    assert page.banner.result.registration_id == rid and page.banner.name.text() == name
    assert "TIDAK DIKENAL" not in page.banner.headline.text()


def test_a_walk_in_clears_the_not_found_list(qtbot, window, demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    qtbot.keyClicks(page.scan_field, "Zaenal Walkin", delay=60)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.results.isVisible() and "Tidak ditemukan" in page.results.item(0).text()

    def fill(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.unit.setCurrentText("Dinas Kesehatan")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.WalkInDialog, "exec", fill)
    page.open_walk_in()
    assert page.banner.result is not None and page.banner.result.status is ScanStatus.ACCEPTED
    assert page.results.isHidden()


def test_a_saved_signature_is_no_red_cross_in_the_recent_list(qtbot, window, invitations, demo) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["checkin"]
    result = page.handle_scan(invitations[0].code)
    page.desk.save_signature(result.registration_id, STROKES_FOR_LIST)
    page.refresh()
    qtbot.waitUntil(lambda: page.recent.count() >= 2 and not page._refreshing, timeout=3000)
    newest = page.recent.item(0).text()
    assert "✍" in newest and "✖" not in newest


STROKES_FOR_LIST = [[[0.1, 0.5], [0.5, 0.4], [0.9, 0.6]]]


def test_the_kiosk_speaks_to_the_public(qtbot, ctx, demo, invitations) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin.kiosk import CheckinKioskWindow
    from asn_event.ui.shell import theme

    kiosk = CheckinKioskWindow(ctx, demo.event_id)
    kiosk.sounds.muted = True
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.handle_scan(invitations[0].code)
    kiosk.handle_scan(invitations[0].code)  # the same person again
    assert "persilakan" not in kiosk.banner.advice.text().lower()
    assert "Anda sudah tercatat hadir" in kiosk.banner.advice.text()
    kiosk.handle_scan("SA1:1:2:AAAAAAAAAAAAAAAA")  # a damaged or altered code
    words = " ".join(
        label.text() for label in (kiosk.banner.headline, kiosk.banner.name, kiosk.banner.detail)
    )
    assert "TIDAK SAH" not in words and "bukan dari panitia" not in words
    assert "meja registrasi" in words
    assert theme.DANGER.fg not in kiosk.banner.styleSheet()


def test_at_910x512_the_banner_shows_every_word(qtbot, ctx, settings, demo, invitations) -> None:  # type: ignore[no-untyped-def]
    small = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(small)
    small.resize(910, 512)  # a 1366x768 laptop at 150 %
    small.show()
    page = small.show_page("checkin")
    page.sounds.muted = True
    qtbot.waitExposed(small)
    # "Pindai kode QR undangan" was cut in half by the empty line below it (once laid out, it stays cut)
    qtbot.waitUntil(page.banner.fits, timeout=2000)
    page.handle_scan(invitations[0].code)
    qtbot.waitUntil(page.banner.fits, timeout=2000)


def test_the_scan_field_is_tall_enough_for_its_letters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    field = window.pages["checkin"].scan_field
    qtbot.keyClicks(field, "Pagi yang gypsy")
    # border (2 when focused) and padding (6) above and below the line of text, descenders included
    assert field.height() >= field.fontMetrics().height() + 2 * (2 + 6)


def test_dialog_titles_have_room_in_the_title_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from asn_event.ui.checkin.dialogs import PinDialog, UndoDialog, WalkInDialog

    for dialog in (
        PinDialog("Keluar dari mode kios", "Masukkan PIN panitia:"),
        SignatureDialog(LONG_NAME_FOR_TITLES),
        UndoDialog("Budi", "BKPSDM", "08.57"),
        WalkInDialog([]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        title = f"{dialog.windowTitle()} — {QApplication.applicationDisplayName()}"
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 100, dialog.windowTitle()


LONG_NAME_FOR_TITLES = "Dr. Hj. Siti Aminah, S.E., M.M."
