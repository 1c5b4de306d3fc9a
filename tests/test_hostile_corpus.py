"""Issue #11: every file of the hostile corpus (tests/data/hostile, made by make_corpus.py; the
zip bomb made here) is imported by the real command in a subprocess whose memory is capped at
1 GB. Each is refused with one line (exit 1 or 2) or imported (exit 0): never a traceback, never
killed, and a refused file changes nothing in the database."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from asn_event.cli import main

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "hostile"
ROOT = HERE.parent
MEMORY_CAP = 1 << 30

sys.path.insert(0, str(CORPUS))
from make_corpus import corpus, wide_rows, zip_bomb  # noqa: E402

_CAPPED = (
    "import resource, sys; "
    f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_CAP}, {MEMORY_CAP})); "
    "from asn_event.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.fixture(scope="module")
def event_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "acara.sqlite"
    assert main(["demo", "--participants", "0", "--db", str(path)]) == 0
    return path


def _import_capped(file: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CAPPED, "import", str(file), "--event", "1", "--create-units", "--json", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_committed_corpus_is_what_the_script_makes() -> None:
    made = corpus()
    assert sorted(p.name for p in CORPUS.iterdir() if p.name != "make_corpus.py" and p.is_file()) == sorted(made)
    for name, content in made.items():
        assert (CORPUS / name).read_bytes() == content, name


@pytest.mark.parametrize("name", sorted(corpus()))
def test_each_hostile_file_is_refused_or_imported_within_1_gb(name: str, event_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "acara.sqlite"
    shutil.copy(event_template, db)
    before = _digest(db)
    done = _import_capped(CORPUS / name, db)
    assert done.returncode in (0, 1, 2), (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    if done.returncode == 2:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert _digest(db) == before
    else:
        result = json.loads(done.stdout)
        assert result["added"] + result["invalid"] + result["updated"] + result["unchanged"] >= 0


def test_a_zip_bomb_is_refused_before_it_is_unpacked(event_template: Path, tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bom.xlsx", unpacked_mb=450)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    db = tmp_path / "acara.sqlite"
    shutil.copy(event_template, db)
    done = _import_capped(bomb, db)
    assert done.returncode == 2, done.stderr
    assert "terlalu banyak data setelah dibuka" in done.stderr


def test_forty_thousand_rows_formatted_to_the_last_column_are_read_within_1_gb(event_template: Path, tmp_path: Path) -> None:
    """A 1 MB workbook of this shape ended in MemoryError: empty formatted cells widened every row."""
    roster = wide_rows(tmp_path / "lebar.xlsx")
    db = tmp_path / "acara.sqlite"
    shutil.copy(event_template, db)
    done = subprocess.run(
        [sys.executable, "-c", _CAPPED, "import", str(roster), "--event", "1", "--dry-run", "--json", "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["added"] == 40_000


EXPECTED = {
    "long_name.csv": (0, "terlalu panjang"),
    "field_over_128k.csv": (2, "lebih panjang dari 32.767 karakter"),
    "utf16_odd_length.csv": (2, "UTF-16 tetapi terpotong"),
    "stray_cell_in_xfd.xlsx": (2, "XFD6000"),
    "huge_cell.xlsx": (2, "40.000 karakter"),
    "thousand_columns.csv": (2, "1.001 kolom"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_reason_names_the_limit(name: str, event_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "acara.sqlite"
    shutil.copy(event_template, db)
    done = subprocess.run(
        [sys.executable, "-m", "asn_event", "import", str(CORPUS / name), "--event", "1", "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    code, words = EXPECTED[name]
    assert done.returncode == code, done.stderr
    assert words in done.stdout + done.stderr


def test_an_integer_nip_written_in_full_digits_is_that_nip(demo, clock) -> None:  # type: ignore[no-untyped-def]
    """Item 10: only a number that really lost digits is refused as such."""
    from sqlalchemy import select

    from asn_event.db.models import Person
    from asn_event.roster.importer import import_file
    from asn_event.roster.reader import exact_integer

    result = import_file(demo.db, clock, CORPUS / "exact_integer_nip.xlsx", demo.event_id, create_units=True)
    assert (result.added, result.invalid) == (2, 0)
    with demo.db.sessions() as session:
        nips = set(session.scalars(select(Person.nip).where(Person.name.in_(["Budi Santoso", "Ani Susanti"]))))
    assert nips == {"198512302010012015", "199001012015032004"}
    lost = import_file(demo.db, clock, CORPUS / "lost_digits_nip.xlsx", demo.event_id, dry_run=True)
    assert lost.invalid == 1 and "kehilangan digit" in lost.errors[0].reason
    assert exact_integer("1.98512302010012e+17") is None
    assert exact_integer("198512302010012015") == 198512302010012015
    assert exact_integer("12.0") is None  # small numbers stay as they are
