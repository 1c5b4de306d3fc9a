"""The Timer page: run the agenda on stage and edit it.

Tab "Kendali" runs the clock (buttons and Space, N, P, +, -, B, M), shows planned against actual and
a live preview of the stage display; tab "Agenda" edits the segments. The engine is
:class:`asn_event.stage.StageTimer`; every change is saved through :mod:`asn_event.stage.service`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.stage import service
from asn_event.stage.agenda import AgendaError
from asn_event.stage.engine import PRESET_MESSAGES, StageTimer, TimerError
from asn_event.stage.schedule import offset_minutes, schedule_offset, schedule_rows, timer_records
from asn_event.stage.view import AlertKind, Cue, Phase, StageQr, TimerStatus
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import error_text
from asn_event.ui.shell.page import Page
from asn_event.ui.stage.agenda_editor import AgendaEditor
from asn_event.ui.stage.timer_control import TimerControl
from asn_event.ui.stage.window import CueAlerts, StageWindow, screen_label, screen_tooltip

REFRESH_MS = 100


@dataclass(frozen=True)
class _Loaded:
    title: str
    timer: service.LoadedTimer
    entries: list  # type: ignore[type-arg]


def _load(ctx: AppContext, event_id: int) -> _Loaded:
    """The event's title, saved timer and agenda (on the task pool for a server database)."""
    from asn_event import events as event_service

    title = event_service.get_event(ctx.db, event_id).title
    return _Loaded(
        title, service.load_timer(ctx.db, ctx.clock, event_id), service.list_agenda(ctx.db, event_id)
    )


