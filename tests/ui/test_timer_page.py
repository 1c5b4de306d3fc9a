"""The Timer page: control view, shortcuts, agenda editor, stage window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from asn_event.stage import service
from asn_event.stage.view import Cue, TimerStatus
from asn_event.ui.stage.agenda_models import AgendaEditModel, ScheduleModel
from asn_event.ui.stage.page import TimerPage


@pytest.fixture
def page(qtbot, ctx, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    result = TimerPage(ctx)
    qtbot.addWidget(result)
    result.sounds.play = lambda cue: None  # type: ignore[method-assign]  # no audio device in CI
    result.set_event(demo.event_id)
    result.resize(1366, 768)
    result.show()
    result.page_shown()
    qtbot.waitExposed(result)
    return result


def press(qtbot, page: TimerPage, key: Qt.Key, text: str = "") -> None:  # type: ignore[no-untyped-def]
    page.control.setFocus()
    qtbot.keyClick(page.control, key)


def test_control_view_shows_the_first_segment_ready(page: TimerPage) -> None:
    assert page.control.time_label.text() == "10:00"
    assert "Pembukaan" in page.control.current_label.text()
    assert "Laporan Kepala BKPSDM" in page.control.next_label.text()
    assert page.control.status_chip.text() == "SIAP"
    assert page.control.schedule.rowCount() == 5


def test_space_starts_and_pauses_and_the_time_runs_from_the_clock(page: TimerPage, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.timer is not None and page.timer.status is TimerStatus.RUNNING
    assert page.control.status_chip.text() == "BERJALAN"
    clock.advance(75)
    page.refresh()
    assert page.control.time_label.text() == "08:45"
    assert page.control.preview.view is not None and page.control.preview.view.time_text == "08:45"
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.control.status_chip.text() == "DIJEDA"


def test_n_and_p_move_through_the_agenda(page: TimerPage, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    clock.advance(600)
    press(qtbot, page, Qt.Key.Key_N)
    assert "Laporan Kepala BKPSDM" in page.control.current_label.text()
    assert page.control.time_label.text() == "15:00"
    assert page.control.schedule.data(page.control.schedule.index(0, ScheduleModel.ACTUAL)) == "10:00"
    press(qtbot, page, Qt.Key.Key_P)
    assert "Pembukaan" in page.control.current_label.text()


def test_plus_and_minus_change_the_time_and_the_schedule_offset(page: TimerPage, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    press(qtbot, page, Qt.Key.Key_Plus)
    press(qtbot, page, Qt.Key.Key_Plus)
    assert page.control.time_label.text() == "12:00"
    press(qtbot, page, Qt.Key.Key_Minus)
    assert page.control.time_label.text() == "11:00"
    clock.advance(60 * 60)  # the demo starts at 09.00: an hour past, the programme is late
    page.refresh()
    assert page.control.offset_label.text().endswith("menit dari jadwal")
    assert page.control.offset_label.text().startswith("+")
    assert page.control.status_chip.text() == "LEWAT WAKTU"
    assert page.control.time_label.text() == "+49:00"


def test_b_blacks_out_the_stage_and_m_asks_for_a_message(page: TimerPage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_B)
    assert page.control.preview.view is not None and page.control.preview.view.blackout
    assert page.control.actions["blackout"].isChecked()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Waktu habis", True))
    press(qtbot, page, Qt.Key.Key_M)
    assert page.control.preview.view.message == "Waktu habis"
    assert "Waktu habis" in page.control.message_label.text()
    press(qtbot, page, Qt.Key.Key_M)  # M again takes the message away
    assert page.control.preview.view.message is None


def test_every_transition_is_saved(page: TimerPage, qtbot, clock, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    clock.advance(200)
    press(qtbot, page, Qt.Key.Key_N)
    clock.advance(30)
    reloaded = service.load_timer(ctx.db, clock, demo.event_id).timer
    assert reloaded.view().title == "Laporan Kepala BKPSDM"
    assert reloaded.view().time_text == "14:30"


def test_a_reopened_page_resumes_the_running_segment(page: TimerPage, qtbot, clock, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    clock.advance(90)
    again = TimerPage(ctx)
    qtbot.addWidget(again)
    again.set_event(demo.event_id)
    assert again.control.time_label.text() == "08:30"
    assert again.control.status_chip.text() == "BERJALAN"


def test_agenda_editor_saves_while_running_without_losing_time(page: TimerPage, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    clock.advance(120)
    page.tabs.setCurrentWidget(page.editor)
    model = page.editor.model
    assert model.move(3, 0)  # the dialog first (drag or the arrows)
    model.setData(model.index(1, AgendaEditModel.MINUTES), "12")  # Pembukaan: 12 minutes
    page.editor.save_button.click()
    assert not page.editor.error_label.isVisible()
    assert page.control.time_label.text() == "10:00"  # 12 minutes, 2 run
    assert "Pembukaan" in page.control.current_label.text()
    assert page.control.schedule.data(page.control.schedule.index(0, ScheduleModel.TITLE)).startswith(
        "Dialog"
    )


def test_agenda_editor_refuses_bad_durations_in_words(page: TimerPage) -> None:
    page.tabs.setCurrentWidget(page.editor)
    model = page.editor.model
    model.setData(model.index(0, AgendaEditModel.MINUTES), "0")
    page.editor.save_button.click()
    assert page.editor.error_label.isVisible()
    assert "harus lebih dari 0 menit" in page.editor.error_label.text()
    model.setData(model.index(0, AgendaEditModel.MINUTES), "1000")
    page.editor.save_button.click()
    assert "1.000 menit terlalu panjang" in page.editor.error_label.text()  # thousands grouped


def test_deleting_the_running_segment_is_refused(page: TimerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page, Qt.Key.Key_Space)
    page.tabs.setCurrentWidget(page.editor)
    page.editor.table.selectRow(0)
    page.editor.remove_button.click()
    page.editor.save_button.click()
    assert "sedang berjalan" in page.editor.error_label.text()
    assert page.timer is not None and page.timer.status is TimerStatus.RUNNING


def test_cues_flash_the_stage_when_switched_on(page: TimerPage, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    played = []
    page.sounds.play = played.append  # type: ignore[method-assign]
    press(qtbot, page, Qt.Key.Key_Space)
    clock.advance(8 * 60 + 1)
    page.refresh()
    assert played == []  # sound at the warning is off by default
    assert page.control.preview._flash is not None
    clock.advance(100)
    page.refresh()
    assert played == [Cue.DANGER]


def test_stage_window_shows_the_same_view_and_comes_back_when_unplugged(page: TimerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show_stage()
    window = page.stage_window
    assert window is not None and window.isVisible()
    assert window.display.view is not None and window.display.view.time_text == "10:00"
    # pretend it went full screen on a second screen that is then unplugged
    window.target_screen = QGuiApplication.primaryScreen()
    window.screen_removed(QGuiApplication.primaryScreen())
    assert window.isVisible() and not window.isFullScreen()
    assert "kembali ke layar utama" in page.notice.text()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the shortcuts work on the stage window too
    assert page.timer is not None and page.timer.status is TimerStatus.RUNNING


def test_the_keys_work_again_after_a_visit_to_the_agenda_tab(page: TimerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.editor)
    page.tabs.tabBar().setFocus()  # a click on the tab bar leaves the focus there
    page.tabs.setCurrentWidget(page.control)
    focused = page.focusWidget()
    assert focused is page.control or page.control.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_N)  # no click into "Kendali" first
    assert "Laporan Kepala BKPSDM" in page.control.current_label.text()


def test_the_stage_window_takes_the_timer_keys_as_it_opens(page: TimerPage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page.show_stage()
    window = page.stage_window
    assert window is not None and window.focusWidget() is window  # no click needed before the keys
    target = window.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert page.timer is not None and page.timer.status is TimerStatus.RUNNING
    qtbot.keyClick(target, Qt.Key.Key_Minus)
    assert window.display.view is not None and window.display.view.time_text == "09:00"
    qtbot.keyClick(target, Qt.Key.Key_B)
    assert window.display.view.blackout
    qtbot.keyClick(target, Qt.Key.Key_B)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Mohon disimpulkan", True))
    qtbot.keyClick(target, Qt.Key.Key_M)
    assert window.display.view.message == "Mohon disimpulkan"


def test_f11_and_a_double_click_make_the_stage_full_screen_on_the_only_screen(page: TimerPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert len(QGuiApplication.screens()) == 1  # a projector mirroring the laptop
    page.show_stage()
    window = page.stage_window
    assert window is not None and not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    qtbot.mouseDClick(window, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)


def test_after_a_restart_during_a_segment_the_stage_display_comes_back(
    page: TimerPage, qtbot, clock, ctx, demo, settings
) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.main_window import MainWindow

    press(qtbot, page, Qt.Key.Key_Space)  # a speaker is on; then the laptop crashes and restarts
    clock.advance(30)
    window = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: (
            "timer" in window.pages
            and window.pages["timer"].stage_window is not None
            and window.pages["timer"].stage_window.isVisible()
        ),
        timeout=3000,
    )
    assert window.pages["timer"].stage_window.display.view.time_text == "09:30"
