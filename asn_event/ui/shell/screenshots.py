"""Render a page (or another screen) offscreen to a PNG: for the README, the user guide and tests.

Sidebar pages are rendered inside the main window. Other screens (the stage display, kiosks ...)
register a builder in ``TARGETS``: ``builder(ctx, event_id, request) -> QWidget``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from asn_event.context import AppContext
from asn_event.safe_output import atomic_write
from asn_event.stage.samples import SampleState
from asn_event.ui.shell.pages import PAGE_KEYS
from asn_event.ui.shell.settings import MemoryStore, Settings
from asn_event.ui.shell.tasks import wait_idle


@dataclass(frozen=True)
class ScreenshotRequest:
    target: str
    size: QSize
    state: str = ""  # a target-specific variant, e.g. the stage display's "overtime"
    extra: dict[str, str] = field(default_factory=dict)
    settings: Settings | None = None  # a scratch copy: a screenshot never writes the user's settings


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
    "tentang": "asn_event.ui.shell.about:screenshot_builder",
    "hapus-acara": "asn_event.ui.events.delete_dialog:screenshot_builder",
}


_SCAN_STATES = ("accepted", "already", "refused", "unknown", "forged")
# The --state each screen knows (a screen not listed knows none): an unknown one is refused.
STATES: dict[str, tuple[str, ...]] = {
    "kiosk-feedback": ("start", "section", "problem", "thanks"),
    "stage": tuple(SampleState),
    "checkin-desk": _SCAN_STATES,
    "checkin-kiosk": _SCAN_STATES,
}


def states_for(target: str) -> tuple[str, ...]:
    return STATES.get(target, ())


def target_names() -> tuple[str, ...]:
    return (*PAGE_KEYS, *TARGETS)


def _builder(name: str) -> Builder:
    import importlib

    module, _, attr = TARGETS[name].partition(":")
    return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]


def settle(app: QApplication, rounds: int = 5) -> None:
    """Let the screen lay out, and wait for its background loads to call back."""
    for _ in range(rounds):
        app.processEvents()
    wait_idle(app)
    for _ in range(rounds):
        app.processEvents()


def scratch_settings() -> Settings:
    """This laptop's settings copied into memory: the screen looks as it would, and whatever it
    stores (the last event shown ...) never reaches the user's real settings nor any other file."""
    return Settings(MemoryStore.copy_of(Settings().store))


def render(ctx: AppContext, event_id: int | None, request: ScreenshotRequest, out: Path) -> Path:
    """Build the screen, show it at ``request.size``, let it lay out, grab it into ``out``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return _render(app, ctx, event_id, replace(request, settings=scratch_settings()), out)


def _render(app: QApplication, ctx: AppContext, event_id: int | None, request: ScreenshotRequest, out: Path) -> Path:
    from asn_event.ui.shell.main_window import MainWindow

    if request.target in PAGE_KEYS:
        window = MainWindow(ctx, request.settings or Settings(), event_id)
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
    with atomic_write(out) as partial:
        if not pixmap.save(str(partial), "PNG"):
            raise OSError(f"Gambar tidak dapat disimpan ke {out}.")
    widget.close()
    return out


def render_page(ctx: AppContext, event_id: int | None, target: str, size: tuple[int, int], state: str, out: Path) -> Path:
    """``render`` for callers without Qt types (the command line)."""
    return render(ctx, event_id, ScreenshotRequest(target, QSize(*size), state), out)
