"""Finding people of an event by name or NIP, and registering walk-ins at the desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from asn_event.checkin.result import DeskAction, ScanResult
from asn_event.checkin.search import Candidate, rank
from asn_event.checkin.service import CheckinDesk, CheckinRefused
from asn_event.db.models import Person, Registration, RegistrationSource, Unit
from asn_event.events import FieldError
from asn_event.names import clean_display, name_key
from asn_event.nip import NipError, clean_nip, employment_for, parse_nip, validate_nip
from asn_event.roster.people import known_units
from asn_event.roster.units import UnitMatcher
from asn_event.text_limits import TextField, TooLong, check


@dataclass(frozen=True, slots=True)
class PersonHit:
    registration_id: int
    name: str
    nip: str | None
    unit: str
    position: str
    checked_in_at: datetime | None
    desk: str
    score: float


def find_people(desk: CheckinDesk, query: str, limit: int = 8) -> list[PersonHit]:
    """The event's people best matching ``query`` (name without titles, with typos, or NIP digits)."""
    if not query.strip():
        return []
    unit = func.coalesce(func.nullif(Unit.short_name, ""), Unit.name, "")
    rows_query = (
        select(
            Registration.id,
            Person.name,
            Person.name_key,
            Person.nip,
            unit,
            Person.position,
            Registration.checked_in_at,
            Registration.checkin_desk,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == desk.event_id)
    )
    with desk.db.readers() as session:
        rows = {row[0]: row for row in session.execute(rows_query)}
    matches = rank(query, (Candidate(r[0], r[1], r[2], r[3]) for r in rows.values()), limit)
    hits = []
    for match in matches:
        rid, name, _key, nip, unit_name, position, checked_in_at, checkin_desk = rows[
            match.candidate.registration_id
        ]
        hits.append(
            PersonHit(
                rid,
                name,
                nip,
                unit_name or "",
                position or "",
                checked_in_at,
                checkin_desk or "",
                match.score,
            )
        )
    return hits


# -- walk-ins -----------------------------------------------------------------------------------


def nip_problem(nip: str) -> NipError | None:
    """Why ``nip`` (spaces allowed) is not a NIP of a PNS or PPPK, or None when it is (or is empty)."""
    if not clean_nip(nip):
        return None
    parsed = parse_nip(nip)
    return parsed if isinstance(parsed, NipError) else None


@dataclass(frozen=True, slots=True)
class WalkInDraft:
    name: str
    nip: str = ""
    unit: str = ""  # a unit's name or short name; a new name adds the unit
    position: str = ""


def validate_walk_in(draft: WalkInDraft) -> dict[str, FieldError]:
    """Field name -> problem, as a code of the word table (empty when the form can be saved)."""
    problems: dict[str, FieldError] = {}
    if len(name_key(draft.name)) < 2:
        problems["name"] = FieldError("name", "name_required")
    for key, text, limit in (
        ("name", draft.name, TextField.NAME),
        ("unit", draft.unit, TextField.UNIT),
        ("position", draft.position, TextField.POSITION),
    ):
        checked = check(text, limit)
        if isinstance(checked, TooLong) and key not in problems:
            problems[key] = FieldError(key, "text_too_long", checked.params)
    refused = nip_problem(draft.nip)
    if refused is not None:
        problems["nip"] = FieldError("nip", "nip_invalid", nip_error=refused)
    if not clean_display(draft.unit) and "unit" not in problems:
        problems["unit"] = FieldError("unit", "unit_required")
    return problems


class InvalidWalkIn(CheckinRefused):
    """The walk-in form cannot be saved; ``problems`` maps each field to its problem."""

    def __init__(self, problems: dict[str, FieldError]) -> None:
        self.problems = problems
        super().__init__("invalid_walk_in")

    def __str__(self) -> str:
        return " ".join(problem.message for problem in self.problems.values())


def _unit_id(session, text: str) -> int:  # type: ignore[no-untyped-def]
    """The unit the import would have matched ("Dinkes" is Dinas Kesehatan); a new unit otherwise."""
    found = UnitMatcher(known_units(session)).match(text)
    if found.unit is not None and found.unit.id is not None:
        return found.unit.id
    unit = Unit(name=clean_display(text), short_name="", aliases=[])
    session.add(unit)
    session.flush()
    return unit.id


def same_person(stored: str, typed: str) -> bool:
    """Whether a typed name plausibly names the person stored under a NIP (titles, case, a typo or
    a missing middle name aside)."""
    a, b = name_key(stored), name_key(typed)
    if a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    if words_a <= words_b or words_b <= words_a:
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.85


def register_walk_in(desk: CheckinDesk, draft: WalkInDraft) -> ScanResult:
    """Register someone not on the list and check them in, in one transaction.

    A NIP already known (from an earlier event or the roster) reuses that person; someone already
    registered for this event is simply checked in (or reported as already checked in).
    """
    problems = validate_walk_in(draft)
    if problems:
        raise InvalidWalkIn(problems)
    nip = clean_nip(draft.nip) or None
    now = desk.clock.now()
    name = clean_display(draft.name)
    try:
        with desk.db.sessions() as session, session.begin():
            known = (
                session.execute(select(Person.id, Person.name).where(Person.nip == nip)).first()
                if nip
                else None
            )
            person_id = known.id if known is not None else None
            if known is not None and not same_person(known.name, name):
                raise InvalidWalkIn({"nip": FieldError("nip", "nip_of_other_person", {"name": known.name})})
            registration_id = None
            if person_id is not None:
                registration_id = session.scalar(
                    select(Registration.id).where(
                        Registration.event_id == desk.event_id, Registration.person_id == person_id
                    )
                )
            else:
                person = Person(
                    name=name,
                    name_key=name_key(name),
                    nip=nip,
                    employment=employment_for(validate_nip(nip) if nip else None),
                    position=clean_display(draft.position),
                    unit_id=_unit_id(session, clean_display(draft.unit)),
                    created_at=now,
                    updated_at=now,
                )
                session.add(person)
                session.flush()
                person_id = person.id
            if registration_id is None:
                registration_id = session.scalar(
                    insert(Registration)
                    .values(
                        event_id=desk.event_id,
                        person_id=person_id,
                        source=RegistrationSource.WALK_IN,
                        registered_at=now,
                    )
                    .returning(Registration.id)
                )
            return desk.check_in_on(session.connection(), registration_id, "", DeskAction.WALK_IN, now)
    except IntegrityError as exc:
        raise CheckinRefused("walk_in_clash") from exc
