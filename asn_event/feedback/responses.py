"""Submitting feedback exactly once, and reading the answers back for results and export.

A kiosk or paper-entry screen asks :func:`check_start` when a code is scanned, then
:func:`submit` with the raw answers, the code and a submission key made when the form was shown
(:func:`new_submission_key`). One call = one transaction: either the whole response with all its
answers is stored, or nothing.

Duplicates are stopped by the database itself: one response per registration (named forms), one
per code digest (anonymous forms: a keyed hash of the invitation code, no registration stored),
and one per submission key (a double-tapped submit).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from asn_event import tokens
from asn_event.clock import Clock
from asn_event.db.engine import Database
from asn_event.db.errors import NotFound
from asn_event.db.models import Answer, Event, FeedbackForm, Person, Registration, Response, Unit
from asn_event.feedback.export import export_results
from asn_event.feedback.forms import AnswerValue, FormDef, ResponseRecord
from asn_event.feedback.service import _form_row, to_form_def
from asn_event.feedback.summary import NO_UNIT, FeedbackSummary, summarize
from asn_event.feedback.validation import AnswerProblem, check_answers
from asn_event.nip import NIP_LENGTH, clean_nip
from asn_event.words import code_check_text


class CodeStatus(enum.Enum):
    READY = "ready"  # a valid code of this event, not answered yet
    ALREADY = "already"  # this person (or this code, anonymous) has answered
    NOT_A_CODE = "not_a_code"
    FORGED = "forged"  # looks like ours but the signature is wrong
    WRONG_EVENT = "wrong_event"
    UNKNOWN = "unknown"  # signed for this event but the registration is gone
    NIP_UNKNOWN = "nip_unknown"  # an NIP typed instead of a code, of nobody registered for this event


class SubmitStatus(enum.Enum):
    SAVED = "saved"
    REPEATED = "repeated"  # the same submission key again (double tap): the first one counts
    ALREADY = "already"  # this person / code answered before
    INVALID = "invalid"  # answers missing or wrong, see problems
    BAD_CODE = "bad_code"  # see code_status


class Channel(enum.StrEnum):
    """Where a response came from (``Response.source``)."""

    KIOSK = "kiosk"
    PAPER = "paper"
    PHONE = "phone"


@dataclass(frozen=True, slots=True)
class CodeCheck:
    status: CodeStatus
    name: str | None = None  # shown as a greeting on named forms only
    unit: str | None = None

    @property
    def message(self) -> str:
        """The Indonesian line; screens word ``status`` with ``words.code_check_text``."""
        return code_check_text(self.status.value)


@dataclass(frozen=True, slots=True)
class SubmitResult:
    status: SubmitStatus
    response_id: int | None = None
    problems: tuple[AnswerProblem, ...] = ()
    code_status: CodeStatus | None = None


def new_submission_key() -> str:
    """Made when a form is shown; a second submit with the same key stores nothing."""
    return secrets.token_hex(16)


def code_digest(secret: bytes, form_id: int, parsed: tokens.ParsedCode) -> str:
    """Keyed hash of the code for anonymous forms: equal for the same code, says nothing by itself."""
    message = f"feedback:{form_id}:{parsed.signed_part}".encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class _Participant:
    registration: Registration
    digest: str


def _unit_name(unit: Unit | None) -> str | None:
    if unit is None:
        return None
    return unit.short_name or unit.name


def _by_nip(session: Session, event: Event, raw: str) -> tokens.ParsedCode | None:
    """The invitation code of the event's registration whose person has the NIP typed in ``raw``."""
    registration_id = session.scalar(
        select(Registration.id)
        .join(Person, Registration.person_id == Person.id)
        .where(Registration.event_id == event.id, Person.nip == clean_nip(raw))
        .limit(1)
    )
    if registration_id is None:
        return None
    return tokens.parse_code(tokens.make_code(event.secret, event.id, registration_id))


def _looks_like_nip(raw: str) -> bool:
    digits = clean_nip(raw[:64])
    return len(digits) == NIP_LENGTH and digits.isascii() and digits.isdigit()


def _resolve(session: Session, form: FeedbackForm | FormDef, raw_code: str) -> tuple[CodeStatus, _Participant | None]:
    """Who ``raw_code`` names: an invitation code (scanned or typed) or the NIP of a registered person.

    An NIP stands for that person's invitation code, so the one-response rule (and, on anonymous
    forms, the code digest) is the same whichever of the two a person gives.
    """
    event = session.get(Event, form.event_id)
    assert event is not None
    parsed = tokens.parse_code(raw_code)
    if parsed is None and _looks_like_nip(raw_code):
        parsed = _by_nip(session, event, raw_code)
        if parsed is None:
            return CodeStatus.NIP_UNKNOWN, None
    if parsed is None:
        return CodeStatus.NOT_A_CODE, None
    if parsed.event_id != event.id:
        return CodeStatus.WRONG_EVENT, None
    if not tokens.verify_code(event.secret, parsed):
        return CodeStatus.FORGED, None
    registration = session.get(
        Registration,
        parsed.registration_id,
        options=[selectinload(Registration.person).selectinload(Person.unit)],
    )
    if registration is None or registration.event_id != event.id:
        return CodeStatus.UNKNOWN, None
    participant = _Participant(registration, code_digest(event.secret, form.id, parsed))
    if _answered(session, form, participant):
        return CodeStatus.ALREADY, participant
    return CodeStatus.READY, participant


