"""Failures reach the person in words: a refused action on the page's message line, a bug in the crash dialog."""

from __future__ import annotations

import sys

import test_checkin_desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from asn_event.checkin import ScanStatus
from asn_event.checkin.service import CheckinDesk
from asn_event.domain import DiskFull
from asn_event.invitations.collect import collect_invitations

page = test_checkin_desk.page  # the check-in page fixture, shown with the demo event

def test_a_full_disk_is_named_and_the_scan_waits_in_the_field_for_enter(qtbot, page, demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code = collect_invitations(demo.db, demo.event_id)[1][0].code
    real = CheckinDesk._write_sqlite

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull(path=str(demo.path))

    monkeypatch.setattr(CheckinDesk, "_write_sqlite", full)  # the driver says the disk is full
    qtbot.keyClicks(page.scan_field, code)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert "Disk penuh" in page.banner.name.text()
    assert "meja lain" not in page.banner.name.text()
    assert page.scan_field.text() == code  # kept for a retry

    monkeypatch.setattr(CheckinDesk, "_write_sqlite", real)  # room again
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.banner.result is not None and page.banner.result.status is ScanStatus.ACCEPTED
    assert page.scan_field.text() == ""


def test_a_refused_signature_setting_shows_words_and_a_bug_opens_the_crash_dialog(qtbot, page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.checkin import options
    from asn_event.domain import Busy

    def busy(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise Busy()

    monkeypatch.setattr(options, "set_signature_enabled", busy)
    page._signature_toggled(True)
    assert "dipakai meja lain" in page.banner.name.text()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr("asn_event.crashlog.log_file", lambda: tmp_path / "asn-event.log")
    from asn_event.app import install_excepthook

    monkeypatch.setattr("sys.excepthook", sys.excepthook)  # restored after the test
    install_excepthook(page)  # what the app does at start

    def bug(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyError("strokes")

    monkeypatch.setattr(options, "set_signature_enabled", bug)
    page._signature_toggled(False)
    assert len(shown) == 1 and "KeyError" in shown[0] and str(tmp_path / "asn-event.log") in shown[0]
    assert "KeyError: 'strokes'" in (tmp_path / "asn-event.log").read_text()


def test_the_status_bar_words_a_scan_in_the_interface_language(qtbot, page, demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application, use_language

    said: list[str] = []
    page.sig_status.connect(said.append)
    code = collect_invitations(demo.db, demo.event_id)[1][1].code
    app = create_application(language="en")
    try:
        page.handle_scan(code)
        page.handle_scan(code)
    finally:
        use_language(app, "id")
    assert said[0].startswith("Welcome, ") and "Checked in at " in said[0]
    assert "already checked in at " in said[1] and "pukul" not in " ".join(said)
