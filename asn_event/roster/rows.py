"""From sheet cells to checked roster rows: one :class:`RosterRow` per person, or a :class:`RowError`.

Each error names the sheet and the row number as the spreadsheet shows it, and carries a
:class:`RowProblem` code with its parameters; :func:`asn_event.words.row_text` says what to fix.
Duplicates inside one file (same NIP, or same name and unit where a NIP is missing) are errors on
the later row, pointing at the first.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from asn_event.domain.enums import Employment
from asn_event.domain.notes import Note
from asn_event.names import clean_display, name_key
from asn_event.nip import Nip, NipError, employment_for, format_nip, nip_from_cell, parse_nip
from asn_event.progress import Progress
from asn_event.roster.errors import FileProblem, RosterFileError
from asn_event.roster.headers import ColumnMapping, Field, guess_mapping
from asn_event.roster.reader import RosterFile, SheetTable
from asn_event.roster.units import normalize_unit
from asn_event.text_limits import TextField, TooLong, check

PROGRESS_EVERY = 2000


@dataclass(frozen=True, slots=True)
class RosterRow:
    """A person as a sheet describes them, checked and cleaned."""

    sheet: str
    row: int  # as the spreadsheet shows it
    name: str  # titles kept as written
    name_key: str
    nip: str | None  # 18 digits
    employment: Employment
    sex: str | None  # "L" / "P"
    rank: str
    position: str
    unit: str  # as written; matched to a unit by the importer
    phone: str

    @property
    def unit_key(self) -> str:
        return normalize_unit(self.unit)


class RowProblem(enum.StrEnum):
    """Why a row was refused (worded by :data:`asn_event.words.ROW_PROBLEMS`)."""

    NAME_EMPTY = "name_empty"
    NAME_NO_LETTERS = "name_no_letters"  # name
    SEX_UNKNOWN = "sex_unknown"  # value
    TOO_LONG = "too_long"  # column, length, limit
    FORMULA_ERROR = "formula_error"  # column, value
    FORMULA_WITHOUT_VALUE = "formula_without_value"  # column
    NIP = "nip"  # see RowError.nip_error
    DUPLICATE_NIP = "duplicate_nip"  # nip, first_sheet, first_row
    DUPLICATE_NAME = "duplicate_name"  # name, unit, first_sheet, first_row
    SAME_PERSON = "same_person"  # name, first_sheet, first_row (one stored person matched twice)


@dataclass(frozen=True, slots=True)
class RowError:
    sheet: str
    row: int
    problem: RowProblem
    params: Mapping[str, Any] = field(default_factory=dict)
    field: Field | None = None
    nip_error: NipError | None = None

    @property
    def reason(self) -> str:
        """The Indonesian sentence (command line, ``--json``); the UI words :attr:`problem` itself."""
        from asn_event.words import row_text

        return row_text(self)

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "sheet": self.sheet, "reason": self.reason}


@dataclass(frozen=True)
class ParsedRoster:
    rows: tuple[RosterRow, ...]
    errors: tuple[RowError, ...]
    notes: tuple[Note, ...]  # worded by asn_event.words.note_text
    mappings: Mapping[str, ColumnMapping]  # sheet -> the mapping used

    @property
    def total(self) -> int:
        return len(self.rows) + len(self.errors)


class _RowProblem(Exception):
    def __init__(
        self, problem: RowProblem, at: Field | None = None, nip_error: NipError | None = None, **params: Any
    ) -> None:
        self.problem = problem
        self.at = at
        self.nip_error = nip_error
        self.params = params
        super().__init__(problem.value)

    def error(self, sheet: str, row: int) -> RowError:
        return RowError(sheet, row, self.problem, self.params, self.at, self.nip_error)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return clean_display(str(value))


_SEX = {
    "l": "L", "lk": "L", "laki": "L", "laki laki": "L", "pria": "L", "1": "L", "m": "L", "male": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "2": "P", "w": "P", "f": "P", "female": "P",
}  # fmt: skip


def parse_sex(value: object) -> str | None:
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", cell_text(value).lower()).split())
    if not text:
        return None
    if text not in _SEX:
        raise _RowProblem(RowProblem.SEX_UNKNOWN, Field.SEX, value=cell_text(value))
    return _SEX[text]


def parse_employment(value: object) -> Employment | None:
    text = cell_text(value).lower()
    if not text:
        return None
    if "pppk" in text or "p3k" in text:
        return Employment.PPPK
    if re.search(r"non|honor|thl|kontrak|outsourc|tenaga", text):
        return Employment.NON_ASN
    if "pns" in text or "cpns" in text:
        return Employment.PNS
    return None


def parse_phone(value: object) -> str:
    """Digits with a leading 0 or +62; a number Excel stripped of its leading 0 gets it back."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        return "0" + digits if digits.startswith("8") else digits
    text = cell_text(value)
    plus = text.startswith("+")
    digits = re.sub(r"\D", "", text)
    if not digits:
        return ""
    return ("+" if plus else "") + digits


