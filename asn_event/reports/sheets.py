"""Spreadsheets: the JP recap and the attendance export as .xlsx (openpyxl), and attendance as .csv.

Every cell a person typed (names, positions, units) can start with ``=``; Excel would run it as a
formula. CSV cells that start with = + - @ tab or CR get a leading quote; xlsx cells holding text
are typed as text (never formula), so a name stays exactly as written and is never run.

Every sheet is written in openpyxl's write-only mode from an iterable of records: a row goes to disk
when it is appended, so the memory a sheet takes is one row, not the event (at 100,000 people the
attendance export peaked at 616 MB with a normal workbook, 178 MB written this way).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from asn_event.cells import csv_safe, keep_as_text, looks_like_formula, printable
from asn_event.formatting import clock_time
from asn_event.reports.attendance import AttendanceRow, AttendanceSheet
from asn_event.reports.common import format_nip
from asn_event.reports.jp import JpRow
from asn_event.safe_output import atomic_write

ATTENDANCE_HEADER = (
    "No", "Nama", "NIP", "Status kepegawaian", "Pangkat/golongan", "Jabatan", "Unit kerja",
    "Status hadir", "Jam hadir (WIB)", "Meja", "Petugas", "Asal pendaftaran", "Tanda tangan",
)
JP_HEADER = (
    "No", "Tahun", "Nama", "NIP", "Status kepegawaian", "Unit kerja", "Jumlah kegiatan", "Kegiatan yang diikuti",
    "JP diperoleh", "Target JP", "Kekurangan JP", "Keterangan",
)
WRAP_OVER = 40  # a text longer than this wraps in its cell
SIZING_ROWS = 500  # the first rows looked at to size a column that has no set width
SOURCE_TEXT = {"roster": "Daftar undangan", "walk_in": "Daftar di meja", "manual": "Ditambah manual"}


neutralize = csv_safe


def attendance_status(row: AttendanceRow) -> str:
    return "Hadir" if row.present else "Belum hadir"


def signature_status(row: AttendanceRow) -> str:
    if row.signature:
        return "Direkam"
    if row.signature_skipped:
        return "Dilewati"
    return ""


def attendance_records(sheet: AttendanceSheet) -> Iterator[tuple[Any, ...]]:
    return (
        (
            n, row.name, format_nip(row.nip), row.employment, row.rank, row.position, row.unit_full or row.unit,
            attendance_status(row), clock_time(row.checked_in_at) if row.checked_in_at else "",
            row.desk, row.staff, SOURCE_TEXT.get(row.source.value, row.source.value), signature_status(row),
        )
        for n, row in enumerate(sheet.rows, start=1)
    )


def jp_note(row: JpRow) -> str:
    return "Target tercapai" if row.reached else f"Kurang {row.shortfall} JP"


def jp_records(rows: Sequence[JpRow]) -> Iterator[tuple[Any, ...]]:
    return (
        (
            n, row.year, row.name, format_nip(row.nip), row.employment, row.unit, len(row.events),
            "; ".join(f"{e.title} ({e.date:%d-%m-%Y}, {e.jp} JP)" for e in row.events),
            row.jp_total, row.target, row.shortfall, jp_note(row),
        )
        for n, row in enumerate(rows, start=1)
    )


def write_csv(out: Path, header: Sequence[str], records: Iterable[Sequence[Any]]) -> int:
    """UTF-8 with BOM (so Excel on Windows reads the accents right), comma-separated, guarded cells."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(out) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        count = 0
        for record in records:
            writer.writerow([neutralize(v) for v in record])
            count += 1
    return count


def sheet_value(ws: Any, value: Any, *, wrap: Any = None) -> Any:
    """What a write-only sheet's ``append`` takes for ``value``.

    A plain value where openpyxl stores it as it is; a styled ``WriteOnlyCell`` where the value needs
    more: a text that looks like a formula kept as text (openpyxl would otherwise write ``=...`` as a
    formula), a long text wrapped (``wrap``, an Alignment), a date-time or a fraction with its format.
    """
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        value = printable(value)
        long = wrap is not None and len(value) > WRAP_OVER
        if not long and not looks_like_formula(value):
            return value
        cell = keep_as_text(WriteOnlyCell(ws, value=value))
        if long:
            cell.alignment = wrap
        return cell
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "dd-mm-yyyy hh:mm"
        return cell
    if isinstance(value, float):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "0.00"
        return cell
    return value


def new_book() -> Any:
    """A write-only workbook: rows go to disk as they are appended, so memory stays bounded by a row,
    not by the sheet (a normal openpyxl workbook keeps every cell object until it is saved)."""
    from openpyxl import Workbook

    return Workbook(write_only=True)


def add_sheet(
    book: Any,
    sheet_title: str,
    header: Sequence[str],
    records: Iterable[Sequence[Any]],
    *,
    caption: str = "",
    widths: dict[int, float] | None = None,
    default_width: float | None = None,
    autofilter: bool = True,
    wrap_long: bool = True,
) -> int:
    """One sheet of ``book`` (from :func:`new_book`): optional caption line, bold tinted header
    frozen below it, auto filter, widths; returns how many records it wrote.

    Columns without a width in ``widths`` get ``default_width``, or, when that is None, the width of
    their longest value among the first rows (the sheet is written as it streams, and the column
    widths come before the rows in the file).
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(sheet_title[:31])
    records = iter(records)
    first_rows = list(islice(records, SIZING_ROWS))
    for col, title in enumerate(header, start=1):
        if widths and col in widths:
            width = widths[col]
        elif default_width is not None:
            width = default_width
        else:
            longest = max([len(str(title)), *(len(str(rec[col - 1])) for rec in first_rows)])
            width = min(max(longest + 2, 6), 50)
        ws.column_dimensions[get_column_letter(col)].width = width
    first = 3 if caption else 1
    ws.freeze_panes = f"A{first + 1}"
    ws.print_title_rows = f"{first}:{first}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if caption:
        title_cell = keep_as_text(WriteOnlyCell(ws, value=printable(caption)))
        title_cell.font = Font(bold=True, size=12, color="1F4E79")
        ws.append([title_cell])
        ws.append([])
    thin = Side(style="thin", color="9AA5B1")
    font, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")
    alignment, border = Alignment(vertical="center", wrap_text=True), Border(bottom=thin)
    cells = []
    for title in header:
        cell = keep_as_text(WriteOnlyCell(ws, value=printable(title)))
        cell.font, cell.fill, cell.alignment, cell.border = font, fill, alignment, border
        cells.append(cell)
    ws.append(cells)
    wrap = Alignment(vertical="top", wrap_text=True) if wrap_long else None
    count = 0
    for record in chain(first_rows, records):
        ws.append([sheet_value(ws, value, wrap=wrap) for value in record])
        count += 1
    if autofilter:
        ws.auto_filter.ref = f"A{first}:{get_column_letter(len(header))}{first + max(count, 1)}"
    return count


def save_book(book: Any, out: Path) -> Path:
    """``book`` to ``out`` through a temporary file in the same folder and a rename."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(out) as partial:
        book.save(partial)
    return out


def write_xlsx(
    out: Path,
    sheet_title: str,
    header: Sequence[str],
    records: Iterable[Sequence[Any]],
    *,
    caption: str = "",
    widths: dict[int, float] | None = None,
) -> int:
    """A workbook of one sheet (see :func:`add_sheet`), streamed from ``records`` to ``out``;
    returns how many records it wrote."""
    book = new_book()
    count = add_sheet(book, sheet_title, header, records, caption=caption, widths=widths)
    save_book(book, out)
    return count
