"""Issuing certificates: eligibility, stable numbers, the office key, print counts.

Each public function is one user action in one transaction and returns plain dataclasses.
Numbers are given in the order of the batch (unit, then name) the first time a person is issued
a certificate, and never change: issuing again only adds the newcomers after the last number. What
a certificate says is frozen in ``Certificate.payload`` at issue time, so a reprint is identical
even if the roster or the event is edited later.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from asn_event.certificates.content import CertificateContent, build_content
from asn_event.certificates.numbering import NumberPattern
from asn_event.certificates.settings import CertificateSettings
from asn_event.certificates.signing import (
    KeyPair,
    SignedFields,
    Verification,
    new_key_pair,
    normalize_short_code,
    public_key_pem,
    short_code,
    sign,
    verify,
)
from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.db.errors import Conflict, NotFound
from asn_event.db.locks import Turn, take_turn
from asn_event.db.models import Certificate, Event, OfficeKey, Person, Registration, Unit
from asn_event.events import EventDraft, InvalidEvent, validate_draft
from asn_event.names import name_key
from asn_event.progress import Progress


class Eligibility(enum.StrEnum):
    ATTENDED = "attended"  # checked in (and feedback given, when the event asks for it)
    ADDED = "added"  # added by hand by the organizer
    REMOVED = "removed"  # removed by hand by the organizer
    NOT_ATTENDED = "not_attended"
    NO_FEEDBACK = "no_feedback"

    @property
    def eligible(self) -> bool:
        return self in (Eligibility.ATTENDED, Eligibility.ADDED)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A registration as the eligibility list shows it."""

    registration_id: int
    name: str
    nip: str | None
    unit: str
    checked_in: bool
    feedback_done: bool
    override: bool | None
    status: Eligibility
    number: str | None  # the certificate number, once issued
    print_count: int

    @property
    def eligible(self) -> bool:
        return self.status.eligible


@dataclass(frozen=True, slots=True)
class IssuedCertificate:
    id: int
    registration_id: int
    seq: int
    number: str
    unit: str
    content: CertificateContent
    print_count: int
    issued_at: datetime

    @property
    def name(self) -> str:
        return self.content.name


@dataclass(frozen=True, slots=True)
class IssueResult:
    certificates: tuple[IssuedCertificate, ...]  # everyone eligible, in batch order (unit, name)
    newly_issued: int


def unit_name(person: Person) -> str:
    return person.unit.name if person.unit is not None else ""


BatchKey = tuple[int, str, str]  # no unit last, the unit case-folded, the name's sort key


def batch_order(unit: str, name: str) -> BatchKey:
    return (0 if unit else 1, unit.casefold(), name_key(name))


def eligibility_of(reg: Registration, require_feedback: bool) -> Eligibility:
    return eligibility(
        reg.certificate_override, reg.checked_in_at is not None, reg.feedback_done_at is not None, require_feedback
    )


def eligibility(override: bool | None, checked_in: bool, feedback_done: bool, require_feedback: bool) -> Eligibility:
    """The rule, on the registration's plain values (lists of 100,000 read columns, not ORM objects)."""
    if override is True:
        return Eligibility.ADDED
    if override is False:
        return Eligibility.REMOVED
    if not checked_in:
        return Eligibility.NOT_ATTENDED
    if require_feedback and not feedback_done:
        return Eligibility.NO_FEEDBACK
    return Eligibility.ATTENDED


def load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event", id=event_id)
    return event


def registrations_of(session: Session, event_id: int) -> list[Registration]:
    query = (
        select(Registration)
        .where(Registration.event_id == event_id)
        .options(joinedload(Registration.person).joinedload(Person.unit))
    )
    return list(session.scalars(query).unique())


def get_settings(db: Database, event_id: int) -> CertificateSettings:
    with db.readers() as session:
        return CertificateSettings.from_json(load_event(session, event_id).certificate_settings)


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    title: str
    nip: str
    jp_hours: int


def get_signer(db: Database, event_id: int) -> Signer:
    with db.readers() as session:
        event = load_event(session, event_id)
        return Signer(event.signer_name, event.signer_title, event.signer_nip or "", event.jp_hours)


def save_settings(
    db: Database, clock: Clock, event_id: int, settings: CertificateSettings, signer: Signer
) -> CertificateSettings:
    """Store the certificate settings with the signer and JP of the event (validated: pattern, NIP, JP)."""
    checked = settings.validated()
    nip = "".join(signer.nip.split()).replace(".", "").replace("-", "")
    with db.sessions() as session, session.begin():
        event = load_event(session, event_id)
        draft = EventDraft(
            title=event.title,
            date=event.date,
            start_time=event.start_time,
            venue=event.venue or "-",
            jp_hours=signer.jp_hours,
            signer_name=signer.name,
            signer_title=signer.title,
            signer_nip=nip,
        )
        errors = [e for e in validate_draft(draft) if e.field in ("jp_hours", "signer_nip")]
        if errors:
            raise InvalidEvent(errors)
        event.certificate_settings = checked.to_json()
        event.signer_name = " ".join(signer.name.split())
        event.signer_title = " ".join(signer.title.split())
        event.signer_nip = nip or None
        event.jp_hours = signer.jp_hours
        event.updated_at = clock.now()
    return checked


