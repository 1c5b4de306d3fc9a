"""The main window on a temporary database: every page opens, the event switcher drives the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from asn_event import events
from asn_event.ui.events.page import AcaraPage
from asn_event.ui.shell.main_window import MainWindow
from asn_event.ui.shell.pages import PAGES


@pytest.fixture
def window(qtbot, ctx, settings, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.show()
    return win


def test_every_page_opens_with_the_event(window, demo) -> None:  # type: ignore[no-untyped-def]
    for spec in PAGES:
        page = window.show_page(spec.key)
        assert window.stack.currentWidget().isAncestorOf(page)
        assert page.event_id == demo.event_id
        assert page.isVisible()
    assert "Coaching Manajemen Kepegawaian" in window.top_title.text()
    assert str(demo.path) in window.db_label.text()


def test_acara_page_refuses_an_empty_title_with_a_visible_message(window, demo, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    assert isinstance(page, AcaraPage)
    page.title_edit.clear()
    page.save_button.click()
    assert page.errors["title"].isVisible()
    assert "wajib" in page.errors["title"].text()
    assert events.get_event(demo.db, demo.event_id).title == "Coaching Manajemen Kepegawaian"


def test_copy_for_next_session_switches_to_the_new_event(window, demo) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("acara")
    assert isinstance(page, AcaraPage)
    page.copy_button.click()
    page.title_edit.setText("Coaching Manajemen Kepegawaian Sesi 2")
    page.venue_edit.setText("Pendopo Kecamatan Magersari")
    page.save_button.click()
    assert window.event_id != demo.event_id
    assert window.switcher.count() == 2
    assert "Sesi 2" in window.switcher.currentText()
    info = events.get_event(demo.db, window.event_id)
    assert info.registered == 0


def test_screenshot_renders_a_page_to_png(ctx, demo, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.screenshots import ScreenshotRequest, render

    out = render(ctx, demo.event_id, ScreenshotRequest("peserta", QSize(1366, 768)), tmp_path / "p.png")
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_settings_dialog_renames_the_desk_for_later_check_ins(window, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.settings_dialog import SettingsDialog

    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.desk_edit.setText("  Meja   2 ")
        dialog.staff_edit.setText("Rina")
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.desk_button.click()
    assert window.ctx.desk == "Meja 2" and window.ctx.staff == "Rina"
    assert settings.desk_name == "Meja 2"
    assert window.desk_button.text() == "Meja 2"


def test_the_organizer_sets_the_kiosk_pin_on_the_acara_page(window, demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_event.checkin import options
    from asn_event.ui.checkin.dialogs import PinDialog

    page = window.show_page("acara")
    assert "Belum ada PIN" in page.pin_state.text()

    def fake_exec(dialog: PinDialog) -> int:
        dialog.pin.setText("482915")
        dialog.again.setText("482915")
        return 1

    monkeypatch.setattr(PinDialog, "exec", fake_exec)
    page.pin_button.click()
    assert "sudah diatur" in page.pin_state.text()
    assert options.check_kiosk_pin(demo.db, demo.event_id, "482915")
    assert not options.check_kiosk_pin(demo.db, demo.event_id, "000000")


def test_a_muted_desk_stays_muted_after_a_restart(qtbot, ctx, settings, demo) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(first)
    page = first.show_page("checkin")
    assert not page.sounds.muted
    page.mute.click()
    assert page.sounds.muted and settings.sound_muted
    second = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(second)
    assert second.show_page("checkin").sounds.muted


def test_a_remembered_event_that_is_gone_falls_back_to_the_newest(qtbot, ctx, settings, demo) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, settings, 999)  # e.g. the last event of another database
    qtbot.addWidget(win)
    assert win.event_id == demo.event_id
    assert "Coaching Manajemen Kepegawaian" in win.switcher.currentText()


def test_the_window_opens_within_the_screen_and_as_it_was_left(qtbot, ctx, settings, demo) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    area = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(first)
    first.show_on_screen()
    qtbot.waitExposed(first)
    assert first.isMaximized()  # the first time: all the free room, never more
    assert first.frameGeometry().height() <= area.height()
    first.showNormal()
    first.setGeometry(QRect(area.x(), area.y() + 30, 860, 450))
    qtbot.waitUntil(lambda: first.size() == QSize(860, 450), timeout=2000)
    first.close()
    again = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(again)
    again.show_on_screen()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert again.size() == QSize(860, 450)  # remembered, not the screen's size
