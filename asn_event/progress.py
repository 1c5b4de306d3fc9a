"""Progress and cancel for slow work, without Qt.

A long service function (import, certificate batch ...) takes a :class:`Progress` and calls
``report`` now and then; ``report`` raises :class:`Cancelled` once the user pressed cancel. The GUI
passes a Progress wired to its worker; the command line and tests pass ``Progress()``.

A step is a code of the word table (``asn_event.words.PROGRESS``) with its parameters, worded here
in the interface language the Progress was given (Indonesian unless the GUI passes ``translate``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from asn_event.words import progress_text


class Cancelled(Exception):
    """The user cancelled; the work stops and writes nothing more."""


class Progress:
    def __init__(
        self,
        on_report: Callable[[int, int, str], None] | None = None,
        translate: Callable[[str], str] | None = None,
    ) -> None:
        self._on_report = on_report
        self._translate = translate
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def tell(self, done: int, total: int, step: str = "", /, **params: Any) -> None:
        """Tell how far the work is, past the point where it can still be cancelled."""
        if self._on_report is not None:
            self._on_report(done, total, self._words(step, params))

    def report(self, done: int, total: int, step: str = "", /, **params: Any) -> None:
        """Tell how far the work is (``step``: a code of ``words.PROGRESS``); raise
        :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_report is not None:
            self._on_report(done, total, self._words(step, params))

    def _words(self, step: str, params: dict[str, Any]) -> str:
        if not step:
            return ""
        return progress_text(step, params, self._translate) if self._translate else progress_text(step, params)
