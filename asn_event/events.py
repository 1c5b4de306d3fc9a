"""Events: create, edit, list and copy as the template for the next session of a series.

Listing and reading events is on the GUI's start-up path, so it uses a light description of the
event and registration tables (checked against the models by a test) and plain Core statements:
SQLAlchemy's ORM and the models are imported only by the functions that write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, Integer, String, Time, column, delete, func, select, table

from asn_event import tokens
from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.db.errors import Conflict, NotFound, Refused
from asn_event.db.locks import Turn, take_turn
from asn_event.nip import NipError, clean_nip, format_nip, parse_nip
from asn_event.stage.agenda import DEFAULT_AGENDA
from asn_event.words import field_text

if TYPE_CHECKING:
    from asn_event.db.models import FeedbackForm

MAX_JP = 40
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$")


@dataclass(frozen=True, slots=True)
class EventInfo:
    """An event as the rest of the program sees it (no secret, no ORM)."""

    id: int
    code: str
    title: str
    theme: str
    date: date
    start_time: time
    end_time: time | None
    venue: str
    city: str
    organizer: str
    jp_hours: int
    signer_name: str
    signer_title: str
    signer_nip: str | None
    registered: int = 0
    checked_in: int = 0
    has_kiosk_pin: bool = False
    certificate_settings: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class EventDraft:
    """What the Acara page's form holds; validated by :func:`validate_draft`."""

    title: str = ""
    theme: str = ""
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    city: str = "Mojokerto"
    organizer: str = ""
    jp_hours: int = 2
    signer_name: str = ""
    signer_title: str = ""
    signer_nip: str = ""
    code: str = ""


