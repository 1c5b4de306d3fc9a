"""Render a page (or another screen) offscreen to a PNG: for the README, the user guide and tests.

Sidebar pages are rendered inside the main window. Other screens (the stage display, kiosks ...)
register a builder in ``TARGETS``: ``builder(ctx, event_id, request) -> QWidget``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from asn_event.context import AppContext
from asn_event.ui.shell.pages import PAGE_KEYS


@dataclass(frozen=True)
class ScreenshotRequest:
    target: str
    size: QSize
    state: str = ""  # a target-specific variant, e.g. the stage display's "overtime"
    extra: dict[str, str] = field(default_factory=dict)


Builder = Callable[[AppContext, "int | None", ScreenshotRequest], QWidget]

# Further screens register here: name -> builder. Each module adds its own line.
TARGETS: dict[str, str] = {
    "kiosk-feedback": "asn_event.ui.feedback.shots:kiosk_builder",
    "umpan-balik-formulir": "asn_event.ui.feedback.shots:editor_builder",
    "umpan-balik-kertas": "asn_event.ui.feedback.shots:paper_builder",
    "stage": "asn_event.ui.stage.window:screenshot_builder",
    "checkin-desk": "asn_event.ui.checkin.screens:desk_builder",
    "checkin-kiosk": "asn_event.ui.checkin.kiosk:screenshot_builder",
    "impor": "asn_event.ui.roster.import_dialog:screenshot_builder",
}


def target_names() -> tuple[str, ...]:
    return (*PAGE_KEYS, *TARGETS)


def _builder(name: str) -> Builder:
    import importlib

    module, _, attr = TARGETS[name].partition(":")
    return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def render(ctx: AppContext, event_id: int | None, request: ScreenshotRequest, out: Path) -> Path:
    """Build the screen, show it at ``request.size``, let it lay out, grab it into ``out``."""
    from asn_event.ui.shell.main_window import MainWindow
    from asn_event.ui.shell.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if request.target in PAGE_KEYS:
        window = MainWindow(ctx, Settings(), event_id)
        window.resize(request.size)
        window.show()
        settle(app)
        window.show_page(request.target)
        widget: QWidget = window
    else:
        widget = _builder(request.target)(ctx, event_id, request)
        widget.resize(request.size)
        widget.show()
    settle(app, 10)
    pixmap = widget.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise OSError(f"Gambar tidak dapat disimpan ke {out}.")
    widget.close()
    return out


def render_page(ctx: AppContext, event_id: int | None, target: str, size: tuple[int, int], state: str, out: Path) -> Path:
    """``render`` for callers without Qt types (the command line)."""
    return render(ctx, event_id, ScreenshotRequest(target, QSize(*size), state), out)
