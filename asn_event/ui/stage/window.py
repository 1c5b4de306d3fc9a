"""The stage display as its own window, sent full-screen to the screen the operator picks.

With one screen it opens as an ordinary window; F11 (or F, or a double-click) makes it full screen on
the screen it is on, which is what a projector mirroring the laptop needs. When its screen is
unplugged during the event, the window comes back to the main screen as a window, so the operator
sees it and can send it out again; the timer itself never stops. The window holds the keyboard focus,
so the Timer page's keys (Space, N, P, B, M, minus, plus) work on it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from asn_event.context import AppContext
from asn_event.paths import resource
from asn_event.stage.engine import Cue, Phase
from asn_event.stage.samples import SampleState, sample_timer
from asn_event.stage.view import StageQr, StageView
from asn_event.ui.shell.errors import error_text
from asn_event.ui.stage.display import StageDisplay

WINDOW_SIZE = (960, 540)


def _pixels(screen: QScreen) -> str:
    size = screen.geometry().size()
    return f"{size.width()}×{size.height()}"


def screen_label(screen: QScreen, index: int) -> str:
    """Short enough for the Timer page's picker at 910x512: "Layar 1 · 1920×1080"."""
    text = QCoreApplication.translate("StageWindow", "Layar %1 · %2")
    return text.replace("%1", str(index + 1)).replace("%2", _pixels(screen))


def screen_tooltip(screen: QScreen, index: int) -> str:
    """The picker's tooltip: the screen's name (and model) and whether it is the laptop's own."""
    name = ", ".join(part for part in (screen.name(), screen.manufacturer(), screen.model()) if part.strip())
    if screen is QGuiApplication.primaryScreen():
        text = QCoreApplication.translate("StageWindow", "Layar %1 (utama): %2")
    else:
        text = QCoreApplication.translate("StageWindow", "Layar %1: %2")
    return text.replace("%1", str(index + 1)).replace("%2", f"{name} · {_pixels(screen)}")


class StageWindow(QWidget):
    """A top-level window holding the stage display. Shortcuts of the Timer page work here too."""

    sig_returned_to_main = Signal()
    """The screen the display was on went away; the window is back on the main screen."""

    def __init__(self, parent: QWidget | None = None, *, animate: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Layar panggung"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setStyleSheet("background: #000000;")
        # The Timer actions are "widget with children" shortcuts: they reach this window only while it
        # (not merely one of its children, which take no focus) holds the keyboard focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.display = StageDisplay(self, animate=animate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        self.target_screen: QScreen | None = None
        self.resize(*WINDOW_SIZE)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self.screen_removed)

    def add_shortcuts(self, actions: list[QAction]) -> None:
        for action in actions:
            self.addAction(action)

    def set_view(self, view: StageView) -> None:
        self.display.set_view(view)

    def set_qr(self, qr: StageQr | None) -> None:
        self.display.set_qr(qr)

    def flash(self, phase: Phase) -> None:
        self.display.flash(phase)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen``; as a window on the main screen when it is the only one (or None)."""
        primary = QGuiApplication.primaryScreen()
        if screen is None or (screen is primary and len(QGuiApplication.screens()) == 1):
            self.target_screen = None
            self._as_window(primary)
            return
        self.target_screen = screen
        self._full_screen(screen)

    def _full_screen(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._take_keys()

    def _take_keys(self) -> None:
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _as_window(self, screen: QScreen | None) -> None:
        self.unsetCursor()
        if self.isFullScreen():
            self.showNormal()
        if screen is not None:
            self.setScreen(screen)
            area = screen.availableGeometry()
            rect = QRect(0, 0, *WINDOW_SIZE)
            rect.moveCenter(area.center())
            self.setGeometry(rect)
        self.show()
        self._take_keys()

    def screen_removed(self, screen: QScreen) -> None:
        """A screen was unplugged: if it was ours, come back to the main screen as a window."""
        if screen is not self.target_screen:
            return
        self.target_screen = None
        self._as_window(QGuiApplication.primaryScreen())
        self.sig_returned_to_main.emit()

    def toggle_full_screen(self) -> None:
        """Full screen on the screen the window is on, even the only one (a mirrored projector); or back."""
        if self.isFullScreen():
            self._as_window(self.screen())
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self._full_screen(screen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self._as_window(self.screen())
        elif event.key() in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.target_screen = None
        super().closeEvent(event)


class CueAlerts:
    """Plays the cue sounds; QtMultimedia is loaded the first time a sound is needed."""

    def __init__(self) -> None:
        self._effects: dict[Cue, object] = {}
        self.error: str | None = None

    def play(self, cue: Cue) -> None:
        try:
            effect = self._effects.get(cue)
            if effect is None:
                from PySide6.QtCore import QUrl
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"timer-{cue.value}.wav"))))
                effect.setVolume(0.8)
                self._effects[cue] = effect
            effect.play()  # type: ignore[attr-defined]
        except (ImportError, RuntimeError) as error:
            self.error = QCoreApplication.translate(
                "CueAlerts", "Suara tidak bisa diputar (%1). Kilat di layar panggung tetap berjalan."
            ).replace("%1", error_text(error))


QR_SAMPLE_STATE = "qr"
QR_SAMPLE_URL = "http://192.168.43.10:8765/"


def screenshot_builder(ctx: AppContext, event_id: int | None, request) -> QWidget:  # type: ignore[no-untyped-def]
    """``asn-event screenshot stage --state overtime``: the display in a sample state (``qr``: the phone form)."""
    if request.state == QR_SAMPLE_STATE:
        window = StageWindow(animate=False)
        window.set_qr(StageQr(QR_SAMPLE_URL))
        return window
    try:
        state = SampleState(request.state or SampleState.NORMAL.value)
    except ValueError as error:
        choices = ", ".join([*(s.value for s in SampleState), QR_SAMPLE_STATE])
        raise ValueError(
            f"Keadaan '{request.state}' tidak dikenal untuk stage. Pilihan: {choices}."
        ) from error
    window = StageWindow(animate=False)
    window.set_view(sample_timer(state).view())
    return window