@dataclass(frozen=True, slots=True)
class FieldError:
    """A form field's problem as a code of the word table (``words.FORM_ERRORS``) and its parameters."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    nip_error: NipError | None = None  # a refused NIP: worded by its own table, in the interface language

    @property
    def message(self) -> str:
        """The Indonesian line (command line, log); the UI words it with ``field_error_text``."""
        return field_text(self)


class InvalidEvent(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))


def validate_draft(draft: EventDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if not draft.title.strip():
        errors.append(FieldError("title", "event_title_required"))
    elif len(draft.title) > 300:
        errors.append(FieldError("title", "event_title_too_long", {"limit": 300}))
    if draft.date is None:
        errors.append(FieldError("date", "event_date_required"))
    if draft.start_time is None:
        errors.append(FieldError("start_time", "event_start_required"))
    if draft.end_time is not None and draft.start_time is not None and draft.end_time <= draft.start_time:
        errors.append(FieldError("end_time", "event_end_before_start"))
    if not draft.venue.strip():
        errors.append(FieldError("venue", "event_venue_required"))
    if not 0 <= draft.jp_hours <= MAX_JP:
        errors.append(FieldError("jp_hours", "event_jp_range", {"limit": MAX_JP}))
    if clean_nip(draft.signer_nip):
        parsed = parse_nip(draft.signer_nip)
        if isinstance(parsed, NipError):
            errors.append(FieldError("signer_nip", "event_signer_nip", nip_error=parsed))
    if draft.code and not _CODE_RE.match(draft.code.strip().upper()):
        errors.append(FieldError("code", "event_code_format"))
    return errors


def _info(event: Any, registered: int = 0, checked_in: int = 0) -> EventInfo:
    """From an ``Event`` or a Core row of the event table (both have the same attribute names)."""
    return EventInfo(
        id=event.id,
        code=event.code,
        title=event.title,
        theme=event.theme,
        date=event.date,
        start_time=event.start_time,
        end_time=event.end_time,
        venue=event.venue,
        city=event.city,
        organizer=event.organizer,
        jp_hours=event.jp_hours,
        signer_name=event.signer_name,
        signer_title=event.signer_title,
        signer_nip=event.signer_nip,
        registered=registered,
        checked_in=checked_in,
        has_kiosk_pin=event.kiosk_pin_hash is not None,
        certificate_settings=dict(event.certificate_settings or {}),
        options=dict(event.options or {}),
    )


# What the read path needs of the two tables (the secret is deliberately not among them).
_EVENT = table(
    "event",
    column("id", Integer),
    column("code", String),
    column("title", String),
    column("theme", String),
    column("date", Date),
    column("start_time", Time),
    column("end_time", Time),
    column("venue", String),
    column("city", String),
    column("organizer", String),
    column("jp_hours", Integer),
    column("signer_name", String),
    column("signer_title", String),
    column("signer_nip", String),
    column("kiosk_pin_hash", String),
    column("certificate_settings", JSON),
    column("options", JSON),
)
_REGISTRATION = table(
    "registration",
    column("id", Integer),
    column("event_id", Integer),
    column("checked_in_at", String),  # only counted here
)


def _counts_query():  # type: ignore[no-untyped-def]
    return select(
        _REGISTRATION.c.event_id,
        func.count(_REGISTRATION.c.id),
        func.count(_REGISTRATION.c.checked_in_at),
    ).group_by(_REGISTRATION.c.event_id)


def list_events(db: Database) -> list[EventInfo]:
    """All events, newest first, with registered and checked-in counts."""
    with db.reader.connect() as conn:
        counts = {row[0]: (row[1], row[2]) for row in conn.execute(_counts_query())}
        rows = conn.execute(select(_EVENT).order_by(_EVENT.c.date.desc(), _EVENT.c.id.desc())).all()
        return [_info(row, *counts.get(row.id, (0, 0))) for row in rows]


def get_event(db: Database, event_id: int) -> EventInfo:
    with db.reader.connect() as conn:
        row = conn.execute(select(_EVENT).where(_EVENT.c.id == event_id)).first()
        if row is None:
            raise NotFound("event", id=event_id)
        counts = conn.execute(_counts_query().where(_REGISTRATION.c.event_id == event_id)).first()
        return _info(row, *(counts[1:] if counts else (0, 0)))


def latest_event_id(db: Database) -> int | None:
    with db.reader.connect() as conn:
        return conn.scalar(select(_EVENT.c.id).order_by(_EVENT.c.date.desc(), _EVENT.c.id.desc()).limit(1))


def _suggest_code(session: Any, when: date) -> str:
    base = f"SINAR-{when:%Y%m%d}"
    code, n = base, 1
    while session.scalar(select(_EVENT.c.id).where(_EVENT.c.code == code)) is not None:
        n += 1
        code = f"{base}-{n}"
    return code


def _apply(event: Any, draft: EventDraft) -> None:
    assert draft.date is not None and draft.start_time is not None
    event.title = " ".join(draft.title.split())
    event.theme = draft.theme.strip()
    event.date = draft.date
    event.start_time = draft.start_time
    event.end_time = draft.end_time
    event.venue = draft.venue.strip()
    event.city = draft.city.strip() or "Mojokerto"
    event.organizer = draft.organizer.strip()
    event.jp_hours = draft.jp_hours
    event.signer_name = draft.signer_name.strip()
    event.signer_title = draft.signer_title.strip()
    event.signer_nip = clean_nip(draft.signer_nip) or None


def create_event(db: Database, clock: Clock, draft: EventDraft, *, with_agenda: bool = True) -> EventInfo:
    """A new event; with ``with_agenda`` it starts with the usual agenda of a coaching session."""
    from asn_event.db.models import AgendaItem, Event

    errors = validate_draft(draft)
    if errors:
        raise InvalidEvent(errors)
    assert draft.date is not None
    now = clock.now()
    with db.sessions() as session, session.begin():
        take_turn(session, Turn.EVENT_CODE)  # two desks creating an event at once get two codes
        code = draft.code.strip().upper() or _suggest_code(session, draft.date)
        if session.scalar(select(Event.id).where(Event.code == code)) is not None:
            raise Conflict("event_code_in_use", code=code)
        event = Event(code=code, secret=tokens.new_secret(), created_at=now, updated_at=now)
        _apply(event, draft)
        session.add(event)
        session.flush()
        if with_agenda:
            for position, (title, speaker, minutes) in enumerate(DEFAULT_AGENDA):
                session.add(
                    AgendaItem(
                        event_id=event.id,
                        position=position,
                        title=title,
                        speaker=speaker,
                        planned_seconds=minutes * 60,
                    )
                )
        return _info(event)


def update_event(db: Database, clock: Clock, event_id: int, draft: EventDraft) -> EventInfo:
    from asn_event.db.models import Event

    errors = validate_draft(draft)
    if errors:
        raise InvalidEvent(errors)
    with db.sessions() as session, session.begin():
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound("event", id=event_id)
        code = draft.code.strip().upper()
        if code and code != event.code:
            if session.scalar(select(Event.id).where(Event.code == code)) is not None:
                raise Conflict("event_code_in_use", code=code)
            event.code = code
        _apply(event, draft)
        event.updated_at = clock.now()
    return get_event(db, event_id)


def draft_of(info: EventInfo) -> EventDraft:
    return EventDraft(
        **{f.name: getattr(info, f.name) for f in fields(EventDraft) if f.name not in {"signer_nip"}},
        signer_nip=format_nip(info.signer_nip) if info.signer_nip else "",
    )


def copy_as_template(db: Database, clock: Clock, event_id: int, draft: EventDraft) -> EventInfo:
    """A new event for the next session of a series: the agenda, feedback forms and certificate
    design are copied; participants, check-ins, responses and certificates are not."""
    from asn_event.db.models import AgendaItem, Event, FeedbackForm

    created = create_event(db, clock, draft, with_agenda=False)
    now = clock.now()
    with db.sessions() as session, session.begin():
        source = session.get(Event, event_id)
        target = session.get(Event, created.id)
        if source is None or target is None:
            raise NotFound("source_event")
        settings = dict(source.certificate_settings or {})
        settings.pop("next_seq", None)
        target.certificate_settings = settings
        target.options = dict(source.options or {})
        for item in source.agenda:
            session.add(
                AgendaItem(
                    event_id=target.id,
                    position=item.position,
                    title=item.title,
                    speaker=item.speaker,
                    planned_seconds=item.planned_seconds,
                    warning_seconds=item.warning_seconds,
                    danger_seconds=item.danger_seconds,
                )
            )
        forms = session.scalars(select(FeedbackForm).where(FeedbackForm.event_id == source.id)).all()
        for form in forms:
            session.add(copy_form(form, target.id, now))
    return get_event(db, created.id)


def copy_form(form: FeedbackForm, event_id: int, now: Any) -> FeedbackForm:
    """A detached deep copy of a feedback form (sections and questions) for another event."""
    from asn_event.db.models import FeedbackForm, FeedbackSection, Question

    return FeedbackForm(
        event_id=event_id,
        title=form.title,
        intro=form.intro,
        anonymous=form.anonymous,
        active=form.active,
        created_at=now,
        sections=[
            FeedbackSection(
                position=section.position,
                title=section.title,
                questions=[
                    Question(
                        position=q.position,
                        kind=q.kind,
                        text=q.text,
                        options=list(q.options or []),
                        required=q.required,
                        required_message=q.required_message,
                    )
                    for q in section.questions
                ],
            )
            for section in form.sections
        ],
    )


@dataclass(frozen=True, slots=True)
class EventContents:
    """What deleting an event removes with it. People and units stay: they belong to the roster and
    to the other events (JP hours add up per year)."""

    event_id: int
    code: str
    title: str
    date: date
    registrations: int
    checked_in: int
    scans: int
    agenda_items: int
    forms: int
    responses: int
    certificates: int
    certificates_printed: int


def _contents(session: Any, event_id: int, *, lock: bool = False) -> EventContents:
    from asn_event.db.models import (
        AgendaItem,
        Certificate,
        Event,
        FeedbackForm,
        Registration,
        Response,
        ScanLog,
    )

    query = select(Event.code, Event.title, Event.date).where(Event.id == event_id)
    # PostgreSQL: the row lock holds back a desk issuing a certificate (its foreign key check) until we end.
    row = session.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound("event", id=event_id)

    def count(what: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(what).where(*where)) or 0)

    registrations = Registration.event_id == event_id
    forms = select(FeedbackForm.id).where(FeedbackForm.event_id == event_id).scalar_subquery()
    certificates = Certificate.event_id == event_id
    return EventContents(
        event_id=event_id,
        code=row.code,
        title=row.title,
        date=row.date,
        registrations=count(Registration, registrations),
        checked_in=count(Registration, registrations, Registration.checked_in_at.is_not(None)),
        scans=count(ScanLog, ScanLog.event_id == event_id),
        agenda_items=count(AgendaItem, AgendaItem.event_id == event_id),
        forms=count(FeedbackForm, FeedbackForm.event_id == event_id),
        responses=count(Response, Response.form_id.in_(forms)),
        certificates=count(Certificate, certificates),
        certificates_printed=count(Certificate, certificates, Certificate.print_count > 0),
    )


def event_contents(db: Database, event_id: int) -> EventContents:
    """What :func:`delete_event` would remove: the counts the confirmation names."""
    with db.readers() as session:
        return _contents(session, event_id)


def check_deletable(contents: EventContents, *, force: bool = False) -> None:
    """Refused ``event_has_certificates`` when the event issued certificates and ``force`` is not given."""
    if contents.certificates and not force:
        raise Refused(
            "event_has_certificates",
            title=contents.title,
            count=contents.certificates,
            printed=contents.certificates_printed,
        )


def delete_event(db: Database, event_id: int, *, force: bool = False) -> EventContents:
    """Remove a (test) event and everything that belongs only to it, in one transaction: registrations,
    the desk's scan log, agenda and timer, feedback forms with their responses, certificates.

    Issued certificate numbers must stay verifiable (an auditor checks a framed certificate against
    the register), so an event that issued certificates is refused unless ``force``. A SQLite file is
    copied first (``before-delete``): the way back, and the register of what was removed.
    """
    from asn_event.backups import safety_backup
    from asn_event.db.models import (
        AgendaItem,
        Answer,
        Certificate,
        Event,
        FeedbackForm,
        FeedbackSection,
        Question,
        Registration,
        Response,
        ScanLog,
        TimerState,
    )

    check_deletable(event_contents(db, event_id), force=force)  # before the backup: a refusal changes nothing
    safety_backup(db, "before-delete")
    with db.sessions() as session, session.begin():
        contents = _contents(session, event_id, lock=True)
        check_deletable(contents, force=force)  # a desk may have issued one since
        forms = select(FeedbackForm.id).where(FeedbackForm.event_id == event_id)
        sections = select(FeedbackSection.id).where(FeedbackSection.form_id.in_(forms))
        responses = select(Response.id).where(Response.form_id.in_(forms))
        # Children first, each one statement: the same on SQLite and PostgreSQL, whatever the
        # foreign keys' ON DELETE says.
        for statement in (
            delete(Answer).where(Answer.response_id.in_(responses)),
            delete(Response).where(Response.form_id.in_(forms)),
            delete(Question).where(Question.section_id.in_(sections)),
            delete(FeedbackSection).where(FeedbackSection.form_id.in_(forms)),
            delete(FeedbackForm).where(FeedbackForm.event_id == event_id),
            delete(ScanLog).where(ScanLog.event_id == event_id),
            delete(Certificate).where(Certificate.event_id == event_id),
            delete(TimerState).where(TimerState.event_id == event_id),
            delete(AgendaItem).where(AgendaItem.event_id == event_id),
            delete(Registration).where(Registration.event_id == event_id),
            delete(Event).where(Event.id == event_id),
        ):
            session.execute(statement)
        return contents
