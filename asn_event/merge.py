"""Two laptops' copies of one event merged after the event, without Qt.

The hall had no network, so each desk checked people in on its own copy of the database. Afterwards
``merge_from`` brings into this database, for every event present in both (matched by event code,
and the same invitation secret, so the same invitation codes), what the other copy has and this one
lacks:

- people registered there (walk-ins above all), matched by NIP, else by name and unit: never twice;
- check-ins: the earliest time wins, with the desk and staff that made it;
- the scan log, signatures, feedback responses (one per person and form, as the form's rule says)
  and certificate print counts.

Certificate numbers are issued on one laptop only: numbers found only in the other copy are not
brought in, and the report says so. Merging the same file twice changes nothing the second time.
The whole merge is one transaction: it is all in, or nothing is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from asn_event.db import Database
from asn_event.db.backup import inspect_copy, sqlite_uri
from asn_event.db.errors import DatabaseError
from asn_event.db.models import (
    Answer,
    Certificate,
    Event,
    FeedbackForm,
    OfficeKey,
    Person,
    Registration,
    RegistrationSource,
    Response,
    ScanLog,
    Unit,
)
from asn_event.domain.notes import Note
from asn_event.formatting import clock_time


class MergeRefused(DatabaseError):
    """The other file cannot be merged (another office, not readable): nothing was changed."""


@dataclass
class MergeReport:
    events: list[str] = field(default_factory=list)  # event codes merged
    checkins_added: int = 0
    checkins_earlier: int = 0
    walk_ins_added: int = 0
    registrations_added: int = 0
    scans_added: int = 0
    signatures_added: int = 0
    responses_added: int = 0
    prints_updated: int = 0
    conflicts: list[Note] = field(default_factory=list)  # worded by asn_event.words.note_text

    @property
    def changed(self) -> bool:
        return any(
            (
                self.checkins_added,
                self.checkins_earlier,
                self.registrations_added,
                self.scans_added,
                self.signatures_added,
                self.responses_added,
                self.prints_updated,
            )
        )


def _other_sessions(path: Path) -> Session:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(sqlite_uri(path), uri=True, check_same_thread=False),
    )
    return Session(engine)


def merge_from(db: Database, other: Path) -> MergeReport:
    """Bring the other laptop's check-ins, walk-ins, scans, signatures and responses into ``db``."""
    try:
        inspect_copy(other)
    except DatabaseError as exc:
        raise MergeRefused("merge_unreadable", path=str(other), problem=exc) from exc
    if db.is_sqlite and db.url.database and Path(db.url.database).resolve() == other.resolve():
        raise MergeRefused("merge_same_file")
    report = MergeReport()
    theirs = _other_sessions(other)
    try:
        with db.sessions() as ours, ours.begin():
            _check_office(ours, theirs, other)
            their_events = {e.code: e for e in theirs.scalars(select(Event))}
            our_events = {e.code: e for e in ours.scalars(select(Event))}
            for code, their_event in sorted(their_events.items()):
                our_event = our_events.get(code)
                if our_event is None:
                    report.conflicts.append(
                        Note("merge_event_only_there", {"code": code, "title": their_event.title})
                    )
                    continue
                if bytes(our_event.secret) != bytes(their_event.secret):
                    report.conflicts.append(Note("merge_event_separate", {"code": code}))
                    continue
                _merge_event(ours, theirs, our_event, their_event, report)
                report.events.append(code)
    finally:
        bind = theirs.get_bind()
        theirs.close()
        bind.dispose()  # type: ignore[union-attr]
    return report


def _check_office(ours: Session, theirs: Session, other: Path) -> None:
    our_keys = {bytes(k) for k in ours.scalars(select(OfficeKey.public_key))}
    their_keys = {bytes(k) for k in theirs.scalars(select(OfficeKey.public_key))}
    if our_keys and their_keys and not our_keys & their_keys:
        raise MergeRefused("merge_other_office", path=str(other))