def _answered(session: Session, form: FeedbackForm | FormDef, participant: _Participant) -> bool:
    if form.anonymous:
        condition = Response.code_digest == participant.digest
    else:
        condition = Response.registration_id == participant.registration.id
    return (
        session.scalar(select(Response.id).where(Response.form_id == form.id, condition).limit(1)) is not None
    )


def code_for(db: Database, registration_id: int) -> str:
    """The invitation code of a registration: paper entry picks a person by name and stores through it."""
    with db.sessions() as session:
        registration = session.get(Registration, registration_id)
        if registration is None:
            raise NotFound("registration")
        event = session.get(Event, registration.event_id)
        assert event is not None
        return tokens.make_code(event.secret, event.id, registration.id)


def check_start(db: Database, form_id: int, raw_code: str) -> CodeCheck:
    """What the kiosk shows after a scan: go ahead (with a greeting), already answered, or a bad code."""
    with db.readers() as session:  # only reads: never waits for a desk that is writing
        form = _form_row(session, form_id)
        status, participant = _resolve(session, form, raw_code)
        if participant is None or form.anonymous:
            return CodeCheck(status)
        person = participant.registration.person
        return CodeCheck(status, person.name, _unit_name(person.unit))


def _answer_row(question_id: int, value: AnswerValue) -> Answer:
    return Answer(
        question_id=question_id,
        value_int=value.number,
        value_text=value.text,
        value_list=list(value.choices) if value.choices is not None else None,
    )


def _by_key(session: Session, submission_key: str) -> int | None:
    return session.scalar(select(Response.id).where(Response.submission_key == submission_key))


def submit(
    db: Database,
    clock: Clock,
    form_id: int,
    raw_answers: Mapping[int, object],
    submission_key: str,
    *,
    code: str | None = None,
    source: str = "kiosk",
    unit_id: int | None = None,
) -> SubmitResult:
    """Store one response with all its answers, or nothing; see :class:`SubmitStatus`.

    With a code, the registration's unit is recorded and "feedback done" is set on it; named forms
    store the registration, anonymous forms only the code digest. ``unit_id`` is for paper forms
    without a code.
    """
    # The form is read and the answers checked before the write lock is taken: with phones, a
    # kiosk and desks writing to one SQLite file, the write transaction stays a few queries long.
    with db.readers() as session:
        form = to_form_def(_form_row(session, form_id))
    answers, problems = check_answers(form.questions(), raw_answers)
    if problems:
        return SubmitResult(SubmitStatus.INVALID, problems=problems)
    with db.sessions() as session:
        if (existing := _by_key(session, submission_key)) is not None:
            return SubmitResult(SubmitStatus.REPEATED, existing)
        participant = None
        if code is not None:
            status, participant = _resolve(session, form, code)
            if status == CodeStatus.ALREADY:
                return SubmitResult(SubmitStatus.ALREADY, code_status=status)
            if status != CodeStatus.READY or participant is None:
                return SubmitResult(SubmitStatus.BAD_CODE, code_status=status)
        response = Response(
            form_id=form_id,
            submission_key=submission_key,
            source=source,
            submitted_at=clock.now(),
            unit_id=unit_id,
            answers=[_answer_row(qid, value) for qid, value in answers.items()],
        )
        if participant is not None:
            registration = participant.registration
            response.unit_id = registration.person.unit_id
            if form.anonymous:
                response.code_digest = participant.digest
            else:
                response.registration_id = registration.id
            if registration.feedback_done_at is None:
                registration.feedback_done_at = clock.now()
        session.add(response)
        try:
            session.commit()
        except IntegrityError:
            # Another kiosk stored the same person or key a moment ago: that one counts.
            session.rollback()
            if (existing := _by_key(session, submission_key)) is not None:
                return SubmitResult(SubmitStatus.REPEATED, existing)
            return SubmitResult(SubmitStatus.ALREADY, code_status=CodeStatus.ALREADY)
        return SubmitResult(SubmitStatus.SAVED, response.id)


