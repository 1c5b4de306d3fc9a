"""Per-event desk settings: the organizer PIN for kiosks and the optional signature at the desk."""

from __future__ import annotations

from sqlalchemy import select

from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.db.errors import NotFound
from asn_event.db.models import Event
from asn_event.kiosk_pin import hash_pin, verify_pin

SIGNATURE_OPTION = "checkin_signature"  # Event.options key: ask for a signature after each check-in


def _event(session, event_id: int) -> Event:  # type: ignore[no-untyped-def]
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event", id=event_id)
    return event


def set_kiosk_pin(db: Database, clock: Clock, event_id: int, pin: str | None) -> None:
    """Set (or with None, remove) the organizer PIN; only its salted scrypt hash is stored."""
    hashed = hash_pin(pin) if pin is not None else None  # raises PinError before touching the database
    with db.sessions() as session, session.begin():
        event = _event(session, event_id)
        event.kiosk_pin_hash = hashed
        event.updated_at = clock.now()


def check_kiosk_pin(db: Database, event_id: int, pin: str) -> bool:
    with db.readers() as session:
        stored = session.scalar(select(Event.kiosk_pin_hash).where(Event.id == event_id))
    return verify_pin(pin, stored)


def has_kiosk_pin(db: Database, event_id: int) -> bool:
    with db.readers() as session:
        return session.scalar(select(Event.kiosk_pin_hash).where(Event.id == event_id)) is not None


def signature_enabled(db: Database, event_id: int) -> bool:
    with db.readers() as session:
        options = session.scalar(select(Event.options).where(Event.id == event_id)) or {}
    return bool(options.get(SIGNATURE_OPTION, False))


def set_signature_enabled(db: Database, clock: Clock, event_id: int, enabled: bool) -> None:
    with db.sessions() as session, session.begin():
        event = _event(session, event_id)
        event.options = {**(event.options or {}), SIGNATURE_OPTION: bool(enabled)}
        event.updated_at = clock.now()
