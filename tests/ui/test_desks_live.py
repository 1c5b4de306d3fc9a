"""Two desks on one SQLite file: what desk A does shows on desk B within two seconds, no sleeps.

Desk A is another process (``asn-event checkin``), desk B the Check-in page; B's slow refresh timer
(8 s) is far beyond the wait, so only the change watcher can make B see A's scan in time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_checkin_desk import page  # noqa: F401  (the desk page fixture)

from asn_event.checkin.changes import ChangeWatcher
from asn_event.invitations.collect import collect_invitations
from asn_event.ui.checkin.page import REFRESH_EVERY_MS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def live_page(qtbot, page):  # noqa: F811  # type: ignore[no-untyped-def]
    """The desk page of test_checkin_desk, once its watcher is connected and the first read done."""
    qtbot.waitUntil(lambda: page.watcher is not None and page.watcher.linked is True, timeout=3000)
    qtbot.waitUntil(lambda: not page._refreshing, timeout=3000)
    return page


def _desk_a(db: str, event_id: int, *codes: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "asn_event", "checkin", "--db", db, "--event", str(event_id), "--desk", "Meja 2", *codes],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_other_desks_scan_appears_in_counts_recent_and_missing_within_two_seconds(qtbot, live_page, demo) -> None:  # type: ignore[no-untyped-def]
    desk_b = live_page
    assert REFRESH_EVERY_MS > 2000
    first = collect_invitations(demo.db, demo.event_id)[1][0]
    assert desk_b.attendance.present_label.text().startswith("Hadir 0 / 150")
    missing_before = desk_b.attendance.missing.topLevelItem(0).text(0)

    _desk_a(str(demo.path), demo.event_id, first.code)

    qtbot.waitUntil(lambda: desk_b.attendance.present_label.text().startswith("Hadir 1 / 150"), timeout=2000)
    assert first.name in desk_b.recent.item(0).text() and "Meja 2" in desk_b.recent.item(0).text()
    assert "Meja 2" in desk_b.desks_label.text() and "Meja 2: 1 pindaian" in desk_b.desks_label.toolTip()
    names = [
        desk_b.attendance.missing.topLevelItem(i).child(j).text(0)
        for i in range(desk_b.attendance.missing.topLevelItemCount())
        for j in range(desk_b.attendance.missing.topLevelItem(i).childCount())
    ]
    assert not any(n.startswith(first.name) for n in names)
    assert desk_b.attendance.missing.topLevelItem(0).text(0) != missing_before or len(names) == 149


def test_watcher_stops_with_the_page(qtbot, live_page) -> None:  # type: ignore[no-untyped-def]
    desk_b = live_page
    watcher = desk_b.watcher
    assert isinstance(watcher, ChangeWatcher) and watcher.running
    desk_b.hide()
    assert desk_b.watcher is None and not watcher.running


def test_scans_kept_by_an_earlier_run_are_sent_when_the_desk_opens(qtbot, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application
    from asn_event.checkin import ScanStatus
    from asn_event.checkin.pending import PendingScan, PendingScans, journal_path
    from asn_event.paths import data_dir
    from asn_event.ui.checkin.page import CheckinPage

    invitation = collect_invitations(demo.db, demo.event_id)[1][9]
    journal = journal_path(data_dir(), demo.db.display_name, demo.event_id)
    PendingScans(journal).keep(PendingScan(raw=invitation.code, kept_at=ctx.clock.now()))
    create_application()
    desk = CheckinPage(ctx)
    qtbot.addWidget(desk)
    desk.sounds.muted = True
    desk.set_event(demo.event_id)
    assert "TERPUTUS" in desk.banner.headline.text() and len(desk.pending) == 1
    qtbot.waitUntil(lambda: desk.banner.result is not None, timeout=5000)
    assert desk.banner.result.status is ScanStatus.ACCEPTED and desk.banner.result.name == invitation.name
    assert not journal.exists()
