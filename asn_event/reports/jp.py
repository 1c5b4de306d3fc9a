"""JP recap: per person and year, the events attended and the JP earned against the yearly target.

Each attended registration earns the event's ``jp_hours``: checked in, unless the organizer took
the certificate away by hand, or added by hand (someone who attended without being scanned) —
the same hand decisions the certificates follow. People outlive events, so a year's JP add up
across every event in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, extract, or_, select

from asn_event.db import Database
from asn_event.db.errors import NotFound
from asn_event.db.models import Event, Person, Registration, Unit
from asn_event.names import clean_display, name_key
from asn_event.reports.attendance import BATCH, NO_UNIT
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
        # Rows in batches; each event is made once and shared by everyone who attended it.
        events: dict[int, JpEvent] = {}
        grouped: dict[tuple[int, int], tuple[JpRow, list[JpEvent]]] = {}
        for row in session.execute(query.execution_options(yield_per=BATCH)):
            attended = events.get(row.event_id)
            if attended is None:
                attended = events[row.event_id] = JpEvent(row.event_id, row.title, row.date, row.jp_hours)
            entry = grouped.get((row.id, row.date.year))
            if entry is None:
                person = JpRow(
                    person_id=row.id,
                    name=clean_display(row.name),
                    nip=row.nip,
                    employment=row.employment.value,
                    unit=(row.short_name or row.unit_name or NO_UNIT),
                    year=row.date.year,
                    events=(),
                )
                grouped[(row.id, row.date.year)] = (person, [attended])
            else:
                entry[1].append(attended)
    result = [
        replace(person, events=tuple(sorted(attended, key=lambda e: (e.date, e.event_id))))
        for person, attended in grouped.values()
    ]
    result.sort(key=lambda r: (r.year, r.unit == NO_UNIT, r.unit.casefold(), name_key(r.name), r.person_id))
    return tuple(result)
