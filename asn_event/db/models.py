"""The data model: SQLAlchemy 2.0 typed declarative models.

Timestamps are stored as UTC. SQLite hands them back naive; :class:`UTCDateTime` makes them aware
again at the boundary, so every ``datetime`` read from a model is timezone-aware UTC.

Schema changes go through an Alembic migration in ``asn_event/db/migrations/versions``.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from asn_event.domain.enums import Employment, QuestionKind, RegistrationSource  # (also re-exported)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Tables a migration creates that are no model: the roster search index (FTS5, migration
# 0002_roster_fts, rebuilt by 0003_roster_fts_without_unit) and its shadow tables, kept in step with ``person`` by triggers.
DERIVED_TABLES = frozenset(
    {
        "person_fts",
        "person_fts_data",
        "person_fts_idx",
        "person_fts_docsize",
        "person_fts_config",
        "person_fts_content",
    }
)


def include_in_autogenerate(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic ``include_name`` hook: compare model tables only, never the derived ones."""
    return not (type_ == "table" and name in DERIVED_TABLES)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite stores it naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use an aware datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store the enum's value (readable in the file, stable across renames of the Python name)."""
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=20)


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String(500), default="")
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(100), default="Mojokerto")
    organizer: Mapped[str] = mapped_column(String(300), default="")
    jp_hours: Mapped[int] = mapped_column(Integer, default=2)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(300), default="")
    signer_nip: Mapped[str | None] = mapped_column(String(18))
    # Certificate design and numbering (number pattern, background, extra lines ...), see certificates.
    certificate_settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Other per-event switches (signature at the desk, feedback rule ...), declared in the services.
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # 32 random bytes: signs invitation codes (HMAC). Never leaves the database.
    secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    # Organizer PIN for leaving kiosk screens: salted scrypt hash, never the PIN itself.
    kiosk_pin_hash: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    registrations: Mapped[list[Registration]] = relationship(back_populates="event", passive_deletes=True)
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="event", order_by="AgendaItem.position", passive_deletes=True
    )


class Unit(Base):
    """An agency (perangkat daerah), so attendance can be counted per agency."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Person(Base):
    """A person outlives events: JP hours add up per year across events."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_name_key_unit", "name_key", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))  # with academic titles, exactly as written
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # no titles, case or punctuation
    nip: Mapped[str | None] = mapped_column(String(18), unique=True)  # 18 digits, no spaces
    employment: Mapped[Employment] = mapped_column(_enum(Employment), default=Employment.NON_ASN)
    rank: Mapped[str] = mapped_column(String(100), default="")  # pangkat/golongan
    position: Mapped[str] = mapped_column(String(300), default="")  # jabatan
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"), index=True)
    sex: Mapped[str | None] = mapped_column(String(1))  # "L" or "P"
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    unit: Mapped[Unit | None] = relationship()


class Registration(Base):
    """A person invited to (or walking into) an event.

    One row per person and event (a unique constraint), holding at most one check-in time: the
    database itself guarantees that a person is checked in at most once per event.
    """

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("event_id", "person_id", name="uq_registration_event_person"),
        Index("ix_registration_event_checked_in", "event_id", "checked_in_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    source: Mapped[RegistrationSource] = mapped_column(
        _enum(RegistrationSource), default=RegistrationSource.ROSTER
    )
    registered_at: Mapped[datetime]
    checked_in_at: Mapped[datetime | None]
    checkin_desk: Mapped[str | None] = mapped_column(String(60))
    checkin_staff: Mapped[str | None] = mapped_column(String(100))
    # Signature at the desk: a list of strokes, each a list of [x, y] points in 0..1 of the pad.
    signature: Mapped[list[Any] | None] = mapped_column(JSON)
    signature_skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback_done_at: Mapped[datetime | None]
    # Organizer's hand override of certificate eligibility: None follows the rule.
    certificate_override: Mapped[bool | None] = mapped_column(Boolean)

    event: Mapped[Event] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship()


