"""Issue #11 item 3: one overlong or odd name never blocks an event's outputs, and the limits of
asn_event/text_limits.py hold at every entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from asn_event.checkin.people import InvalidWalkIn, WalkInDraft, register_walk_in
from asn_event.checkin.service import CheckinDesk
from asn_event.cli import main
from asn_event.db.models import Person, Registration
from asn_event.roster.importer import import_file
from asn_event.roster.people import InvalidPerson, PersonDraft, add_person
from asn_event.text_limits import LIMITS, TextField, clean

HOSTILE = "Dr. Siti\x07 Aminah\x00 \u202eharamuS\u202c\u200b" + " panjang" * 349  # 2,799+ characters


def _plant_hostile_person(demo, clock) -> None:  # type: ignore[no-untyped-def]
    """Written straight into the database, as an older version or another program could have."""
    with demo.db.sessions() as session, session.begin():
        first = session.scalars(select(Registration).order_by(Registration.id).limit(3)).all()
        person_ids = [r.person_id for r in first]
        session.execute(
            update(Person).where(Person.id == person_ids[0]).values(name=HOSTILE, position="\x1b[31m" * 500)
        )
        session.execute(update(Person).where(Person.id == person_ids[1]).values(name="Budi\x07\x00 Santoso"))
        session.execute(
            update(Registration).where(Registration.id.in_([r.id for r in first])).values(checked_in_at=clock.now())
        )


@pytest.mark.parametrize(
    ("command", "out"),
    [
        (["certificates", "--event", "1", "--out"], "sertifikat.pdf"),
        (["report", "attendance", "--event", "1", "--out"], "hadir.pdf"),
        (["report", "event", "--event", "1", "--out"], "laporan.pdf"),
        (["report", "attendance-xlsx", "--event", "1", "--out"], "hadir.xlsx"),
        (["report", "attendance-xlsx", "--event", "1", "--out"], "hadir.csv"),
        (["report", "jp", "--event", "1", "--out"], "jp.xlsx"),
        (["invitations", "--event", "1", "--out"], "undangan.pdf"),
        (["invitations", "--event", "1", "--out"], "gambar"),
        (["certificates", "--event", "1", "--per-person"], "per-orang"),
    ],
)
def test_every_output_renders_whatever_a_name_holds(
    demo, clock, tmp_path: Path, command: list[str], out: str, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    _plant_hostile_person(demo, clock)
    target = tmp_path / out
    code = main([*command, str(target), "--db", str(demo.path)])
    assert code == 0, capsys.readouterr().err
    if out.endswith(".pdf"):
        text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
        assert "Budi Santoso" in text or "Siti Aminah" in text or out == "laporan.pdf"
        assert "\x07" not in text and "\u202e" not in text
    elif "." not in out:  # a folder of per-person files: names without control or reversing characters
        names = [p.name for p in target.iterdir()]
        assert names and all(n.isprintable() and "\u202e" not in n and "\u200b" not in n for n in names)
        assert any("Siti Aminah haramuS" in n or "Siti_Aminah_haramuS" in n for n in names), names
    elif out.endswith(".xlsx"):
        cells = [c for row in load_workbook(target, read_only=True).active.values for c in row if c]
        assert any(isinstance(c, str) and "Budi Santoso" in c for c in cells)


def test_an_overlong_name_is_one_row_error_and_the_rest_is_imported(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    roster = tmp_path / "daftar.csv"
    roster.write_text(
        "Nama,Unit Kerja\n"
        f"{'Panjang ' * 350},BKPSDM\n"
        "Ani \u202eSusanti\u202c,BKPSDM\n"
        "Rudi\u200b Hartono\x07,BKPSDM\n",
        encoding="utf-8",
    )
    result = import_file(demo.db, clock, roster, demo.event_id, create_units=True)
    assert result.added == 2
    assert [(e.row, "terlalu panjang" in e.reason) for e in result.errors] == [(2, True)]
    with demo.db.sessions() as session:
        names = set(session.scalars(select(Person.name).where(Person.name.in_(["Ani Susanti", "Rudi Hartono"]))))
    assert names == {"Ani Susanti", "Rudi Hartono"}


def test_the_person_dialog_and_walk_in_refuse_an_overlong_name(demo, clock) -> None:  # type: ignore[no-untyped-def]
    too_long = "A" * (LIMITS[TextField.NAME] + 1)
    with pytest.raises(InvalidPerson, match="terlalu panjang"):
        add_person(demo.db, clock, demo.event_id, PersonDraft(name=too_long))
    desk = CheckinDesk(demo.db, clock, demo.event_id, desk="Meja 1", staff="")
    with pytest.raises(InvalidWalkIn, match="terlalu panjang"):
        register_walk_in(desk, WalkInDraft(name=too_long, unit="BKPSDM"))
    result = register_walk_in(desk, WalkInDraft(name="Tamu\u202e Baru\x00", unit="BKPSDM\u200b"))
    assert result.name == "Tamu Baru"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Siti\t\tAminah\r\n", "Siti Aminah"),
        ("\u202eAni\u202c \u2066Susanti\u2069", "Ani Susanti"),
        ("Cafe\u0301", "Café"),
        ("A\ufeffB\u200dC\uffffD\U0010ffff", "ABCD"),
        ("\x00\x07", ""),
    ],
)
def test_clean_keeps_one_printable_line(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_per_person_file_names_carry_no_invisible_or_reversing_characters() -> None:
    from asn_event.certificates.batch import person_filenames
    from asn_event.invitations.data import unique_filenames

    names = ["Ani \u202egpj.exe\u202c Susanti", "Rudi\u200b\u2066 Hartono\ufeff"]
    for produced in (person_filenames(names), unique_filenames(names, ".png")):
        for filename in produced:
            assert not any(ch in filename for ch in "\u202e\u202c\u200b\u2066\ufeff"), filename
