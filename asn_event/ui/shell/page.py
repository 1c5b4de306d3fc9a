"""The base of every sidebar page: it is given the app context and told which event is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asn_event.context import AppContext
from asn_event.ui.shell.page_tasks import PageTasks
from asn_event.ui.shell.settings import Settings


class Page(QWidget):
    """A sidebar page. Subclasses build their widgets in ``__init__`` and reload in ``set_event``."""

    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_events_changed = Signal()
    """Events were created, edited or removed: the event switcher reloads."""
    sig_loading = Signal(bool)
    """The page waits for the database (True) or has all it asked for (False)."""

    page_key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.event_id: int | None = None
        # Database work: off the GUI thread for a server database (see ui/shell/page_tasks.py).
        self.tasks = PageTasks(inline=ctx.db.is_sqlite, on_failed=self.show_problem, parent=self)
        self.tasks.sig_busy.connect(self.sig_loading)

    def set_event(self, event_id: int | None) -> None:
        """Show ``event_id`` (None: no event yet). Called when the switcher changes and at start."""
        self.event_id = event_id
        self.tasks.forget()

    def show_problem(self, text: str) -> None:
        """The page's message line: one sentence about what failed (see ``ui/shell/errors.guarded``)."""
        self.sig_status.emit(text)

    def page_shown(self) -> None:
        """Called each time the page becomes the visible one (refresh live data here)."""

    def use_settings(self, settings: Settings) -> None:
        """Restore this laptop's choices (a muted desk ...) and keep them; called once after building."""

    @staticmethod
    def header(title: str, subtitle: str = "") -> tuple[QWidget, QLabel, QLabel]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        title_label = QLabel(title)
        title_label.setObjectName("pageTitle")
        subtitle_label = QLabel(subtitle)
        subtitle_label.setObjectName("pageSubtitle")
        subtitle_label.setWordWrap(True)
        layout.addWidget(title_label)
        layout.addWidget(subtitle_label)
        return box, title_label, subtitle_label
