"""What the agency files, read back: SIASN sheet, certificate register, scan log (openpyxl), the
blank sign list and the event report's certificate counts (pypdf); NIP grouped one way."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from asn_event.certificates.service import issue_certificates, record_print
from asn_event.checkin.service import CheckinDesk
from asn_event.cli import main
from asn_event.db.models import Person, Registration
from asn_event.events import get_event
from asn_event.invitations.collect import collect_invitations
from asn_event.nip import format_nip


def _rows(path: Path, first: int = 1) -> list[tuple]:  # type: ignore[type-arg]
    return [tuple(r) for r in load_workbook(path).active.iter_rows(min_row=first, values_only=True)]


def _morning(demo, clock, arrivals: int = 6):  # type: ignore[no-untyped-def]
    """Six people scanned in at Meja 1, a garbage scan, one undone; certificates issued, one printed."""
    desk = CheckinDesk(demo.db, clock, demo.event_id, "Meja 1", "Rina")
    invitations = collect_invitations(demo.db, demo.event_id)[1]
    for inv in invitations[:arrivals]:
        desk.scan(inv.code)
    desk.scan("8991002101234")
    desk.undo(invitations[arrivals - 1].registration_id, "salah orang")
    issued = issue_certificates(demo.db, clock, demo.event_id).certificates
    record_print(demo.db, clock, [issued[0].id])
    return invitations, issued


def _cli(demo, kind: str, out: Path, *extra: str) -> int:  # type: ignore[no-untyped-def]
    return main(["report", kind, "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(out), *extra])


def test_siasn_sheet_has_one_course_row_per_certified_civil_servant(demo, clock, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _, issued = _morning(demo, clock)
    out = tmp_path / "siasn.xlsx"
    assert _cli(demo, "siasn", out) == 0
    rows = _rows(out)
    assert rows[0] == (
        "NIP", "Nama", "Nama Kursus/Diklat", "Institusi Penyelenggara", "Jumlah Jam (JP)", "Nomor Sertifikat",
        "Tanggal Sertifikat", "Tahun", "Tanggal Mulai", "Tanggal Selesai",
    )  # fmt: skip
    with demo.db.sessions() as session:
        nips = {
            reg_id: nip
            for reg_id, nip in session.execute(
                select(Registration.id, Person.nip).join(Person, Person.id == Registration.person_id)
            )
        }
    with_nip = [c for c in issued if nips[c.registration_id]]
    assert len(rows) - 1 == len(with_nip) >= 1
    body = {r[5]: r for r in rows[1:]}
    first = with_nip[0]
    row = body[first.number]
    assert row[0] == nips[first.registration_id] and len(row[0]) == 18  # digits as text, for the upload
    assert row[1] == first.name and row[4] == get_event(demo.db, demo.event_id).jp_hours
    assert row[6] == "17-11-2025" and row[7] == 2025 and row[8] == row[9] == "17-11-2025"
    assert f"Disimpan: {out}" in capsys.readouterr().out


def test_certificate_register_lists_number_name_grouped_nip_unit_date_printed(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, issued = _morning(demo, clock)
    out = tmp_path / "register.xlsx"
    assert _cli(demo, "certificates", out) == 0
    rows = _rows(out)
    assert "5 dibuat, 1 dicetak dari aplikasi" in rows[0][0]
    header = rows[2]
    assert header[:7] == ("No", "Nomor sertifikat", "Nama", "NIP", "Unit kerja", "Tanggal terbit", "Dicetak (kali)")
    body = rows[3:]
    assert [r[1] for r in body] == [c.number for c in issued]
    assert body[0][6] == 1 and all(r[6] == 0 for r in body[1:])
    grouped = [r[3] for r in body if r[3]]
    assert grouped and all(len(n.split(" ")) >= 4 and n == format_nip(n) for n in grouped)


def test_scan_log_sheet_holds_every_scan_and_desk_action_in_words(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    invitations, _ = _morning(demo, clock)
    out = tmp_path / "pindai.xlsx"
    assert _cli(demo, "scanlog", out) == 0
    body = _rows(out, first=4)
    assert len(body) == 8  # six scans, one garbage, one undo
    results = [r[3] for r in body]
    assert results.count("Diterima") == 6
    assert "Kode tidak dikenal" in results and results[-1] == "Check-in dibatalkan"
    assert body[0][4] == invitations[0].name and body[0][6] == "Meja 1" and body[0][7] == "Rina"
    assert body[-1][9] == "salah orang"
    assert body[6][8] == "8991002101234"
    assert body[0][2] == "08.30.00" and body[0][1] == "17-11-2025"  # WIB, the fake clock's 01.30 UTC


def test_all_registered_is_blank_even_mid_event(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _morning(demo, clock)
    signed = [[[0.1, 0.1], [0.9, 0.9]]]
    with demo.db.sessions() as session, session.begin():
        session.execute(update(Registration).where(Registration.checked_in_at.is_not(None)).values(signature=signed))
    out = tmp_path / "pintu.pdf"
    assert _cli(demo, "attendance", out, "--all-registered") == 0
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "08.30" not in text  # nobody's arrival time on the paper list
    assert "tanda tangan di kertas" in text
    present = tmp_path / "hadir.pdf"
    assert _cli(demo, "attendance", present) == 0
    assert "08.30" in PdfReader(str(present)).pages[0].extract_text()  # the list of the present keeps them


def test_event_report_says_made_and_printed(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _morning(demo, clock)
    out = tmp_path / "laporan.pdf"
    assert _cli(demo, "event", out) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    assert "5 sertifikat dibuat (PDF)" in text
    assert "Dicetak langsung dari aplikasi: 1 dari 5" in text


def test_new_kinds_refuse_a_pdf_name(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _cli(demo, "siasn", tmp_path / "siasn.pdf") == 2
    assert "harus berakhiran .xlsx" in capsys.readouterr().err
