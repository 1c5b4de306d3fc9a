"""The change watcher (Qt-free): another connection's commit is noticed; nothing else is."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from asn_event.checkin.changes import ChangeWatcher
from asn_event.checkin.service import CheckinDesk
from asn_event.db import open_database
from asn_event.invitations.collect import collect_invitations


def test_a_commit_by_another_desk_is_noticed_even_in_an_awkward_folder(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Acara #1 ? 100%"
    folder.mkdir()
    path = folder / "acara.sqlite"
    demo.db.dispose()
    shutil.copy(demo.path, path)
    db = open_database(path)
    changed, linked = threading.Event(), threading.Event()
    watcher = ChangeWatcher(db.url, demo.event_id, changed.set, lambda up: up and linked.set())
    watcher.start()
    try:
        assert linked.wait(10) and watcher.linked is True
        assert not changed.is_set()  # nothing happened yet
        other = open_database(path)  # another desk's own connection
        code = collect_invitations(other, demo.event_id)[1][0].code
        CheckinDesk(other, clock, demo.event_id, "Meja 2").scan(code)
        other.dispose()
        assert changed.wait(10)
    finally:
        watcher.stop()
        db.dispose()
    assert not watcher.running


def test_a_database_in_memory_has_nobody_else_to_watch() -> None:
    from sqlalchemy.engine import make_url

    watcher = ChangeWatcher(make_url("sqlite+pysqlite:///:memory:"), 1, lambda: None)
    watcher.start()
    assert not watcher.running
