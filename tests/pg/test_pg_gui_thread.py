"""A PostgreSQL desk never waits for its server on the GUI thread.

A connect timeout is ten seconds: a statement on the GUI thread freezes the stage timer and the
desk for as long as the server does not answer. The instrument records every statement executed on
the main thread while the real window does what a desk does; the proof pauses the server while the
stage timer runs and checks the window keeps answering.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import traceback
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from asn_event.context import AppContext
from asn_event.domain import Employment
from asn_event.invitations.collect import collect_invitations
from asn_event.ui.shell import tasks
from asn_event.ui.shell.main_window import MainWindow
from asn_event.ui.shell.pages import PAGES

SERVER = Path(__file__).resolve().parents[2] / "tools" / "pg_test_server.sh"


@dataclass
class GuiStatements:
    """Statements the app ran on the GUI thread, each with the app frames that ran it."""

    recording: bool = False
    seen: list[tuple[str, str]] = field(default_factory=list)

    def record(self, statement: str) -> None:
        if not self.recording or threading.current_thread() is not threading.main_thread():
            return
        frames = [
            f"{Path(f.filename).parent.name}/{Path(f.filename).name}:{f.lineno} {f.name}"
            for f in traceback.extract_stack()
            if "/asn_event/" in f.filename and "/asn_event/db/" not in f.filename
        ]
        self.seen.append((" ".join(statement.split())[:90], " < ".join(reversed(frames[-4:]))))

    def report(self) -> str:
        return "\n".join(f"{where}\n    {sql}" for sql, where in self.seen)


@pytest.fixture
def gui_statements() -> Iterator[GuiStatements]:
    """Records what any engine executes on the GUI thread while ``recording`` is on."""
    found = GuiStatements()

    def listener(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        found.record(statement)

    event.listen(Engine, "before_cursor_execute", listener)
    yield found
    event.remove(Engine, "before_cursor_execute", listener)


@pytest.fixture
def pg_window(qtbot, pg_demo, clock, settings, gui_statements) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    gui_statements.recording = True  # from the start: the window opens without waiting for the server
    ctx = AppContext(db=pg_demo.db, clock=clock, desk="Meja 1", staff="Tester")
    win = MainWindow(ctx, settings, pg_demo.event_id)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    win.gui_statements = gui_statements  # type: ignore[attr-defined]
    yield win
    win.close()
    tasks.wait_idle(QApplication.instance(), 20)


def _settle(qtbot, ms: int = 50) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(ms)
    tasks.wait_idle(QApplication.instance(), 20)
    qtbot.wait(ms)


def _walk(qtbot, win: MainWindow, pg_demo, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What a desk does in a morning: every page, the timers, scans, a walk-in, each editor's save."""
    _settle(qtbot)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    win.gui_statements.recording = False  # type: ignore[attr-defined]
    invitations = collect_invitations(pg_demo.db, pg_demo.event_id)[1]  # test data, not the app's work
    win.gui_statements.recording = True  # type: ignore[attr-defined]
    for spec in PAGES * 2:  # the second time, page_shown refreshes
        win.show_page(spec.key)
        _settle(qtbot)

    checkin = win.show_page("checkin")
    checkin.sounds.muted = True  # type: ignore[attr-defined]
    for invitation in invitations[:3]:
        qtbot.keyClicks(checkin.scan_field, invitation.code)  # type: ignore[attr-defined]
        qtbot.keyClick(checkin.scan_field, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        _settle(qtbot)
    qtbot.keyClicks(checkin.scan_field, invitations[0].code)  # type: ignore[attr-defined]  # already
    qtbot.keyClick(checkin.scan_field, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    _settle(qtbot, 1200)  # the counts refresh after a scan and on their timer

    from asn_event.ui.checkin.dialogs import WalkInDialog

    answers = iter([QDialog.DialogCode.Accepted])

    def walk_in_exec(dialog: WalkInDialog) -> int:
        dialog.name.setText("Rahmat Hidayat")
        dialog.unit.setCurrentText("Dishub")
        return next(answers, QDialog.DialogCode.Rejected)

    monkeypatch.setattr(WalkInDialog, "exec", walk_in_exec)
    checkin.walk_in_button.click()  # type: ignore[attr-defined]
    _settle(qtbot)

    from asn_event.ui.roster.person_dialog import PersonDialog

    person_answers = iter([QDialog.DialogCode.Accepted])

    def person_exec(dialog: PersonDialog) -> int:
        dialog.name_edit.setText("Siti Rahmawati")
        dialog.employment_combo.setCurrentIndex(dialog.employment_combo.findData(Employment.NON_ASN))
        return next(person_answers, QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PersonDialog, "exec", person_exec)
    peserta = win.show_page("peserta")
    peserta.add_button.click()  # type: ignore[attr-defined]
    _settle(qtbot)
    peserta.search_edit.setText("siti")  # type: ignore[attr-defined]
    _settle(qtbot, 600)

    acara = win.show_page("acara")
    acara.venue_edit.setText("Pendopo")  # type: ignore[attr-defined]
    acara.save_button.click()  # type: ignore[attr-defined]
    _settle(qtbot)

    timer = win.show_page("timer")
    timer.sounds.play = lambda cue: None  # type: ignore[attr-defined]
    timer.control.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(timer.control, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    _settle(qtbot)
    clock.advance(30)
    _settle(qtbot, 600)
    model = timer.editor.model  # type: ignore[attr-defined]
    model.setData(model.index(model.rowCount() - 1, 0), "Penutupan dan doa")
    timer.editor.save_button.click()  # type: ignore[attr-defined]
    _settle(qtbot)

    feedback = win.show_page("umpan-balik")
    _settle(qtbot, 3300)  # the counts line's timer fires
    feedback.editor.save_button.click()  # type: ignore[attr-defined]
    _settle(qtbot)

    win.switcher.setCurrentIndex(win.switcher.count() - 1)  # another event, then back
    _settle(qtbot)
    win.switcher.setCurrentIndex(0)
    _settle(qtbot)
    for spec in PAGES:  # every page of the event switched to
        win.show_page(spec.key)
        _settle(qtbot)
    win.gui_statements.recording = False  # type: ignore[attr-defined]
    assert warned == []  # every save above was stored


def test_a_postgresql_desk_runs_no_statement_on_the_gui_thread(
    qtbot, pg_window, pg_demo, clock, gui_statements, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _walk(qtbot, pg_window, pg_demo, clock, monkeypatch)
    assert not gui_statements.seen, f"{len(gui_statements.seen)} statements on the GUI thread:\n" + (
        gui_statements.report()
    )


@pytest.fixture
def own_server(pg_url) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A PostgreSQL server of this test's own (its processes are stopped and continued): its URL."""
    del pg_url  # only so the test is skipped where PostgreSQL tests are not set up
    where = Path(f"/tmp/asn-pg-pause-{uuid.uuid4().hex[:8]}")
    started = subprocess.run(
        ["bash", str(SERVER), "start", str(where)], capture_output=True, text=True, check=False
    )
    assert started.returncode == 0, started.stderr
    try:
        yield str(make_url(started.stdout.split("'")[1]).set(database="postgres"))
    finally:
        subprocess.run(["bash", str(SERVER), "stop", str(where)], capture_output=True, check=False)


def _server_processes(url: str) -> list[int]:
    """The postmaster of the server at ``url`` and every process it started."""
    data = Path(make_url(url).query["host"]) / "data" / "postmaster.pid"  # type: ignore[arg-type]
    postmaster = int(data.read_text().split()[0])
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True, check=False)
    return [postmaster, *(int(pid) for pid in children.stdout.split())]


class _Paused:
    """The server's processes stopped (SIGSTOP) until :meth:`resume`; a watchdog resumes them after
    a minute, so a window that does wait for the server fails this test instead of hanging it."""

    def __init__(self, url: str) -> None:
        self.pids = _server_processes(url)
        for pid in self.pids:
            os.kill(pid, signal.SIGSTOP)
        self.watchdog = threading.Timer(60, self.resume)
        self.watchdog.start()

    def resume(self) -> None:
        self.watchdog.cancel()
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def test_with_the_server_paused_the_stage_timer_runs_and_the_window_answers(
    qtbot, own_server, settings, gui_statements
) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application
    from asn_event.checkin.service import CheckinDesk
    from asn_event.clock import SystemClock
    from asn_event.db import open_database
    from asn_event.demo import create_demo

    create_application()
    clock = SystemClock()  # the stage timer derives its time from the clock: a real one, so it runs
    db = open_database(own_server)
    event_id = create_demo(db, clock, participants=20)
    someone = collect_invitations(db, event_id)[1][0].registration_id
    win = MainWindow(AppContext(db=db, clock=clock, desk="Meja 1", staff="Tester"), settings, event_id)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    timer = win.show_page("timer")
    timer.sounds.play = lambda cue: None  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: timer.timer is not None, timeout=10_000)  # type: ignore[attr-defined]
    timer.control.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(timer.control, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    timer.show_stage()  # type: ignore[attr-defined]
    feedback = win.show_page("umpan-balik")
    qtbot.waitUntil(lambda: "dari 0 hadir" in feedback.counts.text(), timeout=10_000)  # type: ignore[attr-defined]
    _settle(qtbot)

    ticks = [0]
    ticker = QTimer()
    ticker.setInterval(100)
    ticker.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    ticker.start()
    shown: list[str] = []
    counted: list[int] = []
    gui_statements.recording = True
    paused = _Paused(own_server)
    try:
        for _ in range(10):  # five seconds: the Umpan Balik counts ask the server at least once
            qtbot.wait(500)
            shown.append(timer.stage_window.display.view.time_text)  # type: ignore[attr-defined]
            counted.append(ticks[0])
            win.show_page("checkin" if len(shown) == 5 else "umpan-balik")  # the operator clicks around
    finally:
        paused.resume()
        gui_statements.recording = False
        ticker.stop()
    assert len(set(shown)) >= 3, shown  # the stage display kept counting down
    # Every half second the window answered its timer (a blocked window gets one late tick, not several).
    assert all(later - earlier >= 2 for earlier, later in pairwise([0, *counted])), counted
    assert not gui_statements.seen, gui_statements.report()

    CheckinDesk(db, clock, event_id).check_in(someone)  # the server is back; a desk checks someone in
    qtbot.waitUntil(lambda: "dari 1 hadir" in feedback.counts.text(), timeout=20_000)  # type: ignore[attr-defined]
    win.close()
    tasks.wait_idle(QApplication.instance(), 20)
    db.dispose()