class _People:
    """Their person id -> our person id: by NIP, else by name (without titles) and unit name."""

    def __init__(self, ours: Session, theirs: Session, report: MergeReport) -> None:
        self.ours, self.theirs, self.report = ours, theirs, report
        self.units = {u.name.casefold(): u.id for u in ours.scalars(select(Unit))}
        self.their_units = {u.id: u for u in theirs.scalars(select(Unit))}
        self.cache: dict[int, int] = {}
        self.by_nip: dict[str, int] = {}
        self.by_name: dict[tuple[str, int | None], int] = {}  # people without a NIP
        for pid, nip, key, unit_id in ours.execute(
            select(Person.id, Person.nip, Person.name_key, Person.unit_id).order_by(Person.id)
        ):
            if nip:
                self.by_nip[nip] = pid
            else:
                self.by_name.setdefault((key, unit_id), pid)

    def unit_id(self, their_unit_id: int | None) -> int | None:
        unit = self.their_units.get(their_unit_id) if their_unit_id is not None else None
        if unit is None:
            return None
        found = self.units.get(unit.name.casefold())
        if found is None:
            new = Unit(name=unit.name, short_name=unit.short_name, aliases=list(unit.aliases or []))
            self.ours.add(new)
            self.ours.flush()
            found = self.units[unit.name.casefold()] = new.id
        return found

    def find(self, person: Person) -> int | None:
        if person.id in self.cache:
            return self.cache[person.id]
        found = self.by_nip.get(person.nip) if person.nip else None
        if found is None:
            # A walk-in typed without a NIP on one laptop is the same name in the same unit here.
            found = self.by_name.get((person.name_key, self.unit_id(person.unit_id)))
        if found is not None:
            self.cache[person.id] = found
        return found

    def add(self, person: Person) -> int:
        new = Person(
            name=person.name,
            name_key=person.name_key,
            nip=person.nip,
            employment=person.employment,
            rank=person.rank,
            position=person.position,
            unit_id=self.unit_id(person.unit_id),
            sex=person.sex,
            phone=person.phone,
            created_at=person.created_at,
            updated_at=person.updated_at,
        )
        self.ours.add(new)
        self.ours.flush()
        self.cache[person.id] = new.id
        if new.nip:
            self.by_nip[new.nip] = new.id
        else:
            self.by_name[(new.name_key, new.unit_id)] = new.id
        return new.id


def _when(value: datetime | None) -> str:
    return clock_time(value) if value is not None else "-"


def _merge_event(ours: Session, theirs: Session, our_event: Event, their_event: Event, report: MergeReport) -> None:
    people = _People(ours, theirs, report)
    our_regs = {r.person_id: r for r in ours.scalars(select(Registration).where(Registration.event_id == our_event.id))}
    reg_map: dict[int, Registration] = {}
    their_regs = theirs.scalars(
        select(Registration).where(Registration.event_id == their_event.id).order_by(Registration.id)
    ).all()
    their_people = {
        p.id: p
        for p in theirs.scalars(
            select(Person).join(Registration, Registration.person_id == Person.id).where(
                Registration.event_id == their_event.id
            )
        )
    }
    for theirs_reg in their_regs:
        person = their_people[theirs_reg.person_id]
        person_id = people.find(person)
        if person_id is None:
            person_id = people.add(person)
        reg = our_regs.get(person_id)
        if reg is None:
            reg = Registration(
                event_id=our_event.id,
                person_id=person_id,
                source=theirs_reg.source,
                registered_at=theirs_reg.registered_at,
                signature_skipped=False,
            )
            ours.add(reg)
            ours.flush()
            our_regs[person_id] = reg
            report.registrations_added += 1
            if theirs_reg.source is RegistrationSource.WALK_IN:
                report.walk_ins_added += 1
        reg_map[theirs_reg.id] = reg
        _merge_checkin(reg, theirs_reg, person.name, report)
        if reg.signature is None and theirs_reg.signature is not None:
            reg.signature = theirs_reg.signature
            reg.signature_skipped = False
            report.signatures_added += 1
        if theirs_reg.feedback_done_at is not None and (
            reg.feedback_done_at is None or theirs_reg.feedback_done_at < reg.feedback_done_at
        ):
            reg.feedback_done_at = theirs_reg.feedback_done_at
    ours.flush()
    _merge_scans(ours, theirs, our_event.id, their_event.id, reg_map, report)
    _merge_responses(ours, theirs, our_event.id, their_event.id, reg_map, people, report)
    _merge_certificates(ours, theirs, our_event, their_event.id, reg_map, report)


def _merge_checkin(reg: Registration, theirs_reg: Registration, name: str, report: MergeReport) -> None:
    theirs_at = theirs_reg.checked_in_at
    if theirs_at is None:
        return
    if reg.checked_in_at is None:
        reg.checked_in_at, reg.checkin_desk, reg.checkin_staff = theirs_at, theirs_reg.checkin_desk, theirs_reg.checkin_staff
        report.checkins_added += 1
        return
    if reg.checked_in_at == theirs_at:
        return
    report.conflicts.append(
        Note(
            "merge_checkin_both",
            {
                "name": name,
                "ours": f"{_when(reg.checked_in_at)} {reg.checkin_desk or ''}",
                "theirs": f"{_when(theirs_at)} {theirs_reg.checkin_desk or ''}",
            },
        )
    )
    if theirs_at < reg.checked_in_at:
        reg.checked_in_at, reg.checkin_desk, reg.checkin_staff = theirs_at, theirs_reg.checkin_desk, theirs_reg.checkin_staff
        report.checkins_earlier += 1


