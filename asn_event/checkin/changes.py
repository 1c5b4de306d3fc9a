"""Noticing other desks' work: a background thread that says "something changed" within a second.

- PostgreSQL: ``LISTEN asn_event_desk`` on a connection of its own (psycopg). Every scan-log row a
  desk writes sends ``pg_notify`` with the event id in the same transaction (see
  :func:`notify_statement`), so the notice arrives only once the scan committed.
- SQLite: ``PRAGMA data_version`` on a read-only connection of its own, twice a second. The number
  changes whenever another connection (another desk process, or this one's own writes) commits:
  a cheap counter, no table read.

The watcher never touches the database's pool and never writes. It calls ``on_change()`` from its
thread (the UI turns that into a queued signal) and ``on_link(True/False)`` when the server goes
away or comes back. Qt-free.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL = "asn_event_desk"
SQLITE_POLL_S = 0.5
RECONNECT_S = 2.0
_NOTIFY = text(f"SELECT pg_notify('{CHANNEL}', :payload)")


def notify_statement() -> Any:
    """The statement a writing desk runs (PostgreSQL only) inside its transaction: payload = event id."""
    return _NOTIFY


def libpq_conninfo(url: URL) -> str:
    """A SQLAlchemy PostgreSQL URL as the libpq URI psycopg takes (password included, never logged)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeWatcher:
    """Watch one database for commits by anybody; call ``on_change`` (coalesced) from a thread."""

    def __init__(
        self,
        url: URL,
        event_id: int | None,
        on_change: Callable[[], None],
        on_link: Callable[[bool], None] | None = None,
    ) -> None:
        self.url = url
        self.event_id = event_id
        self.on_change = on_change
        self.on_link = on_link or (lambda _up: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._linked: bool | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def start(self) -> None:
        if self._thread is not None:
            return
        if self.is_sqlite and (not self.url.database or self.url.database == ":memory:"):
            return  # one connection only: there is nobody else to notice
        target = self._watch_sqlite if self.is_sqlite else self._watch_postgres
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(target,), name="desk-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=3)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def linked(self) -> bool | None:
        """True while the watcher's connection works, False after it broke, None before it tried."""
        return self._linked

    def _link(self, up: bool) -> None:
        if up != self._linked:
            self._linked = up
            self.on_link(up)

    def _run(self, watch: Callable[[], None]) -> None:
        while not self._stop.is_set():
            try:
                watch()
            except Exception as exc:  # the server went away, the file moved: say so, try again
                log.warning("change watcher lost its connection: %s", exc)
                self._link(False)
            self._stop.wait(RECONNECT_S)

    def _watch_sqlite(self) -> None:
        from pathlib import Path

        from asn_event.db.backup import sqlite_uri  # a path with # ? % in it stays a path

        conn = sqlite3.connect(sqlite_uri(Path(str(self.url.database))), uri=True, check_same_thread=False, timeout=1)
        try:
            last = conn.execute("PRAGMA data_version").fetchone()[0]
            self._link(True)
            while not self._stop.wait(SQLITE_POLL_S):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != last:
                    last = now
                    self.on_change()
        finally:
            conn.close()

    def _watch_postgres(self) -> None:
        import psycopg

        conn = psycopg.connect(libpq_conninfo(self.url), autocommit=True, connect_timeout=5)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self._link(True)
            self.on_change()  # whatever happened while the link was down
            wanted = None if self.event_id is None else str(self.event_id)
            while not self._stop.is_set():
                changed = False
                for note in conn.notifies(timeout=0.5):
                    if wanted is None or note.payload == wanted:
                        changed = True
                if changed:
                    self.on_change()
                # notifies() returns quietly on timeout; a cheap query finds a dead link
                conn.execute("SELECT 1")
        finally:
            conn.close()