def set_require_feedback(db: Database, event_id: int, required: bool) -> None:
    """Switch the rule "feedback submitted" on or off for the event's certificates."""
    with db.sessions() as session, session.begin():
        event = load_event(session, event_id)
        settings = CertificateSettings.from_json(event.certificate_settings)
        event.certificate_settings = replace(settings, require_feedback=required).to_json()


def list_candidates(db: Database, event_id: int, require_feedback: bool | None = None) -> list[Candidate]:
    """Everyone registered for the event with their eligibility, sorted by unit then name.

    Plain columns sorted by the database (no ORM objects, no certificate texts read): the
    Sertifikat page lists 100,000 people in well under a second, off the GUI thread."""
    with db.readers() as session:
        event = load_event(session, event_id)
        rule = CertificateSettings.from_json(event.certificate_settings).require_feedback
        require = rule if require_feedback is None else require_feedback
        issued = {
            registration_id: (number, print_count)
            for registration_id, number, print_count in session.execute(
                select(Certificate.registration_id, Certificate.number, Certificate.print_count).where(
                    Certificate.event_id == event_id
                )
            )
        }
        lines = _registration_lines(session, event_id, ordered=True)
    rows = []
    for line in lines:
        number, print_count = issued.get(line.id, (None, 0))
        rows.append(
            Candidate(
                registration_id=line.id,
                name=line.name,
                nip=line.nip,
                unit=line.unit or "",
                checked_in=bool(line.checked_in),
                feedback_done=bool(line.feedback_done),
                override=line.certificate_override,
                status=eligibility(line.certificate_override, line.checked_in, line.feedback_done, require),
                number=number,
                print_count=print_count,
            )
        )
    return rows


def set_override(db: Database, registration_id: int, value: bool | None) -> None:
    """Add (True) or remove (False) a person by hand, or follow the rule again (None)."""
    with db.sessions() as session, session.begin():
        reg = session.get(Registration, registration_id)
        if reg is None:
            raise NotFound("registration")
        reg.certificate_override = value


# -- the office key --------------------------------------------------------------------------------


def _active_key(session: Session) -> OfficeKey | None:
    return session.scalars(
        select(OfficeKey).where(OfficeKey.active.is_(True)).order_by(OfficeKey.id.desc())
    ).first()


def _office_key(session: Session, clock: Clock) -> KeyPair:
    row = _active_key(session)
    if row is None:
        take_turn(session, Turn.OFFICE_KEY)  # another desk may be creating it right now
        row = _active_key(session)
    if row is None:
        from asn_event.office_key import check_key_not_lost

        check_key_not_lost(session)  # a new key would make every printed certificate "another key"
        keys = new_key_pair()
        session.add(
            OfficeKey(
                name="Kunci kantor",
                private_key=keys.private_seed,
                public_key=keys.public_raw,
                created_at=clock.now(),
            )
        )
        session.flush()
        return keys
    return KeyPair(bytes(row.private_key), bytes(row.public_key))


def office_public_key_pem(db: Database, clock: Clock) -> str:
    """The office's public key as PEM (the key pair is created on first use)."""
    with db.sessions() as session, session.begin():
        return public_key_pem(_office_key(session, clock).public_raw)


def known_public_keys(db: Database) -> list[bytes]:
    with db.readers() as session:
        return [bytes(k) for k in session.scalars(select(OfficeKey.public_key))]


def verify_text(db: Database, text: str) -> Verification:
    """Check a scanned code against every office key this database holds."""
    return verify(text, known_public_keys(db))


def find_by_short_code(db: Database, text: str) -> IssuedCertificate | None:
    """The certificate whose printed short code is ``text`` (typed by hand), or None."""
    code = normalize_short_code(text)
    with db.readers() as session:
        cert = session.scalars(select(Certificate).where(Certificate.verification_code == code)).first()
        return _issued(cert) if cert is not None else None


# -- issuing ----------------------------------------------------------------------------------------


def _issued(cert: Certificate) -> IssuedCertificate:
    content = CertificateContent.from_payload(cert.payload)
    return IssuedCertificate(
        id=cert.id,
        registration_id=cert.registration_id,
        seq=cert.seq,
        number=cert.number,
        unit=str(cert.payload.get("unit", "")),
        content=content,
        print_count=cert.print_count,
        issued_at=cert.issued_at,
    )


