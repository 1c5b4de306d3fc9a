"""The roster as an .xlsx file: the table the user sees (search, scope and order), ready to re-import."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from asn_event.cells import keep_as_text, printable
from asn_event.db import Database
from asn_event.domain.errors import Refused
from asn_event.formatting import clock_time
from asn_event.progress import Progress
from asn_event.roster.search import PersonRow, RegistrationStatus, RosterQuery, fetch_rows, search_ids
from asn_event.safe_output import atomic_write

HEADERS = (
    "No",
    "Nama",
    "NIP",
    "Status Kepegawaian",
    "Pangkat/Gol",
    "Jabatan",
    "Unit Kerja",
    "No HP",
    "Kehadiran",
)
WIDTHS = (6, 40, 22, 18, 22, 34, 30, 16, 20)
STATUS_WORDS = {
    RegistrationStatus.NOT_REGISTERED: "Tidak terdaftar",
    RegistrationStatus.REGISTERED: "Terdaftar",
    RegistrationStatus.CHECKED_IN: "Hadir",
}
PAGE = 1000


class ExportFailed(Refused, OSError):
    """The finished table could not be saved (the file is open in Excel, a folder without rights)."""


def status_text(row: PersonRow) -> str:
    words = STATUS_WORDS[row.status]
    if row.status is RegistrationStatus.CHECKED_IN and row.checked_in_at is not None:
        words += f" {clock_time(row.checked_in_at)} WIB"
    return words


def export_xlsx(
    db: Database, event_id: int | None, query: RosterQuery, path: str | Path, progress: Progress | None = None
) -> int:
    """Write the people ``query`` finds to ``path``; returns how many rows were written."""
    progress = progress or Progress()
    ids = search_ids(db, event_id, query)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Peserta")
    for index, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    ws.freeze_panes = "A2"
    header = []
    for title in HEADERS:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        header.append(cell)
    ws.append(header)
    number = 0
    for start in range(0, len(ids), PAGE):
        progress.report(start, len(ids), "writing_rows", count=start)
        for row in fetch_rows(db, event_id, ids[start : start + PAGE]):
            number += 1
            nip = WriteOnlyCell(ws, value=row.nip or "")
            nip.number_format = "@"  # text: Excel must not turn the NIP into 1.96804E+17
            texts = [row.name, row.employment.value, row.rank, row.position, row.unit_name or row.unit, row.phone]
            name, employment, rank, position, unit, phone = (keep_as_text(WriteOnlyCell(ws, value=printable(t))) for t in texts)
            ws.append([number, name, nip, employment, rank, position, unit, phone, status_text(row)])
    target = Path(path)
    try:
        with atomic_write(target) as partial:
            wb.save(partial)
    except OSError as exc:
        raise ExportFailed("output_unwritable", name=target.name, reason=exc.strerror or str(exc)) from exc
    progress.report(len(ids), len(ids), "done")
    return number
