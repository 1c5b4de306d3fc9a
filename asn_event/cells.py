"""Spreadsheet cells that never run: a text that starts like a formula stays text.

Names and free-text answers come from other people's spreadsheets and from kiosks; a cell such as
``=HYPERLINK(...)`` must not become a formula when an organizer opens an export (CSV injection).
Every .csv and .xlsx writer in the program goes through these two functions.
"""

from __future__ import annotations

import re
from typing import Any

# What spreadsheets read as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# What the .xlsx format cannot hold at all (openpyxl raises IllegalCharacterError): C0 controls
# except tab and line breaks. Dropped from every written cell, so one odd name never stops an export.
_ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CELL_MAX = 32_767  # the most characters an Excel cell holds


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def printable(value: Any) -> Any:
    """A string without the characters a spreadsheet cannot hold, cut to a cell's size."""
    if not isinstance(value, str):
        return value
    return _ILLEGAL_RE.sub("", value)[:CELL_MAX]


def csv_safe(value: Any) -> Any:
    """For CSV: ``'=1+1`` for a text a spreadsheet would run; every other value unchanged."""
    value = printable(value)
    return "'" + value if looks_like_formula(value) else value


def keep_as_text(cell: Any) -> Any:
    """For an openpyxl cell holding a string: stored as text, never as a formula. Returns the cell."""
    if isinstance(cell.value, str):
        cell.value = printable(cell.value)
        cell.data_type = "s"
        if looks_like_formula(cell.value):
            cell.quotePrefix = True  # Excel shows it as typed and does not re-read it as a formula
    return cell
