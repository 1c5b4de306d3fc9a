"""JP recap: per person and year, the events attended and the JP earned against the yearly target.

Each attended registration earns the event's ``jp_hours``: checked in, unless the organizer took
the certificate away by hand, or added by hand (someone who attended without being scanned) —
the same hand decisions the certificates follow. People outlive events, so a year's JP add up
across every event in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, extract, or_, select

from asn_event.db import Database
from asn_event.db.errors import NotFound
from asn_event.db.models import Event, Person, Registration, Unit
from asn_event.names import clean_display, name_key
from asn_event.reports.attendance import NO_UNIT
from asn_event.reports.common import JP_YEARLY_TARGET


@dataclass(frozen=True, slots=True)
class JpEvent:
    event_id: int
    title: str
    date: date
    jp: int


@dataclass(frozen=True, slots=True)
class JpRow:
    person_id: int
    name: str
    nip: str | None
    employment: str
    unit: str
    year: int
    events: tuple[JpEvent, ...]
    target: int = JP_YEARLY_TARGET

    @property
    def jp_total(self) -> int:
        return sum(e.jp for e in self.events)

    @property
    def shortfall(self) -> int:
        """JP still missing to reach the yearly target (0 when reached)."""
        return max(self.target - self.jp_total, 0)

    @property
    def reached(self) -> bool:
        return self.jp_total >= self.target


# Attended, as the organizer decided it: the certificate's hand override wins over the scan.
EARNED_JP = or_(
    Registration.certificate_override.is_(True),
    and_(Registration.checked_in_at.is_not(None), Registration.certificate_override.is_not(False)),
)


def jp_recap(db: Database, *, year: int | None = None, event_id: int | None = None) -> tuple[JpRow, ...]:
    """One row per person and year with at least one attended event.

    ``year`` limits to that year. ``event_id`` limits to the people who attended that event (their
    whole year still counts) and, without ``year``, to the event's year.
    """
    with db.readers() as session:
        query = (
            select(
                Person.id, Person.name, Person.nip, Person.employment,
                Unit.short_name, Unit.name.label("unit_name"),
                Event.id.label("event_id"), Event.title, Event.date, Event.jp_hours,
            )
            .select_from(Registration)
            .join(Person, Person.id == Registration.person_id)
            .join(Event, Event.id == Registration.event_id)
            .outerjoin(Unit, Unit.id == Person.unit_id)
            .where(EARNED_JP)
        )
        if event_id is not None:
            event_date = session.scalar(select(Event.date).where(Event.id == event_id))
            if event_date is None:
                raise NotFound("event", id=event_id)
            if year is None:
                year = event_date.year
            attendees = select(Registration.person_id).where(Registration.event_id == event_id, EARNED_JP)
            query = query.where(Registration.person_id.in_(attendees))
        if year is not None:
            query = query.where(extract("year", Event.date) == year)
        rows = session.execute(query).all()
    grouped: dict[tuple[int, int], list] = {}
    for row in rows:
        grouped.setdefault((row.id, row.date.year), []).append(row)
    result = []
    for (person_id, row_year), items in grouped.items():
        first = items[0]
        items.sort(key=lambda r: (r.date, r.event_id))
        result.append(
            JpRow(
                person_id=person_id,
                name=clean_display(first.name),
                nip=first.nip,
                employment=first.employment.value,
                unit=(first.short_name or first.unit_name or NO_UNIT),
                year=row_year,
                events=tuple(JpEvent(r.event_id, r.title, r.date, r.jp_hours) for r in items),
            )
        )
    result.sort(key=lambda r: (r.year, r.unit == NO_UNIT, r.unit.casefold(), name_key(r.name), r.person_id))
    return tuple(result)
