"""The automatic backups while the window is open: every 10 minutes when the database changed.

The copy (SQLite's online backup, then the check) runs on the task pool, never on the GUI thread;
one at a time. Its outcome is told to the window, which shows it on the Acara page and, when a
backup failed, in the status bar in words.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from asn_event.backups import INTERVAL_MINUTES, AutoBackup, AutoResult
from asn_event.ui.shell.errors import error_text


class BackupTimer(QObject):
    sig_done = Signal(object)
    """A backup was made (an :class:`AutoResult`), or the newest one was found at start."""
    sig_failed = Signal(str)
    """A backup could not be made; the message is for the user."""

    def __init__(self, auto: AutoBackup, parent: QObject | None = None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.auto = auto
        self.active = False  # only while an event is open
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms if interval_ms is not None else INTERVAL_MINUTES * 60_000)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        from asn_event.ui.shell.tasks import run_task

        self.timer.start()
        run_task(lambda _p: self.auto.find_last(), on_done=lambda _info: self.sig_done.emit(AutoResult(None, None)), owner=self)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self, force: bool = False, label: str = "auto") -> bool:
        """Start a backup if one is due (``force``: now, changed or not); False when none started."""
        from asn_event.ui.shell.tasks import run_task

        if self.busy or not (self.active or force) or not (force or self.auto.changed()):
            return False
        self.busy = True

        def done(result: AutoResult) -> None:
            self.busy = False
            self.sig_done.emit(result)
            if result.mirror_problem is not None:
                self.sig_failed.emit(error_text(result.mirror_problem))

        def failed(message: str) -> None:
            self.busy = False
            self.sig_failed.emit(message)

        run_task(lambda _p: self.auto.run(label, force=force), on_done=done, on_failed=failed, owner=self)
        return True
