"""Finding people as the user types: substring search over name, NIP and unit, fast at 100,000 people.

On SQLite an FTS5 trigram index over name, name key and NIP (migration
``0003_roster_fts_without_unit``) answers each keystroke, and the few unit names are matched in
Python; other backends, or a term shorter than three letters, fall back to ``LIKE``. Up to
DENSE_MATCHES people found are handed to SQLite as candidates to sort; more are found by walking
the name index up to the page's limit. The roster table holds the
ordered ids :func:`search_ids` returns and fetches rows with :func:`fetch_rows` as they scroll
into view, so the table stays smooth however many people there are.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
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
# Above this many matches a limited search walks the name index instead of sorting them all; in a
# smaller roster fewer (the walk reads about limit x people / matches rows, the sort ~5x more per
# match: they cost the same near sqrt(55 x people)).
DENSE_MATCHES = 1500
WALK_COST_RATIO = 55
# Up to this many people of the units a word names are listed by id; more are tested row by row.
UNIT_LIST_MAX = 12_000


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


@dataclass(frozen=True, slots=True)
class _UnitGroup:
    """Units whose name contains the same long terms: their people need the other terms in their name."""

    unit_ids: list[int]
    rest: list[str]  # the long terms the unit names do not contain
    people: int  # people in these units, counting stops above UNIT_LIST_MAX


def _fts_ids(terms: Sequence[str]) -> Select[tuple[int]]:
    """The ids of the people whose name, name key or NIP contain every one of ``terms``."""
    return select(literal_column("rowid")).select_from(text("person_fts")).where(_fts_match(terms))


def _fts_match(terms: Sequence[str]) -> ColumnElement[bool]:
    # Each term as a phrase, all required: the trigram index finds the substrings.
    match = " AND ".join(_fts_phrase(t) for t in terms)
    return text("person_fts MATCH :fts_query").bindparams(  # type: ignore[return-value]
        bindparam("fts_query", match, unique=True)
    )


_UNITS = select(Unit.id, Unit.short_name, Unit.name)
_LAST_PERSON = select(func.max(Person.id))


def _unit_groups(conn: Connection, terms: Sequence[str]) -> list[_UnitGroup]:
    """The units whose short or full name contain some of ``terms``, grouped by which.

    Units are few: their names are matched here, in Python, rather than repeated in every
    person's index row (see migration ``0003_roster_fts_without_unit``). A person matches a term
    in the name or in the unit, as the index of ``0002_roster_fts`` had it.
    """
    groups: dict[tuple[str, ...], list[int]] = {}
    for uid, short, name in conn.execute(_UNITS):
        unit_text = f"{short or ''} {name or ''}".lower()
        contained = tuple(t for t in terms if t in unit_text)
        if contained:
            groups.setdefault(contained, []).append(uid)
    found = []
    for contained, unit_ids in groups.items():
        first = select(Person.id).where(Person.unit_id.in_(unit_ids)).limit(UNIT_LIST_MAX + 1).subquery()
        people = conn.execute(select(func.count()).select_from(first)).scalar() or 0
        found.append(_UnitGroup(unit_ids, [t for t in terms if t not in contained], people))
    return found


def _group_ids(group: _UnitGroup) -> Select[tuple[int]]:
    in_units = select(Person.id).where(Person.unit_id.in_(group.unit_ids))
    return in_units.where(Person.id.in_(_fts_ids(group.rest))) if group.rest else in_units


def _matching_ids(terms: Sequence[str], groups: Sequence[_UnitGroup]) -> Select[tuple[int]]:
    """The ids of everybody matching every long term: the index for names and NIPs, and the
    people of the units found (a few of the units' ids may repeat an index match)."""
    parts = [_fts_ids(terms), *(_group_ids(g) for g in groups)]
    if len(parts) == 1:
        return parts[0]
    return union_all(*parts)  # type: ignore[return-value]


def _candidates(ids: Sequence[int]) -> ColumnElement[bool]:
    """``Person.id`` among ``ids`` (a few), handed to SQLite as one JSON array: one parameter."""
    listed = func.json_each(bindparam("candidates", json.dumps(list(ids)), unique=True)).table_valued("value")
    return Person.id.in_(select(listed.c.value))


def _many_matching(
    terms: Sequence[str], groups: Sequence[_UnitGroup], walk_names: bool
) -> ColumnElement[bool]:
    """The condition for many matches.

    ``walk_names``: "+ 0" keeps SQLite from driving the query by the list of matches (collecting
    and sorting them all); it walks the name index and stops when the page is full. The units'
    people join the index's matches in one list of ids, so a row is tested without reading it
    from the table; when units hold most of the city ("din": every Dinas), the walk finds its page
    within a few rows and tests their unit instead of listing them all.
    """
    person_id = (Person.id + 0) if walk_names else Person.id
    unit_id = (Person.unit_id + 0) if walk_names else Person.unit_id
    listed = [g for g in groups if g.people <= UNIT_LIST_MAX]
    conditions = [person_id.in_(_matching_ids(terms, listed))]
    for group in groups:
        if group.people > UNIT_LIST_MAX:
            in_units = unit_id.in_(group.unit_ids)
            conditions.append(and_(in_units, person_id.in_(_fts_ids(group.rest))) if group.rest else in_units)
    return or_(*conditions) if len(conditions) > 1 else conditions[0]


def _text_filter(
    db: Database, conn: Connection, terms: Sequence[str], walk_names: bool
) -> list[ColumnElement[bool]]:
    """The WHERE conditions for ``terms``.

    Up to DENSE_MATCHES matches are fetched first and handed to SQLite as the candidates: it
    sorts those few. ``walk_names``: only the first page in name order is wanted; when more
    people match, the query walks the name index and stops at the limit instead of sorting them.
    """
    if not terms:
        return []
    if not _has_fts(db.reader):
        return [_like_any(t) for t in terms]
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if not long_terms:
        # One or two letters: too short for the trigram index, and a scan of every name per
        # keystroke is too slow at 100,000 people. Match the start of the name (or NIP) instead.
        return [_starts_with(t) for t in terms]
    short = [_like_any(t) for t in terms if len(t) < TRIGRAM]
    groups = _unit_groups(conn, long_terms)
    if all(g.people <= UNIT_LIST_MAX for g in groups):
        few = DENSE_MATCHES
        if walk_names:
            people = conn.execute(_LAST_PERSON).scalar() or 0  # about how many: the newest id
            few = min(few, math.isqrt(WALK_COST_RATIO * people))
        first = _matching_ids(long_terms, groups).subquery()
        rows = conn.execute(select(first.c[0]).limit(few + 1)).scalars().all()
        if len(rows) <= few:  # all of them (counted before removing repeats: the limit cut rows)
            return [_candidates(sorted(set(rows))), *short]
    return [_many_matching(long_terms, groups, walk_names), *short]


def _like_needs_unit(terms: Sequence[str], fts: bool) -> bool:
    """The unit is joined only where a LIKE on its name needs it."""
    if not terms:
        return False
    return not fts or any(len(t) < TRIGRAM for t in terms)


def _status_column() -> ColumnElement[int]:
    return case((Registration.id.is_(None), 0), (Registration.checked_in_at.is_(None), 1), else_=2)


@cache
def _order(key: SortKey, descending: bool) -> tuple[ColumnElement[object], ...]:
    """The ORDER BY of a sort key (built once: SQLAlchemy expressions are immutable)."""
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
    return (*(c.desc() if descending else c.asc() for c in columns[key]), Person.id)


@lru_cache(maxsize=64)
def _base(event_id: int | None, scope: Scope, sort: SortKey, with_unit: bool) -> Select[tuple[int]]:
    """People in the scope. The registration is tested with EXISTS (or a LEFT JOIN when its
    columns are needed to sort), so ``person`` stays the table SQLite walks: by the name index
    for the name order, or by the search matches."""
    statement = select(Person.id)
    if with_unit:
        statement = statement.outerjoin(Unit, Unit.id == Person.unit_id)
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
    if scope is Scope.ALL or sort is SortKey.STATUS:
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
    walk_names = limit is not None and query.sort is SortKey.NAME
    with_unit = query.sort is SortKey.UNIT or _like_needs_unit(terms, _has_fts(db.reader))
    # One read transaction (one snapshot) for the look-ups and the query; Core, not the ORM:
    # nothing here needs an identity map, and a keystroke should not pay for one.
    with db.reader.connect() as conn:
        conditions = _text_filter(db, conn, terms, walk_names)
        statement = _base(event_id, query.scope, query.sort, with_unit).where(*conditions)
        statement = statement.order_by(*_order(query.sort, query.descending))
        if limit is not None:
            statement = statement.limit(limit)
        return list(conn.execute(statement).scalars().all())


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
