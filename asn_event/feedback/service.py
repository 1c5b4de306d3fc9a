"""Feedback forms in the database: list, read, save (with reorder), copy, activate, delete.

Every function is one user action and one transaction and returns frozen values
(:class:`FormDef`, :class:`FormInfo`), never live ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from asn_event.clock import Clock
from asn_event.db.engine import Database
from asn_event.db.errors import Conflict, NotFound
from asn_event.db.models import Answer, Event, FeedbackForm, FeedbackSection, Question, Response
from asn_event.domain.errors import Refused
from asn_event.feedback.default_form import default_form
from asn_event.feedback.forms import CHOICE_KINDS, FormDef, QuestionDef, SectionDef


class FormInvalid(Refused, ValueError):
    """A form that cannot be saved as it is; the code says what to fix (``asn_event/words.py``)."""


@dataclass(frozen=True, slots=True)
class FormInfo:
    id: int
    event_id: int
    title: str
    anonymous: bool
    active: bool
    questions: int
    responses: int


def _form_row(session: Session, form_id: int) -> FeedbackForm:
    row = session.get(
        FeedbackForm,
        form_id,
        options=[selectinload(FeedbackForm.sections).selectinload(FeedbackSection.questions)],
    )
    if row is None:
        raise NotFound("form", id=form_id)
    return row


def _event_row(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event", id=event_id)
    return event


def to_form_def(row: FeedbackForm) -> FormDef:
    sections = tuple(
        SectionDef(
            s.title,
            tuple(
                QuestionDef(
                    q.kind, q.text, tuple(q.options or ()), q.required, q.required_message or "", id=q.id
                )
                for q in s.questions
            ),
            id=s.id,
        )
        for s in row.sections
    )
    return FormDef(row.title, sections, row.intro or "", row.anonymous, id=row.id, event_id=row.event_id)


def check_form(form: FormDef) -> None:
    """Raise :class:`FormInvalid` for a form a participant could not fill in."""
    if not form.title.strip():
        raise FormInvalid("form_title_required")
    if not form.questions():
        raise FormInvalid("form_no_questions")
    for number, section in enumerate(form.sections, start=1):
        if not section.title.strip():
            raise FormInvalid("section_title_required", number=number)
        if not section.questions:
            raise FormInvalid("section_empty", title=section.title)
        for question in section.questions:
            if not question.text.strip():
                raise FormInvalid("question_text_missing", title=section.title)
            options = [o for o in question.options if o.strip()]
            if question.kind in CHOICE_KINDS and len(options) < 2:
                raise FormInvalid("question_needs_choices", text=question.text)
            if len(set(options)) != len(options):
                raise FormInvalid("question_choices_twice", text=question.text)


def list_forms(db: Database, event_id: int) -> tuple[FormInfo, ...]:
    with db.readers() as session:
        questions = (
            select(func.count(Question.id))
            .join(FeedbackSection, Question.section_id == FeedbackSection.id)
            .where(FeedbackSection.form_id == FeedbackForm.id)
            .scalar_subquery()
        )
        responses = (
            select(func.count(Response.id)).where(Response.form_id == FeedbackForm.id).scalar_subquery()
        )
        rows = session.execute(
            select(FeedbackForm, questions, responses)
            .where(FeedbackForm.event_id == event_id)
            .order_by(FeedbackForm.id)
        ).all()
        return tuple(
            FormInfo(f.id, f.event_id, f.title, f.anonymous, f.active, q or 0, r or 0) for f, q, r in rows
        )


def load_form(db: Database, form_id: int) -> FormDef:
    with db.readers() as session:
        return to_form_def(_form_row(session, form_id))


def active_form(db: Database, event_id: int) -> FormDef | None:
    """The form the kiosk shows: the newest active form of the event, or None."""
    with db.readers() as session:
        form_id = session.scalar(
            select(FeedbackForm.id)
            .where(FeedbackForm.event_id == event_id, FeedbackForm.active.is_(True))
            .order_by(FeedbackForm.id.desc())
            .limit(1)
        )
        return None if form_id is None else to_form_def(_form_row(session, form_id))


def _add_questions(section: FeedbackSection, questions: Iterable[QuestionDef]) -> None:
    for position, q in enumerate(questions):
        section.questions.append(
            Question(
                position=position,
                kind=q.kind,
                text=q.text.strip(),
                options=[o.strip() for o in q.options if o.strip()],
                required=q.required,
                required_message=q.required_message.strip(),
            )
        )


def _new_row(clock: Clock, event_id: int, form: FormDef, active: bool) -> FeedbackForm:
    row = FeedbackForm(
        event_id=event_id,
        title=form.title.strip(),
        intro=form.intro,
        anonymous=form.anonymous,
        active=active,
        created_at=clock.now(),
    )
    for position, s in enumerate(form.sections):
        section = FeedbackSection(position=position, title=s.title.strip())
        _add_questions(section, s.questions)
        row.sections.append(section)
    return row


def create_form(db: Database, clock: Clock, event_id: int, form: FormDef, *, active: bool = True) -> FormDef:
    """Store a new form for the event (ids in ``form`` are ignored) and return it with its ids."""
    check_form(form)
    with db.sessions.begin() as session:
        _event_row(session, event_id)
        row = _new_row(clock, event_id, form, active)
        session.add(row)
        session.flush()
        return to_form_def(row)


def create_default_form(db: Database, clock: Clock, event_id: int) -> FormDef:
    """Add "Evaluasi Coaching Ber-AKHLAK" to the event."""
    return create_form(db, clock, event_id, default_form())


def copy_form(db: Database, clock: Clock, form_id: int, to_event_id: int) -> FormDef:
    """A fresh copy of another event's form (questions only, no responses) for ``to_event_id``."""
    from asn_event.events import copy_form as copy_form_row

    with db.sessions.begin() as session:
        source = _form_row(session, form_id)
        _event_row(session, to_event_id)
        row = copy_form_row(source, to_event_id, clock.now())
        row.active = True
        session.add(row)
        session.flush()
        return to_form_def(row)


