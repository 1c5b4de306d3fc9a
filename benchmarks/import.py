"""Import speed: a generated 10,000-row .xlsx through the whole import (read, check, match, write)
against a bare baseline on the same file: an openpyxl read-only pass plus a SQLAlchemy Core bulk
insert of the same rows. Prints both timings and the ratio (target: at most 3.0).

    python benchmarks/import.py [--rows 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from datetime import time as dtime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import load_workbook
from sqlalchemy import insert

from asn_event.clock import FakeClock
from asn_event.db import open_database
from asn_event.db.models import Employment, Person
from asn_event.demo import ensure_units
from asn_event.events import EventDraft, create_event
from asn_event.roster.importer import import_file
from asn_event.roster.samples import sample_rows, write_xlsx

NOW = datetime(2025, 11, 17, 1, 30, tzinfo=UTC)


def fresh_db(template: Path, folder: Path, name: str):  # type: ignore[no-untyped-def]
    path = folder / name
    shutil.copy(template, path)
    return open_database(path)


def project(template: Path, folder: Path, xlsx: Path, run: int) -> float:
    db = fresh_db(template, folder, f"project-{run}.sqlite")
    clock = FakeClock(NOW)
    event_id = create_event(
        db, clock, EventDraft(title="Bench", date=NOW.date(), start_time=dtime(9), venue="Aula")
    ).id
    start = time.perf_counter()
    result = import_file(db, clock, xlsx, event_id)
    elapsed = time.perf_counter() - start
    db.dispose()
    assert result.added > 0, result
    return elapsed


def baseline(template: Path, folder: Path, xlsx: Path, run: int) -> float:
    db = fresh_db(template, folder, f"baseline-{run}.sqlite")
    start = time.perf_counter()
    wb = load_workbook(xlsx, read_only=True)
    rows = []
    for values in wb.worksheets[0].iter_rows(min_row=2, values_only=True):
        _, name, nip, rank, position, _unit, phone = values
        rows.append({"name": name, "name_key": name, "nip": nip or None, "employment": Employment.NON_ASN,
                     "rank": rank or "", "position": position or "", "phone": phone or "",
                     "created_at": NOW, "updated_at": NOW})  # fmt: skip
    wb.close()
    with db.engine.begin() as conn:
        conn.execute(insert(Person), rows)
    elapsed = time.perf_counter() - start
    db.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite"
        db = open_database(template)
        ensure_units(db)
        db.dispose()
        xlsx = write_xlsx(folder / "peserta.xlsx", sample_rows(args.rows))
        ours = min(project(template, folder, xlsx, i) for i in range(args.repeat))
        bare = min(baseline(template, folder, xlsx, i) for i in range(args.repeat))
    print(f"rows:                       {args.rows:,}")
    print(f"import (read+check+write):  {ours * 1000:8.0f} ms")
    print(f"baseline (openpyxl+Core):   {bare * 1000:8.0f} ms")
    print(f"ratio:                      {ours / bare:8.2f}  (target <= 3.0)")


if __name__ == "__main__":
    main()
