"""Spreadsheet cells that never run: a text that starts like a formula stays text.

Names and free-text answers come from other people's spreadsheets and from kiosks; a cell such as
``=HYPERLINK(...)`` must not become a formula when an organizer opens an export (CSV injection).
Every .csv and .xlsx writer in the program goes through these two functions.
"""

from __future__ import annotations

from typing import Any

# What spreadsheets read as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(value: Any) -> Any:
    """For CSV: ``'=1+1`` for a text a spreadsheet would run; every other value unchanged."""
    return "'" + value if looks_like_formula(value) else value


def keep_as_text(cell: Any) -> Any:
    """For an openpyxl cell holding a string: stored as text, never as a formula. Returns the cell."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if looks_like_formula(cell.value):
            cell.quotePrefix = True  # Excel shows it as typed and does not re-read it as a formula
    return cell
