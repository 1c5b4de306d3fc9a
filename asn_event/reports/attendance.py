"""Who came: the rows of the attendance list and the attendance export, read in one session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from asn_event import events as event_service
from asn_event.db import Database
from asn_event.db.models import Person, Registration, RegistrationSource, Unit
from asn_event.events import EventInfo
from asn_event.names import clean_display, name_key
from asn_event.reports.common import NobodyCheckedIn

NO_UNIT = "Tanpa unit"

Stroke = tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    registration_id: int
    name: str
    nip: str | None
    employment: str
    rank: str
    position: str
    unit: str  # short name when the unit has one ("Dinkes PPKB"), else the full name
    unit_full: str
    source: RegistrationSource
    checked_in_at: datetime | None
    desk: str
    staff: str
    signature: tuple[Stroke, ...] = ()
    signature_skipped: bool = False

    @property
    def present(self) -> bool:
        return self.checked_in_at is not None


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    """The rows of one event, sorted by unit then name."""

    event: EventInfo
    rows: tuple[AttendanceRow, ...]
    registered: int
    present: int
    all_registered: bool


def clean_signature(raw: object) -> tuple[Stroke, ...]:
    """The stored strokes as tuples of points clamped to 0..1; anything malformed is dropped."""
    if not isinstance(raw, list):
        return ()
    strokes: list[Stroke] = []
    for stroke in raw:
        if not isinstance(stroke, list):
            continue
        points = []
        for point in stroke:
            if isinstance(point, list | tuple) and len(point) >= 2:
                try:
                    x, y = float(point[0]), float(point[1])
                except (TypeError, ValueError):
                    continue
                points.append((min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)))
        if points:
            strokes.append(tuple(points))
    return tuple(strokes)


ROW_COLUMNS = (
    Registration.id, Person.name, Person.nip, Person.employment, Person.rank, Person.position,
    Unit.short_name, Unit.name, Registration.source, Registration.checked_in_at, Registration.checkin_desk,
    Registration.checkin_staff, Registration.signature, Registration.signature_skipped,
)  # fmt: skip
BATCH = 2000  # rows fetched from the database at a time


def _row(values: Sequence[Any]) -> AttendanceRow:
    reg_id, name, nip, employment, rank, position, short_name, unit_name = values[:8]
    source, at, desk, staff, strokes, skipped = values[8:]
    return AttendanceRow(
        registration_id=reg_id,
        name=clean_display(name),
        nip=nip,
        employment=employment.value,
        rank=rank,
        position=position,
        unit=(short_name or unit_name) if unit_name is not None else NO_UNIT,
        unit_full=unit_name or "",
        source=source,
        checked_in_at=at,
        desk=desk or "",
        staff=staff or "",
        signature=clean_signature(strokes),
        signature_skipped=skipped,
    )


def sort_key(row: AttendanceRow) -> tuple[int, str, str, int]:
    """By unit (people without a unit last), then by name without titles."""
    return (row.unit == NO_UNIT, row.unit.casefold(), name_key(row.name), row.registration_id)


def load_attendance(db: Database, event_id: int, *, all_registered: bool = False) -> AttendanceSheet:
    """The attendance rows of ``event_id``: only those checked in, or everyone registered.

    Raises :class:`NobodyCheckedIn` when only the present are asked for and nobody has come yet.
    """
    event = event_service.get_event(db, event_id)
    query = (
        select(*ROW_COLUMNS)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id)
        .execution_options(yield_per=BATCH)
    )
    # Plain column rows in batches, not ORM objects: only the kept rows stay in memory.
    rows: list[AttendanceRow] = []
    registered = present = 0
    with db.readers() as session:
        for values in session.execute(query):
            row = _row(values)
            registered += 1
            present += row.present
            if all_registered or row.present:
                rows.append(row)
    if not all_registered and present == 0:
        raise NobodyCheckedIn(event.title)
    rows.sort(key=sort_key)
    return AttendanceSheet(event, tuple(rows), registered, present, all_registered)


def blank_for_signing(sheet: AttendanceSheet) -> AttendanceSheet:
    """Everyone registered with the arrival time, desk and captured signature left out: the paper
    list signed by hand at the door ("Semua peserta terdaftar", jam hadir kosong), even mid-event."""
    rows = tuple(
        replace(row, checked_in_at=None, desk="", staff="", signature=(), signature_skipped=False)
        for row in sheet.rows
    )
    return replace(sheet, rows=rows)