def _limited(text: str, limit: TextField, column: Field) -> str:
    """The text within its limit (:mod:`asn_event.text_limits`), else the row is refused."""
    checked = check(text, limit)
    if isinstance(checked, TooLong):
        raise _RowProblem(RowProblem.TOO_LONG, column, column=column.value, length=checked.length, limit=checked.limit)
    return checked


def _rank(rank: str, grade: str) -> str:
    if rank and grade and grade.lower() not in rank.lower():
        return f"{rank}, {grade}"
    return rank or grade


class RowParser:
    """Checks rows of one file; remembers NIPs and names seen, to flag duplicates across sheets."""

    def __init__(self, today: date | None = None) -> None:
        self.today = today
        self._nips: dict[str, tuple[str, int]] = {}
        self._names: dict[tuple[str, str], tuple[str, int, str | None]] = {}

    def parse_table(
        self, table: SheetTable, mapping: ColumnMapping
    ) -> tuple[list[RosterRow], list[RowError]]:
        rows: list[RosterRow] = []
        errors: list[RowError] = []
        for number, cells in table.rows:
            try:
                row = self._parse_row(table, mapping, number, cells)
            except _RowProblem as problem:
                errors.append(problem.error(table.sheet, number))
                continue
            if row is not None:
                rows.append(row)
        return rows, errors

    def _cell(self, table: SheetTable, mapping: ColumnMapping, f: Field, number: int, cells: tuple) -> object:
        column = mapping.get(f)
        if column is None or column >= len(cells):
            return None
        problem = table.cell_problems.get((number, column))
        if problem:
            code, value = problem
            raise _RowProblem(RowProblem(code), f, column=f.value, value=value)
        return cells[column]

    def _parse_row(
        self, table: SheetTable, mapping: ColumnMapping, number: int, cells: tuple
    ) -> RosterRow | None:
        def get(f: Field) -> object:
            return self._cell(table, mapping, f, number, cells)

        raw_name = get(Field.NAME)
        name = _limited(cell_text(raw_name), TextField.NAME, Field.NAME)
        nip_cell = get(Field.NIP)
        if not name:
            if all(c is None for c in cells):
                return None
            if nip_cell is None and not any(isinstance(c, str) and len(c) > 2 for c in cells):
                return None  # a row of totals or stray numbers, not a person
            raise _RowProblem(RowProblem.NAME_EMPTY, Field.NAME)
        if not any(ch.isalpha() for ch in name):
            raise _RowProblem(RowProblem.NAME_NO_LETTERS, Field.NAME, name=name)
        key = name_key(name)

        nip = self._nip(nip_cell)
        employment = parse_employment(get(Field.EMPLOYMENT))
        sex = parse_sex(get(Field.SEX))
        if nip is not None:
            employment = employment_for(nip)
            sex = nip.sex.value
        unit = _limited(cell_text(get(Field.UNIT)), TextField.UNIT, Field.UNIT)
        row = RosterRow(
            sheet=table.sheet,
            row=number,
            name=name,
            name_key=key,
            nip=nip.digits if nip else None,
            employment=employment or Employment.NON_ASN,
            sex=sex,
            rank=_limited(_rank(cell_text(get(Field.RANK)), cell_text(get(Field.GRADE))), TextField.RANK, Field.RANK),
            position=_limited(cell_text(get(Field.POSITION)), TextField.POSITION, Field.POSITION),
            unit=unit,
            phone=_limited(parse_phone(get(Field.PHONE)), TextField.PHONE, Field.PHONE),
        )
        self._check_duplicate(row)
        return row

    def _nip(self, value: object) -> Nip | None:
        text = nip_from_cell(value)
        if isinstance(text, NipError):
            raise _RowProblem(RowProblem.NIP, Field.NIP, text)
        if not text.strip() or text.strip() in {"-", "--", "0"}:
            return None
        parsed = parse_nip(text, self.today)
        if isinstance(parsed, NipError):
            raise _RowProblem(RowProblem.NIP, Field.NIP, parsed)
        return parsed

    def _check_duplicate(self, row: RosterRow) -> None:
        where = (row.sheet, row.row)
        if row.nip is not None:
            first = self._nips.setdefault(row.nip, where)
            if first != where:
                raise _RowProblem(
                    RowProblem.DUPLICATE_NIP, Field.NIP, nip=format_nip(row.nip), first_sheet=first[0], first_row=first[1]
                )
        # Same name and unit: the same person, unless both rows carry (different) NIPs.
        key = (row.name_key, row.unit_key)
        seen = self._names.get(key)
        if seen is not None and (row.nip is None or seen[2] is None):
            raise _RowProblem(
                RowProblem.DUPLICATE_NAME, Field.NAME, name=row.name, unit=row.unit, first_sheet=seen[0], first_row=seen[1]
            )
        self._names.setdefault(key, (*where, row.nip))


