"""How long an event keeps personal data, and purging it afterwards (UU 27/2022), without Qt.

Each event has a retention date (``Event.options["retention_until"]``; by default one year after the
event). After it, :func:`purge_personal_data` removes what identifies people of that event and keeps
what the office must still answer for:

- removed: names, NIPs, positions, phone numbers (each registration points to a new "Peserta N" with
  only the unit and employment kept, and a person with no other event is deleted), desk signatures,
  free-text answers of named feedback forms, texts typed into the scan field, and the name, NIP and
  position in the certificate register;
- kept: every count (registered, present per unit and per desk, times), anonymous feedback, scale
  answers, and the register's certificate numbers and verification codes, so a printed certificate
  still verifies (its QR code is signed and verified with the public key alone).

A verified backup is made first (it rotates out of the backups folder within 30 days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.db.errors import NotFound

RETENTION_OPTION = "retention_until"  # Event.options: ISO date after which personal data may be purged
PURGED_OPTION = "personal_data_purged_at"
DEFAULT_RETENTION = timedelta(days=365)
PERSONAL_PAYLOAD_KEYS = ("name", "nip", "nip_label", "position", "verification_text")


@dataclass(frozen=True)
class Retention:
    until: date
    explicit: bool  # set by the organizer (else the default: a year after the event)
    purged_at: str | None

    def due(self, today: date) -> bool:
        return self.purged_at is None and today > self.until


@dataclass(frozen=True)
class PurgeReport:
    event_id: int
    people_anonymised: int
    people_deleted: int
    signatures_removed: int
    answers_cleared: int
    certificates_kept: int


def _event(session, event_id: int):  # type: ignore[no-untyped-def]
    from asn_event.db.models import Event

    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event", id=event_id)
    return event


def retention_from(event_date: date, options: dict[str, Any] | None) -> Retention:
    """The retention of an event with this date and these options (no database needed)."""
    options = options or {}
    text = options.get(RETENTION_OPTION)
    try:
        until = date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        until = None
    return Retention(until or event_date + DEFAULT_RETENTION, until is not None, options.get(PURGED_OPTION))


def retention_of(db: Database, event_id: int) -> Retention:
    """Read with the events service's Core query: the Acara page shows it at the first paint,
    before SQLAlchemy's ORM is imported."""
    from asn_event.events import get_event

    info = get_event(db, event_id)
    return retention_from(info.date, info.options)


def set_retention(db: Database, event_id: int, until: date | None) -> Retention:
    """Keep the event's personal data until ``until`` (None: back to the default)."""
    with db.sessions() as session, session.begin():
        event = _event(session, event_id)
        options = dict(event.options or {})
        if until is None:
            options.pop(RETENTION_OPTION, None)
        else:
            options[RETENTION_OPTION] = until.isoformat()
        event.options = options
    return retention_of(db, event_id)


def purge_personal_data(db: Database, clock: Clock, event_id: int) -> PurgeReport:
    """Remove the personal data of one event (see the module text); one transaction, after a backup."""
    from sqlalchemy import func, null, select

    from asn_event.backups import safety_backup
    from asn_event.db.models import (
        Answer,
        Certificate,
        Employment,
        FeedbackForm,
        Person,
        Registration,
        Response,
        ScanLog,
    )

    with db.readers() as session:
        _event(session, event_id)
    safety_backup(db, "before-purge")
    now = clock.now()
    anonymised = deleted = signatures = cleared = 0
    with db.sessions() as session, session.begin():
        event = _event(session, event_id)
        registrations = session.scalars(
            select(Registration).where(Registration.event_id == event_id).order_by(Registration.id)
        ).all()
        for reg in registrations:
            person = session.get(Person, reg.person_id)
            if person is not None and person.name_key == f"peserta {reg.id}" and person.nip is None:
                continue  # purged before
            stand_in = Person(
                name=f"Peserta {reg.id}",
                name_key=f"peserta {reg.id}",
                nip=None,
                employment=person.employment if person is not None else Employment.NON_ASN,
                rank="",
                position="",
                unit_id=person.unit_id if person is not None else None,
                sex=None,
                phone="",
                created_at=now,
                updated_at=now,
            )
            session.add(stand_in)
            session.flush()
            reg.person_id = stand_in.id
            anonymised += 1
            if reg.signature is not None:
                reg.signature = null()  # SQL NULL: a JSON column given None would store the text 'null'
                signatures += 1
            session.flush()
            if person is not None:
                others = session.scalar(
                    select(func.count()).select_from(Registration).where(Registration.person_id == person.id)
                )
                if not others:
                    session.delete(person)
                    deleted += 1
        named_forms = select(FeedbackForm.id).where(
            FeedbackForm.event_id == event_id, FeedbackForm.anonymous.is_(False)
        )
        tied = select(Response.id).where(Response.form_id.in_(named_forms), Response.registration_id.is_not(None))
        for answer in session.scalars(
            select(Answer).where(Answer.response_id.in_(tied), Answer.value_text.is_not(None))
        ):
            answer.value_text = None
            cleared += 1
        for row in session.scalars(select(ScanLog).where(ScanLog.event_id == event_id)):
            row.raw, row.detail = "", ""
        certificates = session.scalars(select(Certificate).where(Certificate.event_id == event_id)).all()
        for cert in certificates:
            cert.payload = {
                key: ("" if key in PERSONAL_PAYLOAD_KEYS else value) for key, value in (cert.payload or {}).items()
            }
        event.options = {**(event.options or {}), PURGED_OPTION: now.isoformat()}
    return PurgeReport(event_id, anonymised, deleted, signatures, cleared, len(certificates))
