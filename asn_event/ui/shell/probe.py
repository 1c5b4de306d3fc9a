"""Where the widgets are on screen, for the operator tests (tests/operator/) that drive the app with xdotool.

Off unless the environment names a file in ``ASN_EVENT_PROBE``. Then, whenever the test creates
``<that file>.request``, the app writes there (temporary file + rename) the visible windows and their
named widgets: object name, accessible name, class, text, global rectangle and, for lists, the rows,
and removes the request. Walking the widgets costs the GUI thread some milliseconds, so it happens
only when asked, never while a scanner types. The tests click at those rectangles with real X
input; nothing here sends input or changes the app.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

PROBE_ENV = "ASN_EVENT_PROBE"
PROBE_EVERY_MS = 40
MAX_ROWS = 40
_CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QListWidget)


def _rect(widget: QWidget, local: QRect | None = None) -> list[int]:
    area = local if local is not None else widget.rect()
    top_left = widget.mapToGlobal(area.topLeft())
    return [top_left.x(), top_left.y(), area.width(), area.height()]


def _frame(window: QWidget) -> list[int]:
    frame = window.frameGeometry()
    return [frame.x(), frame.y(), frame.width(), frame.height()]


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _describe(widget: QWidget) -> dict[str, object]:
    entry: dict[str, object] = {
        "name": widget.objectName(),
        "accessible": widget.accessibleName(),
        "class": type(widget).__name__,
        "text": _text(widget),
        "rect": _rect(widget),
        "enabled": widget.isEnabled(),
        # Whole on screen: not cut by a scroll area or a parent too small for it.
        "whole": widget.visibleRegion().boundingRect() == widget.rect(),
    }
    if isinstance(widget, QListWidget):
        rows = []
        viewport = widget.viewport()
        for row in range(min(widget.count(), MAX_ROWS)):
            item = widget.item(row)
            rows.append(
                {
                    "text": item.text(),
                    "rect": _rect(viewport, widget.visualItemRect(item)),
                    "selected": item.isSelected(),
                }
            )
        entry["rows"] = rows
    return entry


def snapshot() -> dict[str, object]:
    """The visible top-level windows (title, geometry, state) and their named, visible widgets."""
    app = QApplication.instance()
    focus = QApplication.focusWidget()
    windows = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        widgets = [
            _describe(child)
            for child in window.findChildren(QWidget)
            if child.isVisible()
            and (child.objectName() or child.accessibleName() or isinstance(child, _CONTROLS))
        ]
        windows.append(
            {
                "class": type(window).__name__,
                "title": window.windowTitle(),
                "rect": _rect(window),
                "frame": _frame(window),
                "active": window.isActiveWindow(),
                "full_screen": window.isFullScreen(),
                "maximized": window.isMaximized(),
                "widgets": widgets,
            }
        )
    screen = QApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), QPoint(0, 0))
    return {
        "pid": os.getpid(),
        "focus": None if focus is None else {"name": focus.objectName(), "class": type(focus).__name__},
        "screen": [available.x(), available.y(), available.width(), available.height()],
        "windows": windows,
        "alive": app is not None,
    }


class Probe(QObject):
    """Writes :func:`snapshot` to ``path`` when ``path.request`` appears (looked for every few ms)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.request = path.with_name(f"{path.name}.request")
        self.timer = QTimer(self, interval=PROBE_EVERY_MS)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        if self.request.exists():
            self.write()
            self.request.unlink(missing_ok=True)

    def write(self) -> None:
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        temporary.write_text(json.dumps(snapshot(), ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)


def install_if_asked() -> Probe | None:
    """Start the probe when ``ASN_EVENT_PROBE`` names a file (the operator tests); else nothing."""
    target = os.environ.get(PROBE_ENV)
    if not target:
        return None
    return Probe(Path(target), QApplication.instance())
