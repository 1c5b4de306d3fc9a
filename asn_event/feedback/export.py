"""Feedback results to .xlsx (openpyxl) and .csv, safe to open in a spreadsheet.

A text that begins with ``= + - @``, a tab or a carriage return would be run as a formula by a
spreadsheet (CSV injection). In CSV such a cell gets a leading apostrophe; in .xlsx it is written as
a plain string cell with Excel's own "quote prefix", never as a formula. Numbers stay numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from asn_event.cells import csv_safe
from asn_event.clock import to_wib
from asn_event.feedback.forms import SCALE_RANGES, FormDef, ResponseRecord
from asn_event.feedback.summary import FeedbackSummary
from asn_event.reports.sheets import add_sheet, new_book, save_book
from asn_event.safe_output import atomic_write

SOURCE_LABELS = {"kiosk": "Kios", "paper": "Kertas", "phone": "Ponsel"}  # the official sheet stays Indonesian
Cell = str | int | float | datetime | None


class ExportError(ValueError):
    """The export file cannot be written; the message says what to do."""


escape_csv_cell = csv_safe


def response_table(
    form: FormDef, responses: Sequence[ResponseRecord]
) -> tuple[list[str], Iterator[list[Cell]]]:
    """One row per response, one column per question (form order), with time, source and unit; the
    rows are made as they are read, so a writer streams them."""
    questions = form.questions()
    headers = ["No", "Waktu (WIB)", "Sumber", "Unit", *(q.text for q in questions)]
    return headers, _response_rows(questions, responses)


def _response_rows(questions: Sequence, responses: Sequence[ResponseRecord]) -> Iterator[list[Cell]]:
    for number, response in enumerate(responses, start=1):
        when = to_wib(response.submitted_at).replace(tzinfo=None) if response.submitted_at else None
        row: list[Cell] = [
            number,
            when,
            SOURCE_LABELS.get(response.source, response.source),
            response.unit or "",
        ]
        for question in questions:
            answer = response.answers.get(question.id) if question.id is not None else None
            if answer is None:
                row.append(None)
            elif answer.number is not None:
                row.append(answer.number)
            else:
                row.append(answer.display(question))
        yield row


def write_csv(path: Path, form: FormDef, responses: Sequence[ResponseRecord]) -> None:
    """The responses table as UTF-8 CSV with a byte-order mark (so Excel reads the accents)."""
    headers, rows = response_table(form, responses)
    try:
        with atomic_write(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([escape_csv_cell(h) for h in headers])
            for row in rows:
                writer.writerow(
                    [
                        escape_csv_cell(c.strftime("%Y-%m-%d %H.%M") if isinstance(c, datetime) else c)
                        for c in row
                    ]
                )
    except OSError as error:
        raise ExportError(
            f"Berkas {path} tidak bisa ditulis ({error.strerror}). Pilih folder lain."
        ) from error


def _sheet(wb: Any, title: str, headers: Sequence[str], rows: Any, widths: Sequence[float] = ()) -> None:
    """A sheet of the export: header frozen, the given widths from the left, the rest 18 wide."""
    add_sheet(
        wb, title, headers, rows, widths=dict(enumerate(widths, start=1)), default_width=18, autofilter=False,
        wrap_long=False,
    )  # fmt: skip


def _percent(value: float | None) -> float | None:
    return round(value * 100, 1) if value is not None else None


def write_xlsx(
    path: Path, form: FormDef, summary: FeedbackSummary, responses: Sequence[ResponseRecord]
) -> None:
    """Sheets Ringkasan, Per pertanyaan, Per unit, Saran and Jawaban, written in openpyxl's
    write-only mode: the answers stream to disk row by row."""
    wb = new_book()
    overview = [
        ["Formulir", summary.form_title],
        ["Jumlah respons", summary.responses],
        ["Jumlah hadir", summary.attendance],
        ["Tingkat respons (%)", _percent(summary.rate)],
        *[[f"Respons lewat {SOURCE_LABELS.get(s, s).lower()}", n] for s, n in summary.by_source],
    ]
    _sheet(wb, "Ringkasan", ["Keterangan", "Nilai"], overview, (28, 50))

    question_rows: list[list[Cell]] = []
    for q in summary.questions:
        spread = "; ".join(f"{b.label}: {b.count}" for b in q.distribution)
        mean = round(q.mean, 2) if q.mean is not None else None
        question_rows.append([q.section, q.text, q.answered, mean, spread])
    _sheet(
        wb,
        "Per pertanyaan",
        ["Bagian", "Pertanyaan", "Dijawab", "Rata-rata", "Sebaran"],
        question_rows,
        (24, 60, 10, 10, 70),
    )

    scale_questions = [q for q in summary.questions if q.kind in SCALE_RANGES]
    scale_ids = [q.question_id for q in scale_questions]
    unit_rows: list[list[Cell]] = []
    for u in summary.units:
        means = dict(u.question_means)
        unit_rows.append(
            [
                u.unit,
                u.attended,
                u.responses,
                _percent(u.rate),
                round(u.likert_mean, 2) if u.likert_mean is not None else None,
                *[round(m, 2) if (m := means.get(i)) is not None else None for i in scale_ids],
            ]
        )
    _sheet(
        wb,
        "Per unit",
        [
            "Unit",
            "Hadir",
            "Respons",
            "Tingkat respons (%)",
            "Rata-rata skala setuju",
            *[q.text for q in scale_questions],
        ],
        unit_rows,
        (26, 8, 9, 12, 14),
    )

    _sheet(
        wb,
        "Saran",
        ["Pertanyaan", "Unit", "Jawaban"],
        [[t.question, t.unit or "", t.text] for t in summary.free_text],
        (40, 20, 100),
    )
    headers, rows = response_table(form, responses)
    _sheet(wb, "Jawaban", headers, rows, (6, 17, 9, 18))
    try:
        save_book(wb, path)
    except OSError as error:
        raise ExportError(
            f"Berkas {path} tidak bisa ditulis ({error.strerror}). Pilih folder lain."
        ) from error


def export_results(
    path: Path, form: FormDef, summary: FeedbackSummary, responses: Sequence[ResponseRecord]
) -> None:
    """Write .xlsx or .csv by the file's extension."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, form, summary, responses)
    elif suffix == ".csv":
        write_csv(path, form, responses)
    else:
        raise ExportError(
            f"Jenis berkas {suffix or '(tanpa akhiran)'} tidak didukung. Pakai .xlsx atau .csv."
        )
