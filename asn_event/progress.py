"""Progress and cancel for slow work, without Qt.

A long service function (import, certificate batch ...) takes a :class:`Progress` and calls
``report`` now and then; ``report`` raises :class:`Cancelled` once the user pressed cancel. The GUI
passes a Progress wired to its worker; the command line and tests pass ``Progress()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the work stops and writes nothing more."""


class Progress:
    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def tell(self, done: int, total: int, text: str = "") -> None:
        """Tell how far the work is, past the point where it can still be cancelled."""
        if self._on_report is not None:
            self._on_report(done, total, text)

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell how far the work is; raise :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_report is not None:
            self._on_report(done, total, text)
