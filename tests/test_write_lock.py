"""Issue #11 item 6: reads never take the write lock, and an import plans without holding it, so
a desk is never held up by them. No timing: the desk here is opened with a busy timeout of 0, so
it fails at once ("database is locked") if it would have to wait for anybody."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from asn_event import events as event_service
from asn_event.certificates.service import list_candidates
from asn_event.checkin import ScanStatus
from asn_event.checkin.service import CheckinDesk
from asn_event.db import engine as db_engine
from asn_event.db import open_database
from asn_event.feedback.service import active_form, list_forms
from asn_event.invitations.collect import collect_invitations
from asn_event.progress import Progress
from asn_event.reports.attendance import load_attendance
from asn_event.roster.importer import import_file
from asn_event.roster.search import RosterQuery, search_ids
from asn_event.stage.service import list_agenda, load_timer


@pytest.fixture
def impatient(demo, monkeypatch):  # type: ignore[no-untyped-def]
    """A second desk on the same file that never waits for a lock."""
    monkeypatch.setattr(db_engine, "SQLITE_BUSY_TIMEOUT_MS", 0)
    database = open_database(demo.path)
    yield database
    database.dispose()


def test_reads_go_on_while_another_desk_holds_the_write_lock(demo, clock, impatient) -> None:  # type: ignore[no-untyped-def]
    writer = sqlite3.connect(demo.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE person SET phone = '0811' WHERE id = 1")
    try:
        event_id = demo.event_id
        assert len(list_candidates(impatient, event_id)) == 150
        assert len(search_ids(impatient, event_id, RosterQuery(text="siti"))) >= 0
        assert load_attendance(impatient, event_id, all_registered=True).registered == 150
        assert len(collect_invitations(impatient, event_id)[1]) == 150
        list_forms(impatient, event_id)
        active_form(impatient, event_id)
        list_agenda(impatient, event_id)
        load_timer(impatient, clock, event_id)
        event_service.get_event(impatient, event_id)
        CheckinDesk(impatient, clock, event_id, desk="Meja 2", staff="")
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_scan_goes_through_while_an_import_is_planning(demo, clock, impatient, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    roster = tmp_path / "daftar.csv"
    roster.write_text("Nama,Unit Kerja\n" + "".join(f"Peserta Baru {i},BKPSDM\n" for i in range(3000)), encoding="utf-8")
    code = collect_invitations(demo.db, demo.event_id)[1][0].code
    desk = CheckinDesk(impatient, clock, demo.event_id, desk="Meja 2", staff="")
    scans: list[ScanStatus] = []

    def on_report(done: int, total: int, text: str) -> None:
        if text.startswith("Mencocokkan") and not scans:
            scans.append(desk.scan(code).status)  # mid-import, from another desk

    result = import_file(demo.db, clock, roster, demo.event_id, create_units=True, progress=Progress(on_report))
    assert scans == [ScanStatus.ACCEPTED]
    assert result.added == 3000 and result.committed