def _answer_counts(session: Session, question_ids: Iterable[int]) -> dict[int, int]:
    ids = list(question_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Answer.question_id, func.count(Answer.id))
        .where(Answer.question_id.in_(ids))
        .group_by(Answer.question_id)
    )
    return {qid: count for qid, count in rows}


def save_form(db: Database, form: FormDef) -> FormDef:
    """Write the edited form: titles, order of sections and questions, added and removed questions.

    Questions keep their id (and their answers) by ``QuestionDef.id``. A question that has answers
    cannot be removed or change its kind: that would lose or garble what people answered.
    """
    if form.id is None:
        raise ValueError("save_form needs a stored form; use create_form for a new one")
    check_form(form)
    with db.sessions.begin() as session:
        row = _form_row(session, form.id)
        old_questions = {q.id: q for s in row.sections for q in s.questions}
        kept_ids = {q.id for q in form.questions() if q.id is not None}
        answered = _answer_counts(session, old_questions)
        for qid, question in old_questions.items():
            if qid not in kept_ids and answered.get(qid):
                raise Conflict("question_answered", text=question.text, count=answered[qid])
        for q in form.questions():
            old = old_questions.get(q.id) if q.id is not None else None
            if old is not None and old.kind != q.kind and answered.get(old.id):
                raise Conflict("question_kind_answered", text=old.text)
        row.title = form.title.strip()
        row.intro = form.intro
        row.anonymous = form.anonymous
        old_sections = {s.id: s for s in row.sections}
        new_sections = []
        for position, s in enumerate(form.sections):
            section = old_sections.get(s.id) if s.id is not None else None
            if section is None:
                section = FeedbackSection(title="")
            section.position = position
            section.title = s.title.strip()
            questions = []
            for qpos, q in enumerate(s.questions):
                question = old_questions.pop(q.id, None) if q.id is not None else None
                if question is None:
                    question = Question(kind=q.kind, text="")
                question.position = qpos
                question.kind = q.kind
                question.text = q.text.strip()
                question.options = [o.strip() for o in q.options if o.strip()]
                question.required = q.required
                question.required_message = q.required_message.strip()
                questions.append(question)
            section.questions = questions
            new_sections.append(section)
        kept_sections = {id(s) for s in new_sections}
        for section in list(row.sections):
            if id(section) not in kept_sections:
                section.questions = []  # moved questions live on elsewhere; the rest were checked above
        row.sections = new_sections
        for leftover in old_questions.values():  # removed questions without answers
            session.delete(leftover)
        session.flush()
        session.expire_all()
        return to_form_def(_form_row(session, form.id))


def delete_form(db: Database, form_id: int) -> None:
    with db.sessions.begin() as session:
        row = _form_row(session, form_id)
        count = session.scalar(select(func.count(Response.id)).where(Response.form_id == form_id)) or 0
        if count:
            raise Conflict("form_answered", title=row.title, count=count)
        session.delete(row)


def kiosk_pin_hash(db: Database, event_id: int) -> str | None:
    """The organizer PIN's hash that guards leaving the kiosk (None: no PIN set)."""
    with db.readers() as session:
        return _event_row(session, event_id).kiosk_pin_hash


def unit_choices(db: Database) -> tuple[tuple[int, str], ...]:
    """Every unit as (id, short name), for the paper-entry unit picker."""
    from asn_event.db.models import Unit

    with db.readers() as session:
        rows = session.execute(select(Unit.id, Unit.short_name, Unit.name)).all()
    return tuple(sorted(((i, short or name) for i, short, name in rows), key=lambda r: r[1].casefold()))


def other_event_forms(db: Database, event_id: int) -> tuple[tuple[int, str], ...]:
    """Forms of other events to copy from: (form id, "event title · form title"), newest event first."""
    with db.readers() as session:
        rows = session.execute(
            select(FeedbackForm.id, FeedbackForm.title, Event.title, Event.date)
            .join(Event, FeedbackForm.event_id == Event.id)
            .where(FeedbackForm.event_id != event_id)
            .order_by(Event.date.desc(), FeedbackForm.id.desc())
        ).all()
    return tuple(
        (fid, f"{event_title} ({when:%d-%m-%Y}) · {title}") for fid, title, event_title, when in rows
    )
