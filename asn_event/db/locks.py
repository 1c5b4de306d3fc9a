"""Taking turns between desks inside one transaction, on every backend.

On SQLite the engine begins every transaction with ``BEGIN IMMEDIATE``: one writer at a time, so a
read-then-write (the next certificate number, a key created on first use) is never interleaved
with another desk's. PostgreSQL runs transactions side by side; :func:`take_turn` makes those few
actions wait for each other with a transaction-level advisory lock, released at commit or rollback.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sqlalchemy import func, select

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Turn(enum.IntEnum):
    """What the desks take turns for (the first key of the advisory lock)."""

    CERTIFICATE_NUMBERS = 1  # per event: numbering reads the largest number, then adds after it
    OFFICE_KEY = 2  # one office key is created on first use
    ROSTER_IMPORT = 3  # an import plans against the people stored, then inserts the new ones
    EVENT_CODE = 4  # a new event's code is the first free one of its date


def take_turn(session: Session, turn: Turn, key: int = 0) -> None:
    """Wait until no other transaction holds ``(turn, key)``, then hold it until this one ends."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: BEGIN IMMEDIATE already gave this transaction the only write lock
    session.execute(select(func.pg_advisory_xact_lock(int(turn), key)))
