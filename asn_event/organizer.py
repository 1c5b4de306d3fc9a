"""The organizer PIN in front of destructive and sensitive actions (restore, merge, purge ...).

The PIN is the event's existing organizer PIN (salted scrypt, :mod:`asn_event.kiosk_pin`). An action
on a whole database file asks for a PIN when any event in it has one set, and accepts any of them;
an action on one event asks for that event's PIN. While no PIN is set, nothing is asked. The command
line takes ``--pin`` or the ``ASN_EVENT_PIN`` environment variable.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from asn_event.domain.errors import Refused
from asn_event.kiosk_pin import verify_pin

if TYPE_CHECKING:
    from asn_event.db import Database

PIN_ENV = "ASN_EVENT_PIN"


class PinRefused(Refused, ValueError):
    """The action needs the organizer PIN and it was not given, or not the right one."""


def pin_hashes_in_file(path: Path) -> list[str]:
    """The organizer PIN hashes stored in the database file (none when it cannot be read)."""
    from asn_event.db.backup import connect_read_only

    try:
        with closing(connect_read_only(path)) as conn:
            rows = conn.execute("SELECT kiosk_pin_hash FROM event WHERE kiosk_pin_hash IS NOT NULL")
            return [row[0] for row in rows if row[0]]
    except sqlite3.DatabaseError:
        return []  # a damaged or foreign file holds no PIN this program could check


def require_pin(hashes: Iterable[str], pin: str | None) -> None:
    """Pass when no PIN is set, or ``pin`` (else ``$ASN_EVENT_PIN``) matches one of ``hashes``."""
    stored = [h for h in hashes if h]
    if not stored:
        return
    typed = pin if pin is not None else os.environ.get(PIN_ENV)
    if not typed:
        raise PinRefused("organizer_pin_missing", env=PIN_ENV)
    if not any(verify_pin(typed, h) for h in stored):
        raise PinRefused("organizer_pin_wrong")


def require_pin_for_file(path: Path, pin: str | None) -> None:
    require_pin(pin_hashes_in_file(path), pin)


def pin_hashes(db: Database, event_ids: Iterable[int] | None = None) -> list[str]:
    """The organizer PIN hashes of the events ``event_ids`` (all events when None) in an open database."""
    from sqlalchemy import select

    from asn_event.db.models import Event

    query = select(Event.kiosk_pin_hash).where(Event.kiosk_pin_hash.is_not(None))
    if event_ids is not None:
        query = query.where(Event.id.in_(list(event_ids)))
    with db.readers() as session:
        return [h for h in session.scalars(query) if h]