class TimerPage(Page):
    page_key = "timer"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.timer: StageTimer | None = None
        self.scheduled_start = None
        self.stage_window: StageWindow | None = None
        self.stage_qr: StageQr | None = None
        self.sounds = CueAlerts()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        head, self.title_label, self.subtitle_label = self.header(self.tr("Timer"))
        outer.addWidget(head)
        self.notice = QLabel()
        self.notice.setObjectName("errorText")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        self.control = TimerControl(
            {
                "toggle": self.toggle,
                "previous": self.previous_segment,
                "next": self.next_segment,
                "minus": lambda: self.add_minutes(-1),
                "plus": lambda: self.add_minutes(1),
                "message": self.ask_message,
                "blackout": self.toggle_blackout,
                "stage": self.show_stage,
                "reset_segment": lambda: self._command(StageTimer.reset_segment),
                "reset_all": self.reset_all,
            }
        )
        self.control.clock_action.toggled.connect(lambda on: self._command(lambda t: t.set_show_clock(on)))
        for (kind, cue), action in self.control.alert_actions.items():
            action.toggled.connect(lambda on, k=kind, c=cue: self._command(lambda t: t.set_alert(k, c, on)))
        self.tabs.addTab(self.control, theme.icon("timer", size=16), self.tr("Kendali"))
        self.editor = AgendaEditor()
        self.editor.sig_save_requested.connect(self.save_agenda)
        self.editor.sig_default_requested.connect(self.use_default_agenda)
        self.control.screen_combo.currentIndexChanged.connect(self._screen_chosen)
        self.tabs.addTab(self.editor, theme.icon("list", size=16), self.tr("Agenda"))
        # Back on "Kendali", the keys (Space, N, P ...) work again without a click into it.
        self.tabs.currentChanged.connect(
            lambda index: self.control.setFocus() if self.tabs.widget(index) is self.control else None
        )

        self.ticker = QTimer(self)
        self.ticker.setInterval(REFRESH_MS)
        self.ticker.timeout.connect(self.refresh)
        self._set_enabled(False)

    # -- event and state -------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.timer = None
        self.control.clear_shown()
        self.show_notice(None)
        if event_id is None:
            self.subtitle_label.setText(self.tr("Belum ada acara. Buat acara di halaman Acara."))
            self.editor.set_entries([])
            self._set_enabled(False)
            self.ticker.stop()
            return
        self._set_enabled(False)
        self.ticker.stop()
        if not self.tasks.inline:
            self.subtitle_label.setText(self.tr("Memuat…"))
        self.tasks.run("timer", lambda: _load(self.ctx, event_id), self._loaded, self._load_failed)

    def _load_failed(self, message: str) -> None:
        self.show_notice(message)
        self._set_enabled(False)

    def _loaded(self, loaded: _Loaded) -> None:
        self.subtitle_label.setText(loaded.title)
        self.timer, self.scheduled_start = loaded.timer.timer, loaded.timer.scheduled_start
        notice = loaded.timer.notice
        self.show_notice(error_text(notice) if notice else None)
        self.editor.set_entries(loaded.entries, self._current_key())
        self._sync_options()
        self._set_enabled(True)
        self.ticker.start()
        self.refresh()
        if self._segment_runs() and (self.stage_window is None or not self.stage_window.isVisible()):
            # Back after a crash or a restart while a speaker is on: the stage display returns by itself.
            QTimer.singleShot(0, self, self.show_stage)

    def _segment_runs(self) -> bool:
        return self.timer is not None and self.timer.status in (TimerStatus.RUNNING, TimerStatus.OVERTIME)

    def page_shown(self) -> None:
        self._fill_screens()
        self.control.setFocus()
        self.refresh()

    def _set_enabled(self, on: bool) -> None:
        for action in self.control.actions.values():
            action.setEnabled(on)
        self.editor.setEnabled(on)

    def _offset_words(self, minutes: int | None) -> str:
        """How far the day runs from its schedule: ``+4 menit dari jadwal``, ``Tepat jadwal``."""
        if minutes is None:
            return self.tr("Belum dimulai")
        if minutes == 0:
            return self.tr("Tepat jadwal")
        if minutes > 0:
            return self.tr("+%n menit dari jadwal", "", minutes)
        return self.tr("-%n menit dari jadwal", "", -minutes)

    def _current_key(self) -> int | None:
        current = self.timer.current if self.timer else None
        return current.key if current is not None else None  # type: ignore[return-value]

    def _sync_options(self) -> None:
        if self.timer is None:
            return
        self.control.clock_action.blockSignals(True)
        self.control.clock_action.setChecked(self.timer.show_clock)
        self.control.clock_action.blockSignals(False)
        for (kind, cue), action in self.control.alert_actions.items():
            action.blockSignals(True)
            action.setChecked(self.timer.alerts.enabled(kind, cue))
            action.blockSignals(False)

    def show_notice(self, message: str | None) -> None:
        self.notice.setText(message or "")
        self.notice.setVisible(bool(message))

    # -- commands --------------------------------------------------------------------------
    def _command(self, command: Callable[[StageTimer], bool]) -> bool:
        """Run one timer command; save when it changed something; show refusals in words."""
        if self.timer is None:
            return False
        try:
            changed = command(self.timer)
        except (TimerError, AgendaError) as error:
            self.show_notice(error_text(error))
            return False
        if changed:
            self.show_notice(None)
            db, clock, event_id, timer = self.ctx.db, self.ctx.clock, self.event_id or 0, self._snapshot()
            self.tasks.write(
                lambda: service.save_timer(db, clock, event_id, timer), lambda _: None, self._not_saved
            )
        self.refresh()
        return changed

    def _snapshot(self) -> StageTimer:
        """The timer as it is now, for a worker to store while this one keeps running."""
        return copy.deepcopy(self.timer, {id(self.ctx.clock): self.ctx.clock})  # type: ignore[return-value]

    def _not_saved(self, message: str) -> None:
        self.show_notice(
            self.tr("Timer tetap berjalan, tetapi keadaannya tidak tersimpan: %1").replace("%1", message)
        )

    def toggle(self) -> None:
        self._command(StageTimer.toggle)

    def next_segment(self) -> None:
        self._command(StageTimer.next_segment)

    def previous_segment(self) -> None:
        self._command(StageTimer.previous_segment)

    def add_minutes(self, minutes: int) -> None:
        self._command(lambda t: t.add_minutes(minutes))

    def toggle_blackout(self) -> None:
        self._command(lambda t: t.set_blackout(not t.blackout))

    def show_message(self, text: str | None) -> None:
        self._command(lambda t: t.show_message(text))

    def ask_message(self) -> None:
        """M: take the message away if one is shown, else ask for one (a preset or free text)."""
        if self.timer is None:
            return
        if self.timer.message:
            self.show_message(None)
            return
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Pesan ke pembicara"),
            self.tr("Pesan di layar panggung:"),
            list(PRESET_MESSAGES),
            0,
            True,
        )
        if ok:
            self.show_message(text)

    def reset_all(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Ulangi seluruh agenda"),
            self.tr("Semua waktu sebenarnya akan dihapus dan timer kembali ke sesi pertama. Lanjutkan?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._command(StageTimer.reset)

    def save_agenda(self, entries: list) -> None:  # type: ignore[type-arg]
        if self.timer is None or self.event_id is None:
            return
        db, clock, event_id, timer = self.ctx.db, self.ctx.clock, self.event_id, self._snapshot()
        self.tasks.write(
            lambda: (service.save_agenda(db, clock, event_id, entries, timer), timer),
            lambda saved: self._agenda_saved(event_id, *saved, said=self.tr("Agenda disimpan.")),
            self.editor.show_error,
        )

    def _agenda_saved(self, event_id: int, saved: list, timer: StageTimer, said: str = "") -> None:  # type: ignore[type-arg]
        """The agenda is stored: the running timer takes its segments (the saved copy checked them)."""
        if event_id != self.event_id or self.timer is None:
            return
        try:
            self.timer.set_segments(list(timer.segments))
        except (AgendaError, TimerError) as error:  # the segment was changed meanwhile on this desk
            self.editor.show_error(error_text(error))
            return
        self.editor.set_entries(saved, self._current_key())
        if said:
            self.sig_status.emit(said)
        self.refresh()

    def use_default_agenda(self) -> None:
        if self.timer is None or self.event_id is None:
            return
        db, clock, event_id, timer = self.ctx.db, self.ctx.clock, self.event_id, self._snapshot()
        self.tasks.write(
            lambda: (service.use_default_agenda(db, clock, event_id, timer), timer),
            lambda saved: self._agenda_saved(event_id, *saved),
            self.editor.show_error,
        )

    # -- the stage screen ------------------------------------------------------------------
    def _fill_screens(self) -> None:
        screens = QGuiApplication.screens()
        chosen = self.control.screen_combo.currentIndex()
        self.control.screen_combo.clear()
        for index, screen in enumerate(screens):
            self.control.screen_combo.addItem(screen_label(screen, index))
            tooltip = screen_tooltip(screen, index)
            self.control.screen_combo.setItemData(index, tooltip, Qt.ItemDataRole.ToolTipRole)
        primary = QGuiApplication.primaryScreen()
        other = next((i for i, s in enumerate(screens) if s is not primary), 0)
        self.control.screen_combo.setCurrentIndex(chosen if 0 <= chosen < len(screens) else other)
        self._screen_chosen()

    def _screen_chosen(self) -> None:
        """The closed picker shows its item's tooltip too: which screen "Layar 2" is."""
        combo = self.control.screen_combo
        combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))

    def show_stage(self) -> None:
        if self.stage_window is None:
            self.stage_window = StageWindow(self)
            self.stage_window.add_shortcuts(list(self.control.actions.values()))
            self.stage_window.sig_returned_to_main.connect(self._stage_came_back)
        screens = QGuiApplication.screens()
        index = self.control.screen_combo.currentIndex()
        self.stage_window.show_on(screens[index] if 0 <= index < len(screens) else None)
        self.refresh()

    def show_qr(self, qr: StageQr | None) -> None:
        """Put the phone form's QR code on the stage display (opening it if needed); None takes it off.

        The timer keeps running underneath and comes back as it is when the code is taken off.
        """
        self.stage_qr = qr
        if qr is not None and (self.stage_window is None or not self.stage_window.isVisible()):
            self._fill_screens()
            self.show_stage()
        if self.stage_window is not None:
            self.stage_window.set_qr(qr)
        self.control.preview.set_qr(qr)

    def _stage_came_back(self) -> None:
        message = self.tr(
            "Layar panggung terlepas. Tampilannya kembali ke layar utama; timer tetap berjalan."
        )
        self.show_notice(message)
        self.sig_status.emit(message)
        self._fill_screens()

    # -- refresh ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the timer as it is now (called every 100 ms and after each command)."""
        if self.timer is None:
            return
        view = self.timer.view()
        if self.stage_window is not None and self.stage_window.isVisible():
            self.stage_window.set_view(view)
        for cue in self.timer.take_cues():
            self._cue(cue, view.phase)
        self.control.show_state(
            view,
            self.timer.next,
            self._offset_words(offset_minutes(schedule_offset(self.timer, self.scheduled_start))),
            schedule_rows(timer_records(self.timer), self.scheduled_start),
        )
        self.editor.set_running(self._current_key())

    def _cue(self, cue: Cue, phase: Phase) -> None:
        assert self.timer is not None
        if self.timer.alerts.enabled(AlertKind.SOUND, cue):
            self.sounds.play(cue)
            if self.sounds.error:
                self.show_notice(self.sounds.error)
                self.sounds.error = None
        if self.timer.alerts.enabled(AlertKind.FLASH, cue):
            self.control.preview.flash(phase)
            if self.stage_window is not None and self.stage_window.isVisible():
                self.stage_window.flash(phase)
