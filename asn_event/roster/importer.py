"""Importing checked roster rows into the database: preview first, then short transactions.

:func:`plan_import` tells, without writing, how many rows are new, updated, unchanged and invalid,
and which unit names are unknown. :func:`commit_import` computes the same plan again from a read
snapshot (no write lock) and writes it in batches of :data:`WRITE_BATCH` rows: people, the units
the user agreed to create, and their registrations to the event. Up to one batch the import is
all or nothing; a cancel is honoured until the first batch commits. A person is matched by NIP, else by name key and unit, so importing the same file twice
changes nothing the second time.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from asn_event.clock import Clock, to_wib
from asn_event.db import Database
from asn_event.db.errors import NotFound, Refused
from asn_event.db.locks import Turn, take_turn
from asn_event.db.models import Event, Person, Registration, RegistrationSource, Unit
from asn_event.domain.notes import Note
from asn_event.progress import Cancelled, Progress
from asn_event.roster.headers import ColumnMapping
from asn_event.roster.people import known_units
from asn_event.roster.reader import read_roster_file
from asn_event.roster.rows import ParsedRoster, RosterRow, RowError, RowProblem, parse_roster
from asn_event.roster.units import KnownUnit, UnitMatcher, UnitMatchKind, normalize_unit

CHUNK = 500
_FIELDS = ("name", "nip", "employment", "rank", "position", "unit_id", "sex", "phone")
FIELD_WORDS = {
    "name": "nama", "nip": "NIP", "employment": "status", "rank": "pangkat", "position": "jabatan",
    "unit_id": "unit", "sex": "jenis kelamin", "phone": "no. HP",
}  # fmt: skip


class Outcome(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class UnitProposal:
    """A unit name no known unit matches: created only if the user agrees."""

    text: str
    rows: int
    suggestion: KnownUnit | None = None


@dataclass(frozen=True, slots=True)
class PlannedRow:
    sheet: str
    row: int
    name: str
    nip: str | None
    unit: str
    outcome: Outcome
    changes: tuple[str, ...] = ()  # what an update changes, in words
    registers: bool = False  # a registration to the event is created


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    invalid: int
    registered: int  # new registrations to the event
    errors: tuple[RowError, ...]
    new_units: tuple[UnitProposal, ...]
    notes: tuple[Note, ...]  # worded by asn_event.words.note_text
    rows: tuple[PlannedRow, ...] = field(default=(), repr=False)
    committed: bool = False

    @property
    def valid(self) -> int:
        return self.added + self.updated + self.unchanged

    def to_json(self) -> dict[str, Any]:
        """The ``asn-event import --json`` object."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "invalid": self.invalid,
            "errors": [e.to_json() for e in self.errors],
        }


@dataclass(slots=True)
class _Stored:
    id: int
    values: dict[str, Any]


@dataclass(slots=True)
class _Plan:
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    inserts: list[dict[str, Any]] = field(default_factory=list)
    insert_units: list[str | None] = field(default_factory=list)  # pending new-unit key per insert
    updates: list[dict[str, Any]] = field(default_factory=list)
    update_units: list[str | None] = field(default_factory=list)
    register_ids: list[int] = field(default_factory=list)
    proposals: dict[str, UnitProposal] = field(default_factory=dict)


def read_roster(
    path: str | Path,
    sheet: str | None = None,
    mappings: dict[str, ColumnMapping] | None = None,
    clock: Clock | None = None,
    progress: Progress | None = None,
) -> ParsedRoster:
    """Read and check a file (raises ``RosterFileError`` when it cannot be read at all)."""
    today = to_wib(clock.now()).date() if clock is not None else None
    return parse_roster(read_roster_file(path, sheet, progress), mappings, today, progress)


