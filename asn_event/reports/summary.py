"""What the event report (Laporan Kegiatan) says, computed from the tables in one read.

The agenda and feedback parts are small functions over the stored rows (``agenda_rows``,
``feedback_summary``); the stage timer and feedback capabilities may later provide their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import fmean

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_event import events as event_service
from asn_event.clock import WIB, Clock
from asn_event.db import Database
from asn_event.db.models import (
    AgendaItem,
    Answer,
    Certificate,
    FeedbackForm,
    FeedbackSection,
    Person,
    Question,
    QuestionKind,
    Registration,
    RegistrationSource,
    Response,
    Unit,
)
from asn_event.events import EventInfo
from asn_event.reports.attendance import NO_UNIT

# Scaled questions: the highest value of each scale (the mean is read "4,3 dari 5").
SCALE_MAX = {QuestionKind.LIKERT5: 5, QuestionKind.SATISFACTION4: 4, QuestionKind.RATING10: 10}
CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)


@dataclass(frozen=True, slots=True)
class UnitAttendance:
    unit: str
    registered: int
    present: int


@dataclass(frozen=True, slots=True)
class AgendaRow:
    position: int
    title: str
    speaker: str
    planned_start: datetime  # aware (WIB): the event start plus the planned durations before it
    planned_seconds: int
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def planned_end(self) -> datetime:
        return self.planned_start + timedelta(seconds=self.planned_seconds)

    @property
    def actual_seconds(self) -> float | None:
        if self.actual_start is None or self.actual_end is None:
            return None
        return (self.actual_end - self.actual_start).total_seconds()

    @property
    def start_offset_seconds(self) -> float | None:
        """How late (positive) or early (negative) the segment started against the plan."""
        if self.actual_start is None:
            return None
        return (self.actual_start - self.planned_start).total_seconds()


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    text: str
    kind: QuestionKind
    answered: int
    mean: float | None = None  # scaled questions
    scale_max: int | None = None
    top_choices: tuple[tuple[str, int], ...] = ()  # choice questions, most chosen first


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    forms: int
    responses: int
    questions: tuple[QuestionSummary, ...]


@dataclass(frozen=True, slots=True)
class CertificateSummary:
    issued: int
    printed: int
    first_number: str = ""
    last_number: str = ""


@dataclass(frozen=True, slots=True)
class EventReport:
    event: EventInfo
    registered: int
    present: int
    walk_ins: int  # came without being on the roster (registered at the desk)
    units: tuple[UnitAttendance, ...]
    agenda: tuple[AgendaRow, ...]
    feedback: FeedbackSummary
    certificates: CertificateSummary
    generated_at: datetime

    @property
    def schedule_offset_seconds(self) -> float | None:
        """How much later (positive) than planned the last finished segment ended."""
        finished = [a for a in self.agenda if a.actual_end is not None]
        if not finished:
            return None
        last = finished[-1]
        assert last.actual_end is not None
        return (last.actual_end - last.planned_end).total_seconds()


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


def agenda_rows(session: Session, event: EventInfo) -> tuple[AgendaRow, ...]:
    """Planned start times follow from the event start and the planned durations, in order."""
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.event_id == event.id).order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    start = datetime.combine(event.date, event.start_time, tzinfo=WIB)
    rows = []
    for item in items:
        rows.append(
            AgendaRow(
                item.position, item.title, item.speaker, start, item.planned_seconds,
                item.actual_start, item.actual_end,
            )
        )
        start += timedelta(seconds=item.planned_seconds)
    return tuple(rows)


def feedback_summary(session: Session, event_id: int) -> FeedbackSummary:
    """Responses to the event's forms, the mean of each scaled question, the top choices."""
    form_ids = list(session.scalars(select(FeedbackForm.id).where(FeedbackForm.event_id == event_id)))
    if not form_ids:
        return FeedbackSummary(0, 0, ())
    responses = session.scalar(select(func.count(Response.id)).where(Response.form_id.in_(form_ids))) or 0
    questions = session.scalars(
        select(Question)
        .join(FeedbackSection, FeedbackSection.id == Question.section_id)
        .where(FeedbackSection.form_id.in_(form_ids))
        .order_by(FeedbackSection.form_id, FeedbackSection.position, Question.position, Question.id)
    ).all()
    answers: dict[int, list[Answer]] = {q.id: [] for q in questions}
    for answer in session.scalars(select(Answer).where(Answer.question_id.in_(list(answers)))):
        answers[answer.question_id].append(answer)
    summaries = []
    for question in questions:
        given = answers[question.id]
        if question.kind in SCALE_MAX:
            values = [a.value_int for a in given if a.value_int is not None]
            summaries.append(
                QuestionSummary(
                    question.text, question.kind, len(values),
                    fmean(values) if values else None, SCALE_MAX[question.kind],
                )
            )
        elif question.kind in CHOICE_KINDS:
            counts: Counter[str] = Counter()
            for a in given:
                if a.value_list:
                    counts.update(str(v) for v in a.value_list)
                elif a.value_text:
                    counts[a.value_text] += 1
            answered = sum(1 for a in given if a.value_list or a.value_text)
            summaries.append(
                QuestionSummary(question.text, question.kind, answered, top_choices=tuple(counts.most_common(3)))
            )
        else:
            answered = sum(1 for a in given if (a.value_text or "").strip())
            summaries.append(QuestionSummary(question.text, question.kind, answered))
    return FeedbackSummary(len(form_ids), responses, tuple(summaries))


def certificate_summary(session: Session, event_id: int) -> CertificateSummary:
    rows = session.execute(
        select(Certificate.number, Certificate.print_count)
        .where(Certificate.event_id == event_id)
        .order_by(Certificate.seq)
    ).all()
    if not rows:
        return CertificateSummary(0, 0)
    return CertificateSummary(len(rows), sum(1 for r in rows if r.print_count > 0), rows[0].number, rows[-1].number)


def load_event_report(db: Database, clock: Clock, event_id: int) -> EventReport:
    event = event_service.get_event(db, event_id)
    with db.sessions() as session:
        units = unit_attendance(session, event_id)
        walk_ins = session.scalar(
            select(func.count(Registration.id)).where(
                Registration.event_id == event_id,
                Registration.source == RegistrationSource.WALK_IN,
                Registration.checked_in_at.is_not(None),
            )
        ) or 0
        return EventReport(
            event=event,
            registered=sum(u.registered for u in units),
            present=sum(u.present for u in units),
            walk_ins=walk_ins,
            units=units,
            agenda=agenda_rows(session, event),
            feedback=feedback_summary(session, event_id),
            certificates=certificate_summary(session, event_id),
            generated_at=clock.now(),
        )
