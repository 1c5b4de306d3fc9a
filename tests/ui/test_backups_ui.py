"""The way back in the window: automatic backups shown on Acara, restore and merge there, and a damaged
database at start offered its newest good backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from asn_event import backups, events
from asn_event.backups import AutoBackup
from asn_event.checkin.options import set_kiosk_pin
from asn_event.db import open_database
from asn_event.db.backup import inspect_copy, table_digests
from asn_event.db.errors import DatabaseDamaged
from asn_event.ui.events.page import AcaraPage
from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, settings, demo, tmp_path: Path):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    ctx.auto_backup = AutoBackup(demo.path, folder=tmp_path / "backups")
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_backup_made_from_the_window_is_shown_on_acara(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    assert isinstance(page, AcaraPage)
    assert "Belum ada cadangan" in page.backup_card.state.text()
    with qtbot.waitSignal(window.backup_timer.sig_done, timeout=20_000):
        page.backup_card.backup_button.click()
    made = list((tmp_path / "backups").glob("demo.*.manual.sqlite"))
    assert len(made) == 1 and inspect_copy(made[0]).registrations == 150
    text = page.backup_card.state.text()
    assert "Cadangan utuh terakhir" in text and "150 pendaftaran" in text and "WIB" in text
    assert window.backup_timer.tick() is False  # nothing changed since: no second copy


def test_a_failed_backup_is_said_in_words(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the folder should be")
    with qtbot.waitSignal(window.backup_timer.sig_failed, timeout=20_000):
        window.backup_now()
    assert "GAGAL" in page.backup_card.state.text()
    assert "Cadangan gagal" in window.statusBar().currentMessage()


def test_restore_from_acara_brings_back_a_deleted_event(window, demo, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    made, _ = backups.make_backup(demo.path, folder=tmp_path / "elsewhere")
    events.delete_event(demo.db, demo.event_id)
    window.reload_events()
    assert window.event_id is None
    assert page.backup_card.restore_from(made.path, confirmed=True)
    assert window.event_id == demo.event_id  # the switcher reloaded from the restored file
    assert events.get_event(demo.db, demo.event_id).registered == 150
    kept = list((tmp_path / "backups").glob("demo.*.before-restore.sqlite"))
    assert len(kept) == 1 and inspect_copy(kept[0]).events == 0


def test_restore_asks_for_the_organizer_pin(window, demo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    set_kiosk_pin(demo.db, window.ctx.clock, demo.event_id, "482916")
    made, _ = backups.make_backup(demo.path, folder=tmp_path / "elsewhere")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    demo.db.dispose()
    before = table_digests(demo.path)
    assert not page.backup_card.restore_from(made.path, confirmed=True, pin="111333")
    assert warnings and "PIN" in warnings[0]
    demo.db.dispose()
    assert table_digests(demo.path) == before
    assert page.backup_card.restore_from(made.path, confirmed=True, pin="482916")


def test_merge_from_acara_reports_what_came_in(window, demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.checkin.service import CheckinDesk

    demo.db.dispose()
    other = tmp_path / "laptop-b.sqlite"
    shutil.copy(demo.path, other)
    db_b = open_database(other)
    from asn_event.invitations.collect import collect_invitations

    _event, invitations = collect_invitations(db_b, demo.event_id)
    desk = CheckinDesk(db_b, clock, demo.event_id, desk="Meja B")
    for inv in invitations[:5]:
        desk.scan(inv.code)
    db_b.dispose()
    page = window.show_page("acara")
    page.backup_card.merge_from(other, wait=True)
    box = page.backup_card.report_box
    assert box.isVisible() and "5 check-in baru" in box.text()
    assert events.get_event(demo.db, demo.event_id).checked_in == 5
    box.close()


def answer_boxes(button_text: str, seen: list[str]) -> None:
    """Answer the modal message boxes that appear, as the person at the laptop would: the one offering
    a choice with ``button_text``, any other (a plain notice) with its default button."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.text()}\n{box.informativeText()}")
            wanted = [b for b in box.buttons() if b.text() == button_text]
            (wanted[0] if wanted else box.buttons()[0]).click()
        if len(seen) < 5:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_a_damaged_database_at_start_is_offered_its_newest_good_backup(demo, settings, qtbot, damage_table) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import start_or_offer_restore

    made, _ = backups.make_backup(demo.path)
    demo.db.dispose()
    damage_table(demo.path)  # opens; the check after the first paint finds the damage
    seen: list[str] = []
    answer_boxes("Pulihkan cadangan", seen)
    _app, window, db = start_or_offer_restore(str(demo.path), settings)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: getattr(window, "integrity_checked", None) is True, timeout=30_000)
        assert "rusak" in seen[0] and "150 pendaftaran" in seen[0] and "WIB" in seen[0]
        assert window.integrity_checked
        assert window.event_id == demo.event_id
        assert events.get_event(db, demo.event_id).registered == 150
        assert table_digests(demo.path) == table_digests(made.path)
        assert any(e.label == "damaged" for e in backups.list_backups(demo.path, verify=False))
    finally:
        window.close()
        db.dispose()


