"""A page's database work, kept off the GUI thread when the database is a server.

A server that does not answer holds a statement for as long as its connect timeout (10 s): on the GUI
thread that freezes the stage timer and the desk. :class:`PageTasks` runs a page's reads and writes
on the task pool (:func:`asn_event.ui.shell.tasks.run_task`) and applies each result on the GUI thread:

- ``run(kind, fn, on_done)`` — a read or a refresh. At most one of a kind is under way; asking
  again meanwhile runs once more after it (the newest request wins), and a result is dropped when a
  newer one of its kind was asked for or the page moved to another event (:meth:`forget`).
- ``write(fn, on_done)`` — a change the user made (a scan, a timer transition, a save). Writes run
  one at a time on one worker, in the order they were made, and every result is delivered.

On a SQLite file the same calls run at once on the GUI thread: the file is local, a write waits at
most its busy timeout, and the desk answers a scan before the next key press (benchmarks/checkin.py).
Pages are written once for both; tests/pg/test_pg_gui_thread.py proves the server path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from asn_event.ui.shell.errors import error_text, is_refusal
from asn_event.ui.shell.tasks import run_task

Done = Callable[[Any], None]
Failed = Callable[[str], None]


@dataclass
class _Request:
    fn: Callable[[], Any]
    on_done: Done
    on_failed: Failed | None


class PageTasks(QObject):
    """The database work of one page (see the module text)."""

    sig_busy = Signal(bool)
    """Work started (True) or all of it came back (False): the window says "Memuat…"."""

    def __init__(self, inline: bool, on_failed: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self.on_failed = on_failed
        self.generation = 0
        self._running: dict[str, int] = {}  # kind -> generation it was asked in
        self._again: dict[str, _Request] = {}
        self._out = 0
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one worker: writes are stored in the order they were made

    # -- reads ---------------------------------------------------------------------------------
    def run(self, kind: str, fn: Callable[[], Any], on_done: Done, on_failed: Failed | None = None) -> None:
        """Read with ``fn()`` and show the result with ``on_done(result)`` (see the module text)."""
        request = _Request(fn, on_done, on_failed)
        if self.inline:
            self._now(request)
        elif kind in self._running:
            self._again[kind] = request
        else:
            self._start(kind, request)

    def forget(self) -> None:
        """The page shows another event: results of reads under way are dropped when they arrive."""
        self.generation += 1
        self._again.clear()

    def loading(self, kind: str) -> bool:
        """A read of ``kind`` is under way."""
        return kind in self._running

    def _start(self, kind: str, request: _Request) -> None:
        generation = self.generation
        self._running[kind] = generation

        # not called once the page is closed (run_task's owner)
        def arrived(result: Any, failure: str | None) -> None:
            del self._running[kind]
            self._busy(-1)
            newer = self._again.pop(kind, None)
            if newer is not None:
                self._start(kind, newer)  # asked again meanwhile: this result is already old
            elif generation == self.generation:
                self._deliver(request, result, failure)

        self._busy(+1)
        run_task(
            lambda _progress: request.fn(),
            on_done=lambda result: arrived(result, None),
            on_failed=lambda message: arrived(None, message),
            owner=self,
        )

    # -- writes --------------------------------------------------------------------------------
    def write(self, fn: Callable[[], Any], on_done: Done, on_failed: Failed | None = None) -> None:
        """Store with ``fn()``: in order, one at a time, every result delivered."""
        request = _Request(fn, on_done, on_failed)
        if self.inline:
            self._now(request)
            return

        # not called once the page is closed (run_task's owner); what was stored stays stored
        def arrived(result: Any, failure: str | None) -> None:
            self._busy(-1)
            self._deliver(request, result, failure)

        self._busy(+1)
        run_task(
            lambda _progress: request.fn(),
            on_done=lambda result: arrived(result, None),
            on_failed=lambda message: arrived(None, message),
            pool=self._writer,
            owner=self,
        )

    # -- both ----------------------------------------------------------------------------------
    def _now(self, request: _Request) -> None:
        try:
            result = request.fn()
        except Exception as exc:
            if not is_refusal(exc):
                raise  # a bug: the slot's boundary (errors.guarded) or the crash dialog takes it
            self._deliver(request, None, error_text(exc))
            return
        self._deliver(request, result, None)

    def _deliver(self, request: _Request, result: Any, failure: str | None) -> None:
        if failure is None:
            request.on_done(result)
        else:
            (request.on_failed or self.on_failed)(failure)

    def _busy(self, step: int) -> None:
        before = self._out
        self._out += step
        if (before == 0) != (self._out == 0):
            self.sig_busy.emit(self._out > 0)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the writes under way (closing the window): True when all were stored."""
        return self._writer.waitForDone(msecs)
