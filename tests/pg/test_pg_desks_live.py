"""PostgreSQL desks that see each other, and a desk whose server goes away mid-event.

- Desk A (another process, ``asn-event checkin``) scans; desk B (the Check-in page) shows it in its
  counts within two seconds: LISTEN/NOTIFY, not the 8-second safety timer.
- The server stops while desk B scans: the banner says the connection is lost and nobody is shown
  as checked in; when the server is back the kept scan is sent again and stored exactly once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from asn_event.checkin import ScanStatus
from asn_event.clock import FakeClock
from asn_event.context import AppContext
from asn_event.db import Database, open_database
from asn_event.db.models import Registration, ScanLog
from asn_event.invitations.collect import collect_invitations
from asn_event.ui.checkin.page import REFRESH_EVERY_MS, CheckinPage

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "tools" / "pg_test_server.sh"
MORNING = datetime(2025, 11, 17, 1, 30, tzinfo=UTC)


def _desk_b(qtbot, db: Database, event_id: int) -> CheckinPage:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    page = CheckinPage(AppContext(db=db, clock=FakeClock(MORNING), desk="Meja B", staff="Tester"))
    qtbot.addWidget(page)
    page.sounds.muted = True
    page.set_event(event_id)
    page.resize(1200, 700)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.watcher is not None and page.watcher.linked is True, timeout=5000)
    qtbot.waitUntil(lambda: not page._refreshing, timeout=5000)
    return page


def test_a_scan_on_desk_a_shows_in_desk_b_counts_within_two_seconds(qtbot, pg_demo) -> None:  # type: ignore[no-untyped-def]
    assert REFRESH_EVERY_MS > 2000
    page = _desk_b(qtbot, pg_demo.db, pg_demo.event_id)
    first = collect_invitations(pg_demo.db, pg_demo.event_id)[1][0]
    assert page.attendance.present_label.text().startswith("Hadir 0 / 200")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "asn_event", "checkin", "--db", pg_demo.url, "--event", str(pg_demo.event_id),
         "--desk", "Meja A", first.code],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: page.attendance.present_label.text().startswith("Hadir 1 / 200"), timeout=2000)
    assert first.name in page.recent.item(0).text() and "Meja A" in page.recent.item(0).text()
    assert "Meja A" in page.desks_label.text() and "Meja A: 1 pindaian" in page.desks_label.toolTip()


@pytest.fixture
def own_server(pg_url) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A PostgreSQL server of this test's own (it is stopped and started again): its URL."""
    del pg_url  # only so the test is skipped where PostgreSQL tests are not set up
    where = Path(f"/tmp/asn-pg-drop-{uuid.uuid4().hex[:8]}")
    started = subprocess.run(["bash", str(SERVER), "start", str(where)], capture_output=True, text=True, check=False)
    assert started.returncode == 0, started.stderr
    try:
        yield str(make_url(started.stdout.split("'")[1]).set(database="postgres"))
    finally:
        subprocess.run(["bash", str(SERVER), "stop", str(where)], capture_output=True, check=False)


def _server(action: str, url: str) -> None:
    where = make_url(url).query["host"]
    done = subprocess.run(["bash", str(SERVER), action, where], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_server_stopped_mid_scan_keeps_the_scan_and_stores_it_once_when_back(qtbot, own_server) -> None:  # type: ignore[no-untyped-def]
    from asn_event.demo import create_demo

    db = open_database(own_server)
    try:
        event_id = create_demo(db, FakeClock(MORNING), participants=20)
        code = collect_invitations(db, event_id)[1][3]
        page = _desk_b(qtbot, db, event_id)

        _server("pause", own_server)
        assert page.handle_scan(code.code) is None  # not reported as checked in
        # The scan goes to the desk's worker: the banner says so when the server does not answer.
        qtbot.waitUntil(lambda: "TERPUTUS" in page.banner.headline.text(), timeout=15_000)
        assert page.banner.result is None and len(page.pending) == 1
        qtbot.waitUntil(lambda: "terputus" in page.desks_label.text(), timeout=5000)

        _server("resume", own_server)
        qtbot.waitUntil(lambda: page.banner.result is not None, timeout=20000)
        assert page.banner.result.status is ScanStatus.ACCEPTED
        assert page.banner.result.name == code.name
        assert len(page.pending) == 0
        with db.sessions() as session:
            assert session.scalar(
                select(func.count()).select_from(Registration).where(Registration.checked_in_at.is_not(None))
            ) == 1
            statuses = session.scalars(
                select(ScanLog.status).where(ScanLog.registration_id == code.registration_id)
            ).all()
        assert statuses == ["accepted"]
        page.handle_scan(code.code)  # the same code again: amber, still stored once
        qtbot.waitUntil(lambda: page.banner.result.status is ScanStatus.ALREADY, timeout=10_000)
    finally:
        db.dispose()
