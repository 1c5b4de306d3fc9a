"""The demo at the sizes the benchmarks use: people with and without NIP registered once each, some
checked in, some of those with feedback, so every report and export has something to read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_event.cli import main
from asn_event.db import open_database
from asn_event.db.models import Person, Registration, Response


def test_demo_checks_in_and_answers_as_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "demo.sqlite"
    args = ["demo", "--db", str(db_path), "--participants", "60", "--checked-in", "25", "--responses", "7"]
    assert main(args) == 0
    db = open_database(db_path)
    with db.sessions() as session:
        people = session.scalar(select(func.count(Person.id)))
        without_nip = session.scalar(select(func.count(Person.id)).where(Person.nip.is_(None)))
        registered = session.scalars(select(Registration.person_id)).all()
        present = session.scalar(select(func.count(Registration.id)).where(Registration.checked_in_at.is_not(None)))
        answered = session.scalar(select(func.count(Response.id)))
    db.dispose()
    assert people == 60 and without_nip  # both kinds of row go through the batched insert
    assert sorted(registered) == sorted(set(registered)) and len(registered) == 60
    assert (present, answered) == (25, 7)
    capsys.readouterr()
    out = tmp_path / "umpan.csv"
    assert main(["feedback", "export", "--db", str(db_path), "--event", "1", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) == 1 + 7


def test_demo_refuses_more_answers_than_people_present(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "demo.sqlite"
    args = ["demo", "--db", str(db_path), "--participants", "10", "--checked-in", "5", "--responses", "6"]
    assert main(args) != 0
    err = capsys.readouterr().err
    assert "--responses" in err and "Traceback" not in err
    assert not db_path.exists()
