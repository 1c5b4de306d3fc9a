"""The Timer page: run the agenda on stage and edit it.

Tab "Kendali" runs the clock (buttons and Space, N, P, +, -, B, M), shows planned against actual and
a live preview of the stage display; tab "Agenda" edits the segments. The engine is
:class:`asn_event.stage.StageTimer`; every change is saved through :mod:`asn_event.stage.service`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.db.errors import DatabaseError
from asn_event.stage import service
from asn_event.stage.agenda import AgendaError
from asn_event.stage.engine import PRESET_MESSAGES, StageTimer, TimerError
from asn_event.stage.schedule import offset_text, schedule_offset, schedule_rows, timer_records
from asn_event.stage.view import AlertKind, Cue, Phase, TimerStatus
from asn_event.ui import theme
from asn_event.ui.agenda_editor import AgendaEditor
from asn_event.ui.agenda_models import ScheduleModel
from asn_event.ui.pages.base import Page
from asn_event.ui.stage_display import StageDisplay
from asn_event.ui.stage_window import CueAlerts, StageWindow, screen_label

REFRESH_MS = 100
_STATUS_WORDS = {
    TimerStatus.IDLE: ("SIAP", theme.NEUTRAL, "clock"),
    TimerStatus.RUNNING: ("BERJALAN", theme.SUCCESS, "play"),
    TimerStatus.PAUSED: ("DIJEDA", theme.WARNING, "pause"),
    TimerStatus.OVERTIME: ("LEWAT WAKTU", theme.DANGER, "triangle-alert"),
    TimerStatus.FINISHED: ("SELESAI", theme.NEUTRAL, "check"),
}
_TIME_COLOURS = {
    Phase.NORMAL: theme.TEXT,
    Phase.WARNING: "#B7791F",
    Phase.DANGER: theme.DANGER.fg,
    Phase.OVERTIME: theme.DANGER.fg,
}
_CUE_WORDS = {Cue.WARNING: "kuning", Cue.DANGER: "merah", Cue.END: "waktu habis"}


class TimerPage(Page):
    page_key = "timer"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.timer: StageTimer | None = None
        self.scheduled_start = None
        self.stage_window: StageWindow | None = None
        self.sounds = CueAlerts()
        self._shown: dict[str, str] = {}

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

        self.control = self._build_control()
        self.tabs.addTab(self.control, theme.icon("timer", size=16), self.tr("Kendali"))
        self.editor = AgendaEditor()
        self.editor.sig_save_requested.connect(self.save_agenda)
        self.editor.sig_default_requested.connect(self.use_default_agenda)
        self.tabs.addTab(self.editor, theme.icon("list", size=16), self.tr("Agenda"))

        self.ticker = QTimer(self)
        self.ticker.setInterval(REFRESH_MS)
        self.ticker.timeout.connect(self.refresh)
        self._set_enabled(False)

    # -- building ---------------------------------------------------------------------------
    def _build_control(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(16)

        card = QFrame()
        card.setObjectName("card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.status_icon = QLabel()
        self.status_chip = QLabel()
        self.offset_label = QLabel()
        self.offset_label.setObjectName("sectionTitle")
        top.addWidget(self.status_icon)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        top.addWidget(self.offset_label)
        column.addLayout(top)
        self.current_label = QLabel()
        self.current_label.setFont(theme.font(16, bold=True))
        self.current_label.setWordWrap(True)
        self.time_label = QLabel("00:00")
        self.time_label.setFont(theme.font(54, bold=True))
        self.next_label = QLabel()
        self.next_label.setObjectName("muted")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        for widget in (self.current_label, self.time_label, self.next_label, self.message_label):
            column.addWidget(widget)
        column.addStretch(1)
        grid.addWidget(card, 0, 0)

        preview_box = QVBoxLayout()
        self.preview = StageDisplay(animate=True)
        self.preview.setFixedSize(352, 198)
        self.preview.setToolTip(self.tr("Pratinjau layar panggung"))
        preview_box.addWidget(self.preview)
        self.screen_combo = QComboBox()
        self.stage_button = QPushButton(
            theme.icon("monitor", size=16), self.tr("Tampilkan di layar panggung")
        )
        self.stage_button.clicked.connect(self.show_stage)
        preview_box.addWidget(self.screen_combo)
        preview_box.addWidget(self.stage_button)
        preview_box.addStretch(1)
        grid.addLayout(preview_box, 0, 1)

        self.actions: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        specs: list[tuple[str, str, str, list[str], Callable[[], object]]] = [
            ("toggle", self.tr("Mulai (Spasi)"), "play", ["Space"], self.toggle),
            ("previous", self.tr("Sebelumnya (P)"), "skip-back", ["P"], self.previous_segment),
            ("next", self.tr("Berikutnya (N)"), "skip-forward", ["N"], self.next_segment),
            ("minus", self.tr("1 menit (-)"), "minus", ["-", "_"], lambda: self.add_minutes(-1)),
            ("plus", self.tr("1 menit (+)"), "plus", ["+", "="], lambda: self.add_minutes(1)),
            ("message", self.tr("Pesan (M)"), "message-circle", ["M"], self.ask_message),
            ("blackout", self.tr("Layar gelap (B)"), "eye-off", ["B"], self.toggle_blackout),
        ]
        for key, text, icon_name, keys, slot in specs:
            action = QAction(theme.icon(icon_name, size=16), text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            box.addAction(action)
            self.actions[key] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the timer, not a button
            buttons.addWidget(button)
        self.actions["blackout"].setCheckable(True)
        self.toggle_button = buttons.itemAt(0).widget()
        buttons.addStretch(1)
        buttons.addWidget(self._options_button())
        buttons.addWidget(self._reset_button())
        grid.addLayout(buttons, 1, 0, 1, 2)

        self.schedule = ScheduleModel(self)
        self.schedule_view = QTableView()
        self.schedule_view.setModel(self.schedule)
        self.schedule_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.schedule_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.schedule_view.verticalHeader().hide()
        header = self.schedule_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScheduleModel.TITLE, QHeaderView.ResizeMode.Stretch)
        grid.addWidget(self.schedule_view, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return box

    @staticmethod
    def _menu_button(text: str, icon_name: str) -> tuple[QToolButton, QMenu]:
        button = QToolButton()
        button.setText(text)
        button.setIcon(theme.icon(icon_name, size=16))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(button)
        button.setMenu(menu)
        return button, menu

    def _options_button(self) -> QToolButton:
        button, menu = self._menu_button(self.tr("Opsi"), "settings")
        button.setToolTip(self.tr("Jam di layar panggung, bunyi dan kilat peringatan"))
        self.clock_action = menu.addAction(self.tr("Tampilkan jam di layar panggung"))
        self.clock_action.setCheckable(True)
        self.clock_action.toggled.connect(lambda on: self._command(lambda t: t.set_show_clock(on)))
        menu.addSeparator()
        self.alert_actions: dict[tuple[AlertKind, Cue], QAction] = {}
        for kind, label in (
            (AlertKind.SOUND, self.tr("Bunyi")),
            (AlertKind.FLASH, self.tr("Kilat di panggung")),
        ):
            for cue in Cue:
                action = menu.addAction(f"{label}: {self.tr(_CUE_WORDS[cue])}")
                action.setCheckable(True)
                action.toggled.connect(
                    lambda on, k=kind, c=cue: self._command(lambda t: t.set_alert(k, c, on))
                )
                self.alert_actions[(kind, cue)] = action
        return button

    def _reset_button(self) -> QToolButton:
        button, menu = self._menu_button(self.tr("Ulangi"), "rotate-ccw")
        menu.addAction(self.tr("Ulangi sesi ini dari awal"), lambda: self._command(StageTimer.reset_segment))
        menu.addAction(self.tr("Ulangi seluruh agenda (hapus waktu sebenarnya)…"), self.reset_all)
        return button

    # -- event and state -------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        super().set_event(event_id)
        self.timer = None
        self._shown.clear()
        self.show_notice(None)
        if event_id is None:
            self.subtitle_label.setText(self.tr("Belum ada acara. Buat acara di halaman Acara."))
            self.editor.set_entries([])
            self._set_enabled(False)
            self.ticker.stop()
            return
        try:
            from asn_event import events as event_service

            self.subtitle_label.setText(event_service.get_event(self.ctx.db, event_id).title)
            loaded = service.load_timer(self.ctx.db, self.ctx.clock, event_id)
            entries = service.list_agenda(self.ctx.db, event_id)
        except (DatabaseError, AgendaError) as error:
            self.show_notice(str(error))
            self._set_enabled(False)
            return
        self.timer, self.scheduled_start = loaded.timer, loaded.scheduled_start
        self.show_notice(loaded.notice)
        self.editor.set_entries(entries, self._current_key())
        self._sync_options()
        self._set_enabled(True)
        self.ticker.start()
        self.refresh()

    def page_shown(self) -> None:
        self._fill_screens()
        self.control.setFocus()
        self.refresh()

    def _set_enabled(self, on: bool) -> None:
        for action in getattr(self, "actions", {}).values():
            action.setEnabled(on)
        self.editor.setEnabled(on)

    def _current_key(self) -> int | None:
        current = self.timer.current if self.timer else None
        return current.key if current is not None else None  # type: ignore[return-value]

    def _sync_options(self) -> None:
        if self.timer is None:
            return
        self.clock_action.blockSignals(True)
        self.clock_action.setChecked(self.timer.show_clock)
        self.clock_action.blockSignals(False)
        for (kind, cue), action in self.alert_actions.items():
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
            self.show_notice(str(error))
            return False
        if changed:
            self.show_notice(None)
            try:
                service.save_timer(self.ctx.db, self.ctx.clock, self.event_id or 0, self.timer)
            except DatabaseError as error:
                self.show_notice(
                    self.tr("Timer tetap berjalan, tetapi keadaannya tidak tersimpan: %1").replace(
                        "%1", str(error)
                    )
                )
        self.refresh()
        return changed

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
        try:
            saved = service.save_agenda(self.ctx.db, self.ctx.clock, self.event_id, entries, self.timer)
        except (AgendaError, TimerError, DatabaseError) as error:
            self.editor.show_error(str(error))
            return
        self.editor.set_entries(saved, self._current_key())
        self.sig_status.emit(self.tr("Agenda disimpan."))
        self.refresh()

    def use_default_agenda(self) -> None:
        if self.timer is None or self.event_id is None:
            return
        try:
            saved = service.use_default_agenda(self.ctx.db, self.ctx.clock, self.event_id, self.timer)
        except (AgendaError, TimerError, DatabaseError) as error:
            self.editor.show_error(str(error))
            return
        self.editor.set_entries(saved, self._current_key())
        self.refresh()

    # -- the stage screen ------------------------------------------------------------------
    def _fill_screens(self) -> None:
        screens = QGuiApplication.screens()
        chosen = self.screen_combo.currentIndex()
        self.screen_combo.clear()
        for index, screen in enumerate(screens):
            self.screen_combo.addItem(screen_label(screen, index))
        primary = QGuiApplication.primaryScreen()
        other = next((i for i, s in enumerate(screens) if s is not primary), 0)
        self.screen_combo.setCurrentIndex(chosen if 0 <= chosen < len(screens) else other)

    def show_stage(self) -> None:
        if self.stage_window is None:
            self.stage_window = StageWindow(self)
            self.stage_window.add_shortcuts(list(self.actions.values()))
            self.stage_window.sig_returned_to_main.connect(self._stage_came_back)
        screens = QGuiApplication.screens()
        index = self.screen_combo.currentIndex()
        self.stage_window.show_on(screens[index] if 0 <= index < len(screens) else None)
        self.refresh()

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
        self.preview.set_view(view)
        if self.stage_window is not None and self.stage_window.isVisible():
            self.stage_window.set_view(view)
        for cue in self.timer.take_cues():
            self._cue(cue, view.phase)
        word, tone, icon_name = _STATUS_WORDS[view.status]
        if self._shown.get("status") != word:
            self.status_icon.setPixmap(theme.icon_pixmap(icon_name, tone.fg, 20))
        self._set_text("status", self.status_chip, self.tr(word))
        self._set_style(
            "status",
            self.status_chip,
            f"color:{tone.fg};background:{tone.bg};padding:4px 10px;border-radius:10px;font-weight:700;",
        )
        self._set_text("time", self.time_label, view.time_text)
        self._set_style("time", self.time_label, f"color:{_TIME_COLOURS[view.phase]};")
        title = f"{view.title} · {view.speaker}" if view.speaker else view.title
        self._set_text("current", self.current_label, title)
        upcoming = self.timer.next
        self._set_text(
            "next",
            self.next_label,
            self.tr("Berikutnya: %1").replace(
                "%1", f"{upcoming.title} ({upcoming.planned_seconds // 60} menit)"
            )
            if upcoming
            else self.tr("Tidak ada sesi berikutnya."),
        )
        message = self.tr("Pesan di panggung: %1").replace("%1", view.message) if view.message else ""
        if view.blackout:
            message = (message + "  " if message else "") + self.tr("Layar panggung gelap.")
        self._set_text("message", self.message_label, message)
        self._set_text(
            "offset", self.offset_label, offset_text(schedule_offset(self.timer, self.scheduled_start))
        )
        self._set_text(
            "toggle",
            self.actions["toggle"],
            self.tr("Jeda (Spasi)")
            if view.status in (TimerStatus.RUNNING, TimerStatus.OVERTIME)
            else self.tr("Mulai (Spasi)"),
        )
        self.actions["blackout"].setChecked(view.blackout)
        rows = schedule_rows(timer_records(self.timer), self.scheduled_start)
        self.schedule.set_rows(rows, view.index if view.status is not TimerStatus.FINISHED else -1)
        self.editor.set_running(self._current_key())

    def _set_text(self, key: str, widget: QLabel | QAction, text: str) -> None:
        if self._shown.get(key) != text:
            self._shown[key] = text
            widget.setText(text)

    def _set_style(self, key: str, widget: QLabel, style: str) -> None:
        if self._shown.get(key + ":style") != style:
            self._shown[key + ":style"] = style
            widget.setStyleSheet(style)

    def _cue(self, cue: Cue, phase: Phase) -> None:
        assert self.timer is not None
        if self.timer.alerts.enabled(AlertKind.SOUND, cue):
            self.sounds.play(cue)
            if self.sounds.error:
                self.show_notice(self.sounds.error)
                self.sounds.error = None
        if self.timer.alerts.enabled(AlertKind.FLASH, cue):
            self.preview.flash(phase)
            if self.stage_window is not None and self.stage_window.isVisible():
                self.stage_window.flash(phase)
