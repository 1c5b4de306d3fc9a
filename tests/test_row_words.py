"""Import row problems are codes with values; the one word table says them in either language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from openpyxl import Workbook

from asn_event import words
from asn_event.nip import NipProblem
from asn_event.roster import parse_roster, read_roster_file
from asn_event.roster.rows import RowProblem

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "asn_event_en.ts"
INDONESIAN = ("baris", "kosong", "sudah ada", "ganda", "angka", "tanggal lahir", "Kolom", "terlalu panjang")


def _english() -> dict[str, str]:
    table = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "Words":
            for message in context.iter("message"):
                table[message.findtext("source") or ""] = message.findtext("translation") or ""
    return table


def _messy_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Dinkes"
    for row in [
        ["Nama", "NIP", "Unit Kerja", "Jenis Kelamin"],
        ["Ika", "196804111993032009", "Dinkes", ""],
        ["Budi", "196804111993131009", "Dinkes", ""],  # month 13
        ["", "199005122022211001", "Dinkes", ""],  # no name
        ["Ika", "196804111993032009", "Dinkes", ""],  # the same NIP twice
        ["Tono", "", "", "X"],  # sex not L/P
        ["Sari", "", "", ""],
        ["Sari", "", "", ""],  # same name, no unit, no NIP
        ["Rudi " * 100, "", "", ""],  # name over its limit
    ]:
        ws.append(row)
    second = wb.create_sheet("Setda")
    second.append(["Nama", "NIP"])
    second.append(["Ika lagi", "196804111993032009"])
    wb.save(path)
    return path


def test_every_problem_code_has_a_sentence() -> None:
    for problem in NipProblem:
        assert problem.value in words.NIP_PROBLEMS
    for problem in RowProblem:
        assert problem is RowProblem.NIP or problem.value in words.ROW_PROBLEMS


def test_row_problems_read_in_indonesian_for_the_cli_and_in_english_for_the_english_ui(tmp_path) -> None:
    parsed = parse_roster(read_roster_file(_messy_sheet(tmp_path / "p.xlsx")))
    errors = {(e.sheet, e.row): e for e in parsed.errors}
    assert {key: e.problem for key, e in errors.items()} == {
        ("Dinkes", 3): RowProblem.NIP,
        ("Dinkes", 4): RowProblem.NAME_EMPTY,
        ("Dinkes", 5): RowProblem.DUPLICATE_NIP,
        ("Dinkes", 6): RowProblem.SEX_UNKNOWN,
        ("Dinkes", 8): RowProblem.DUPLICATE_NAME,
        ("Dinkes", 9): RowProblem.TOO_LONG,
        ("Setda", 2): RowProblem.DUPLICATE_NIP,
    }
    assert errors[("Dinkes", 3)].nip_error.problem is NipProblem.APPOINTMENT

    # the command line (and --json 'reason') keeps the Indonesian sentences
    assert errors[("Dinkes", 5)].reason == "NIP 19680411 199303 2 009 sudah ada di baris 2; baris ini ganda."
    assert errors[("Setda", 2)].reason.endswith("sudah ada di sheet 'Dinkes' baris 2; baris ini ganda.")
    assert errors[("Dinkes", 8)].reason == "Sari (tanpa unit) sudah ada di baris 7; baris ini ganda."
    assert errors[("Dinkes", 9)].reason.startswith("Nama terlalu panjang (")

    english = _english()

    def translate(text: str) -> str:
        return english[text]

    shown = {key: words.row_text(e, translate) for key, e in errors.items()}
    assert shown[("Dinkes", 5)] == "NIP 19680411 199303 2 009 is already in row 2; this row is a duplicate."
    assert shown[("Setda", 2)].endswith("is already in sheet 'Dinkes' row 2; this row is a duplicate.")
    assert shown[("Dinkes", 8)] == "Sari (no unit) is already in row 7; this row is a duplicate."
    assert shown[("Dinkes", 9)].startswith("Name is too long (")
    assert shown[("Dinkes", 6)] == "Sex 'X' is not recognised; write L (male) or P (female)."
    for text in shown.values():
        assert "?" not in text and not any(word in text for word in INDONESIAN), text