@dataclass(frozen=True, slots=True)
class PersonLine:
    """The person's texts on a certificate."""

    name: str
    nip: str | None
    employment: str
    position: str
    unit: str

    @classmethod
    def of(cls, reg: Registration) -> PersonLine:
        person = reg.person
        return cls(person.name, person.nip, person.employment.value, person.position, unit_name(person))


def make_content(
    event: Event, settings: CertificateSettings, person: PersonLine, number: str, keys: KeyPair
) -> CertificateContent:
    """The certificate's texts, signed: what is stored at issue time and printed ever after."""
    draft = build_content(
        number=number,
        name=person.name,
        nip=person.nip,
        employment=person.employment,
        position=person.position,
        unit=person.unit,
        event_title=event.title,
        event_theme=event.theme,
        event_date=event.date,
        venue=event.venue,
        jp=event.jp_hours,
        organizer=event.organizer,
        city=event.city,
        signed_on=event.date,
        signer_title=event.signer_title,
        signer_name=event.signer_name,
        signer_nip=event.signer_nip,
        extra_lines=settings.extra_lines,
    )
    fields = SignedFields(draft.number, draft.name, event.code, event.date, event.jp_hours)
    code = sign(keys, fields)
    return replace(draft, verification_text=code, short_code=short_code(code))


@dataclass(frozen=True, slots=True)
class IssuedIds:
    """The certificate ids of everyone eligible, in batch order (unit, name), without their texts."""

    ids: tuple[int, ...]
    newly_issued: int


ISSUE_BATCH = 1000  # certificates written per executemany: memory bounded by a batch


def _registration_lines(session: Session, event_id: int, *, ordered: bool = False) -> list[Row[Any]]:
    """Every registration of the event with the person's texts, as plain rows (no ORM objects);
    ``ordered``: in batch order by the database (units A-Z, people without a unit last, then name)."""
    query = (
        select(
            Registration.id,
            Registration.certificate_override,
            # Only whether they are set: parsing 200,000 timestamps would be most of the time.
            Registration.checked_in_at.is_not(None).label("checked_in"),
            Registration.feedback_done_at.is_not(None).label("feedback_done"),
            Person.name,
            Person.nip,
            Person.employment,
            Person.position,
            Unit.name.label("unit"),
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id)
    )
    if ordered:
        query = query.order_by(Unit.name.is_(None), func.lower(Unit.name), Person.name_key, Registration.id)
    return list(session.execute(query))


def _eligible_in_order(session: Session, event_id: int, require_feedback: bool) -> list[tuple[BatchKey, int]]:
    """The registration ids of everyone eligible, in batch order, with their sort keys: read a batch
    of rows at a time and kept as a key and an id each, not as rows with every text."""
    query = (
        select(
            Registration.id,
            Registration.certificate_override,
            Registration.checked_in_at.is_not(None),
            Registration.feedback_done_at.is_not(None),
            Person.name,
            Unit.name,
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id)
        .execution_options(yield_per=ISSUE_BATCH)
    )
    units: dict[str, str] = {}  # one folded text per unit, shared by its people
    order: list[tuple[BatchKey, int]] = []
    for registration_id, override, checked_in, feedback_done, name, unit in session.execute(query):
        if eligibility(override, checked_in, feedback_done, require_feedback).eligible:
            folded = units.get(unit or "")
            if folded is None:
                folded = units[unit or ""] = (unit or "").casefold()
            order.append(((0 if unit else 1, folded, name_key(name)), registration_id))
    order.sort()  # equal names in one unit: by registration, so the order never depends on the query plan
    return order


def _person_lines(session: Session, registration_ids: Sequence[int]) -> dict[int, PersonLine]:
    query = (
        select(Registration.id, Person.name, Person.nip, Person.employment, Person.position, Unit.name)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.id.in_(registration_ids))
    )
    return {
        registration_id: PersonLine(name, nip, employment.value, position, unit or "")
        for registration_id, name, nip, employment, position, unit in session.execute(query)
    }


