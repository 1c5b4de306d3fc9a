"""What every page and command is given: the open database, the clock, and who is at the desk."""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_event.clock import Clock, SystemClock
from asn_event.db import Database

__all__ = ["AppContext", "Database"]


@dataclass
class AppContext:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    desk: str = "Meja 1"
    staff: str = ""
