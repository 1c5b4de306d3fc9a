"""The base of every sidebar page: it is given the app context and told which event is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from asn_event.context import AppContext
from asn_event.ui.shell.settings import Settings


class Page(QWidget):
    """A sidebar page. Subclasses build their widgets in ``__init__`` and reload in ``set_event``."""

    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_events_changed = Signal()
    """Events were created, edited or removed: the event switcher reloads."""

    page_key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.event_id: int | None = None

    def set_event(self, event_id: int | None) -> None:
        """Show ``event_id`` (None: no event yet). Called when the switcher changes and at start."""
        self.event_id = event_id

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


class PlaceholderPage(Page):
    """An honest placeholder for a page a later issue fills."""

    def show_placeholder(self, title: str, what: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        head, _, _ = self.header(title)
        layout.addWidget(head)
        row = QHBoxLayout()
        text = QLabel(what)
        text.setObjectName("placeholderText")
        text.setWordWrap(True)
        row.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
