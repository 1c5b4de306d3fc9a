"""What the event report (Laporan Kegiatan) says, read in one go.

Attendance and certificates are counted here. The agenda planned against actual comes from the
stage timer (:func:`asn_event.stage.service.planned_vs_actual`) and the feedback results from the
feedback capability (:func:`asn_event.feedback.responses.event_summary`), so the report shows the
same numbers as the Timer and Umpan Balik pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_event import events as event_service
from asn_event.clock import WIB, Clock
from asn_event.db import Database
from asn_event.db.models import Certificate, Person, Registration, RegistrationSource, Unit
from asn_event.events import EventInfo
from asn_event.feedback.responses import event_summary
from asn_event.feedback.summary import FeedbackSummary, FreeTextAnswer
from asn_event.reports.attendance import NO_UNIT
from asn_event.stage.schedule import ScheduleRow
from asn_event.stage.service import planned_vs_actual

# Free-text answers listed in the report; the rest are counted ("dan 12 jawaban lain").
FREE_TEXT_SHOWN = 30
FREE_TEXT_CHARS = 400  # one answer longer than this is cut with "…"


@dataclass(frozen=True, slots=True)
class UnitAttendance:
    unit: str
    registered: int
    present: int


@dataclass(frozen=True, slots=True)
class CertificateSummary:
    issued: int
    printed: int
    first_number: str = ""
    last_number: str = ""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One line of the free-text listing: an answer as written, once however often it was given."""

    text: str  # whitespace collapsed, cut at FREE_TEXT_CHARS
    count: int  # how many gave this answer (same words, ignoring case and spacing)
    units: tuple[str, ...]  # who gave it; () on anonymous forms


@dataclass(frozen=True, slots=True)
class SuggestionGroup:
    question: str
    shown: tuple[Suggestion, ...]
    answers: int  # every answer to the question with something in it, shown or not

    @property
    def hidden(self) -> int:
        """Answers not listed (``dan N jawaban lain``)."""
        return self.answers - sum(s.count for s in self.shown)


@dataclass(frozen=True, slots=True)
class EventReport:
    event: EventInfo
    registered: int
    present: int
    walk_ins: int  # came without being on the roster (registered at the desk)
    units: tuple[UnitAttendance, ...]
    agenda: tuple[ScheduleRow, ...]  # times UTC
    feedback: FeedbackSummary | None  # None: the event has no feedback form
    certificates: CertificateSummary
    generated_at: datetime

    @property
    def scheduled_start(self) -> datetime:
        return datetime.combine(self.event.date, self.event.start_time, tzinfo=WIB)

    @property
    def plan_moved(self) -> bool:
        """The plan was anchored on the real start, hours away from the schedule (a rehearsal)."""
        first = self.agenda[0].planned_start if self.agenda else None
        return first is not None and first != self.scheduled_start

    @property
    def schedule_offset_seconds(self) -> float | None:
        """How much later (positive) than planned the last finished segment ended."""
        finished = [r for r in self.agenda if r.actual_end is not None and r.planned_start is not None]
        if not finished:
            return None
        last = finished[-1]
        assert last.actual_end is not None and last.planned_start is not None
        planned_end = last.planned_start + timedelta(seconds=last.planned_seconds)
        return (last.actual_end - planned_end).total_seconds()


def unit_attendance(session: Session, event_id: int) -> tuple[UnitAttendance, ...]:
    rows = session.execute(
        select(
            func.coalesce(func.nullif(Unit.short_name, ""), Unit.name),
            func.count(Registration.id),
            func.count(Registration.checked_in_at),
        )
        .select_from(Registration)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id)
        .group_by(Unit.id)
    ).all()
    result = [UnitAttendance(name or NO_UNIT, registered, present) for name, registered, present in rows]
    result.sort(key=lambda u: (u.unit == NO_UNIT, -u.present, u.unit.casefold()))
    return tuple(result)


def certificate_summary(session: Session, event_id: int) -> CertificateSummary:
    rows = session.execute(
        select(Certificate.number, Certificate.print_count)
        .where(Certificate.event_id == event_id)
        .order_by(Certificate.seq)
    ).all()
    if not rows:
        return CertificateSummary(0, 0)
    return CertificateSummary(len(rows), sum(1 for r in rows if r.print_count > 0), rows[0].number, rows[-1].number)


_NO_CONTENT = re.compile(r"[\W_]*")  # "-", "...", "–": nothing to read


def _cut(flat: str) -> str:
    return flat if len(flat) <= FREE_TEXT_CHARS else flat[: FREE_TEXT_CHARS - 1].rstrip() + "…"


def _suggestions(answers: list[FreeTextAnswer]) -> list[Suggestion]:
    """Same answers merged, the most given first, then in the order they came in."""
    merged: dict[str, tuple[str, int, list[str]]] = {}
    for answer in answers:
        flat = " ".join(answer.text.split())
        if _NO_CONTENT.fullmatch(flat):
            continue
        key = flat.casefold().rstrip(".!")
        text, count, units = merged.get(key, (_cut(flat), 0, []))
        if answer.unit is not None and answer.unit not in units:
            units.append(answer.unit)
        merged[key] = (text, count + 1, units)
    lines = [
        Suggestion(text, count, tuple(sorted(units, key=str.casefold)))
        for text, count, units in merged.values()
    ]
    return sorted(lines, key=lambda s: -s.count)  # stable: ties keep the order they came in


def _shares(sizes: list[int], budget: int) -> list[int]:
    """Lines per question: the budget dealt out in turns, so no question crowds out the others."""
    shares = [0] * len(sizes)
    while budget > 0 and any(s < n for s, n in zip(shares, sizes, strict=True)):
        for i, size in enumerate(sizes):
            if budget > 0 and shares[i] < size:
                shares[i] += 1
                budget -= 1
    return shares


def suggestion_groups(feedback: FeedbackSummary, limit: int = FREE_TEXT_SHOWN) -> tuple[SuggestionGroup, ...]:
    """The free-text answers per question, at most ``limit`` lines in all."""
    by_question: dict[int, list[FreeTextAnswer]] = {}
    for answer in feedback.free_text:
        by_question.setdefault(answer.question_id, []).append(answer)
    merged = [
        (q.text, _suggestions(by_question[q.question_id]))
        for q in feedback.questions
        if q.question_id in by_question
    ]
    merged = [(question, lines) for question, lines in merged if lines]
    shares = _shares([len(lines) for _, lines in merged], limit)
    return tuple(
        SuggestionGroup(question, tuple(lines[:share]), sum(s.count for s in lines))
        for (question, lines), share in zip(merged, shares, strict=True)
    )


def load_event_report(db: Database, clock: Clock, event_id: int) -> EventReport:
    event = event_service.get_event(db, event_id)
    with db.readers() as session:
        units = unit_attendance(session, event_id)
        walk_ins = session.scalar(
            select(func.count(Registration.id)).where(
                Registration.event_id == event_id,
                Registration.source == RegistrationSource.WALK_IN,
                Registration.checked_in_at.is_not(None),
            )
        ) or 0
        certificates = certificate_summary(session, event_id)
    return EventReport(
        event=event,
        registered=sum(u.registered for u in units),
        present=sum(u.present for u in units),
        walk_ins=walk_ins,
        units=units,
        agenda=tuple(planned_vs_actual(db, event_id)),
        feedback=event_summary(db, event_id),
        certificates=certificates,
        generated_at=clock.now(),
    )
