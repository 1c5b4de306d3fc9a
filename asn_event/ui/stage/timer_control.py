"""The control view of the Timer page: the current segment, the big time, the buttons with their
shortcuts, planned against actual, and a live preview of the stage display.

It shows what it is given; the Timer page owns the timer and wires the actions to its commands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.formatting import duration_mmss
from asn_event.stage.agenda import Segment
from asn_event.stage.schedule import ScheduleRow
from asn_event.stage.view import AlertKind, Cue, Phase, StageView, TimerStatus
from asn_event.ui.shell import theme
from asn_event.ui.stage.agenda_models import ScheduleModel
from asn_event.ui.stage.display import StageDisplay, view_title

_STATUS_WORDS = {
    TimerStatus.IDLE: (QT_TRANSLATE_NOOP("TimerControl", "SIAP"), theme.NEUTRAL, "clock"),
    TimerStatus.RUNNING: (QT_TRANSLATE_NOOP("TimerControl", "BERJALAN"), theme.SUCCESS, "play"),
    TimerStatus.PAUSED: (QT_TRANSLATE_NOOP("TimerControl", "DIJEDA"), theme.WARNING, "pause"),
    TimerStatus.OVERTIME: (QT_TRANSLATE_NOOP("TimerControl", "LEWAT WAKTU"), theme.DANGER, "triangle-alert"),
    TimerStatus.FINISHED: (QT_TRANSLATE_NOOP("TimerControl", "SELESAI"), theme.NEUTRAL, "check"),
}
_TIME_COLOURS = {
    Phase.NORMAL: theme.TEXT,
    Phase.WARNING: "#B7791F",
    Phase.DANGER: theme.DANGER.fg,
    Phase.OVERTIME: theme.DANGER.fg,
}
_CUE_WORDS = {
    Cue.WARNING: QT_TRANSLATE_NOOP("TimerControl", "kuning"),
    Cue.DANGER: QT_TRANSLATE_NOOP("TimerControl", "merah"),
    Cue.END: QT_TRANSLATE_NOOP("TimerControl", "waktu habis"),
}
ACTION_KEYS = ("toggle", "previous", "next", "minus", "plus", "message", "blackout")
NARROW_BELOW = 1200
"""Below this window width the control buttons show their icons only (words and keys in the tooltip).
The window, not the page, decides: the page is as wide as its buttons' words ask."""
SHORT_BELOW = 620
"""Below this window height (910x512 at 150 % scaling) the preview and the digits shrink, so the
buttons and "Tampilkan di layar panggung" stay on screen without scrolling."""
PREVIEW_SIZES = {False: (352, 198), True: (192, 108)}
TIME_POINTS = {False: 54, True: 34}
TITLE_POINTS = {False: 16, True: 13}


