"""The desk at scanner speed: green, the same code again amber, garbage red; names are searched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from asn_event.checkin import ScanStatus, Tone
from asn_event.checkin.attendance import attendance
from asn_event.checkin.options import set_kiosk_pin
from asn_event.invitations.collect import collect_invitations
from asn_event.ui.checkin.page import CheckinPage


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    widget = CheckinPage(ctx)
    qtbot.addWidget(widget)
    widget.sounds.muted = True
    widget.set_event(demo.event_id)
    widget.resize(1200, 700)
    widget.show()
    widget.page_shown()
    qtbot.waitUntil(lambda: widget.scan_field.hasFocus() or not widget.isActiveWindow(), timeout=2000)
    return widget


@pytest.fixture
def invitations(demo):  # type: ignore[no-untyped-def]
    return collect_invitations(demo.db, demo.event_id)[1]


def _scan(qtbot, page, text: str, end=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.scan_field, text)  # no delay between keys: a USB scanner
    if end is not None:
        qtbot.keyClick(page.scan_field, end)


def test_scanner_green_then_amber_then_red(qtbot, page, invitations, demo) -> None:  # type: ignore[no-untyped-def]
    first = invitations[0]
    _scan(qtbot, page, first.code)
    banner = page.banner
    assert banner.result.status is ScanStatus.ACCEPTED and banner.result.tone is Tone.SUCCESS
    assert "SELAMAT DATANG" in banner.headline.text()
    assert banner.name.text() == first.name
    assert page.scan_field.text() == ""

    _scan(qtbot, page, first.code, end=Qt.Key.Key_Tab)  # many scanners end with Tab
    assert banner.result.status is ScanStatus.ALREADY and banner.result.tone is Tone.WARNING
    assert "Sudah check-in pukul" in banner.advice.text() and "Meja 1" in banner.advice.text()

    _scan(qtbot, page, "8991002101234")  # a drink bottle's barcode
    assert banner.result.tone is Tone.DANGER
    assert "Cari nama peserta" in banner.detail.text()
    assert page.scan_field.hasFocus() or not page.isActiveWindow()

    qtbot.waitUntil(lambda: page.attendance.present_label.text().startswith("Hadir 1 /"), timeout=3000)
    assert attendance(demo.db, demo.event_id).present == 1


def test_scan_without_enter_ends_after_a_pause(qtbot, page, invitations) -> None:  # type: ignore[no-untyped-def]
    _scan(qtbot, page, invitations[1].code, end=None)
    qtbot.waitUntil(lambda: page.banner.result is not None, timeout=2000)
    assert page.banner.result.status is ScanStatus.ACCEPTED


def test_typed_name_is_a_search_and_enter_checks_in(qtbot, page, invitations) -> None:  # type: ignore[no-untyped-def]
    target = invitations[7]
    words = [w for w in target.name.split(",")[0].split() if not w.endswith(".")]
    qtbot.keyClicks(page.scan_field, " ".join(words), delay=90)  # a person typing
    qtbot.waitUntil(lambda: page.results.isVisible() and page.results.count() > 0, timeout=3000)
    assert page.banner.result is None  # typing a name never counts as a scan
    ids = [page.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.results.count())]
    assert target.registration_id in ids
    page.results.setCurrentRow(ids.index(target.registration_id))
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.result.status is ScanStatus.ACCEPTED
    assert page.banner.result.registration_id == target.registration_id


def test_code_typed_slowly_is_still_a_scan(qtbot, page, invitations) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.scan_field, invitations[2].code[:12] + "X", delay=40)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.result is not None and page.banner.result.status is ScanStatus.PARTIAL


def test_focus_returns_to_the_scan_field(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    other = page.findChild(QPushButton)
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    other.setFocus()
    qtbot.waitUntil(page.scan_field.hasFocus, timeout=2000)


def _staff_keys(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        kiosk.scan_field,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_kiosk_with_a_pin_is_left_only_with_the_pin(qtbot, ctx, demo, invitations, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from asn_event.ui.checkin.dialogs import PinDialog
    from asn_event.ui.checkin.kiosk import CheckinKioskWindow

    set_kiosk_pin(demo.db, ctx.clock, demo.event_id, "4827")
    kiosk = CheckinKioskWindow(ctx, demo.event_id)
    kiosk.sounds.muted = True
    qtbot.addWidget(kiosk)
    kiosk.show()
    _scan(qtbot, kiosk, invitations[3].code)
    assert kiosk.banner.result.status is ScanStatus.ACCEPTED
    kiosk.close()
    assert kiosk.isVisible()  # closing the window is not enough
    typed = iter(["1111", "4827"])
    asked: list[str] = []

    def enter_pin(dialog) -> int:  # type: ignore[no-untyped-def]
        pin = next(typed, None)
        asked.append(pin or "")
        if pin is None:
            return QDialog.DialogCode.Rejected
        dialog.pin.setText(pin)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(
        PinDialog, "exec", lambda dialog: enter_pin(dialog) if len(asked) < 1 else QDialog.DialogCode.Rejected
    )
    _staff_keys(qtbot, kiosk)  # the participant found the staff keys: the PIN is asked, 1111 is wrong
    qtbot.wait(50)
    assert asked == ["1111"] and kiosk.isVisible()
    monkeypatch.setattr(PinDialog, "exec", enter_pin)
    with qtbot.waitSignal(kiosk.sig_closed, timeout=2000):
        _staff_keys(qtbot, kiosk)
    assert not kiosk.isVisible()


def test_kiosk_without_a_pin_is_left_with_the_staff_shortcut(qtbot, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin.kiosk import CheckinKioskWindow

    kiosk = CheckinKioskWindow(ctx, demo.event_id)
    kiosk.sounds.muted = True
    qtbot.addWidget(kiosk)
    kiosk.show()
    with qtbot.waitSignal(kiosk.sig_closed, timeout=2000):
        _staff_keys(qtbot, kiosk)
    assert not kiosk.isVisible()


def test_walk_in_form_shows_what_is_wrong(qtbot) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin.dialogs import WalkInDialog

    dialog = WalkInDialog(["Dishub", "Setda"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Joko Widagdo")
    dialog.nip.setText("1970 0101")
    dialog._try_accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "18 angka" in dialog.errors["nip"].text() and dialog.errors["nip"].isVisible()
    assert dialog.errors["unit"].isVisible()
    dialog.nip.setText("19700101 199503 1 002")
    dialog.unit.setCurrentText("Dishub")
    dialog._try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
