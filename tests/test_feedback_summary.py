"""Summary numbers and exports against values computed by hand."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from asn_event.db.models import QuestionKind
from asn_event.feedback import AnswerValue, FormDef, QuestionDef, ResponseRecord, SectionDef, summarize
from asn_event.feedback.export import ExportError, escape_csv_cell, export_results

INJECTION = '=HYPERLINK("http://x.example","klik")'


def make_form(anonymous: bool = False) -> FormDef:
    return FormDef(
        "Evaluasi",
        (
            SectionDef(
                "Nilai",
                (
                    QuestionDef(QuestionKind.LIKERT5, "Kompeten", id=1),
                    QuestionDef(QuestionKind.SATISFACTION4, "Ruangan", id=2),
                ),
            ),
            SectionDef(
                "Lain",
                (
                    QuestionDef(QuestionKind.MULTIPLE, "Yang baik", ("Materi", "Narasumber", "Konsumsi"), id=3),
                    QuestionDef(QuestionKind.SINGLE, "Ikut lagi?", ("Ya", "Tidak"), id=4),
                    QuestionDef(QuestionKind.LONG_TEXT, "Saran", id=5),
                    QuestionDef(QuestionKind.RATING10, "Nilai sesi", id=6),
                ),
            ),
        ),
        anonymous=anonymous,
    )


AT = datetime(2025, 11, 17, 4, 5, tzinfo=UTC)  # 11.05 WIB


def n(v: int) -> AnswerValue:
    return AnswerValue(number=v)


RESPONSES = [
    ResponseRecord(
        {1: n(5), 2: n(4), 3: AnswerValue(choices=("Materi", "Narasumber")), 4: AnswerValue(text="Ya"),
         5: AnswerValue(text=INJECTION), 6: n(9)},
        unit="Dinkes PPKB", source="kiosk", submitted_at=AT,
    ),
    ResponseRecord(
        {1: n(4), 2: n(3), 3: AnswerValue(choices=("Materi",)), 4: AnswerValue(text="Tidak"), 6: n(7)},
        unit="Dinkes PPKB", source="paper", submitted_at=AT,
    ),
    ResponseRecord(
        {1: n(2), 3: AnswerValue(choices=("Konsumsi",)), 4: AnswerValue(text="Ya"),
         5: AnswerValue(text="Sound kurang 🔈"), 6: n(10)},
        unit="Diskominfo", source="kiosk", submitted_at=AT,
    ),
    ResponseRecord({1: n(4), 2: n(4), 6: n(8)}, unit=None, source="kiosk", submitted_at=AT),
]  # fmt: skip
ATTENDANCE_BY_UNIT = {"Dinkes PPKB": 4, "Diskominfo": 2, "Setda": 3}


def test_counts_and_rate_against_attendance():
    summary = summarize(make_form(), RESPONSES, attendance=10, attendance_by_unit=ATTENDANCE_BY_UNIT)
    assert summary.responses == 4
    assert summary.rate == pytest.approx(0.4)
    assert summary.by_source == (("kiosk", 3), ("paper", 1))
    assert summarize(make_form(), [], attendance=0).rate is None


def test_per_question_mean_and_distribution():
    summary = summarize(make_form(), RESPONSES, attendance=10)
    likert = summary.question(1)
    assert likert.answered == 4
    assert likert.mean == pytest.approx(3.75)  # (5+4+2+4)/4
    assert [(b.value, b.count) for b in likert.distribution] == [(1, 0), (2, 1), (3, 0), (4, 2), (5, 1)]
    assert likert.distribution[4].label == "5 · Sangat Setuju"
    fit = summary.question(2)
    assert fit.answered == 3 and fit.mean == pytest.approx(11 / 3)  # (4+3+4)/3
    assert [b.count for b in fit.distribution] == [0, 0, 1, 2]
    assert summary.question(6).mean == pytest.approx(8.5)  # (9+7+10+8)/4
    assert len(summary.question(6).distribution) == 10
    multiple = summary.question(3)
    assert multiple.answered == 3 and multiple.mean is None
    assert [(b.label, b.count) for b in multiple.distribution] == [("Materi", 2), ("Narasumber", 1), ("Konsumsi", 1)]
    assert [(b.label, b.count) for b in summary.question(4).distribution] == [("Ya", 2), ("Tidak", 1)]
    assert summary.question(5).answered == 2 and summary.question(5).distribution == ()


def test_per_unit_breakdown():
    summary = summarize(make_form(), RESPONSES, attendance=10, attendance_by_unit=ATTENDANCE_BY_UNIT)
    units = {u.unit: u for u in summary.units}
    assert [u.unit for u in summary.units] == ["Dinkes PPKB", "Diskominfo", "Setda", "Tanpa unit"]
    dinkes = units["Dinkes PPKB"]
    assert (dinkes.attended, dinkes.responses, dinkes.rate) == (4, 2, 0.5)
    assert dinkes.likert_mean == pytest.approx(4.5)
    assert dict(dinkes.question_means) == {1: 4.5, 2: 3.5, 6: 8.0}
    assert dict(units["Diskominfo"].question_means)[2] is None  # nobody there answered it
    assert (units["Setda"].responses, units["Setda"].rate, units["Setda"].likert_mean) == (0, 0.0, None)
    assert (units["Tanpa unit"].attended, units["Tanpa unit"].rate) == (0, None)


def test_free_text_listed_with_unit_unless_anonymous():
    named = summarize(make_form(), RESPONSES, attendance=10)
    assert [(t.text, t.unit) for t in named.free_text] == [(INJECTION, "Dinkes PPKB"), ("Sound kurang 🔈", "Diskominfo")]
    anonymous = summarize(make_form(anonymous=True), RESPONSES, attendance=10)
    assert [t.unit for t in anonymous.free_text] == [None, None]


@pytest.mark.parametrize("text", ["=1+1", "+62812", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_escapes_what_a_spreadsheet_would_run(text):
    assert escape_csv_cell(text) == "'" + text
    assert escape_csv_cell("Baik =)") == "Baik =)"
    assert escape_csv_cell(-3) == -3  # numbers stay numbers


def test_xlsx_export_reopened(tmp_path):
    form = make_form()
    summary = summarize(form, RESPONSES, attendance=10, attendance_by_unit=ATTENDANCE_BY_UNIT)
    path = tmp_path / "hasil.xlsx"
    export_results(path, form, summary, RESPONSES)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Per pertanyaan", "Per unit", "Saran", "Jawaban"]
    overview = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert overview["Jumlah respons"] == 4 and overview["Tingkat respons (%)"] == 40.0
    per_question = list(wb["Per pertanyaan"].iter_rows(min_row=2, values_only=True))
    assert per_question[0][:4] == ("Nilai", "Kompeten", 4, 3.75)
    assert per_question[1][3] == 3.67
    per_unit = {r[0]: r for r in wb["Per unit"].iter_rows(min_row=2, values_only=True)}
    assert per_unit["Dinkes PPKB"][:5] == ("Dinkes PPKB", 4, 2, 50.0, 4.5)
    answers = wb["Jawaban"]
    header = [c.value for c in answers[1]]
    saran = header.index("Saran") + 1
    cell = answers.cell(row=2, column=saran)
    assert cell.value == INJECTION and cell.data_type == "s"  # text, not a formula
    assert answers.cell(row=4, column=saran).value == "Sound kurang 🔈"
    assert answers.cell(row=2, column=2).value == datetime(2025, 11, 17, 11, 5)  # WIB
    assert answers.cell(row=2, column=2).number_format == "dd-mm-yyyy hh:mm"
    assert answers.freeze_panes == "A2" and answers.column_dimensions["A"].width == 6
    assert answers["A1"].font.bold and wb["Ringkasan"].column_dimensions["B"].width == 50
    assert answers.cell(row=3, column=3).value == "Kertas"
    assert not any(c.data_type == "f" for ws in wb for row in ws.iter_rows() for c in row)


def test_csv_export_reopened(tmp_path):
    form = make_form()
    path = tmp_path / "hasil.csv"
    export_results(path, form, summarize(form, RESPONSES, attendance=10), RESPONSES)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[:4] == ["No", "Waktu (WIB)", "Sumber", "Unit"]
    assert len(rows) == 5
    assert rows[1][header.index("Saran")] == "'" + INJECTION
    assert rows[1][header.index("Yang baik")] == "Materi; Narasumber"
    assert rows[1][header.index("Kompeten")] == "5"
    assert rows[1][1] == "2025-11-17 11.05"
    assert rows[3][header.index("Saran")] == "Sound kurang 🔈"


def test_unknown_extension_is_refused(tmp_path):
    form = make_form()
    with pytest.raises(ExportError, match=r"\.xlsx atau \.csv"):
        export_results(tmp_path / "hasil.pdf", form, summarize(form, [], 0), [])


def test_every_channel_has_an_indonesian_name_in_the_export():
    from asn_event.feedback.export import response_table
    from asn_event.feedback.responses import Channel

    records = [ResponseRecord({1: n(4)}, unit=None, source=channel.value, submitted_at=AT) for channel in Channel]
    _headers, rows = response_table(make_form(), records)
    assert [row[2] for row in rows] == ["Kios", "Kertas", "Ponsel"]