class TimerControl(QWidget):
    """Widgets of the control view. ``slots`` maps each action key (and "stage", "reset_segment",
    "reset_all") to the page's command."""

    def __init__(self, slots: dict[str, Callable[[], object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[str, str] = {}
        self.action_buttons: list[QToolButton] = []
        self.menu_buttons: list[QToolButton] = []
        self._narrow: bool | None = None
        self._short: bool | None = None
        self._build(slots)

    def _build(self, slots: dict[str, Callable[[], object]]) -> None:
        box = self
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(16)

        card = QFrame()
        card.setObjectName("card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        self._card_column = column
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
        # "Layar 1 · 1920×1080" whole: the labels are short (the screen's name is in the tooltip),
        # so the picker is as wide as its longest label and the page still fits 910 px.
        self.screen_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage_button = QPushButton(
            theme.icon("monitor", size=16), self.tr("Tampilkan di layar panggung")
        )
        self.stage_button.clicked.connect(slots["stage"])
        preview_box.addWidget(self.screen_combo)
        preview_box.addWidget(self.stage_button)
        preview_box.addStretch(1)
        grid.addLayout(preview_box, 0, 1)
        self._preview_box = preview_box

        self.actions: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        specs: list[tuple[str, str, str, list[str], Callable[[], object]]] = [
            ("toggle", self.tr("Mulai (Spasi)"), "play", ["Space"], slots["toggle"]),
            ("previous", self.tr("Sebelumnya (P)"), "skip-back", ["P"], slots["previous"]),
            ("next", self.tr("Berikutnya (N)"), "skip-forward", ["N"], slots["next"]),
            ("minus", self.tr("1 menit (-)"), "minus", ["-", "_"], slots["minus"]),
            ("plus", self.tr("1 menit (+)"), "plus", ["+", "="], slots["plus"]),
            ("message", self.tr("Pesan (M)"), "message-circle", ["M"], slots["message"]),
            ("blackout", self.tr("Layar gelap (B)"), "eye-off", ["B"], slots["blackout"]),
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
            button.setAccessibleName(text)
            buttons.addWidget(button)
            self.action_buttons.append(button)
        self.actions["blackout"].setCheckable(True)
        buttons.addStretch(1)
        self._buttons_row = buttons
        buttons.addWidget(self._options_button())
        buttons.addWidget(self._reset_button(slots))
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
        self.schedule_view.setMinimumHeight(48)  # a few rows; the buttons above matter more
        grid.addWidget(self.schedule_view, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit_to(self.window().width(), self.window().height())

    def fit_to(self, window_width: int, window_height: int) -> None:
        """Icons only in a narrow window; a smaller preview and smaller digits in a short one."""
        narrow, short = window_width < NARROW_BELOW, window_height < SHORT_BELOW
        if narrow != self._narrow:
            self._narrow = narrow
            style = (
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if narrow
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            for button in (*self.action_buttons, *self.menu_buttons):
                button.setToolButtonStyle(style)
        if short != self._short:
            self._short = short
            self.preview.setFixedSize(*PREVIEW_SIZES[short])
            self.time_label.setFont(theme.font(TIME_POINTS[short], bold=True))
            self.current_label.setFont(theme.font(TITLE_POINTS[short], bold=True))
            self._card_column.setContentsMargins(16, 4 if short else 12, 16, 4 if short else 12)
            self._card_column.setSpacing(0 if short else 6)
            # Short: the screen picker and "Tampilkan di layar panggung" join the button row, so the
            # preview column is no taller than the time card.
            for widget in (self.screen_combo, self.stage_button):
                widget.setParent(None)
            if short:
                at = self._buttons_row.count() - 2  # before "Opsi" and "Ulangi"
                self._buttons_row.insertWidget(at, self.screen_combo)
                self._buttons_row.insertWidget(at + 1, self.stage_button)
            else:
                self._preview_box.insertWidget(1, self.screen_combo)
                self._preview_box.insertWidget(2, self.stage_button)
            self.screen_combo.show()
            self.stage_button.show()

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
        button.setAccessibleName(text)
        return button, menu

    def _options_button(self) -> QToolButton:
        button, menu = self._menu_button(self.tr("Opsi"), "settings")
        self.menu_buttons.append(button)
        button.setToolTip(self.tr("Jam di layar panggung, bunyi dan kilat peringatan"))
        self.clock_action = menu.addAction(self.tr("Tampilkan jam di layar panggung"))
        self.clock_action.setCheckable(True)
        menu.addSeparator()
        self.alert_actions: dict[tuple[AlertKind, Cue], QAction] = {}
        for kind, label in (
            (AlertKind.SOUND, self.tr("Bunyi")),
            (AlertKind.FLASH, self.tr("Kilat di panggung")),
        ):
            for cue in Cue:
                action = menu.addAction(f"{label}: {self.tr(_CUE_WORDS[cue])}")
                action.setCheckable(True)
                self.alert_actions[(kind, cue)] = action
        return button

    def _reset_button(self, slots: dict[str, Callable[[], object]]) -> QToolButton:
        button, menu = self._menu_button(self.tr("Ulangi"), "rotate-ccw")
        self.menu_buttons.append(button)
        menu.addAction(self.tr("Ulangi sesi ini dari awal"), slots["reset_segment"])
        menu.addAction(self.tr("Ulangi seluruh agenda (hapus waktu sebenarnya)…"), slots["reset_all"])
        return button

    def show_state(
        self, view: StageView, upcoming: Segment | None, offset: str, rows: list[ScheduleRow]
    ) -> None:
        """Show one moment of the timer (called ten times a second: only changed text is set)."""
        self.preview.set_view(view)
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
        title = f"{view.title} · {view.speaker}" if view.speaker else view_title(view)
        self._set_text("current", self.current_label, title)
        self._set_text(
            "next",
            self.next_label,
            self.tr("Berikutnya: %1").replace(
                "%1", f"{upcoming.title} ({duration_mmss(upcoming.planned_seconds)})"
            )
            if upcoming
            else self.tr("Tidak ada sesi berikutnya."),
        )
        message = self.tr("Pesan di panggung: %1").replace("%1", view.message) if view.message else ""
        if view.blackout:
            message = (message + "  " if message else "") + self.tr("Layar panggung gelap.")
        self._set_text("message", self.message_label, message)
        self.message_label.setVisible(bool(message))
        self._set_text("offset", self.offset_label, offset)
        self._set_text(
            "toggle",
            self.actions["toggle"],
            self.tr("Jeda (Spasi)")
            if view.status in (TimerStatus.RUNNING, TimerStatus.OVERTIME)
            else self.tr("Mulai (Spasi)"),
        )
        self.actions["blackout"].setChecked(view.blackout)
        self.schedule.set_rows(rows, view.index if view.status is not TimerStatus.FINISHED else -1)

    def clear_shown(self) -> None:
        self._shown.clear()

    def _set_text(self, key: str, widget: QLabel | QAction, text: str) -> None:
        if self._shown.get(key) != text:
            self._shown[key] = text
            widget.setText(text)

    def _set_style(self, key: str, widget: QLabel, style: str) -> None:
        if self._shown.get(key + ":style") != style:
            self._shown[key + ":style"] = style
            widget.setStyleSheet(style)
