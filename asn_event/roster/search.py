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
from asn_event.text_limits import clean

FETCH_CHUNK = 500
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 10
_LAST_CHAR = chr(0x10FFFF)
TRIGRAM = 3
# Above this many index matches a limited search walks the name index instead of sorting them all.
DENSE_MATCHES = 1500


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
        return format_nip(self.nip)


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
    """The words of a query; a NIP typed with spaces (``19680411 199303``) is one digit term.

    Whatever is typed is a query, never an error: control characters are dropped, a query of
    only dashes or dots finds everybody, and the query is cut to a sane size.
    """
    stripped = clean(typed)[:MAX_QUERY_CHARS]
    if stripped and re.fullmatch(r"[0-9\s.\-]+", stripped):
        digits = clean_nip(stripped)
        return [digits] if digits else []
    terms: list[str] = []
    for word in stripped.split():
        word = word.strip(",.;:()\"'")
        if word:
            terms.append(word.lower())
    return terms[:MAX_QUERY_TERMS]


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
    head = prefix.rstrip(_LAST_CHAR)
    if not head:  # nothing sorts after U+10FFFF: every value from the prefix on
        return column >= prefix
    upper = head[:-1] + chr(ord(head[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _starts_with(term: str) -> ColumnElement[bool]:
    if term.isdigit():
        # Not the NIP index: "19" starts nearly every NIP, and sorting them all by name is slow;
        # tested row by row along the name index, the first page fills at once.
        return func.substr(Person.nip, 1, len(term)) == term
    return _prefix_range(Person.name_key, name_key(term) or term)


def _text_filter(db: Database, terms: Sequence[str], ordered_scan: bool = False) -> list[ColumnElement[bool]]:
    """The WHERE conditions for ``terms``.

    ``ordered_scan``: many people match, and only the first page in name order is wanted; the
    query then walks the name index and stops at the limit instead of sorting every match.
    """
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if not _has_fts(db.engine):
        return [_like_any(t) for t in terms]
    if not long_terms:
        # One or two letters: too short for the trigram index, and a scan of every name per
        # keystroke is too slow at 100,000 people. Match the start of the name (or NIP) instead.
        return [_starts_with(t) for t in terms]
    fts_ids = select(literal_column("rowid")).select_from(text("person_fts")).where(_fts_match(long_terms))
    # Many matches: "id + 0" keeps SQLite from driving the query by them (collecting and sorting
    # tens of thousands); it walks the name index instead and stops when the page is full.
    driver = (Person.id + 0) if ordered_scan else Person.id
    return [driver.in_(fts_ids), *(_like_any(t) for t in terms if len(t) < TRIGRAM)]


def _fts_match(long_terms: Sequence[str]) -> ColumnElement[bool]:
    # Each long term as a phrase, all required: the trigram index finds the substrings.
    match = " AND ".join(_fts_phrase(t) for t in long_terms)
    return text("person_fts MATCH :fts_query").bindparams(fts_query=match)  # type: ignore[return-value]


def _many_matches(db: Database, terms: Sequence[str]) -> bool:
    """More than :data:`DENSE_MATCHES` people match the long terms (counting stops there)."""
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if not long_terms or not _has_fts(db.engine):
        return False
    with db.readers() as session:
        first = (
            select(literal_column("rowid"))
            .select_from(text("person_fts"))
            .where(_fts_match(long_terms))
            .limit(DENSE_MATCHES + 1)
            .subquery()
        )
        return (session.scalar(select(func.count()).select_from(first)) or 0) > DENSE_MATCHES


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


def _base(event_id: int | None, query: RosterQuery, with_unit: bool) -> Select[tuple[int]]:
    """People in the scope. The registration is tested with EXISTS (or a LEFT JOIN when its
    columns are needed to sort), so ``person`` stays the table SQLite walks: by the name index
    for the name order, or by the search matches."""
    statement = select(Person.id)
    if with_unit:
        statement = statement.outerjoin(Unit, Unit.id == Person.unit_id)
    scope = query.scope
    if event_id is None:
        if scope is not Scope.ALL:
            return statement.where(text("0 = 1"))
        return statement.outerjoin(Registration, text("0 = 1"))
    on = and_(Registration.person_id == Person.id, Registration.event_id == event_id)
    checked: ColumnElement[bool] | None = None
    if scope is Scope.CHECKED_IN:
        checked = Registration.checked_in_at.is_not(None)
    elif scope is Scope.NOT_CHECKED_IN:
        checked = Registration.checked_in_at.is_(None)
    if scope is Scope.ALL or query.sort is SortKey.STATUS:
        statement = statement.outerjoin(Registration, on)
        if scope is not Scope.ALL:
            statement = statement.where(Registration.id.is_not(None))
        return statement.where(checked) if checked is not None else statement
    registered = select(Registration.id).where(on)
    if checked is not None:
        registered = registered.where(checked)
    return statement.where(registered.exists())


def search_ids(db: Database, event_id: int | None, query: RosterQuery, limit: int | None = None) -> list[int]:
    """The ids of the people matching ``query``, in the order the table shows them.

    With ``limit`` only the first ``limit`` ids (search as you type shows the first page and asks
    for more letters when there are more).
    """
    terms = search_terms(query.text)
    ordered_scan = limit is not None and query.sort is SortKey.NAME and _many_matches(db, terms)
    # The unit is joined only where a LIKE on its name or the unit order needs it.
    short = any(len(t) < TRIGRAM for t in terms)
    with_unit = query.sort is SortKey.UNIT or (
        bool(terms) and (not _has_fts(db.engine) or short or ordered_scan)
    )
    statement = _base(event_id, query, with_unit).where(*_text_filter(db, terms, ordered_scan))
    order = [c.desc() if query.descending else c.asc() for c in _sort_columns(query.sort)]
    statement = statement.order_by(*order, Person.id)
    if limit is not None:
        statement = statement.limit(limit)
    with db.readers() as session:
        return list(session.scalars(statement))


def fetch_rows(db: Database, event_id: int | None, ids: Sequence[int]) -> list[PersonRow]:
    """The rows of ``ids`` in that order (ids no longer in the database are left out)."""
    found: dict[int, PersonRow] = {}
    on = and_(Registration.person_id == Person.id, Registration.event_id == (event_id or -1))
    with db.readers() as session:
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
    with db.readers() as session:
        people = session.scalar(select(func.count(Person.id))) or 0
        if event_id is None:
            return RosterCounts(people, 0, 0)
        registered, checked_in = session.execute(
            select(func.count(Registration.id), func.count(Registration.checked_in_at)).where(
                Registration.event_id == event_id
            )
        ).one()
    return RosterCounts(people, registered or 0, checked_in or 0)
