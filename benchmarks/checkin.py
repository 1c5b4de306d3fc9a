"""Check-in speed at 100,000 registrations: the service against a bare sqlite3 baseline, same run.

    python benchmarks/checkin.py [--registrations 100000] [--scans 2000] [--no-gui]

1. The check-in service call (``CheckinDesk.scan``: parse and verify the code, conditional update,
   read back the person, scan-log row, commit) against bare ``sqlite3`` doing the same lookup,
   update and insert with the same journal mode and synchronous setting, on the same file.
   Prints p50/p95 of both and the ratio (target: at most 3.0).
2. Scan-to-banner: scanner-speed keys into the Check-in page's scan field through the Qt event loop
   (offscreen) until the banner shows the result; p50/p95 (target: p95 under 50 ms).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from asn_event.checkin.service import CheckinDesk
from asn_event.clock import FakeClock, SystemClock
from asn_event.db import open_database
from asn_event.demo import create_demo
from asn_event.invitations.collect import collect_invitations
from asn_event.tokens import read_scan, verify_code


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(values: list[float]) -> str:
    return f"p50 {percentile(values, 50) * 1000:7.3f} ms   p95 {percentile(values, 95) * 1000:7.3f} ms"


BARE_WHO = (
    "SELECT r.checked_in_at, r.checkin_desk, p.name, p.nip, p.position, "
    "COALESCE(NULLIF(u.short_name, ''), u.name, '') FROM registration r JOIN person p ON p.id = r.person_id "
    "LEFT JOIN unit u ON u.id = p.unit_id WHERE r.id = ? AND r.event_id = ?"
)
BARE_UPDATE = (
    "UPDATE registration SET checked_in_at = ?, checkin_desk = ?, checkin_staff = ? "
    "WHERE id = ? AND event_id = ? AND checked_in_at IS NULL"
)
BARE_LOG = (
    "INSERT INTO scan_log (event_id, registration_id, at, status, raw, desk, staff, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def bare_scans(path: Path, event_id: int, secret: bytes, codes: list[str], journal: str, synchronous: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA foreign_keys=ON")
    timings = []
    for code in codes:
        start = time.perf_counter()
        parsed = read_scan(code).first
        assert parsed is not None and verify_code(secret, parsed)
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        conn.execute("BEGIN IMMEDIATE")
        updated = conn.execute(BARE_UPDATE, (now, "Meja B", "", parsed.registration_id, event_id)).rowcount
        row = conn.execute(BARE_WHO, (parsed.registration_id, event_id)).fetchone()
        status = "accepted" if updated == 1 else "already"
        conn.execute(BARE_LOG, (event_id, parsed.registration_id, now, status, code, "Meja B", "", ""))
        conn.execute("COMMIT")
        timings.append(time.perf_counter() - start)
        assert row is not None and status == "accepted"
    conn.close()
    return timings


def seed(db, path: Path, count: int) -> int:  # type: ignore[no-untyped-def]
    """The demo event with ``count`` registrations, bulk-inserted (the demo generator is for people)."""
    event_id = create_demo(db, FakeClock(), participants=min(count, 500))
    extra = count - min(count, 500)
    conn = sqlite3.connect(path, isolation_level=None)
    now = "2025-11-17 01:30:00.000000"
    units = [row[0] for row in conn.execute("SELECT id FROM unit")]
    conn.execute("BEGIN")
    first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM person").fetchone()[0] + 1
    conn.executemany(
        "INSERT INTO person (id, name, name_key, nip, employment, rank, position, unit_id, sex, phone, "
        "created_at, updated_at) VALUES (?, ?, ?, NULL, 'non-ASN', '', 'Pelaksana', ?, 'L', '', ?, ?)",
        ((first + i, f"Peserta Uji {i}", f"peserta uji {i}", units[i % len(units)], now, now) for i in range(extra)),
    )
    conn.executemany(
        "INSERT INTO registration (event_id, person_id, source, registered_at, signature_skipped) "
        "VALUES (?, ?, 'roster', ?, 0)",
        ((event_id, first + i, now) for i in range(extra)),
    )
    conn.execute("COMMIT")
    conn.close()
    return event_id


CHUNK = 100
SYNCHRONOUS_NAMES = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


def fsync_cost(path: Path, event_id: int, secret: bytes, codes: list[str], journal: str) -> None:
    """What synchronous=FULL costs a scan: bare scans at NORMAL and at FULL, alternating."""
    normal: list[float] = []
    full: list[float] = []
    half = len(codes) // 2
    for start in range(0, half, CHUNK // 2):
        normal += bare_scans(path, event_id, secret, codes[start : min(start + CHUNK // 2, half)], journal, 1)
        full += bare_scans(path, event_id, secret, codes[half + start : half + min(start + CHUNK // 2, half)], journal, 2)
    extra = (percentile(full, 50) - percentile(normal, 50)) * 1000
    print(f"bare at synchronous=NORMAL {ms(normal)}")
    print(f"bare at synchronous=FULL   {ms(full)}   (FULL adds {extra:.3f} ms per scan at p50)")


def service_scans(desk: CheckinDesk, codes: list[str]) -> list[float]:
    timings = []
    for code in codes:
        start = time.perf_counter()
        result = desk.scan(code)
        timings.append(time.perf_counter() - start)
        assert result.status.value == "accepted", result
    return timings


def gui_scan_to_banner(db, event_id: int, codes: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    """Post a scanner's key events to the Check-in page and time until the banner shows the result."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QWidget

    from asn_event.app import create_application
    from asn_event.context import AppContext
    from asn_event.ui.checkin.page import CheckinPage

    app = create_application([sys.argv[0]])
    page = CheckinPage(AppContext(db=db, clock=SystemClock(), desk="Meja Q"))
    page.sounds.muted = True
    page.set_event(event_id)
    page.resize(1366, 768)
    page.show()
    page.page_shown()
    app.processEvents()
    shown: list[float] = []
    page.banner.sig_shown.connect(lambda _result: shown.append(time.perf_counter()))

    def post(field: QWidget, key: int, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    timings = []
    for code in codes:
        shown.clear()
        start = time.perf_counter()
        for char in code:
            post(page.scan_field, ord(char.upper()) if char.isalnum() else Qt.Key.Key_Colon, char)
        post(page.scan_field, Qt.Key.Key_Return, "\r")
        while not shown:
            app.processEvents()
        timings.append(shown[0] - start)
        assert page.banner.result is not None and page.banner.result.status.value == "accepted"
    from PySide6.QtCore import QThreadPool

    page._refresh_timer.stop()
    QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()
    page.close()
    page.deleteLater()
    app.processEvents()
    del page
    app.shutdown()  # tear Qt down before the interpreter does (PySide6 can crash in a late GC)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--gui-scans", type=int, default=200)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        started = time.perf_counter()
        event_id = seed(db, path, args.registrations)
        _event, invitations = collect_invitations(db, event_id)
        print(f"{len(invitations):,} registrations ready in {time.perf_counter() - started:.1f} s")
        with db.engine.connect() as conn:
            journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        with db.sessions() as session:
            from asn_event.db.models import Event

            secret = bytes(session.get(Event, event_id).secret)
        print(
            f"SQLite journal_mode={journal} synchronous={SYNCHRONOUS_NAMES.get(int(synchronous), synchronous)} "
            "(the app's setting; the bare baseline uses the same)"
        )

        step = max(1, len(invitations) // (3 * args.scans + args.gui_scans + 10))
        picked = [inv.code for inv in invitations[::step]]
        service_codes = picked[: args.scans]
        bare_codes = picked[args.scans : 2 * args.scans]
        core_codes = picked[2 * args.scans : 3 * args.scans]
        gui_codes = picked[3 * args.scans : 3 * args.scans + args.gui_scans]

        desk = CheckinDesk(db, SystemClock(), event_id, desk="Meja A")
        service_scans(desk, service_codes[:50])  # warm up statement caches and the page cache
        bare_scans(path, event_id, secret, bare_codes[:50], str(journal), int(synchronous))
        # The two sides alternate in chunks, so a noisy neighbour on the machine hits both alike.
        service: list[float] = []
        bare: list[float] = []
        for start in range(50, len(service_codes), CHUNK):
            service += service_scans(desk, service_codes[start : start + CHUNK])
            bare += bare_scans(path, event_id, secret, bare_codes[start : start + CHUNK], str(journal), int(synchronous))
        ratio50 = percentile(service, 50) / percentile(bare, 50)
        ratio95 = percentile(service, 95) / percentile(bare, 95)
        print(f"service check-in  {ms(service)}   ({len(service)} scans)")
        print(f"bare sqlite3      {ms(bare)}   ({len(bare)} scans)")
        print(f"ratio service/bare: p50 {ratio50:.2f}x   p95 {ratio95:.2f}x   (target <= 3.0)")
        fsync_cost(path, event_id, secret, core_codes[: len(core_codes) // 2], str(journal))
        core_codes = core_codes[len(core_codes) // 2 :]
        core_desk = CheckinDesk(db, SystemClock(), event_id, desk="Meja C")
        core_desk.sqlite_fast_path = False
        core = service_scans(core_desk, core_codes)
        print(
            f"for reference, the portable Core path (PostgreSQL uses it): {ms(core)}   "
            f"ratio p50 {percentile(core, 50) / percentile(bare, 50):.2f}x"
        )

        if not args.no_gui and gui_codes:
            times = gui_scan_to_banner(db, event_id, gui_codes)
            print(f"scan-to-banner (Qt, offscreen)  {ms(times)}   ({len(times)} scans; target p95 < 50 ms)")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
