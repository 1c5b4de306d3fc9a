"""The roster: reading the agencies' participant sheets, and (with a database) importing them.

Qt-free. :func:`read_roster_file` reads an .xlsx or .csv file into tables, :func:`parse_roster`
checks every row into :class:`RosterRow` values or :class:`RowError` messages, and
:class:`UnitMatcher` finds the agency a written unit name means.
"""

from asn_event.roster.errors import FileProblem, RosterFileError
from asn_event.roster.headers import FIELD_LABELS, ColumnMapping, Field, guess_mapping
from asn_event.roster.reader import RosterFile, SheetTable, read_roster_file, sheet_names
from asn_event.roster.rows import ParsedRoster, RosterRow, RowError, parse_roster
from asn_event.roster.units import KnownUnit, UnitMatch, UnitMatcher, UnitMatchKind

__all__ = [
    "FIELD_LABELS",
    "ColumnMapping",
    "Field",
    "FileProblem",
    "KnownUnit",
    "ParsedRoster",
    "RosterFile",
    "RosterFileError",
    "RosterRow",
    "RowError",
    "SheetTable",
    "UnitMatch",
    "UnitMatchKind",
    "UnitMatcher",
    "guess_mapping",
    "parse_roster",
    "read_roster_file",
    "sheet_names",
]
