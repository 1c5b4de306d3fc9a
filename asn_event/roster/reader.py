"""Reading the agencies' .xlsx and .csv files into plain tables: header row, headers, data rows.

What people send is made by hand: a title above the header, merged header cells, a row of column
numbers under it, hidden rows, formulas, a unit merged down a block of rows; CSV files in UTF-8
(with or without BOM) or cp1252, separated by commas, semicolons or tabs. This module turns all
of that into :class:`SheetTable` objects and turns what it cannot read into a
:class:`RosterFileError` whose message says what to do. It never writes anything.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

from asn_event.domain.notes import Note
from asn_event.progress import Progress
from asn_event.roster import csvfile
from asn_event.roster.errors import SUPPORTED, FileProblem, RosterFileError
from asn_event.roster.headers import header_score

HEADER_SEARCH_ROWS = 30
PROGRESS_EVERY = 1000

# What a roster file may be: far above any agency's list (a city's whole civil service is ~10k
# people), far below what would exhaust a laptop's memory. Past a limit the file is refused with
# the reason; nothing is imported.
MAX_FILE_BYTES = 50 * 1024 * 1024  # on disk, .xlsx or .csv
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # everything inside an .xlsx (a zip), before reading it
MAX_ZIP_MEMBERS = 2_000
MAX_ROWS = 200_000  # data rows in the whole file
MAX_COLUMNS = 200  # a non-empty cell further right is refused (empty styled columns are ignored)
MAX_CELL_CHARS = 32_767  # what one Excel cell can hold
# What openpyxl, zipfile, zlib and the XML parser raise for a damaged workbook.
_BROKEN = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, SyntaxError, ValueError, IndexError, KeyError,
    TypeError, AttributeError, OverflowError,
)  # fmt: skip
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


Cell = object  # str, int, float, bool, datetime, or None


@dataclass(frozen=True)
class SheetTable:
    """One sheet (or a CSV file) as read: the header row and the data rows below it."""

    sheet: str
    header_row: int  # the spreadsheet row number of the header (0: no header found)
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (spreadsheet row number, cells)
    notes: tuple[Note, ...] = ()  # things the user should know (hidden rows skipped ...)
    # (row number, column index) -> what is wrong with that cell (a formula without a stored value).
    # (row, column) -> (RowProblem code, value): a cell the row parser refuses
    cell_problems: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return len(self.headers)


@dataclass(frozen=True)
class RosterFile:
    path: Path
    kind: str  # "xlsx" or "csv"
    sheets: tuple[SheetTable, ...]
    notes: tuple[Note, ...] = ()

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


def _kind_of(path: Path) -> str:
    """ "xlsx" or "csv" from the file's first bytes (the extension is only a hint)."""
    if not path.exists():
        raise RosterFileError(FileProblem.MISSING, "roster_missing", path=str(path))
    if path.is_dir():
        raise RosterFileError(FileProblem.WRONG_TYPE, "roster_is_folder", path=str(path), supported=SUPPORTED)
    with path.open("rb") as handle:
        head = handle.read(8)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise RosterFileError(
            FileProblem.TOO_LARGE, "roster_too_big", name=path.name, size=_mb(size), limit=_mb(MAX_FILE_BYTES)
        )
    if not head:
        raise RosterFileError(FileProblem.EMPTY, "roster_zero_bytes", name=path.name)
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in path.read_bytes():
            raise RosterFileError(FileProblem.ENCRYPTED, "roster_encrypted", name=path.name)
        raise RosterFileError(FileProblem.OLD_EXCEL, "roster_old_excel", name=path.name)
    if head.startswith(b"PK"):
        return "xlsx"
    if head.startswith(b"%PDF") or path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".ods", ".pdf", ".docx"}:
        raise _wrong_type(path)
    return "csv"


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def _check_zip(path: Path) -> None:
    """Refuse a workbook that would unpack to far more than a roster (a "zip bomb") before opening it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _wrong_type(path) from exc
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_ZIP_MEMBERS or unpacked > MAX_UNCOMPRESSED_BYTES:
        raise RosterFileError(
            FileProblem.TOO_LARGE,
            "roster_unpacks_too_big",
            name=path.name,
            size=_mb(unpacked),
            limit=_mb(MAX_UNCOMPRESSED_BYTES),
        )


def _wrong_type(path: Path) -> RosterFileError:
    return RosterFileError(FileProblem.WRONG_TYPE, "roster_wrong_type", name=path.name, supported=SUPPORTED)


def sheet_names(path: str | Path) -> list[str]:
    """The visible sheet names of a workbook; a CSV file has one "sheet", its file name."""
    path = Path(path)
    if _kind_of(path) == "csv":
        return [path.stem]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = _open_workbook(path)
    try:
        return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    finally:
        wb.close()


def read_roster_file(
    path: str | Path, sheet: str | None = None, progress: Progress | None = None
) -> RosterFile:
    """Read every visible sheet (or only ``sheet``) of an .xlsx file, or a CSV file."""
    with warnings.catch_warnings():
        # openpyxl warns about odd workbooks on stderr (no default style, a date out of range):
        # what matters reaches the user as a note or a row error instead.
        warnings.simplefilter("ignore")
        return _read_roster_file(Path(path), sheet, progress)


def _read_roster_file(path: Path, sheet: str | None, progress: Progress | None) -> RosterFile:
    path = Path(path)
    progress = progress or Progress()
    if _kind_of(path) == "csv":
        table = csvfile.read_csv(
            path, progress, max_rows=MAX_ROWS + HEADER_SEARCH_ROWS, max_cell=MAX_CELL_CHARS, max_columns=MAX_COLUMNS
        )
        if sheet is not None and sheet != table.sheet:
            raise RosterFileError(FileProblem.NO_SHEET, "roster_no_csv_sheet", sheet=sheet)
        return RosterFile(path, "csv", (_table(table.sheet, table.rows, notes=table.notes),))
    wb = _open_workbook(path)
    try:
        notes: list[Note] = []
        worksheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        hidden = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
        if sheet is not None:
            chosen = [ws for ws in wb.worksheets if ws.title == sheet]
            if not chosen:
                names = ", ".join(ws.title for ws in worksheets)
                raise RosterFileError(FileProblem.NO_SHEET, "roster_no_sheet", sheet=sheet, name=path.name, sheets=names)
            worksheets = chosen
        elif hidden:
            notes.append(Note("hidden_sheets", {"sheets": ", ".join(hidden)}))
        counted = _Counted()
        tables = tuple(_read_sheet(wb, ws, progress, counted) for ws in worksheets)
    finally:
        wb.close()
    return RosterFile(path, "xlsx", tables, tuple(notes))


def _open_workbook(path: Path):  # -> openpyxl Workbook (read-only)
    _check_zip(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, *_BROKEN) as exc:
        if isinstance(exc, PermissionError):
            raise RosterFileError(FileProblem.UNREADABLE, "roster_locked", name=path.name) from exc
        raise _wrong_type(path) from exc


class _CellParser(WorkSheetParser):
    """openpyxl's streaming sheet parser, also telling which cells hold a formula.

    Read with ``data_only`` (the value Excel stored after calculating); a formula cell without a
    stored value (a file written by a program that does not calculate) is marked so the row can
    say so instead of looking empty.
    """

    def parse_cell(self, element):  # type: ignore[no-untyped-def]
        cell = super().parse_cell(element)
        value = cell["value"]
        if value is None and element.find(FORMULA_TAG) is not None:
            cell["formula_without_value"] = True
        elif isinstance(value, float) and cell["data_type"] == "n":
            exact = exact_integer(element.findtext(VALUE_TAG) or "")
            if exact is not None:
                cell["value"] = exact
        elif isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise _CellTooLong(cell["row"], cell["column"], len(value))
        return cell


class _CellTooLong(Exception):
    def __init__(self, row: int, column: int, length: int) -> None:
        self.row, self.column, self.length = row, column, length


def exact_integer(raw: str) -> int | None:
    """The integer a number cell's stored text spells out in full digits, else None.

    A program may store ``198512302010012015`` as ``1.98512302010012015E+17`` or with ``.0``:
    every digit is there, so it is that integer. ``1.98512302010012E+17`` (what Excel keeps of a
    typed NIP) leaves digits out and stays a float: its lost digits are reported, not guessed.
    """
    try:
        number = Decimal(raw.strip())
    except InvalidOperation:
        return None
    if not number.is_finite() or abs(number) < 2**53:
        return None  # small numbers are exact as floats already
    _sign, _digits, exponent = number.as_tuple()
    if not isinstance(exponent, int) or exponent > 0 or number != number.to_integral_value():
        return None
    return int(number)


def _sheet_rows(wb, ws) -> tuple[Iterator[tuple[int, list[dict], bool]], _CellParser]:  # type: ignore[no-untyped-def]
    source = ws._get_source()
    parser = _CellParser(
        source,
        ws._shared_strings,
        data_only=True,
        epoch=wb.epoch,
        date_formats=wb._date_formats,
        timedelta_formats=wb._timedelta_formats,
    )

    def rows() -> Iterator[tuple[int, list[dict], bool]]:
        try:
            for number, cells in parser.parse():
                attrs = parser.row_dimensions.get(str(number), {})
                yield number, cells, str(attrs.get("hidden", "0")).lower() in {"1", "true"}
        finally:
            source.close()

    return rows(), parser


def _too_many_rows(where: str) -> RosterFileError:
    return RosterFileError(FileProblem.TOO_LARGE, "roster_too_many_rows", where=where, limit=MAX_ROWS)


@dataclass
class _Counted:
    rows: int = 0  # data rows read in the sheets before this one


def _read_sheet(wb, ws, progress: Progress, counted: _Counted) -> SheetTable:  # type: ignore[no-untyped-def]
    rows: list[tuple[int, list[Cell]]] = []
    hidden_rows: list[int] = []
    problems: dict[tuple[int, int], tuple[str, str]] = {}
    try:
        total = ws.max_row or 0
        iterator, parser = _sheet_rows(wb, ws)
        for count, (number, cells, hidden) in enumerate(iterator, start=1):
            if count % PROGRESS_EVERY == 0:
                progress.report(count, total, "reading_rows", name=ws.title, count=count)
            values: list[Cell] = []
            for cell in cells:
                column = cell["column"] - 1
                if cell["value"] is None and cell["data_type"] != "e" and not cell.get("formula_without_value"):
                    continue  # an empty (styled) cell: never widens the table
                if column >= MAX_COLUMNS:
                    raise RosterFileError(
                        FileProblem.TOO_LARGE,
                        "roster_far_cell",
                        sheet=ws.title,
                        cell=f"{get_column_letter(column + 1)}{number}",
                        limit=MAX_COLUMNS,
                    )
                if column >= len(values):
                    values.extend([None] * (column + 1 - len(values)))
                value = cell["value"]
                if cell["data_type"] == "e":
                    problems[(number, column)] = ("formula_error", str(value))
                    value = None
                elif cell.get("formula_without_value"):
                    problems[(number, column)] = ("formula_without_value", "")
                if isinstance(value, str):
                    value = value.strip() or None
                values[column] = value
            if not values:
                continue
            if hidden:
                hidden_rows.append(number)
            rows.append((number, values))
            if len(rows) + counted.rows > MAX_ROWS:
                raise _too_many_rows(ws.title)
    except RosterFileError:
        raise
    except _CellTooLong as long:
        raise RosterFileError(
            FileProblem.TOO_LARGE,
            "roster_long_cell",
            cell=f"{get_column_letter(long.column)}{long.row}",
            sheet=ws.title,
            length=long.length,
            limit=MAX_CELL_CHARS,
        ) from None
    except _BROKEN as exc:
        raise RosterFileError(FileProblem.UNREADABLE, "roster_broken_sheet", sheet=ws.title, reason=str(exc)) from exc
    counted.rows += len(rows)
    merged = [range_boundaries(m.ref) for m in parser.merged_cells.mergeCell] if parser.merged_cells else []
    return _table(ws.title, rows, merged=merged, hidden=set(hidden_rows), problems=problems)


def _table(
    sheet: str,
    rows: list[tuple[int, list[Cell]]],
    *,
    merged: list[tuple[int, int, int, int]] | None = None,
    hidden: set[int] | None = None,
    problems: dict[tuple[int, int], tuple[str, str]] | None = None,
    notes: tuple[Note, ...] = (),
) -> SheetTable:
    """Find the header row, fill merged cells, drop empty and hidden rows."""
    hidden = hidden or set()
    by_number = {number: values for number, values in rows}
    width = max((len(v) for _, v in rows), default=0)
    for values in by_number.values():
        values.extend([None] * (width - len(values)))
    header_spans = _fill_merged(by_number, merged or [], width)
    non_empty = [(n, v) for n, v in rows if any(c is not None for c in v)]
    if not non_empty:
        return SheetTable(sheet, 0, (), (), (*notes, Note("empty_sheet", {"sheet": sheet})))

    candidates = non_empty[:HEADER_SEARCH_ROWS]
    best = max(candidates, key=lambda item: (header_score(item[1]), -item[0]))
    header_number, header_cells = best
    if header_score(header_cells) == 0:
        header_number, header_cells = non_empty[0]
    headers = [_text(c) for c in header_cells]
    below = [(n, v) for n, v in non_empty if n > header_number]

    # A second header row: the header had merged cells spanning rows/columns ("Pangkat/Gol" over
    # "Pangkat" | "Gol"), or the row under it only names columns the header left empty.
    if below and _is_sub_header(headers, below[0][1], header_number in header_spans):
        for i, sub in enumerate(below[0][1]):
            if isinstance(sub, str) and sub.strip():
                headers[i] = sub.strip()
        below = below[1:]
    if below and _is_column_numbers(below[0][1]):
        below = below[1:]

    skipped_hidden = [n for n, _ in below if n in hidden]
    data = tuple((n, tuple(v)) for n, v in below if n not in hidden)
    all_notes = list(notes)
    if skipped_hidden:
        shown = ", ".join(str(n) for n in skipped_hidden[:10]) + (" …" if len(skipped_hidden) > 10 else "")
        all_notes.append(Note("hidden_rows", {"sheet": sheet, "count": len(skipped_hidden), "rows": shown}))
    kept = {n for n, _ in data}
    cell_problems = {key: text for key, text in (problems or {}).items() if key[0] in kept}
    return SheetTable(sheet, header_number, tuple(headers), data, tuple(all_notes), cell_problems)


def _fill_merged(
    by_number: dict[int, list[Cell]], merged: list[tuple[int, int, int, int]], width: int
) -> set[int]:
    """Give every cell of a merged range the value of its top-left cell (a unit merged down a block).

    Returns the rows where a merged range starts and spans more than one row or column.
    """
    starts: set[int] = set()
    for min_col, min_row, max_col, max_row in merged:
        if min_row not in by_number:
            continue
        value = by_number[min_row][min_col - 1] if min_col - 1 < width else None
        if max_row > min_row:
            starts.add(min_row)
        if max_col > min_col:
            starts.add(min_row)
        for r in range(min_row, max_row + 1):
            target = by_number.get(r)
            if target is None:
                continue
            for c in range(min_col - 1, min(max_col, width)):
                if target[c] is None:
                    target[c] = value
    return starts


def _text(value: Cell) -> str:
    return "" if value is None else str(value).strip()


def _is_sub_header(headers: list[str], row: list[Cell] | tuple[Cell, ...], merged_header: bool) -> bool:
    texts = [c for c in row if c is not None]
    if not texts or not all(isinstance(c, str) and sum(ch.isdigit() for ch in c) < 8 for c in texts):
        return False
    named = sum(1 for c in row if isinstance(c, str) and header_score([c]) > 0)
    if merged_header:
        return named >= 1
    # Without merge information (CSV): only if it names columns the header left empty.
    return named >= 1 and all(not headers[i] for i, c in enumerate(row) if c is not None and i < len(headers))


def _is_column_numbers(row: list[Cell] | tuple[Cell, ...]) -> bool:
    """The row of column numbers under a header (1, 2, 3 ... or "(1)", "(2)" ...)."""
    numbers: list[int] = []
    for c in row:
        if c is None:
            continue
        text = str(c).strip().strip("()")
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
