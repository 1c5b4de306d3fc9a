"""CSV files as Excel and people save them: encoding and delimiter detected, never asked.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode Text"), otherwise cp1252
(Excel on Windows in Indonesia). Delimiters: comma, semicolon (Excel with Indonesian regional
settings, where the comma is the decimal sign), tab, pipe; an Excel ``sep=;`` first line is honoured.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from asn_event.domain.notes import Note
from asn_event.progress import Progress
from asn_event.roster.errors import FileProblem, RosterFileError

DELIMITERS = (",", ";", "\t", "|")
SNIFF_LINES = 50
PROGRESS_EVERY = 1000
DELIMITER_NAMES = {",": "koma", ";": "titik koma", "\t": "tab", "|": "garis tegak"}


@dataclass(frozen=True)
class CsvTable:
    sheet: str
    rows: list[tuple[int, list[object]]]
    encoding: str
    delimiter: str
    notes: tuple[Note, ...]


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 reads anything.
        return data.decode("latin-1"), "latin-1"


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields most often."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(f.strip() for f in r)]
        if not counts:
            continue
        width, hits = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (hits / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _too_long_field(path: Path, max_cell: int) -> RosterFileError:
    return RosterFileError(FileProblem.TOO_LARGE, "csv_long_field", name=path.name, limit=max_cell)


def _unreadable(path: Path, why: object) -> RosterFileError:
    return RosterFileError(FileProblem.UNREADABLE, "csv_unreadable", name=path.name, reason=str(why))


def read_csv(path: Path, progress: Progress, *, max_rows: int, max_cell: int, max_columns: int) -> CsvTable:
    """Read a CSV file; a field longer than ``max_cell``, a non-empty field past ``max_columns``
    or more than ``max_rows`` rows refuse it. Empty trailing fields are dropped."""
    csv.field_size_limit(max_cell)
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RosterFileError(FileProblem.WRONG_TYPE, "csv_not_text", name=path.name)
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:
        raise RosterFileError(FileProblem.UNREADABLE, "csv_broken_utf16", name=path.name, offset=exc.start) from exc
    if not text.strip():
        raise RosterFileError(FileProblem.EMPTY, "roster_empty", name=path.name)
    lines = text.splitlines()
    first_row = 1
    delimiter: str | None = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        first_row = 2
    if delimiter is None:
        try:
            delimiter = detect_delimiter(lines[:SNIFF_LINES])
        except csv.Error as exc:
            raise _too_long_field(path, max_cell) if "field larger" in str(exc) else _unreadable(path, exc) from exc
    rows: list[tuple[int, list[object]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for index, record in enumerate(reader):
            if index and index % PROGRESS_EVERY == 0:
                progress.report(index, len(lines), "reading_rows", name=path.name, count=index)
            if index >= max_rows:
                raise RosterFileError(FileProblem.TOO_LARGE, "roster_too_many_rows", where=path.name, limit=max_rows)
            fields = [f.strip() or None for f in record]
            while fields and fields[-1] is None:
                fields.pop()
            if len(fields) > max_columns:
                raise RosterFileError(
                    FileProblem.TOO_LARGE,
                    "csv_too_many_columns",
                    row=first_row + index,
                    name=path.name,
                    count=len(fields),
                    limit=max_columns,
                )
            rows.append((first_row + index, fields))
    except csv.Error as exc:
        raise _too_long_field(path, max_cell) if "field larger" in str(exc) else _unreadable(path, exc) from exc
    note = Note("csv_read_as", {"encoding": encoding, "delimiter": DELIMITER_NAMES.get(delimiter, delimiter)})
    return CsvTable(path.stem, rows, encoding, delimiter, (note,))