def response_records(db: Database, form_id: int) -> tuple[ResponseRecord, ...]:
    """Every response of the form, oldest first, with the unit's short name and no one's name."""
    # Plain columns in batches, not ORM objects (at 10,000 responses the objects and their answers
    # were most of the export's memory); a scale answer is one shared value per number.
    batches = {"yield_per": 2000}
    with db.readers() as session:
        units = {u.id: _unit_name(u) for u in session.scalars(select(Unit))}
        numbers: dict[int, AnswerValue] = {}
        answers: dict[int, dict[int, AnswerValue]] = {}
        answer_rows = session.execute(
            select(
                Answer.response_id, Answer.question_id, Answer.value_int, Answer.value_text, Answer.value_list
            )
            .join(Response, Response.id == Answer.response_id)
            .where(Response.form_id == form_id),
            execution_options=batches,
        )
        for response_id, question_id, number, text, choices in answer_rows:
            if text is None and choices is None and number is not None:
                value = numbers.get(number) or numbers.setdefault(number, AnswerValue(number))
            else:
                value = AnswerValue(number, text, tuple(choices) if choices is not None else None)
            answers.setdefault(response_id, {})[question_id] = value
        response_rows = session.execute(
            select(Response.id, Response.unit_id, Response.source, Response.submitted_at)
            .where(Response.form_id == form_id)
            .order_by(Response.submitted_at, Response.id),
            execution_options=batches,
        )
        return tuple(
            ResponseRecord(
                answers.pop(response_id, {}),
                unit=units.get(unit_id) if unit_id is not None else None,
                source=source,
                submitted_at=submitted_at,
                id=response_id,
            )
            for response_id, unit_id, source, submitted_at in response_rows
        )


def attendance(db: Database, event_id: int) -> tuple[int, dict[str, int]]:
    """How many checked in, in total and per unit short name (the response rate's denominator)."""
    with db.readers() as session:
        rows = session.execute(
            select(Unit.short_name, Unit.name, func.count(Registration.id))
            .select_from(Registration)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Unit, Person.unit_id == Unit.id)
            .where(Registration.event_id == event_id, Registration.checked_in_at.is_not(None))
            .group_by(Unit.id)
        ).all()
    by_unit: dict[str, int] = {}
    for short_name, name, count in rows:
        key = short_name or name or NO_UNIT  # the same key the summary gives a response without a unit
        by_unit[key] = by_unit.get(key, 0) + count
    return sum(by_unit.values()), by_unit


@dataclass(frozen=True, slots=True)
class ChannelCounts:
    """Responses so far per channel, against how many checked in (the Umpan Balik page's live line)."""

    by_channel: dict[str, int]
    attended: int

    @property
    def total(self) -> int:
        return sum(self.by_channel.values())

    def of(self, channel: Channel) -> int:
        return self.by_channel.get(channel.value, 0)


def channel_counts(db: Database, form_id: int) -> ChannelCounts:
    """Two small counting queries on the read connection: cheap enough to run every few seconds."""
    with db.readers() as session:
        event_id = session.scalar(select(FeedbackForm.event_id).where(FeedbackForm.id == form_id))
        if event_id is None:
            raise NotFound("form", id=form_id)
        rows = session.execute(
            select(Response.source, func.count(Response.id))
            .where(Response.form_id == form_id)
            .group_by(Response.source)
        ).all()
        attended = session.scalar(
            select(func.count(Registration.id)).where(
                Registration.event_id == event_id, Registration.checked_in_at.is_not(None)
            )
        )
    return ChannelCounts({source: count for source, count in rows}, attended or 0)


@dataclass(frozen=True, slots=True)
class FormResults:
    form: FormDef
    summary: FeedbackSummary
    responses: tuple[ResponseRecord, ...]


def form_results(db: Database, form_id: int) -> FormResults:
    """Everything the results page and the export need, read in one go."""
    with db.readers() as session:
        form = to_form_def(_form_row(session, form_id))
    assert form.event_id is not None
    records = response_records(db, form_id)
    total, by_unit = attendance(db, form.event_id)
    return FormResults(form, summarize(form, records, total, by_unit), records)


def event_summary(db: Database, event_id: int) -> FeedbackSummary | None:
    """The event report's feedback part: the newest active form's summary (else the newest form)."""
    with db.readers() as session:
        form_id = session.scalar(
            select(FeedbackForm.id)
            .where(FeedbackForm.event_id == event_id)
            .order_by(FeedbackForm.active.desc(), FeedbackForm.id.desc())
            .limit(1)
        )
    return None if form_id is None else form_results(db, form_id).summary


def export_form(db: Database, form_id: int, path: Path) -> FormResults:
    """Write the results to ``path`` (.xlsx or .csv) and return what was written."""
    results = form_results(db, form_id)
    export_results(path, results.form, results.summary, results.responses)
    return results
