"""A scanner's keys reach the desk's scan field wherever the focus is in the desk's window.

A click on the sidebar, the event picker or a list leaves the focus there; the next scan's
characters would then search the sidebar (jumping to another page) and be lost. While the Check-in
page is shown, :class:`ScannerKeys` watches the application's key presses: printable keys (and the
Enter or Tab ending a scan under way) go to the scan field; only a text field keeps what is typed
into it, and other windows (dialogs, kiosks) are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_MODIFIER_KEYS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def is_text_input(widget: QWidget) -> bool:
    """A field the operator types words into (where a key must stay), not a list, button or picker."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, _TEXT_INPUTS)


class ScannerKeys(QObject):
    """Sends stray scanner keys in ``page``'s window to ``scan_field`` while switched on."""

    def __init__(self, page: QWidget, scan_field: QLineEdit) -> None:
        super().__init__(page)
        self.page = page
        self.scan_field = scan_field
        self.active = False

    def set_active(self, on: bool) -> None:
        """While the page is shown, the application's key presses pass through :meth:`eventFilter`."""
        app = QApplication.instance()
        if app is None or on == self.active:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.active = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self.scan_field
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
            or watched is field
            or not self.page.isVisible()
            or not field.isEnabled()
            or watched.window() is not self.page.window()
            or is_text_input(watched)
            or event.modifiers() & _MODIFIER_KEYS
        ):
            return False
        key = event.key()
        ends_scan = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and bool(field.text())
        if not ends_scan and not (event.text() and event.text().isprintable()):
            return False
        field.setFocus()
        copy = QKeyEvent(
            event.type(), key, event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
        )
        QApplication.sendEvent(field, copy)
        return True