def issue_numbers(
    db: Database,
    clock: Clock,
    event_id: int,
    require_feedback: bool | None = None,
    progress: Progress | None = None,
) -> IssuedIds:
    """Give a number to everyone eligible who has none yet; return the ids of all eligible certificates.

    Holds a sort key and an id per eligible person; the texts of the new certificates are read,
    signed and written with Core :data:`ISSUE_BATCH` at a time, so 100,000 people cost neither
    100,000 ORM objects nor their texts held until the end (the PDF reads them back a page at a
    time)."""
    try:
        with db.sessions() as session, session.begin():
            # Another desk issuing for this event waits here until this batch is committed, then
            # finds these numbers: each certificate is numbered once, without gaps.
            take_turn(session, Turn.CERTIFICATE_NUMBERS, event_id)
            event = load_event(session, event_id)
            settings = CertificateSettings.from_json(event.certificate_settings)
            pattern = NumberPattern.parse(settings.number_pattern)
            require = settings.require_feedback if require_feedback is None else require_feedback
            eligible = [registration for _key, registration in _eligible_in_order(session, event_id, require)]
            certificate = Certificate.__table__
            existing = set(session.scalars(select(Certificate.registration_id).where(Certificate.event_id == event_id)))
            last = (
                session.scalar(select(func.max(Certificate.seq)).where(Certificate.event_id == event_id)) or 0
            )
            keys = None  # made on the first new number: a refused batch leaves the database as it was
            now = clock.now()
            new = 0
            for start in range(0, len(eligible), ISSUE_BATCH):
                fresh = [i for i in eligible[start : start + ISSUE_BATCH] if i not in existing]
                if not fresh:
                    continue
                people = _person_lines(session, fresh)
                pending: list[dict[str, Any]] = []
                for registration_id in fresh:
                    last += 1
                    number = pattern.format(last, event.date, event.code)
                    keys = keys or _office_key(session, clock)
                    person = people[registration_id]
                    content = make_content(event, settings, person, number, keys)
                    pending.append(
                        {
                            "event_id": event_id,
                            "registration_id": registration_id,
                            "seq": last,
                            "number": content.number,
                            "verification_code": content.short_code,
                            "payload": content.to_payload(),
                            "issued_at": now,
                            "print_count": 0,
                        }
                    )
                    if progress is not None and new % 50 == 0:
                        progress.report(start, len(eligible), "certificate_for", name=person.name)
                    new += 1
                session.execute(insert(certificate), pending)
            ids: list[int] = []
            for start in range(0, len(eligible), ISSUE_BATCH):
                chunk = eligible[start : start + ISSUE_BATCH]
                query = select(Certificate.registration_id, Certificate.id).where(
                    Certificate.event_id == event_id, Certificate.registration_id.in_(chunk)
                )
                found: dict[int, int] = dict(session.execute(query).all())
                ids.extend(found[i] for i in chunk)
            return IssuedIds(tuple(ids), new)
    except IntegrityError as error:
        raise Conflict("certificate_number_clash") from error


def issued_certificates(db: Database, ids: Sequence[int]) -> Iterator[IssuedCertificate]:
    """The certificates of ``ids`` in that order, read :data:`ISSUE_BATCH` at a time."""
    for start in range(0, len(ids), ISSUE_BATCH):
        chunk = list(ids[start : start + ISSUE_BATCH])
        with db.readers() as session:
            found = {c.id: _issued(c) for c in session.scalars(select(Certificate).where(Certificate.id.in_(chunk)))}
        yield from (found[i] for i in chunk if i in found)


def issue_certificates(
    db: Database,
    clock: Clock,
    event_id: int,
    require_feedback: bool | None = None,
    progress: Progress | None = None,
) -> IssueResult:
    """:func:`issue_numbers`, with every eligible certificate's texts (for lists of one event's size)."""
    issued = issue_numbers(db, clock, event_id, require_feedback, progress)
    return IssueResult(tuple(issued_certificates(db, issued.ids)), issued.newly_issued)


def refresh_certificates(db: Database, clock: Clock, registration_ids: Iterable[int]) -> int:
    """Rewrite issued certificates with today's data (a corrected name, JP or signer), keeping each
    number. A reprint is otherwise always identical; this is the deliberate exception, and the new
    text is signed again (a copy printed before still verifies, with the old text). People without
    a certificate yet are left alone; returns how many were rewritten."""
    ids = list(registration_ids)
    with db.sessions() as session, session.begin():
        keys = _office_key(session, clock)
        certificates = session.scalars(select(Certificate).where(Certificate.registration_id.in_(ids))).all()
        for cert in certificates:
            reg = session.get(Registration, cert.registration_id)
            event = load_event(session, cert.event_id)
            settings = CertificateSettings.from_json(event.certificate_settings)
            assert reg is not None
            content = make_content(event, settings, PersonLine.of(reg), cert.number, keys)
            cert.payload = content.to_payload()
            cert.verification_code = content.short_code
        return len(certificates)


def record_print(db: Database, clock: Clock, certificate_ids: Iterable[int]) -> int:
    """Count one more print for each certificate; returns how many were counted."""
    ids = list(certificate_ids)
    with db.sessions() as session, session.begin():
        certs = list(session.scalars(select(Certificate).where(Certificate.id.in_(ids))))
        for cert in certs:
            cert.print_count += 1
            cert.last_printed_at = clock.now()
        return len(certs)
