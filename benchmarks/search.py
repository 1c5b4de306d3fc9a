"""Search latency per keystroke on 100,000 people: substring matches on name, NIP and unit.

For each keystroke of a few typed queries it times the roster search (FTS5 trigram index) against
the honest bare baseline, the same FTS query alone (the SQL the search sends, with its event filter
and LIMIT, on the raw driver connection), alternating the two keystroke by keystroke, and prints
p50/p95 of both and the ratio. The full-table LIKE scan (the old baseline) is printed for scale. Then it times keystroke-to-repaint on the Peserta page offscreen (search, model reset,
paint of the visible rows). Targets: query p95 under 10 ms, keystroke-to-repaint p95 under 50 ms.

    python benchmarks/search.py [--people 100000] [--db /tmp/bench100k.sqlite]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import event, text

from asn_event.clock import FakeClock
from asn_event.db import open_database
from asn_event.demo import create_demo
from asn_event.roster.search import RosterQuery, Scope, search_ids
from asn_event.ui.roster.page import SEARCH_LIMIT

NOW = datetime(2025, 11, 17, 1, 30, tzinfo=UTC)
TYPED = ("puspitasari", "wahyu", "1985", "dinkes", "santoso kepala", "kecamatan mag")


def keystrokes() -> list[str]:
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1) if word[:n].strip()]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def time_queries(db, event_id: int, scope: Scope) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for typed in keystrokes():
        start = time.perf_counter()
        search_ids(db, event_id, RosterQuery(typed, scope), limit=SEARCH_LIMIT)
        samples.append(time.perf_counter() - start)
    return samples


def time_alternating(db, event_id: int) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """(search, bare FTS) per keystroke, the two sides one after the other for every keystroke."""
    ours, bare = [], []
    for typed in keystrokes():
        start = time.perf_counter()
        search_ids(db, event_id, RosterQuery(typed, Scope.EVENT), limit=SEARCH_LIMIT)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_fts_ids(db, event_id, typed, SEARCH_LIMIT)
        bare.append(time.perf_counter() - start)
    return ours, bare


BASELINE_SQL = text(
    "SELECT p.id FROM person p LEFT JOIN unit u ON u.id = p.unit_id "
    "WHERE p.name LIKE :t OR p.nip LIKE :t OR u.name LIKE :t OR u.short_name LIKE :t"
)


def bare_fts_ids(db, event_id: int, typed: str, limit: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The honest baseline: the same FTS5 query alone (the very SQL text and parameters the search
    sends for this keystroke, with its event filter, order and LIMIT), run on the driver's own
    connection: no SQLAlchemy, no session, no match count before it."""
    sql, params = _search_sql(db, event_id, typed, limit)
    connection = db.engine.raw_connection()
    try:
        return [row[0] for row in connection.execute(sql, params).fetchall()]
    finally:
        connection.close()


@functools.cache
def _search_sql_cached(db, event_id: int, typed: str, limit: int) -> tuple[str, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, tuple[object, ...]]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        seen.append((statement, tuple(parameters)))

    event.listen(db.reader, "before_cursor_execute", record)
    try:
        search_ids(db, event_id, RosterQuery(typed, Scope.EVENT), limit=limit)
    finally:
        event.remove(db.reader, "before_cursor_execute", record)
    return seen[-1]  # the search itself (a match count may come first)


def _search_sql(db, event_id: int, typed: str, limit: int) -> tuple[str, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return _search_sql_cached(db, event_id, typed, limit)


def time_like_scan(db) -> list[float]:  # type: ignore[no-untyped-def]
    """The bare baseline: one LIKE over the whole table per keystroke, as plain SQL."""
    samples = []
    with db.engine.connect() as conn:
        for typed in keystrokes():
            start = time.perf_counter()
            conn.execute(BASELINE_SQL, {"t": f"%{typed}%"}).all()
            samples.append(time.perf_counter() - start)
    return samples


def time_repaint(db, event_id: int) -> list[float]:  # type: ignore[no-untyped-def]
    from asn_event.app import create_application
    from asn_event.context import AppContext
    from asn_event.ui.roster.page import PesertaPage

    app = create_application([sys.argv[0]])
    page = PesertaPage(AppContext(db=db, clock=FakeClock(NOW)))
    page.set_event(event_id)
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    samples = []
    for typed in keystrokes():
        start = time.perf_counter()
        page.search_edit.setText(typed)
        page.search()
        page.table.viewport().repaint()
        samples.append(time.perf_counter() - start)
    page.close()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the built database here and reuse it next time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        db = open_database(path)
        with db.engine.connect() as conn:
            event_id = conn.exec_driver_sql("SELECT min(id) FROM event").scalar()
        if event_id is None:
            started = time.perf_counter()
            event_id = create_demo(db, FakeClock(NOW), participants=args.people)
            print(f"database with {args.people:,} people built in {time.perf_counter() - started:.1f} s")
        time_alternating(db, event_id)  # warm the page cache (and note each keystroke's SQL) once
        fts, bare = time_alternating(db, event_id)
        like = time_like_scan(db)
        repaint = time_repaint(db, event_id)
        db.dispose()
    f50, f95 = percentiles(fts)
    b50, b95 = percentiles(bare)
    l50, l95 = percentiles(like)
    r50, r95 = percentiles(repaint)
    print(f"keystrokes timed:             {len(fts)}")
    print(f"search (FTS5 trigram):        p50 {f50:7.2f} ms   p95 {f95:7.2f} ms   (target p95 < 10 ms)")
    print(f"baseline (same FTS SQL bare): p50 {b50:7.2f} ms   p95 {b95:7.2f} ms")
    print(f"ratio search/baseline:        p50 {f50 / b50:7.3f}      p95 {f95 / b95:7.3f}")
    print(f"for scale (LIKE table scan):  p50 {l50:7.2f} ms   p95 {l95:7.2f} ms")
    print(f"keystroke-to-repaint (page):  p50 {r50:7.2f} ms   p95 {r95:7.2f} ms   (target p95 < 50 ms)")


if __name__ == "__main__":
    main()