def _chunks(values: Sequence[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def _load_people(
    session: Session, rows: Sequence[RosterRow]
) -> tuple[dict[str, _Stored], dict[str, list[_Stored]]]:
    columns = [Person.id, *(getattr(Person, f) for f in _FIELDS), Person.name_key]
    by_nip: dict[str, _Stored] = {}
    by_key: dict[str, list[_Stored]] = {}
    nips = sorted({r.nip for r in rows if r.nip})
    keys = sorted({r.name_key for r in rows})
    seen: dict[int, _Stored] = {}
    for column, values in ((Person.nip, nips), (Person.name_key, keys)):
        for chunk in _chunks(values):
            for record in session.execute(select(*columns).where(column.in_(chunk))):
                stored = seen.get(record.id)
                if stored is None:
                    stored = seen[record.id] = _Stored(record.id, {f: getattr(record, f) for f in _FIELDS})
                    if record.nip:
                        by_nip[record.nip] = stored
                    by_key.setdefault(record.name_key, []).append(stored)
    return by_nip, by_key


def _match(
    row: RosterRow, unit_id: int | None, by_nip: dict[str, _Stored], by_key: dict[str, list[_Stored]]
) -> _Stored | None:
    if row.nip and row.nip in by_nip:
        return by_nip[row.nip]
    candidates = [s for s in by_key.get(row.name_key, []) if not (row.nip and s.values["nip"])]
    same_unit = [s for s in candidates if s.values["unit_id"] == unit_id]
    if same_unit:
        return same_unit[0]
    # Stored without a unit (an earlier import did not know it): the one person of that name.
    without_unit = [s for s in candidates if s.values["unit_id"] is None]
    return without_unit[0] if unit_id is not None and len(without_unit) == 1 else None


def _new_values(row: RosterRow, unit_id: int | None, stored: _Stored | None) -> dict[str, Any]:
    old = stored.values if stored else {}
    return {
        "name": row.name,
        "nip": row.nip or old.get("nip"),
        "employment": row.employment if (row.nip or not stored) else old["employment"],
        "rank": row.rank or old.get("rank", ""),
        "position": row.position or old.get("position", ""),
        "unit_id": unit_id if unit_id is not None else old.get("unit_id"),
        "sex": row.sex or old.get("sex"),
        "phone": row.phone or old.get("phone", ""),
    }


def _plan(
    session: Session, event_id: int, parsed: ParsedRoster, create_units: bool, progress: Progress
) -> _Plan:
    if session.get(Event, event_id) is None:
        raise NotFound("event", id=event_id)
    matcher = UnitMatcher(known_units(session))
    by_nip, by_key = _load_people(session, parsed.rows)
    registered = set()
    plan = _Plan()
    matched_by: dict[int, RosterRow] = {}
    resolved: list[tuple[RosterRow, int | None, str | None, _Stored | None]] = []
    for index, row in enumerate(parsed.rows):
        if index % 2000 == 0:
            progress.report(index, len(parsed.rows), "matching_rows", count=index)
        found = matcher.match(row.unit) if row.unit else matcher.match(row.sheet)
        if not row.unit and not found.matched:
            found = matcher.match("")
        unit_id = found.unit.id if found.unit else None
        pending: str | None = None
        if found.kind is UnitMatchKind.NEW:
            key = normalize_unit(found.text) or found.text
            old = plan.proposals.get(key)
            plan.proposals[key] = UnitProposal(found.text, (old.rows if old else 0) + 1, found.suggestion)
            pending = key if create_units else None
        stored = _match(row, unit_id, by_nip, by_key)
        if stored is not None:
            first = matched_by.setdefault(stored.id, row)
            if first is not row:
                same = {"name": row.name, "first_sheet": first.sheet, "first_row": first.row}
                plan.errors.append(RowError(row.sheet, row.row, RowProblem.SAME_PERSON, same))
                continue
        resolved.append((row, unit_id, pending, stored))

    matched_ids = [s.id for _, _, _, s in resolved if s is not None]
    for chunk in _chunks(matched_ids):
        registered.update(
            session.scalars(
                select(Registration.person_id).where(
                    Registration.event_id == event_id, Registration.person_id.in_(chunk)
                )
            )
        )
    for row, unit_id, pending, stored in resolved:
        values = _new_values(row, unit_id, stored)
        if stored is None:
            plan.inserts.append({**values, "name_key": row.name_key})
            plan.insert_units.append(pending)
            plan.rows.append(
                PlannedRow(row.sheet, row.row, row.name, row.nip, row.unit, Outcome.NEW, (), True)
            )
            continue
        changed = [f for f in _FIELDS if values[f] != stored.values[f]]
        if pending is not None:
            changed.append("unit_id")
        registers = stored.id not in registered
        if registers:
            plan.register_ids.append(stored.id)
            registered.add(stored.id)
        if changed:
            plan.updates.append({"id": stored.id, **values, "name_key": row.name_key})
            plan.update_units.append(pending)
        outcome = Outcome.UPDATED if changed else Outcome.UNCHANGED
        words = tuple(dict.fromkeys(FIELD_WORDS[f] for f in changed))
        plan.rows.append(
            PlannedRow(row.sheet, row.row, row.name, row.nip, row.unit, outcome, words, registers)
        )
    return plan


def insert_people(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert people with Core in batches, returning their new ids in the order of ``rows``.

    One executemany per batch, the same columns in every row, so the cost is linear in the rows
    (the ORM's ``insert(Person).returning(...)`` splits rows into groups by which values are None
    and splices every group's result onto all earlier rows: quadratic at 100,000 people).

    On SQLite the transaction holds the write lock (BEGIN IMMEDIATE), so a plain executemany gives
    the rows the ids after the current largest, in order: several times faster than RETURNING.
    Other backends use Core RETURNING with the parameter order kept (one statement per batch).
    """
    table = Person.__table__
    ids: list[int] = []
    sqlite = session.get_bind().dialect.name == "sqlite"
    for start in range(0, len(rows), CHUNK * 4):
        batch = list(rows[start : start + CHUNK * 4])
        if not sqlite:
            returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids.extend(session.execute(returning, batch).scalars())
            continue
        before = session.scalar(select(func.max(Person.id))) or 0
        session.execute(insert(table), batch)
        new = list(session.scalars(select(Person.id).where(Person.id > before).order_by(Person.id)))
        if len(new) != len(batch):  # someone else wrote meanwhile: cannot happen under the write lock
            raise Refused("import_changed_meanwhile")
        ids.extend(new)
    return ids


def _result(plan: _Plan, parsed: ParsedRoster, committed: bool) -> ImportResult:
    errors = sorted([*parsed.errors, *plan.errors], key=lambda e: (e.sheet, e.row))
    counts = {o: 0 for o in Outcome}
    for planned in plan.rows:
        counts[planned.outcome] += 1
    return ImportResult(
        added=counts[Outcome.NEW],
        updated=counts[Outcome.UPDATED],
        unchanged=counts[Outcome.UNCHANGED],
        invalid=len(errors),
        registered=sum(1 for r in plan.rows if r.registers),
        errors=tuple(errors),
        new_units=tuple(sorted(plan.proposals.values(), key=lambda p: p.text.lower())),
        notes=parsed.notes,
        rows=tuple(plan.rows),
        committed=committed,
    )


def plan_import(
    db: Database,
    event_id: int,
    parsed: ParsedRoster,
    *,
    create_units: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """The preview: what :func:`commit_import` would do. Writes nothing."""
    with db.readers() as session:
        plan = _plan(session, event_id, parsed, create_units, progress or Progress())
    return _result(plan, parsed, committed=False)


def _roster_state(session: Session, event_id: int) -> tuple[Any, ...]:
    """What a plan depends on: changes when a person, a unit or a registration of the event is
    added or a person is changed (cheap: a few aggregate reads)."""
    people = session.execute(select(func.count(Person.id), func.max(Person.id), func.max(Person.updated_at))).one()
    units = session.execute(select(func.count(Unit.id), func.max(Unit.id))).one()
    registered = session.scalar(select(func.count(Registration.id)).where(Registration.event_id == event_id))
    return (*people, *units, registered)


WRITE_BATCH = 1000  # rows per write transaction: one batch is what a scanning desk may wait for


def _write_batches(plan: _Plan) -> list[Callable[[Session, int, datetime], None]]:
    """The plan's writes cut into batches; each registers the people it inserts."""
    batches: list[Callable[[Session, int, datetime], None]] = []

    def registrations(event_id: int, ids: Iterable[int], now: datetime) -> list[dict[str, Any]]:
        return [
            {"event_id": event_id, "person_id": pid, "source": RegistrationSource.ROSTER, "registered_at": now}
            for pid in ids
        ]

    def inserting(rows: list[dict[str, Any]]) -> Callable[[Session, int, datetime], None]:
        def run(session: Session, event_id: int, now: datetime) -> None:
            new_ids = insert_people(session, rows)
            session.execute(insert(Registration.__table__), registrations(event_id, new_ids, now))

        return run

    def updating(rows: list[dict[str, Any]]) -> Callable[[Session, int, datetime], None]:
        return lambda session, event_id, now: session.execute(update(Person), rows)

    def registering(ids: list[int]) -> Callable[[Session, int, datetime], None]:
        return lambda session, event_id, now: session.execute(
            insert(Registration.__table__), registrations(event_id, ids, now)
        )

    for start in range(0, len(plan.inserts), WRITE_BATCH):
        batches.append(inserting(plan.inserts[start : start + WRITE_BATCH]))
    for start in range(0, len(plan.updates), WRITE_BATCH):
        batches.append(updating(plan.updates[start : start + WRITE_BATCH]))
    for start in range(0, len(plan.register_ids), WRITE_BATCH):
        batches.append(registering(plan.register_ids[start : start + WRITE_BATCH]))
    if len(plan.inserts) + len(plan.updates) + len(plan.register_ids) <= WRITE_BATCH and len(batches) > 1:
        parts = list(batches)  # a small import: one transaction, all or nothing

        def everything(session: Session, event_id: int, now: datetime) -> None:
            for part in parts:
                part(session, event_id, now)

        batches = [everything]
    return batches


def commit_import(
    db: Database,
    clock: Clock,
    event_id: int,
    parsed: ParsedRoster,
    *,
    create_units: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the valid rows in one transaction (a cancel before the end writes nothing).

    The plan (reading every matching person, matching units) is made first from a read snapshot,
    which never holds the write lock: desks keep scanning meanwhile. The write transaction then
    only checks that people, units and registrations are as planned (else plans again, under the
    lock) and writes.
    """
    progress = progress or Progress()
    now = clock.now()
    with db.readers() as session:
        plan = _plan(session, event_id, parsed, create_units, progress)
        planned_on = _roster_state(session, event_id)
    if progress.cancelled:
        raise Cancelled()
    with db.sessions() as session, session.begin():
        # A second desk importing at the same time waits, then plans against what this one stored.
        take_turn(session, Turn.ROSTER_IMPORT)
        if _roster_state(session, event_id) != planned_on:
            plan = _plan(session, event_id, parsed, create_units, progress)
        unit_ids: dict[str, int] = {}
        for key, proposal in plan.proposals.items():
            if create_units:
                unit = Unit(name=proposal.text, short_name="", aliases=[])
                session.add(unit)
                session.flush()
                unit_ids[key] = unit.id
        for values, pending in zip(plan.inserts, plan.insert_units, strict=True):
            if pending is not None:
                values["unit_id"] = unit_ids[pending]
            values["created_at"] = values["updated_at"] = now
        for values, pending in zip(plan.updates, plan.update_units, strict=True):
            if pending is not None:
                values["unit_id"] = unit_ids[pending]
            values["updated_at"] = now
        batches = _write_batches(plan)
        total = len(batches)
        if batches:
            batches[0](session, event_id, now)
        progress.report(1, max(total, 1), "finishing" if total <= 1 else "saving_people")
        if progress.cancelled:  # the last moment to stop: nothing is kept
            raise Cancelled()
    # The rest in short transactions of WRITE_BATCH rows: desks scanning meanwhile wait for one
    # batch at most. From here on the import is not cancelled (the dialog's "nothing changed"
    # stays true); were it cut off by a crash, importing the same file again completes it.
    for number, batch in enumerate(batches[1:], start=2):
        with db.sessions() as session, session.begin():
            take_turn(session, Turn.ROSTER_IMPORT)
            batch(session, event_id, now)
        progress.tell(number, total, "saving_people")
    return _result(plan, parsed, committed=True)


def import_file(
    db: Database,
    clock: Clock,
    path: str | Path,
    event_id: int,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    create_units: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, check and (unless ``dry_run``) import a file: what the command line does."""
    parsed = read_roster(path, sheet, clock=clock, progress=progress)
    if dry_run:
        return plan_import(db, event_id, parsed, create_units=create_units, progress=progress)
    return commit_import(db, clock, event_id, parsed, create_units=create_units, progress=progress)