def parse_roster(
    roster: RosterFile,
    mappings: Mapping[str, ColumnMapping] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ParsedRoster:
    """Check every row of every sheet. A sheet without a recognised name column is skipped with a note;
    if no sheet has one, :class:`RosterFileError` (NO_NAME_COLUMN) says how to fix it."""
    progress = progress or Progress()
    parser = RowParser(today)
    rows: list[RosterRow] = []
    errors: list[RowError] = []
    notes: list[Note] = list(roster.notes)
    used: dict[str, ColumnMapping] = {}
    total = roster.row_count
    done = 0
    for table in roster.sheets:
        notes.extend(table.notes)
        mapping = (mappings or {}).get(table.sheet) or guess_mapping(table.headers)
        if not table.rows and not table.headers:
            continue
        if not mapping.has_name:
            notes.append(Note("no_name_column", {"sheet": table.sheet, "found": ", ".join(h for h in table.headers if h)}))
            continue
        used[table.sheet] = mapping
        for start in range(0, len(table.rows), PROGRESS_EVERY):
            part = SheetTable(table.sheet, table.header_row, table.headers,
                              table.rows[start : start + PROGRESS_EVERY], (), table.cell_problems)  # fmt: skip
            got, bad = parser.parse_table(part, mapping)
            rows.extend(got)
            errors.extend(bad)
            done += len(part.rows)
            progress.report(done, total, "checking_rows", count=done, total=total)
    if not used:
        if roster.row_count == 0:
            raise RosterFileError(FileProblem.NO_ROWS, "roster_no_rows", name=roster.path.name)
        found = "; ".join(
            f"{n.params['sheet']}: {n.params['found']}" if n.params["found"] else str(n.params["sheet"])
            for n in notes
            if n.code == "no_name_column"
        )
        raise RosterFileError(FileProblem.NO_NAME_COLUMN, "roster_no_name_column", found=found)
    return ParsedRoster(tuple(rows), tuple(errors), tuple(notes), used)
