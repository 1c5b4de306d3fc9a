"""Report speed: the attendance list PDF (numbered pages, signatures, letterhead) and the attendance
export, against bare reportlab / openpyxl writing the same rows in the same run.

    python benchmarks/reports.py [--people 150 1000] [--runs 3]

Prints both medians and the ratio for each size. The bare baselines write plain strings (no
wrapping, no styles); the project's files wrap every name in a Paragraph, so expect a ratio of a few
times; the number to watch is seconds per 1000 people.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from asn_event.clock import FakeClock
from asn_event.db import open_database
from asn_event.db.models import Registration
from asn_event.demo import create_demo
from asn_event.reports import files
from asn_event.reports.attendance import load_attendance


def seed(path: Path, people: int) -> int:
    db = open_database(path, create=True)
    clock = FakeClock(datetime(2025, 11, 17, 1, 30, tzinfo=UTC))
    event_id = create_demo(db, clock, participants=people)
    rng = random.Random(1)
    with db.sessions() as session, session.begin():
        for n, reg in enumerate(session.scalars(select(Registration).where(Registration.event_id == event_id))):
            reg.checked_in_at = clock.now() + timedelta(seconds=n * 7)
            if n % 2 == 0:
                reg.signature = [[[i / 20, rng.random()] for i in range(20)] for _ in range(3)]
    db.dispose()
    return event_id


def bare_pdf(rows: list[tuple[str, ...]], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    SimpleDocTemplate(str(out), pagesize=A4).build([Table(rows, repeatRows=1)])


def bare_pdf_paragraphs(rows: list[tuple[str, ...]], out: Path) -> None:
    """The least a list needs so that names wrap instead of being clipped: Paragraph cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(cell, style) for cell in row] for row in rows]
    SimpleDocTemplate(str(out), pagesize=A4).build([Table(data, repeatRows=1, colWidths=[30, 150, 100, 120, 60, 40])])


def bare_xlsx(rows: list[tuple[str, ...]], out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)  # the same mode the project writes in
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(out)


def median_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up: font registration and imports are paid once per process, not per report
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(folder: Path, people: int, runs: int) -> None:
    path = folder / f"bench{people}.sqlite"
    event_id = seed(path, people)
    db = open_database(path)
    sheet = load_attendance(db, event_id)
    rows = [("No", "Nama", "NIP", "Jabatan", "Unit", "Jam")] + [
        (str(n), r.name, r.nip or "", r.position, r.unit, "08.30") for n, r in enumerate(sheet.rows, 1)
    ]
    ours = median_of(runs, lambda: files.save_attendance_pdf(db, event_id, folder / "a.pdf"))
    bare = median_of(runs, lambda: bare_pdf(rows, folder / "b.pdf"))
    wrapped = median_of(runs, lambda: bare_pdf_paragraphs(rows, folder / "c.pdf"))
    pages = files.save_attendance_pdf(db, event_id, folder / "a.pdf").pages
    print(f"attendance PDF, {people} people ({pages} pages): {ours:.2f} s; bare reportlab table "
          f"{bare:.2f} s (ratio {ours / bare:.1f}); bare table of Paragraphs {wrapped:.2f} s "
          f"(ratio {ours / wrapped:.1f})")
    ours = median_of(runs, lambda: files.save_attendance_export(db, event_id, folder / "a.xlsx"))
    bare = median_of(runs, lambda: bare_xlsx(rows, folder / "b.xlsx"))
    print(f"attendance xlsx, {people} people: {ours:.2f} s; bare openpyxl {bare:.2f} s; ratio {ours / bare:.1f}")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, nargs="+", default=[150, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for people in args.people:
            measure(Path(tmp), people, args.runs)

if __name__ == "__main__":
    main()