class ScanLog(Base):
    """Every scan or desk action, accepted or not. Append-only: the audit trail of the desk."""

    __tablename__ = "scan_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    # indexed: deleting a registration clears these links without reading the whole log (0004)
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"), index=True
    )
    at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(30))  # a ScanStatus value, or undo / signature_skipped ...
    raw: Mapped[str] = mapped_column(String(500), default="")  # what the scanner typed (truncated)
    desk: Mapped[str] = mapped_column(String(60), default="")
    staff: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[str] = mapped_column(String(500), default="")


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    speaker: Mapped[str] = mapped_column(String(300), default="")
    planned_seconds: Mapped[int] = mapped_column(Integer, default=600)
    warning_seconds: Mapped[int] = mapped_column(Integer, default=120)
    danger_seconds: Mapped[int] = mapped_column(Integer, default=30)
    actual_start: Mapped[datetime | None]
    actual_end: Mapped[datetime | None]

    event: Mapped[Event] = relationship(back_populates="agenda")


class TimerState(Base):
    """The stage timer's saved state, written on every transition so a restart resumes it."""

    __tablename__ = "timer_state"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime]


class FeedbackForm(Base):
    __tablename__ = "feedback_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    intro: Mapped[str] = mapped_column(Text, default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]

    sections: Mapped[list[FeedbackSection]] = relationship(
        back_populates="form", order_by="FeedbackSection.position", cascade="all, delete-orphan"
    )


class FeedbackSection(Base):
    __tablename__ = "feedback_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("feedback_form.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))

    form: Mapped[FeedbackForm] = relationship(back_populates="sections")
    questions: Mapped[list[Question]] = relationship(
        back_populates="section", order_by="Question.position", cascade="all, delete-orphan"
    )


class Question(Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("feedback_section.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind))
    text: Mapped[str] = mapped_column(String(1000))
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)  # choices, or scale labels
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    required_message: Mapped[str] = mapped_column(String(300), default="")

    section: Mapped[FeedbackSection] = relationship(back_populates="questions")


class Response(Base):
    """One submitted form. At most one per registration; in anonymous mode at most one per code digest."""

    __tablename__ = "response"
    __table_args__ = (
        UniqueConstraint("form_id", "registration_id", name="uq_response_form_registration"),
        UniqueConstraint("form_id", "code_digest", name="uq_response_form_code_digest"),
        UniqueConstraint("submission_key", name="uq_response_submission_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("feedback_form.id", ondelete="CASCADE"), index=True)
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"), index=True
    )
    # Anonymous mode: a keyed hash of the invitation code stops a second response without storing who.
    code_digest: Mapped[str | None] = mapped_column(String(64))
    # Generated when a form is shown; a double-tapped submit carries the same key and stores nothing twice.
    submission_key: Mapped[str] = mapped_column(String(64))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(20), default="kiosk")  # kiosk | paper
    submitted_at: Mapped[datetime]

    answers: Mapped[list[Answer]] = relationship(back_populates="response", cascade="all, delete-orphan")


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id", name="uq_answer_response_question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"), index=True)
    value_int: Mapped[int | None] = mapped_column(Integer)
    value_text: Mapped[str | None] = mapped_column(Text)
    value_list: Mapped[list[Any] | None] = mapped_column(JSON)

    response: Mapped[Response] = relationship(back_populates="answers")


class Certificate(Base):
    """An issued certificate. Stored with what it was printed with, so a reprint is identical."""

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("event_id", "seq", name="uq_certificate_event_seq"),
        UniqueConstraint("event_id", "number", name="uq_certificate_event_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), unique=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(120))
    verification_code: Mapped[str] = mapped_column(String(40), index=True)
    # The rendered content (name, NIP, event lines, signer, signed QR payload ...) frozen at issue time.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    issued_at: Mapped[datetime]
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None]


class OfficeKey(Base):
    """The issuing office's Ed25519 key that signs certificates (public half can be exported)."""

    __tablename__ = "office_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    private_key: Mapped[bytes] = mapped_column(LargeBinary(64))  # raw 32-byte Ed25519 seed
    public_key: Mapped[bytes] = mapped_column(LargeBinary(64))  # raw 32 bytes
    created_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
