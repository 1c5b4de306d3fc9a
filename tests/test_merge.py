"""Two laptops ran the same event without a network; afterwards one copy takes in the other."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_event.checkin.people import WalkInDraft, register_walk_in
from asn_event.checkin.service import CheckinDesk
from asn_event.cli import main
from asn_event.clock import FakeClock
from asn_event.db import open_database
from asn_event.db.backup import table_digests
from asn_event.db.models import Person, Registration, Response
from asn_event.feedback import responses, service
from asn_event.invitations.collect import collect_invitations

DEMO_START = datetime(2025, 11, 17, 1, 30, tzinfo=UTC)  # as in conftest: 08.30 WIB


def registrations(db, event_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    with db.readers() as session:
        return list(
            session.scalars(select(Registration.id).where(Registration.event_id == event_id).order_by(Registration.id))
        )


def answer(db, clock, event_id: int, code: str) -> None:  # type: ignore[no-untyped-def]
    form = service.active_form(db, event_id)
    assert form is not None and form.id is not None
    values = {q.id: 4 for q in form.questions() if q.is_scale}
    result = responses.submit(db, clock, form.id, values, responses.new_submission_key(), code=code)
    assert result.status is responses.SubmitStatus.SAVED, result


@pytest.fixture
def laptops(demo, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Copies A and B of the demo database (with its feedback form) as taken to the hall."""
    service.create_default_form(demo.db, FakeClock(DEMO_START), demo.event_id)
    demo.db.dispose()
    a, b = tmp_path / "laptop-a.sqlite", tmp_path / "laptop-b.sqlite"
    shutil.copy(demo.path, a)
    shutil.copy(demo.path, b)
    return a, b, demo.event_id


def day_at_the_desks(a: Path, b: Path, event_id: int) -> dict[int, object]:
    """A checks in registrations 0-39, B 30-69 (30-35 earlier than A, 36-39 later); both register the
    same two walk-ins and B one more; both take feedback from registration 0, B also from 50."""
    db_a, db_b = open_database(a), open_database(b)
    regs = registrations(db_a, event_id)
    _event, invitations = collect_invitations(db_a, event_id)
    code = {inv.registration_id: inv.code for inv in invitations}
    clock_a = FakeClock(DEMO_START + timedelta(minutes=10))
    clock_b = FakeClock(DEMO_START + timedelta(minutes=10))
    desk_a = CheckinDesk(db_a, clock_a, event_id, desk="Meja A")
    desk_b = CheckinDesk(db_b, clock_b, event_id, desk="Meja B")
    for index in range(40):
        desk_a.scan(code[regs[index]])
        clock_a.advance(60)
    b_times = {}
    for index in range(30, 70):
        # A scanned index i at 10 min + i min; B was 30 s earlier for 30-35, 30 s later for 36-39
        shift = -30 if index < 36 else 30
        target = DEMO_START + timedelta(minutes=10 + index, seconds=shift)
        clock_b.advance((target - clock_b.now()).total_seconds())
        b_times[regs[index]] = clock_b.now()
        desk_b.scan(code[regs[index]])
    register_walk_in(desk_a, WalkInDraft("Budi Santoso, S.Kom.", "", "BKPSDM"))
    register_walk_in(desk_a, WalkInDraft("Joko Widagdo", "197001011995031002", "Dishub"))
    clock_b.advance(600)
    register_walk_in(desk_b, WalkInDraft("Budi Santoso, S.Kom.", "", "BKPSDM"))
    register_walk_in(desk_b, WalkInDraft("Joko Widagdo", "197001011995031002", "Dishub"))
    register_walk_in(desk_b, WalkInDraft("Rina Marlina", "", "Dinkes PPKB"))
    answer(db_a, clock_a, event_id, code[regs[0]])
    answer(db_b, clock_b, event_id, code[regs[0]])
    answer(db_b, clock_b, event_id, code[regs[50]])
    db_a.dispose()
    db_b.dispose()
    return b_times


