"""Spreadsheets: the JP recap and the attendance export as .xlsx (openpyxl), and attendance as .csv.

Every cell a person typed (names, positions, units) can start with ``=``; Excel would run it as a
formula. CSV cells that start with = + - @ tab or CR get a leading quote; xlsx cells holding text
are typed as text (never formula), so a name stays exactly as written and is never run.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from asn_event.cells import csv_safe, keep_as_text, printable
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


def attendance_records(sheet: AttendanceSheet) -> list[tuple[Any, ...]]:
    return [
        (
            n, row.name, format_nip(row.nip), row.employment, row.rank, row.position, row.unit_full or row.unit,
            attendance_status(row), clock_time(row.checked_in_at) if row.checked_in_at else "",
            row.desk, row.staff, SOURCE_TEXT.get(row.source.value, row.source.value), signature_status(row),
        )
        for n, row in enumerate(sheet.rows, start=1)
    ]


def jp_note(row: JpRow) -> str:
    return "Target tercapai" if row.reached else f"Kurang {row.shortfall} JP"


def jp_records(rows: Sequence[JpRow]) -> list[tuple[Any, ...]]:
    return [
        (
            n, row.year, row.name, format_nip(row.nip), row.employment, row.unit, len(row.events),
            "; ".join(f"{e.title} ({e.date:%d-%m-%Y}, {e.jp} JP)" for e in row.events),
            row.jp_total, row.target, row.shortfall, jp_note(row),
        )
        for n, row in enumerate(rows, start=1)
    ]


def write_csv(out: Path, header: Sequence[str], records: Sequence[Sequence[Any]]) -> Path:
    """UTF-8 with BOM (so Excel on Windows reads the accents right), comma-separated, guarded cells."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(out) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for record in records:
            writer.writerow([neutralize(v) for v in record])
    return out


def write_xlsx(
    out: Path,
    sheet_title: str,
    header: Sequence[str],
    records: Sequence[Sequence[Any]],
    *,
    caption: str = "",
    widths: dict[int, float] | None = None,
) -> Path:
    """One worksheet: optional caption line, bold tinted header, frozen below it, auto filter, widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    ws = book.active
    ws.title = sheet_title[:31]
    first = 1
    if caption:
        ws.cell(row=1, column=1, value=caption).font = Font(bold=True, size=12, color="1F4E79")
        first = 3
    thin = Side(style="thin", color="9AA5B1")
    for col, title in enumerate(header, start=1):
        cell = ws.cell(row=first, column=col, value=title)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = Border(bottom=thin)
    wrap = Alignment(vertical="top", wrap_text=True)
    for r, record in enumerate(records, start=first + 1):
        for col, value in enumerate(record, start=1):
            cell = keep_as_text(ws.cell(row=r, column=col, value=printable(value)))
            if isinstance(value, str) and len(value) > 40:
                cell.alignment = wrap
    for col, title in enumerate(header, start=1):
        if widths and col in widths:
            width = widths[col]
        else:
            longest = max([len(str(title)), *(len(str(rec[col - 1])) for rec in records[:500])])
            width = min(max(longest + 2, 6), 50)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=first + 1, column=1)
    last = get_column_letter(len(header))
    ws.auto_filter.ref = f"A{first}:{last}{first + max(len(records), 1)}"
    ws.print_title_rows = f"{first}:{first}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(out) as partial:
        book.save(partial)
    return out
