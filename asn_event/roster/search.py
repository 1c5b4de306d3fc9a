"""Finding people as the user types: substring search over name, NIP and unit, fast at 100,000 people.

On SQLite an FTS5 trigram index (migration ``0002_roster_fts``) answers each keystroke; other
backends, or a term shorter than three letters, fall back to ``LIKE``. The roster table holds the
ordered ids :func:`search_ids` returns and fetches rows with :func:`fetch_rows` as they scroll
into view, so the table stays smooth however many people there are.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, and_, case, func, literal_column, or_, select, text
from sqlalchemy.sql import ColumnElement, Select

from asn_event.db import Database
from asn_event.db.models import Employment, Person, Registration, Unit
from asn_event.names import name_key
from asn_event.nip import clean_nip, format_nip

FETCH_CHUNK = 500
TRIGRAM = 3


class Scope(enum.StrEnum):
    EVENT = "event"  # registered to the event
    CHECKED_IN = "checked_in"
    NOT_CHECKED_IN = "not_checked_in"
    ALL = "all"  # everybody in the database, registered or not


class SortKey(enum.StrEnum):
    NAME = "name"
    NIP = "nip"
    EMPLOYMENT = "employment"
    RANK = "rank"
    POSITION = "position"
    UNIT = "unit"
    STATUS = "status"


class RegistrationStatus(enum.StrEnum):
    NOT_REGISTERED = "not_registered"
    REGISTERED = "registered"
    CHECKED_IN = "checked_in"


@dataclass(frozen=True, slots=True)
class RosterQuery:
    text: str = ""
    scope: Scope = Scope.EVENT
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the roster table (plain data, no ORM)."""

    id: int
    name: str
    nip: str | None
    employment: Employment
    rank: str
    position: str
    unit_id: int | None
    unit: str  # short name, or the full name when there is none
    unit_name: str
    sex: str | None
    phone: str
    status: RegistrationStatus
    registration_id: int | None
    checked_in_at: datetime | None

    @property
    def nip_display(self) -> str:
        return format_nip(self.nip) if self.nip else ""


@dataclass(frozen=True, slots=True)
class RosterCounts:
    people: int  # everybody in the database
    registered: int  # registered to the event
    checked_in: int


@lru_cache(maxsize=32)
def _has_fts(engine: Engine) -> bool:
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'person_fts'"
        )
        return found.first() is not None


def search_terms(typed: str) -> list[str]:
    """The words of a query; a NIP typed with spaces (``19680411 199303``) is one digit term."""
    stripped = typed.strip()
    if stripped and re.fullmatch(r"[\d\s.\-]+", stripped):
        return [clean_nip(stripped)]
    terms: list[str] = []
    for word in stripped.split():
        word = word.strip(",.;:()\"'")
        if word:
            terms.append(word.lower())
    return terms


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_any(term: str) -> ColumnElement[bool]:
    pattern = _like(term)
    key = _like(name_key(term) or term)
    return or_(
        Person.name.ilike(pattern, escape="\\"),
        Person.name_key.like(key, escape="\\"),
        Person.nip.like(pattern, escape="\\"),
        Unit.name.ilike(pattern, escape="\\"),
        Unit.short_name.ilike(pattern, escape="\\"),
    )


def _prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (LIKE 'x%' would scan on SQLite)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _starts_with(term: str) -> ColumnElement[bool]:
    key = name_key(term) or term
    return or_(_prefix_range(Person.name_key, key), _prefix_range(Person.nip, term))


def _text_filter(db: Database, terms: Sequence[str]) -> list[ColumnElement[bool]]:
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if not _has_fts(db.engine):
        return [_like_any(t) for t in terms]
    if not long_terms:
        # One or two letters: too short for the trigram index, and a scan of every name per
        # keystroke is too slow at 100,000 people. Match the start of the name (or NIP) instead.
        return [_starts_with(t) for t in terms]
    # Each long term as a phrase, all required: the trigram index finds the substrings.
    match = " AND ".join(_fts_phrase(t) for t in long_terms)
    fts_ids = (
        select(literal_column("rowid"))
        .select_from(text("person_fts"))
        .where(text("person_fts MATCH :fts_query").bindparams(fts_query=match))
    )
    return [Person.id.in_(fts_ids), *(_like_any(t) for t in terms if len(t) < TRIGRAM)]