def test_merge_brings_every_person_once_with_the_earliest_time(laptops, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b, event_id = laptops
    day_at_the_desks(a, b, event_id)
    earliest: dict[tuple[str, str | None], object] = {}
    for path in (a, b):
        db = open_database(path)
        with db.readers() as session:
            for name, nip, at in session.execute(
                select(Person.name, Person.nip, Registration.checked_in_at)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.event_id == event_id, Registration.checked_in_at.is_not(None))
            ):
                key = (name, nip)
                earliest[key] = min(at, earliest.get(key, at))  # type: ignore[type-var]
        db.dispose()

    assert main(["merge", str(b), "--db", str(a), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events"] and report["checkins_added"] == 30 + 1  # 40-69 and Rina
    assert report["checkins_earlier"] == 6  # 30-35 were at B first
    assert report["walk_ins_added"] == 1  # Rina; Budi (by name and unit) and Joko (by NIP) were there
    assert report["responses_added"] == 1  # registration 50; registration 0 answered on both
    assert any("umpan balik di kedua laptop" in c for c in report["conflicts"])
    assert any("dipakai yang lebih awal" in c for c in report["conflicts"])

    db = open_database(a)
    with db.readers() as session:
        rows = session.execute(
            select(Person.name, Person.nip, Registration.checked_in_at, Registration.checkin_desk)
            .join(Registration, Registration.person_id == Person.id)
            .where(Registration.event_id == event_id, Registration.checked_in_at.is_not(None))
        ).all()
        budi = session.scalar(select(func.count()).select_from(Person).where(Person.name_key.like("%budi santoso%")))
        answered = session.scalar(select(func.count()).select_from(Response))
    db.dispose()
    found = {(name, nip): at for name, nip, at, _desk in rows}
    assert len(found) == len(rows)  # every person once
    assert found == earliest
    assert budi == 1 and answered == 2
    desks = {desk for *_rest, desk in rows}
    assert desks == {"Meja A", "Meja B"}


def test_a_second_merge_of_the_same_file_changes_nothing(laptops, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b, event_id = laptops
    day_at_the_desks(a, b, event_id)
    assert main(["merge", str(b), "--db", str(a), "--json"]) == 0
    capsys.readouterr()
    before = table_digests(a)
    assert main(["merge", str(b), "--db", str(a), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert table_digests(a) == before
    assert again["checkins_added"] == again["checkins_earlier"] == again["walk_ins_added"] == 0
    assert again["responses_added"] == 0 and again["scans_added"] == 0


def test_a_copy_from_another_office_is_refused_and_nothing_changes(laptops, capsys) -> None:  # type: ignore[no-untyped-def]
    from asn_event.certificates.service import office_public_key_pem

    a, b, event_id = laptops
    for path in (a, b):  # each laptop made its own office key: two offices
        db = open_database(path)
        office_public_key_pem(db, FakeClock(DEMO_START))
        db.dispose()
    day_at_the_desks(a, b, event_id)
    before = table_digests(a)
    assert main(["merge", str(b), "--db", str(a), "--json"]) == 2
    err = capsys.readouterr().err
    assert "kantor lain" in err and len(err.strip().splitlines()) == 1
    assert table_digests(a) == before


def test_certificate_numbers_from_the_other_laptop_are_not_brought_in(laptops, capsys) -> None:  # type: ignore[no-untyped-def]
    from asn_event.db.models import Certificate

    a, b, event_id = laptops
    day_at_the_desks(a, b, event_id)
    assert main(["certificates", "--db", str(b), "--event", str(event_id), "--out", str(b.parent / "b.pdf")]) == 0
    capsys.readouterr()
    assert main(["merge", str(b), "--db", str(a), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert any("nomor sertifikat" in c for c in report["conflicts"])
    db = open_database(a)
    with db.readers() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
    db.dispose()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database", b"SQLite format 3\x00" + b"\x00" * 100])
def test_an_unreadable_other_file_is_refused(laptops, tmp_path: Path, capsys, content: bytes) -> None:  # type: ignore[no-untyped-def]
    a, _b, _event_id = laptops
    other = tmp_path / "rusak.sqlite"
    other.write_bytes(content)
    before = a.read_bytes()
    assert main(["merge", str(other), "--db", str(a)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert a.read_bytes() == before
