"""What every page and command is given: the open database, the clock, and who is at the desk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from asn_event.clock import Clock, SystemClock
from asn_event.db import Database

if TYPE_CHECKING:
    from asn_event.backups import AutoBackup

__all__ = ["AppContext", "Database"]


@dataclass
class AppContext:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    desk: str = "Meja 1"
    staff: str = ""
    # The automatic backups of a SQLite file (None for a server database, or when not running the app).
    auto_backup: AutoBackup | None = None
