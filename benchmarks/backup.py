"""What a verified backup costs: ``copy_verified`` against SQLite's bare online backup, same run.

    python benchmarks/backup.py [--registrations 100000] [--rounds 5]

The project's backup copies inside one read transaction, forces the copy to disk, opens it again,
runs ``PRAGMA integrity_check`` and compares the row counts of every table; the bare baseline only
copies the pages with ``sqlite3.Connection.backup``. The two alternate, round by round, on the same
database. Prints the median of each, the ratio, and what the verification adds.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkin import seed  # the same bulk-seeded event the check-in benchmark uses

from asn_event.db import open_database
from asn_event.db.backup import copy_verified


def bare_backup(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        seed(db, path, args.registrations)
        db.dispose()
        print(f"{args.registrations:,} registrations, database {path.stat().st_size / 1e6:.1f} MB")
        project: list[float] = []
        bare: list[float] = []
        for number in range(args.rounds):
            start = time.perf_counter()
            copy_verified(path, Path(folder) / f"project-{number}.sqlite")
            project.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_backup(path, Path(folder) / f"bare-{number}.sqlite")
            bare.append(time.perf_counter() - start)
        p, b = statistics.median(project), statistics.median(bare)
        print(f"verified backup (project)  median {p * 1000:8.0f} ms   ({args.rounds} rounds)")
        print(f"bare sqlite3 backup        median {b * 1000:8.0f} ms")
        print(f"ratio project/bare: {p / b:.2f}x   (verification and fsync add {(p - b) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
