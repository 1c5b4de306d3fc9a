"""JP recap across events and years, the attendance export as xlsx and csv, formula injection."""

from __future__ import annotations

import csv
from datetime import date, time, timedelta
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from asn_event.db.models import Person, Registration, RegistrationSource
from asn_event.events import EventDraft, create_event
from asn_event.reports import files
from asn_event.reports.common import JP_YEARLY_TARGET, format_nip
from asn_event.reports.jp import jp_recap
from asn_event.reports.sheets import neutralize


def _event(demo, clock, when: date, jp: int) -> int:  # type: ignore[no-untyped-def]
    draft = EventDraft(title=f"Coaching {when:%B %Y}", date=when, start_time=time(9), venue="Pendopo", jp_hours=jp)
    return create_event(demo.db, clock, draft).id


def _attend(demo, clock, event_id: int, person_ids: list[int], *, present: bool = True) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        for pid in person_ids:
            reg = session.scalar(
                select(Registration).where(Registration.event_id == event_id, Registration.person_id == pid)
            )
            if reg is None:
                reg = Registration(event_id=event_id, person_id=pid, registered_at=clock.now())
                session.add(reg)
            reg.checked_in_at = clock.now() + timedelta(minutes=1) if present else None


def _people(demo, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        return list(
            session.scalars(
                select(Registration.person_id).where(Registration.event_id == demo.event_id).order_by(Registration.id)
            )
        )[:n]


def test_jp_adds_up_within_a_year_and_keeps_years_apart(demo, clock) -> None:  # type: ignore[no-untyped-def]
    a, b, c = _people(demo, 3)
    december = _event(demo, clock, date(2025, 12, 8), jp=2)
    next_year = _event(demo, clock, date(2026, 2, 2), jp=4)
    _attend(demo, clock, demo.event_id, [a, b])  # demo event: 17 November 2025, 3 JP
    _attend(demo, clock, december, [a, c])
    _attend(demo, clock, next_year, [a])
    _attend(demo, clock, december, [b], present=False)  # registered, did not come: no JP

    rows_2025 = {r.person_id: r for r in jp_recap(demo.db, year=2025)}
    assert set(rows_2025) == {a, b, c}
    assert rows_2025[a].jp_total == 5 and len(rows_2025[a].events) == 2
    assert rows_2025[b].jp_total == 3 and rows_2025[c].jp_total == 2
    assert rows_2025[a].shortfall == JP_YEARLY_TARGET - 5 and not rows_2025[a].reached

    all_years = [r for r in jp_recap(demo.db) if r.person_id == a]
    assert [(r.year, r.jp_total) for r in all_years] == [(2025, 5), (2026, 4)]

    of_event = jp_recap(demo.db, event_id=december)  # its participants, their whole 2025
    assert {r.person_id: r.jp_total for r in of_event} == {a: 5, c: 2}


def test_jp_follows_the_organizers_hand_decisions_on_attendance(demo, clock) -> None:  # type: ignore[no-untyped-def]
    scanned_left_early, came_unscanned, plain = _people(demo, 3)
    _attend(demo, clock, demo.event_id, [scanned_left_early, plain])
    with demo.db.sessions() as session, session.begin():
        for pid, override in ((scanned_left_early, False), (came_unscanned, True)):
            reg = session.scalar(
                select(Registration).where(Registration.event_id == demo.event_id, Registration.person_id == pid)
            )
            reg.certificate_override = override  # "Keluarkan" / "Tambahkan manual" on the Sertifikat page
    earned = {r.person_id: r.jp_total for r in jp_recap(demo.db, year=2025)}
    assert earned == {came_unscanned: 3, plain: 3}


def test_jp_xlsx_reopens_with_header_filter_and_frozen_pane(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _people(demo, 2)
    _attend(demo, clock, demo.event_id, [a, b])
    saved = files.save_jp_xlsx(demo.db, tmp_path / "jp.xlsx", year=2025)
    ws = load_workbook(saved.path).active
    header = [c.value for c in ws[3]]
    assert header[:3] == ["No", "Tahun", "Nama"] and "JP diperoleh" in header and "Target JP" in header
    assert ws[3][0].font.bold
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref.startswith("A3:")
    assert ws.column_dimensions["C"].width >= 20
    jp_col = header.index("JP diperoleh")
    values = [row[jp_col] for row in ws.iter_rows(min_row=4, values_only=True)]
    assert values == [3, 3]
    assert "Kurang 17 JP" in [row[-1] for row in ws.iter_rows(min_row=4, values_only=True)]


def test_attendance_export_lists_everyone_with_status_time_and_desk(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, = _people(demo, 1)
    _attend(demo, clock, demo.event_id, [a])
    with demo.db.sessions() as session, session.begin():
        reg = session.scalar(select(Registration).where(Registration.person_id == a))
        reg.checkin_desk = "Meja 2"
        person = session.get(Person, a)
        nip = person.nip
    saved = files.save_attendance_export(demo.db, demo.event_id, tmp_path / "hadir.xlsx")
    ws = load_workbook(saved.path).active
    header = [c.value for c in ws[3]]
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=4, values_only=True)]
    assert len(rows) == 150 == saved.rows
    present = [r for r in rows if r["Status hadir"] == "Hadir"]
    assert len(present) == 1
    assert present[0]["Meja"] == "Meja 2" and present[0]["Jam hadir (WIB)"] == "08.31"
    if nip:
        assert present[0]["NIP"] == format_nip(nip)
    assert sum(r["Status hadir"] == "Belum hadir" for r in rows) == 149


def test_csv_export_cannot_run_formulas(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evil = ['=HYPERLINK("http://x","klik")', "+62 812", "-1+1", "@SUM(A1)", "\tTab", "\rCR"]
    ids = _people(demo, len(evil))
    with demo.db.sessions() as session, session.begin():
        for pid, name in zip(ids, evil, strict=True):
            session.get(Person, pid).name = name
        session.get(Person, ids[0]).position = "=1+1"
    saved = files.save_attendance_export(demo.db, demo.event_id, tmp_path / "hadir.csv")
    with saved.path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 150
    names = {r["Nama"] for r in rows}
    for name in ('=HYPERLINK("http://x","klik")', "+62 812", "-1+1", "@SUM(A1)"):
        assert "'" + name in names and name not in names
    assert not any(r["Nama"].startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows)
    assert "'=1+1" in {r["Jabatan"] for r in rows}


def test_xlsx_keeps_formula_like_names_as_text(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, = _people(demo, 1)
    with demo.db.sessions() as session, session.begin():
        session.get(Person, a).name = "=1+1"
    saved = files.save_attendance_export(demo.db, demo.event_id, tmp_path / "hadir.xlsx")
    ws = load_workbook(saved.path).active
    cells = [row[1] for row in ws.iter_rows(min_row=4) if row[1].value == "=1+1"]
    assert len(cells) == 1 and cells[0].data_type == "s"


def test_neutralize_leaves_ordinary_values_alone() -> None:
    assert neutralize("Siti Aminah") == "Siti Aminah"
    assert neutralize(-5) == -5
    assert neutralize("-5") == "'-5"
    assert neutralize("") == ""


def test_walk_in_source_is_named_in_the_export(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, = _people(demo, 1)
    with demo.db.sessions() as session, session.begin():
        reg = session.scalar(select(Registration).where(Registration.person_id == a))
        reg.source = RegistrationSource.WALK_IN
    saved = files.save_attendance_export(demo.db, demo.event_id, tmp_path / "hadir.csv")
    text = saved.path.read_text(encoding="utf-8-sig")
    assert text.count("Daftar di meja") == 1


def test_streamed_sheet_keeps_frozen_header_widths_filter_and_formula_text(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The exports are written row by row (openpyxl write-only); the sheet an organizer opens still has
    the caption, a styled header frozen below it, the column widths, the filter over every row, and a
    name typed like a formula kept as the text it is."""
    a, b = _people(demo, 2)
    evil = '=HYPERLINK("http://x","klik")'
    with demo.db.sessions() as session, session.begin():
        session.get(Person, a).name = evil
        session.get(Person, b).position = "+62 812"
    saved = files.save_attendance_export(demo.db, demo.event_id, tmp_path / "out" / "hadir.xlsx")
    wb = load_workbook(saved.path)
    ws = wb.active
    assert wb.sheetnames == ["Kehadiran"]
    assert ws["A1"].value.startswith("Kehadiran ") and ws["A1"].font.bold
    assert [c.value for c in ws[3]][:3] == ["No", "Nama", "NIP"]
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("1F4E79") for c in ws[3])
    assert ws.freeze_panes == "A4"
    assert ws.column_dimensions["B"].width == 36 and ws.column_dimensions["G"].width == 34
    assert 6 <= ws.column_dimensions["A"].width < 20  # measured from the numbers, not the default
    assert ws.auto_filter.ref == "A3:M153"  # header and all 150 people
    assert ws.max_row == 153
    names = [row[1] for row in ws.iter_rows(min_row=4) if row[1].value == evil]
    assert len(names) == 1 and names[0].data_type == "s" and names[0].quotePrefix
    positions = [row[5] for row in ws.iter_rows(min_row=4) if row[5].value == "+62 812"]
    assert len(positions) == 1 and positions[0].data_type == "s"
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
    assert list((tmp_path / "out").iterdir()) == [saved.path]  # written through a temporary name, nothing left behind
