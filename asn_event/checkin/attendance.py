"""Who is here and who is not: counts per unit, the not-yet-arrived list, the last scans (read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from asn_event.db import Database
from asn_event.db.models import Person, Registration, ScanLog, Unit

NO_UNIT = "Tanpa unit"


def _unit_label():  # type: ignore[no-untyped-def]
    return func.coalesce(func.nullif(Unit.short_name, ""), Unit.name, NO_UNIT)


@dataclass(frozen=True, slots=True)
class UnitCount:
    unit: str
    present: int
    registered: int

    @property
    def missing(self) -> int:
        return self.registered - self.present


@dataclass(frozen=True, slots=True)
class Attendance:
    present: int
    registered: int
    units: tuple[UnitCount, ...]  # most registered first


@dataclass(frozen=True, slots=True)
class Absentee:
    registration_id: int
    name: str
    nip: str | None
    position: str
    phone: str


@dataclass(frozen=True, slots=True)
class UnitAbsentees:
    unit: str
    people: tuple[Absentee, ...]


@dataclass(frozen=True, slots=True)
class LogEntry:
    registration_id: int | None
    at: datetime
    status: str  # a ScanStatus or DeskAction value
    name: str
    desk: str
    detail: str
    unit: str = ""


def attendance(db: Database, event_id: int) -> Attendance:
    """Present / registered overall and per unit."""
    label = _unit_label().label("unit")
    query = (
        select(label, func.count(Registration.checked_in_at), func.count(Registration.id))
        .select_from(Registration)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id)
        .group_by(label)
    )
    with db.readers() as session:
        rows = [UnitCount(unit, present, registered) for unit, present, registered in session.execute(query)]
    rows.sort(key=lambda u: (-u.registered, u.unit))
    return Attendance(sum(u.present for u in rows), sum(u.registered for u in rows), tuple(rows))


def not_arrived(db: Database, event_id: int) -> tuple[UnitAbsentees, ...]:
    """Everyone not checked in yet, grouped by unit (most missing first), names sorted."""
    query = (
        select(_unit_label(), Registration.id, Person.name, Person.nip, Person.position, Person.phone)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id, Registration.checked_in_at.is_(None))
        .order_by(Person.name_key)
    )
    groups: dict[str, list[Absentee]] = {}
    with db.readers() as session:
        for unit, rid, name, nip, position, phone in session.execute(query):
            groups.setdefault(unit, []).append(Absentee(rid, name, nip, position or "", phone or ""))
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return tuple(UnitAbsentees(unit, tuple(people)) for unit, people in ordered)


def recent_scans(db: Database, event_id: int, limit: int = 20) -> tuple[LogEntry, ...]:
    """The last scans and desk actions of the event, newest first."""
    query = (
        select(
            ScanLog.registration_id,
            ScanLog.at,
            ScanLog.status,
            Person.name,
            ScanLog.desk,
            ScanLog.detail,
            Unit.short_name,
            Unit.name,
        )
        .outerjoin(Registration, Registration.id == ScanLog.registration_id)
        .outerjoin(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(ScanLog.event_id == event_id)
        .order_by(ScanLog.id.desc())
        .limit(limit)
    )
    with db.readers() as session:
        rows = session.execute(query).all()
    return tuple(
        LogEntry(rid, at, status, name or "", desk, detail, short or unit or "")
        for rid, at, status, name, desk, detail, short, unit in rows
    )


@dataclass(frozen=True, slots=True)
class ActiveDesk:
    desk: str
    last_at: datetime
    scans: int


def active_desks(db: Database, event_id: int, since: datetime) -> tuple[ActiveDesk, ...]:
    """The desks that scanned or acted since ``since``, busiest first (from the scan log)."""
    query = (
        select(ScanLog.desk, func.max(ScanLog.at), func.count(ScanLog.id))
        .where(ScanLog.event_id == event_id, ScanLog.at >= since)
        .group_by(ScanLog.desk)
    )
    with db.readers() as session:
        rows = [ActiveDesk(desk, at, count) for desk, at, count in session.execute(query)]
    rows.sort(key=lambda d: (-d.scans, d.desk))
    return tuple(rows)
