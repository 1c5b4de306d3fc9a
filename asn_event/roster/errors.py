"""Why a roster file cannot be read at all: a problem kind, and a code with parameters that the
table (``asn_event.words.FILE_ERRORS``) words for the person importing it."""

from __future__ import annotations

import enum
from typing import Any

from asn_event.domain.errors import Refused

SUPPORTED = "Excel (.xlsx) atau CSV (.csv)"


class FileProblem(enum.StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    WRONG_TYPE = "wrong_type"
    OLD_EXCEL = "old_excel"
    ENCRYPTED = "encrypted"
    UNREADABLE = "unreadable"
    NO_SHEET = "no_sheet"
    NO_NAME_COLUMN = "no_name_column"
    NO_ROWS = "no_rows"  # readable, but not one data row
    TOO_LARGE = "too_large"  # past a stated limit (file size, unpacked size, rows, columns, cell length)


class RosterFileError(Refused, ValueError):
    """The file cannot be read at all (the CLI exits 2; the dialog shows the words for ``code``)."""

    def __init__(self, problem: FileProblem, code: str, /, **params: Any) -> None:
        self.problem = problem
        super().__init__(code, **params)