def _status_column() -> ColumnElement[int]:
    return case((Registration.id.is_(None), 0), (Registration.checked_in_at.is_(None), 1), else_=2)


def _sort_columns(key: SortKey) -> list[ColumnElement[object]]:
    columns: dict[SortKey, list[ColumnElement[object]]] = {
        SortKey.NAME: [Person.name_key],
        SortKey.NIP: [func.coalesce(Person.nip, "~")],
        SortKey.EMPLOYMENT: [Person.employment, Person.name_key],
        SortKey.RANK: [func.lower(Person.rank), Person.name_key],
        SortKey.POSITION: [func.lower(Person.position), Person.name_key],
        SortKey.UNIT: [
            func.lower(func.coalesce(func.nullif(Unit.short_name, ""), Unit.name, "~")),
            Person.name_key,
        ],
        SortKey.STATUS: [_status_column(), Person.name_key],
    }
    return columns[key]


def _base(event_id: int | None, scope: Scope) -> Select[tuple[int]]:
    query = select(Person.id).outerjoin(Unit, Unit.id == Person.unit_id)
    if event_id is None:
        if scope is not Scope.ALL:
            return query.where(text("0 = 1"))
        return query.outerjoin(Registration, text("0 = 1"))
    on = and_(Registration.person_id == Person.id, Registration.event_id == event_id)
    if scope is Scope.ALL:
        return query.outerjoin(Registration, on)
    query = query.join(Registration, on)
    if scope is Scope.CHECKED_IN:
        query = query.where(Registration.checked_in_at.is_not(None))
    elif scope is Scope.NOT_CHECKED_IN:
        query = query.where(Registration.checked_in_at.is_(None))
    return query


def search_ids(db: Database, event_id: int | None, query: RosterQuery) -> list[int]:
    """The ids of the people matching ``query``, in the order the table shows them."""
    statement = _base(event_id, query.scope).where(*_text_filter(db, search_terms(query.text)))
    order = [c.desc() if query.descending else c.asc() for c in _sort_columns(query.sort)]
    statement = statement.order_by(*order, Person.id)
    with db.sessions() as session:
        return list(session.scalars(statement))


def fetch_rows(db: Database, event_id: int | None, ids: Sequence[int]) -> list[PersonRow]:
    """The rows of ``ids`` in that order (ids no longer in the database are left out)."""
    found: dict[int, PersonRow] = {}
    on = and_(Registration.person_id == Person.id, Registration.event_id == (event_id or -1))
    with db.sessions() as session:
        for start in range(0, len(ids), FETCH_CHUNK):
            chunk = list(ids[start : start + FETCH_CHUNK])
            statement = (
                select(Person, Unit.short_name, Unit.name, Registration.id, Registration.checked_in_at)
                .outerjoin(Unit, Unit.id == Person.unit_id)
                .outerjoin(Registration, on)
                .where(Person.id.in_(chunk))
            )
            for person, short, unit_name, registration_id, checked_in_at in session.execute(statement):
                if registration_id is None:
                    status = RegistrationStatus.NOT_REGISTERED
                elif checked_in_at is None:
                    status = RegistrationStatus.REGISTERED
                else:
                    status = RegistrationStatus.CHECKED_IN
                found[person.id] = PersonRow(
                    id=person.id,
                    name=person.name,
                    nip=person.nip,
                    employment=person.employment,
                    rank=person.rank,
                    position=person.position,
                    unit_id=person.unit_id,
                    unit=short or unit_name or "",
                    unit_name=unit_name or "",
                    sex=person.sex,
                    phone=person.phone,
                    status=status,
                    registration_id=registration_id,
                    checked_in_at=checked_in_at,
                )
    return [found[i] for i in ids if i in found]


def roster_counts(db: Database, event_id: int | None) -> RosterCounts:
    with db.sessions() as session:
        people = session.scalar(select(func.count(Person.id))) or 0
        if event_id is None:
            return RosterCounts(people, 0, 0)
        registered, checked_in = session.execute(
            select(func.count(Registration.id), func.count(Registration.checked_in_at)).where(
                Registration.event_id == event_id
            )
        ).one()
    return RosterCounts(people, registered or 0, checked_in or 0)
