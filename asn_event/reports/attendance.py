"""Who came: the rows of the attendance list and the attendance export, read in one session."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from asn_event import events as event_service
from asn_event.db import Database
from asn_event.db.models import Person, Registration, RegistrationSource
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


def _row(reg: Registration) -> AttendanceRow:
    person: Person = reg.person
    unit = person.unit
    unit_full = unit.name if unit is not None else ""
    short = (unit.short_name or unit.name) if unit is not None else NO_UNIT
    return AttendanceRow(
        registration_id=reg.id,
        name=clean_display(person.name),
        nip=person.nip,
        employment=person.employment.value,
        rank=person.rank,
        position=person.position,
        unit=short,
        unit_full=unit_full,
        source=reg.source,
        checked_in_at=reg.checked_in_at,
        desk=reg.checkin_desk or "",
        staff=reg.checkin_staff or "",
        signature=clean_signature(reg.signature),
        signature_skipped=reg.signature_skipped,
    )


def sort_key(row: AttendanceRow) -> tuple[int, str, str, int]:
    """By unit (people without a unit last), then by name without titles."""
    return (row.unit == NO_UNIT, row.unit.casefold(), name_key(row.name), row.registration_id)


def load_attendance(db: Database, event_id: int, *, all_registered: bool = False) -> AttendanceSheet:
    """The attendance rows of ``event_id``: only those checked in, or everyone registered.

    Raises :class:`NobodyCheckedIn` when only the present are asked for and nobody has come yet.
    """
    event = event_service.get_event(db, event_id)
    with db.sessions() as session:
        regs = session.scalars(
            select(Registration)
            .where(Registration.event_id == event_id)
            .options(joinedload(Registration.person).joinedload(Person.unit))
        ).all()
        rows = [_row(reg) for reg in regs]
    present = sum(1 for r in rows if r.present)
    if not all_registered:
        if present == 0:
            raise NobodyCheckedIn(event.title)
        rows = [r for r in rows if r.present]
    rows.sort(key=sort_key)
    return AttendanceSheet(event, tuple(rows), len(regs), present, all_registered)


def blank_for_signing(sheet: AttendanceSheet) -> AttendanceSheet:
    """Everyone registered with the arrival time, desk and captured signature left out: the paper
    list signed by hand at the door ("Semua peserta terdaftar", jam hadir kosong), even mid-event."""
    rows = tuple(
        replace(row, checked_in_at=None, desk="", staff="", signature=(), signature_skipped=False)
        for row in sheet.rows
    )
    return replace(sheet, rows=rows)
