"""Adding, editing and removing people by hand (the roster page's form), one transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from asn_event.clock import Clock, to_wib
from asn_event.db import Database
from asn_event.db.errors import Conflict, NotFound
from asn_event.db.models import Employment, Event, Person, Registration, RegistrationSource, Unit
from asn_event.events import FieldError
from asn_event.names import clean_display, name_key
from asn_event.nip import NipError, employment_for, parse_nip
from asn_event.roster.rows import parse_phone
from asn_event.roster.search import PersonRow, fetch_rows
from asn_event.roster.units import KnownUnit
from asn_event.text_limits import TextField, TooLong, check

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(slots=True)
class PersonDraft:
    """What the person form holds; checked by :func:`validate_person`."""

    name: str = ""
    nip: str = ""
    employment: Employment = Employment.NON_ASN  # only used without a NIP
    rank: str = ""
    position: str = ""
    unit_id: int | None = None
    sex: str | None = None
    phone: str = ""


class InvalidPerson(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))


@dataclass(frozen=True, slots=True)
class RemoveResult:
    removed: int
    kept_checked_in: list[str] = field(default_factory=list)  # names not removed: already checked in


def validate_person(draft: PersonDraft, today: date | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    name = clean_display(draft.name)
    if not name or not any(c.isalpha() for c in name):
        errors.append(FieldError("name", "name_required"))
    for key, text, limit in (
        ("name", draft.name, TextField.NAME),
        ("rank", draft.rank, TextField.RANK),
        ("position", draft.position, TextField.POSITION),
        ("phone", draft.phone, TextField.PHONE),
    ):
        checked = check(text, limit)
        if isinstance(checked, TooLong):
            errors.append(FieldError(key, "text_too_long", checked.params))
    if draft.nip.strip():
        parsed = parse_nip(draft.nip, today)
        if isinstance(parsed, NipError):
            errors.append(FieldError("nip", "nip_invalid", nip_error=parsed))
    elif Employment(draft.employment) is not Employment.NON_ASN:  # a combo box hands back the plain str
        errors.append(FieldError("nip", "nip_required_for", {"employment": Employment(draft.employment).value}))
    if draft.sex not in (None, "", "L", "P"):
        errors.append(FieldError("sex", "sex_invalid"))
    return errors


def known_units(session: Session) -> list[KnownUnit]:
    """Every unit as the matcher knows it (import, walk-in and the person form use the same list)."""
    units = session.scalars(select(Unit).order_by(Unit.short_name, Unit.name))
    return [KnownUnit(u.id, u.name, u.short_name, tuple(u.aliases or ())) for u in units]


def list_units(db: Database) -> list[KnownUnit]:
    with db.readers() as session:
        return known_units(session)


def _values(draft: PersonDraft, today: date) -> dict[str, object]:
    errors = validate_person(draft, today)
    if errors:
        raise InvalidPerson(errors)
    name = clean_display(draft.name)
    values: dict[str, object] = {
        "name": name,
        "name_key": name_key(name),
        "nip": None,
        "employment": draft.employment if not draft.nip.strip() else None,
        "rank": clean_display(draft.rank),
        "position": clean_display(draft.position),
        "unit_id": draft.unit_id,
        "sex": draft.sex or None,
        "phone": parse_phone(draft.phone),
    }
    if draft.nip.strip():
        nip = parse_nip(draft.nip, today)
        assert not isinstance(nip, NipError)
        values["nip"] = nip.digits
        values["employment"] = employment_for(nip)
        values["sex"] = nip.sex.value
    return values


def _nip_conflict(session, nip: str | None, person_id: int | None) -> None:  # type: ignore[no-untyped-def]
    if nip is None:
        return
    other = session.scalar(select(Person).where(Person.nip == nip, Person.id != (person_id or -1)))
    if other is not None:
        raise Conflict("nip_in_use", nip=nip, name=other.name)


def add_person(db: Database, clock: Clock, event_id: int, draft: PersonDraft) -> PersonRow:
    """A new person, registered to the event (source: entered by hand)."""
    now = clock.now()
    values = _values(draft, to_wib(now).date())
    with db.sessions() as session, session.begin():
        if session.get(Event, event_id) is None:
            raise NotFound("event", id=event_id)
        _nip_conflict(session, values["nip"], None)  # type: ignore[arg-type]
        person = Person(**values, created_at=now, updated_at=now)
        session.add(person)
        session.flush()
        session.add(
            Registration(
                event_id=event_id, person_id=person.id, source=RegistrationSource.MANUAL, registered_at=now
            )
        )
        person_id = person.id
    return fetch_rows(db, event_id, [person_id])[0]


def update_person(
    db: Database, clock: Clock, event_id: int | None, person_id: int, draft: PersonDraft
) -> PersonRow:
    now = clock.now()
    values = _values(draft, to_wib(now).date())
    try:
        with db.sessions() as session, session.begin():
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound("person")
            _nip_conflict(session, values["nip"], person_id)  # type: ignore[arg-type]
            for key, value in values.items():
                setattr(person, key, value)
            person.updated_at = now
    except IntegrityError as exc:
        raise Conflict("person_clash") from exc
    return fetch_rows(db, event_id, [person_id])[0]


def register_people(db: Database, clock: Clock, event_id: int, person_ids: Sequence[int]) -> int:
    """Add people already in the database to the event; returns how many were newly registered."""
    now = clock.now()
    with db.sessions() as session, session.begin():
        if session.get(Event, event_id) is None:
            raise NotFound("event", id=event_id)
        already = set(
            session.scalars(
                select(Registration.person_id).where(
                    Registration.event_id == event_id, Registration.person_id.in_(list(person_ids))
                )
            )
        )
        new = [pid for pid in dict.fromkeys(person_ids) if pid not in already]
        session.add_all(
            Registration(
                event_id=event_id, person_id=pid, source=RegistrationSource.MANUAL, registered_at=now
            )
            for pid in new
        )
    return len(new)


def remove_from_event(db: Database, event_id: int, person_ids: Sequence[int]) -> RemoveResult:
    """Take people off the event's list; the person stays in the database for other events.

    Someone already checked in is kept (their attendance is part of the record) and named in the result.
    """
    with db.sessions() as session, session.begin():
        rows = session.execute(
            select(Registration.id, Registration.checked_in_at, Person.name)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.event_id == event_id, Registration.person_id.in_(list(person_ids)))
        ).all()
        removable = [r.id for r in rows if r.checked_in_at is None]
        kept = [r.name for r in rows if r.checked_in_at is not None]
        if removable:
            session.execute(delete(Registration).where(Registration.id.in_(removable)))
    return RemoveResult(len(removable), kept)