def _scan_key(row: ScanLog, registration_id: int | None) -> tuple[Any, ...]:
    return (row.at, row.status, row.raw, row.desk, row.staff, row.detail, registration_id)


def _merge_scans(
    ours: Session, theirs: Session, our_event_id: int, their_event_id: int, reg_map: dict[int, Registration], report: MergeReport
) -> None:
    seen = {
        _scan_key(row, row.registration_id) for row in ours.scalars(select(ScanLog).where(ScanLog.event_id == our_event_id))
    }
    for row in theirs.scalars(select(ScanLog).where(ScanLog.event_id == their_event_id).order_by(ScanLog.id)):
        mapped = reg_map.get(row.registration_id) if row.registration_id is not None else None
        key = _scan_key(row, mapped.id if mapped is not None else None)
        if key in seen:
            continue
        seen.add(key)
        ours.add(
            ScanLog(
                event_id=our_event_id,
                registration_id=key[-1],
                at=row.at,
                status=row.status,
                raw=row.raw,
                desk=row.desk,
                staff=row.staff,
                detail=row.detail,
            )
        )
        report.scans_added += 1


def _question_keys(session: Session, form_id: int) -> dict[tuple[int, int, str], int]:
    form = session.get(FeedbackForm, form_id)
    assert form is not None
    return {
        (section.position, question.position, question.text): question.id
        for section in form.sections
        for question in section.questions
    }


def _merge_responses(
    ours: Session,
    theirs: Session,
    our_event_id: int,
    their_event_id: int,
    reg_map: dict[int, Registration],
    people: _People,
    report: MergeReport,
) -> None:
    our_forms = {f.title: f for f in ours.scalars(select(FeedbackForm).where(FeedbackForm.event_id == our_event_id))}
    for their_form in theirs.scalars(select(FeedbackForm).where(FeedbackForm.event_id == their_event_id)):
        form = our_forms.get(their_form.title)
        if form is None:
            report.conflicts.append(Note("merge_form_only_there", {"title": their_form.title}))
            continue
        our_questions = _question_keys(ours, form.id)
        their_questions = {qid: key for key, qid in _question_keys(theirs, their_form.id).items()}
        keys = set(ours.scalars(select(Response.submission_key).where(Response.form_id == form.id)))
        answered = set(ours.scalars(select(Response.registration_id).where(Response.form_id == form.id)))
        digests = set(ours.scalars(select(Response.code_digest).where(Response.form_id == form.id)))
        for response in theirs.scalars(select(Response).where(Response.form_id == their_form.id).order_by(Response.id)):
            if response.submission_key in keys:
                continue
            reg = reg_map.get(response.registration_id) if response.registration_id is not None else None
            if reg is not None and reg.id in answered:
                person = ours.get(Person, reg.person_id)
                report.conflicts.append(
                    Note("merge_feedback_both", {"name": person.name if person else reg.id})
                )
                continue
            if response.code_digest is not None and response.code_digest in digests:
                continue
            new = Response(
                form_id=form.id,
                registration_id=reg.id if reg is not None else None,
                code_digest=response.code_digest,
                submission_key=response.submission_key,
                unit_id=people.unit_id(response.unit_id),
                source=response.source,
                submitted_at=response.submitted_at,
            )
            for answer in response.answers:
                question_id = our_questions.get(their_questions.get(answer.question_id, (-1, -1, "")))
                if question_id is None:
                    continue  # a question edited on one laptop only: its answer has no place here
                new.answers.append(
                    Answer(
                        question_id=question_id,
                        value_int=answer.value_int,
                        value_text=answer.value_text,
                        value_list=answer.value_list,
                    )
                )
            ours.add(new)
            keys.add(response.submission_key)
            if reg is not None:
                answered.add(reg.id)
            if response.code_digest is not None:
                digests.add(response.code_digest)
            report.responses_added += 1


def _merge_certificates(
    ours: Session,
    theirs: Session,
    our_event: Event,
    their_event_id: int,
    reg_map: dict[int, Registration],
    report: MergeReport,
) -> None:
    ours_by_number = {c.number: c for c in ours.scalars(select(Certificate).where(Certificate.event_id == our_event.id))}
    left_out = 0
    for cert in theirs.scalars(select(Certificate).where(Certificate.event_id == their_event_id)):
        mine = ours_by_number.get(cert.number)
        reg = reg_map.get(cert.registration_id)
        if mine is None or reg is None or mine.registration_id != reg.id:
            left_out += 1
            continue
        if cert.print_count > mine.print_count:
            mine.print_count = cert.print_count
            mine.last_printed_at = cert.last_printed_at
            report.prints_updated += 1
    if left_out:
        report.conflicts.append(Note("merge_certificates_left", {"count": left_out, "code": our_event.code}))