def test_declining_the_offer_leaves_the_damaged_file_as_it_was(demo, settings, qtbot, damage) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import start_or_offer_restore

    backups.make_backup(demo.path)
    demo.db.dispose()
    damage(demo.path)
    before = demo.path.read_bytes()
    seen: list[str] = []
    answer_boxes("Tutup", seen)
    try:
        _app, window, db = start_or_offer_restore(str(demo.path), settings)
    except DatabaseDamaged:
        pass  # refused before a window was built
    else:
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)  # told, then closed
        db.dispose()
    assert seen and "rusak" in seen[0]
    assert demo.path.read_bytes() == before


def test_acara_offers_to_purge_only_after_the_retention_date(window, demo) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from sqlalchemy import select

    from asn_event.db.models import Person
    from asn_event.retention import set_retention

    page = window.show_page("acara")
    card = page.privacy_card
    assert card.purge_button.isHidden() and "disimpan sampai" in card.state.text()
    today = window.ctx.clock.now().date()
    set_retention(demo.db, demo.event_id, today - timedelta(days=1))
    page.set_event(demo.event_id)
    assert not card.purge_button.isHidden() and "berakhir" in card.state.text()
    assert card.confirm_and_purge(confirmed=True)
    with demo.db.readers() as session:
        assert session.scalars(select(Person.name).where(~Person.name.like("Peserta %"))).first() is None
    assert card.purge_button.isHidden() and "sudah dihapus" in card.state.text()


def test_the_usb_folder_from_the_settings_receives_each_backup(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.settings_dialog import SettingsDialog

    usb = tmp_path / "FLASHDISK"
    usb.mkdir()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, fill_in)
            return
        dialog.mirror_edit.setText(str(usb))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.edit_settings()  # the organizer types the stick's folder in the settings
    assert window.settings.backup_mirror == str(usb)
    with qtbot.waitSignal(window.backup_timer.sig_done, timeout=20_000):
        window.backup_now()
    (copy,) = usb.glob("demo.*.manual.sqlite")
    assert inspect_copy(copy).registrations == 150


def test_exporting_personal_data_asks_the_organizer_pin(window, demo, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QFileDialog

    from asn_event.ui.checkin.dialogs import PinDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("file") or ("", "")))
    roster = window.show_page("peserta")
    roster.export()
    assert asked == ["file"]  # no PIN set: straight to the file dialog

    set_kiosk_pin(demo.db, window.ctx.clock, demo.event_id, "482916")
    typed: list[str] = []

    def type_pin(dialog: PinDialog) -> int:
        dialog.pin.setText(typed.pop(0) if typed else "")
        if not dialog.pin.text():
            return QDialog.DialogCode.Rejected
        dialog._try_accept()
        return dialog.result() or QDialog.DialogCode.Accepted

    monkeypatch.setattr(PinDialog, "exec", type_pin)
    asked.clear()
    roster.export()  # the organizer walks away: no PIN, no export
    assert asked == []
    typed[:] = ["482916"]
    roster.export()
    assert asked == ["file"]
    asked.clear()
    reports = window.show_page("laporan")
    typed[:] = ["482916"]
    assert reports._ask_path("Daftar hadir", "daftar-hadir", ".pdf", "PDF (*.pdf)") is None  # file dialog cancelled
    assert asked == ["file"]


def test_the_timer_backs_up_only_with_an_event_open_and_something_changed(window, demo, clock, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from asn_event.backups import INTERVAL_MINUTES
    from asn_event.checkin.service import CheckinDesk
    from asn_event.invitations.collect import collect_invitations

    timer = window.backup_timer
    assert timer.timer.isActive() and timer.timer.interval() == INTERVAL_MINUTES * 60_000
    made = lambda: sorted((tmp_path / "backups").glob("demo.*.auto*.sqlite"))  # noqa: E731
    window.set_event(None)
    assert timer.tick() is False and made() == []  # no event open: nothing
    window.set_event(demo.event_id)
    with qtbot.waitSignal(timer.sig_done, timeout=20_000):
        assert timer.tick() is True
    assert len(made()) == 1
    assert timer.tick() is False  # nothing changed since
    _event, invitations = collect_invitations(demo.db, demo.event_id)
    CheckinDesk(demo.db, clock, demo.event_id).scan(invitations[0].code)
    with qtbot.waitSignal(timer.sig_done, timeout=20_000) as done:
        assert timer.tick() is True  # a check-in since the last backup
    assert len(made()) == 2
    assert inspect_copy(done.args[0].made.path).checked_in == 1
