"""The one place that runs slow work off the GUI thread and calls back on it.

``run_task(fn, on_done=..., on_failed=...)`` runs ``fn(progress)`` on the thread pool. ``fn`` is a
plain Qt-free callable (a service function with its own database session); it reports with
``progress.report(done, total, step, **params)`` (a step code of ``words.PROGRESS``) and stops when the user cancels (``Cancelled``). Results
and errors come back through queued signals, so callbacks run on the GUI thread and may touch
widgets; the worker never does.

``run_with_dialog`` adds a progress dialog with a cancel button.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from asn_event.progress import Cancelled, Progress
from asn_event.ui.shell.errors import crash_text, error_text, is_refusal

log = logging.getLogger(__name__)

_running: set[Task] = set()


def user_message(exc: BaseException) -> str:
    """Words for a failed task: a refusal as the table words it; a bug with where its log is."""
    if is_refusal(exc):
        return error_text(exc)
    from asn_event.crashlog import record

    return crash_text(exc, record(exc))


class Task(QObject):
    """A handle on running work: its signals arrive on the GUI thread."""

    sig_progress = Signal(int, int, str)
    """Work advanced: done, total, text."""
    sig_done = Signal(object)
    """Work finished with this result."""
    sig_failed = Signal(str)
    """Work failed; the message is for the user."""
    sig_cancelled = Signal()
    """The user cancelled and the work stopped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(
            on_report=lambda d, t, s: self.sig_progress.emit(d, t, s),
            translate=lambda text: QCoreApplication.translate("Words", text),  # thread-safe
        )
        self.finished = False

    @Slot()
    def cancel(self) -> None:
        self.progress.cancel()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            result = self.fn(task.progress)
        except Cancelled:
            task.sig_cancelled.emit()
        except Exception as exc:  # a worker catches its own errors and reports them (never lost)
            if is_refusal(exc):
                log.info("background task refused: %s", exc)
            else:
                log.error("background task failed:\n%s", traceback.format_exc())
            task.sig_failed.emit(user_message(exc))
        else:
            task.sig_done.emit(result)


def _while_alive(owner: QObject | None, callback: Callable[..., None] | None) -> Callable[..., None] | None:
    """``callback``, skipped once ``owner``'s C++ object is gone (closed and deleted)."""
    if owner is None or callback is None:
        return callback

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)
        else:
            log.debug("a background result arrived after its window closed; dropped")

    return call


def run_task(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``fn`` on the pool; the callbacks run on the GUI thread, and only while ``owner`` (the
    widget that asked; by default the object of a bound-method callback) still exists: a page or
    dialog closed while its work ran is not called back into."""
    task = Task()
    _running.add(task)
    if owner is None:
        owner = next(
            (
                cb.__self__
                for cb in (on_done, on_failed)
                if isinstance(getattr(cb, "__self__", None), QObject)
            ),
            None,
        )
    on_progress, on_done, on_failed, on_cancelled = (
        _while_alive(owner, cb) for cb in (on_progress, on_done, on_failed, on_cancelled)
    )

    def finish() -> None:
        task.finished = True
        _running.discard(task)

    if on_progress is not None:
        task.sig_progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    if on_done is not None:
        task.sig_done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    if on_failed is not None:
        task.sig_failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
    if on_cancelled is not None:
        task.sig_cancelled.connect(on_cancelled, Qt.ConnectionType.QueuedConnection)
    for signal in (task.sig_done, task.sig_failed, task.sig_cancelled):
        signal.connect(finish, Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, fn))
    return task


def run_with_dialog(
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run ``fn`` with a modal progress dialog that can cancel it; the window keeps repainting."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Task", "Batal"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def close_then(callback: Callable[..., None] | None) -> Callable[..., None]:
        def handler(*args: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            if callback is not None:
                callback(*args)

        return handler

    task = run_task(
        fn,
        on_done=close_then(on_done),
        on_failed=close_then(on_failed),
        on_cancelled=close_then(on_cancelled),
        on_progress=progress,
        owner=parent,
    )
    dialog.canceled.connect(task.cancel)
    return task


def busy() -> bool:
    """Work started with :func:`run_task` has not called back yet (its callbacks still to run)."""
    return bool(_running)


def wait_idle(app: QCoreApplication, timeout: float = 60.0) -> bool:
    """Process events until every task has called back (or ``timeout`` seconds); True when idle.

    For the screenshot command and benchmarks: a page is grabbed once its background loads arrived.
    """
    deadline = time.monotonic() + timeout
    app.processEvents()
    while _running and time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(10)
        app.processEvents()
    app.processEvents()
    return not _running
