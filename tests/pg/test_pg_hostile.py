"""Issue #11 item 3 on PostgreSQL: an overlong name or a NUL in a roster file is one row error (or
cleaned), never an aborted import whose error prints SQL and participants' names."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_event.cli import main
from asn_event.db.models import Person

CORPUS = Path(__file__).resolve().parent.parent / "data" / "hostile"


@pytest.mark.parametrize(
    ("name", "added"),
    [("long_name.csv", 1), ("bidi_and_zero_width.csv", 2), ("control_chars.csv", 2), ("exact_integer_nip.xlsx", 2)],
)
def test_hostile_rosters_import_on_postgresql(pg_demo, name: str, added: int, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with pg_demo.db.sessions() as session:
        before = session.scalar(select(func.count(Person.id)))
    code = main(["import", str(CORPUS / name), "--event", str(pg_demo.event_id), "--create-units", "--db", pg_demo.url])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert "SELECT" not in err and "INSERT" not in err
    with pg_demo.db.sessions() as session:
        assert session.scalar(select(func.count(Person.id))) == before + added


def test_a_nul_in_a_name_never_reaches_postgresql(pg_demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    # A NUL in the first 4 KB makes a file read as binary: the row comes after ordinary ones.
    filler = "".join(f"Peserta {i},BKPSDM\n" for i in range(300)).encode()
    roster = tmp_path / "nul.csv"
    roster.write_bytes(b"Nama,Unit Kerja\n" + filler + b"Budi\x00 Santoso,BKPSDM\n")
    code = main(["import", str(roster), "--event", str(pg_demo.event_id), "--create-units", "--db", pg_demo.url])
    assert code == 0, capsys.readouterr().err
    with pg_demo.db.sessions() as session:
        assert session.scalar(select(func.count(Person.id)).where(Person.name == "Budi Santoso")) == 1
