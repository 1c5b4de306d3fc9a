"""Search latency per keystroke on 100,000 people: substring matches on name, NIP and unit.

For each keystroke of a few typed queries it times the roster search (FTS5 trigram index) against
the honest bare baseline: the same FTS query alone, one plain SQL statement written by hand in this
file (``bare_sql``) with the same event filter, order and LIMIT, on a sqlite3 connection held open,
checked to find the same people. The two alternate keystroke by keystroke; it prints p50/p95 of
both and the ratio. The full-table LIKE scan (the old baseline) is printed for scale. Then it times keystroke-to-repaint on the Peserta page offscreen (search, model reset,
paint of the visible rows). Targets: query p95 under 10 ms, keystroke-to-repaint p95 under 50 ms.

    python benchmarks/search.py [--people 100000] [--db /tmp/bench100k.sqlite]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text

from asn_event.clock import FakeClock
from asn_event.db import open_database
from asn_event.demo import create_demo
from asn_event.roster.search import RosterQuery, Scope, search_ids, search_terms
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
    """(search, bare SQL) per keystroke, the two sides one after the other for every keystroke.

    Both must find the same people in the same order, or the comparison would mean nothing."""
    ours, bare = [], []
    baseline = Bare(db)
    try:
        for typed in keystrokes():
            start = time.perf_counter()
            found = search_ids(db, event_id, RosterQuery(typed, Scope.EVENT), limit=SEARCH_LIMIT)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            expected = baseline.ids(event_id, typed, SEARCH_LIMIT)
            bare.append(time.perf_counter() - start)
            if found != expected:
                raise SystemExit(f"the search and the baseline disagree on {typed!r}")
    finally:
        baseline.close()
    return ours, bare


BASELINE_SQL = text(
    "SELECT p.id FROM person p LEFT JOIN unit u ON u.id = p.unit_id "
    "WHERE p.name LIKE :t OR p.nip LIKE :t OR u.name LIKE :t OR u.short_name LIKE :t"
)


def bare_sql(event_id: int, typed: str, limit: int) -> tuple[str, dict[str, object]]:
    """The plainest SQL for the same search, written here by hand (not taken from the project).

    Every word of three letters or more through the FTS5 trigram index (``MATCH``) or the unit's
    name, a shorter word with ``LIKE``, a query of only one or two letters as a prefix of the
    name (or NIP), as the index cannot serve it; the same event filter, order and LIMIT.
    """
    terms = search_terms(typed)
    params: dict[str, object] = {"event": event_id, "limit": limit}
    where = ["EXISTS (SELECT 1 FROM registration r WHERE r.person_id = p.id AND r.event_id = :event)"]
    if terms and all(len(t) < 3 for t in terms):
        for i, term in enumerate(terms):
            params[f"t{i}"] = term
            if term.isdigit():
                where.append(f"substr(p.nip, 1, length(:t{i})) = :t{i}")
            else:
                params[f"hi{i}"] = term[:-1] + chr(ord(term[-1]) + 1)
                where.append(f"p.name_key >= :t{i} AND p.name_key < :hi{i}")
    else:
        for i, term in enumerate(terms):
            params[f"t{i}"] = term
            if len(term) >= 3:
                params[f"m{i}"] = '"' + term.replace('"', '""') + '"'
                where.append(
                    f"(p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :m{i}) OR p.unit_id IN "
                    f"(SELECT id FROM unit WHERE instr(lower(short_name || ' ' || name), :t{i})))"
                )
            else:
                params[f"l{i}"] = f"%{term}%"
                where.append(
                    f"(p.name LIKE :l{i} OR p.name_key LIKE :l{i} OR p.nip LIKE :l{i} OR EXISTS (SELECT 1 FROM unit u "
                    f"WHERE u.id = p.unit_id AND (u.name LIKE :l{i} OR u.short_name LIKE :l{i})))"
                )
    sql = f"SELECT p.id FROM person p WHERE {' AND '.join(where)} ORDER BY p.name_key, p.id LIMIT :limit"
    return sql, params


class Bare:
    """The baseline's own connection (plain ``sqlite3``, held open), the same file and settings."""

    def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
        self.connection = db.engine.raw_connection()

    def ids(self, event_id: int, typed: str, limit: int) -> list[int]:
        sql, params = bare_sql(event_id, typed, limit)
        return [row[0] for row in self.connection.execute(sql, params).fetchall()]

    def close(self) -> None:
        self.connection.close()


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
    print(f"baseline (bare FTS SQL):      p50 {b50:7.2f} ms   p95 {b95:7.2f} ms")
    print(f"ratio search/baseline:        p50 {f50 / b50:7.3f}      p95 {f95 / b95:7.3f}")
    print(f"for scale (LIKE table scan):  p50 {l50:7.2f} ms   p95 {l95:7.2f} ms")
    print(f"keystroke-to-repaint (page):  p50 {r50:7.2f} ms   p95 {r95:7.2f} ms   (target p95 < 50 ms)")


if __name__ == "__main__":
    main()
