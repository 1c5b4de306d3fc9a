"""Scans kept while the database server is out of reach, sent again in order when it returns.

A scan that could not reach the server is not checked in and is never reported as such: the desk
shows "koneksi ke server terputus" and keeps the scan here, with the time it was made. :meth:`PendingScans.retry` sends the
kept scans through the desk's ordinary check-in in the order they were made; the conditional
update there makes a retry safe (a scan that did commit before the link broke comes back as
``already``, never as a second check-in). Qt-free.

With a ``journal`` file the kept scans also survive the program closing (or the laptop's battery):
the list is written (temporary file, then rename) after every change and read back when the desk
opens again; it is removed once everything is sent.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from asn_event.checkin.result import DeskAction, ScanResult, ScanStatus
from asn_event.checkin.service import CheckinDesk
from asn_event.domain.errors import Busy, ConnectionLost, DiskFull

log = logging.getLogger(__name__)

MAX_PENDING = 5000  # a whole morning's queue; beyond that the desk refuses and says so


@dataclass(frozen=True, slots=True)
class PendingScan:
    raw: str = ""  # a scanned code ...
    registration_id: int | None = None  # ... or a person picked by name
    action: DeskAction = DeskAction.MANUAL
    kept_at: datetime | None = None  # when the desk kept it (the desk's clock)


def journal_path(folder: Path, database: str, event_id: int) -> Path:
    """Where a desk keeps the scans of one event on one database: one small JSON file each."""
    key = hashlib.sha256(f"{database}\n{event_id}".encode()).hexdigest()[:20]
    return folder / f"pending-scans-{key}.json"


def _to_json(scan: PendingScan) -> dict[str, object]:
    return {
        "raw": scan.raw,
        "registration_id": scan.registration_id,
        "action": scan.action.value,
        "kept_at": scan.kept_at.isoformat() if scan.kept_at else None,
    }


def _from_json(item: dict[str, object]) -> PendingScan:
    kept_at = item.get("kept_at")
    rid = item.get("registration_id")
    return PendingScan(
        raw=str(item.get("raw") or "")[:500],
        registration_id=int(rid) if isinstance(rid, int) else None,
        action=DeskAction(str(item.get("action") or DeskAction.MANUAL.value)),
        kept_at=datetime.fromisoformat(kept_at) if isinstance(kept_at, str) else None,
    )


class PendingScans:
    def __init__(self, journal: Path | None = None) -> None:
        self.journal = journal
        self._items: deque[PendingScan] = deque(self._load())
        # The desk keeps scans on the GUI thread while a worker sends the kept ones (a server desk).
        self._lock = threading.Lock()

    def _load(self) -> list[PendingScan]:
        if self.journal is None or not self.journal.exists():
            return []
        try:
            return [_from_json(item) for item in json.loads(self.journal.read_text(encoding="utf-8"))][:MAX_PENDING]
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            # Unreadable: set it aside for the technician, never silently dropped or overwritten.
            aside = self.journal.with_name(self.journal.name + ".unreadable")
            log.error("kept scans in %s unreadable (%s); moved to %s", self.journal, exc, aside)
            self.journal.replace(aside)
            return []

    def _save(self) -> None:
        if self.journal is None:
            return
        if not self._items:
            self.journal.unlink(missing_ok=True)
            return
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        partial = self.journal.with_name(self.journal.name + ".part")
        partial.write_text(json.dumps([_to_json(s) for s in self._items]), encoding="utf-8")
        os.replace(partial, self.journal)

    def __len__(self) -> int:
        return len(self._items)

    def keep(self, scan: PendingScan) -> bool:
        """Keep a scan for later; False when the queue is full (the desk must say so)."""
        with self._lock:
            if len(self._items) >= MAX_PENDING:
                return False
            self._items.append(scan)
            self._save()
            return True

    def retry(self, desk: CheckinDesk) -> list[ScanResult]:
        """Send the kept scans in order until the server fails again; the results of those sent.

        Raises nothing for a server still away: what was not sent stays kept. A busy database or a
        full disk propagates with the scan still kept; any other error (a refusal) propagates and
        the scan that caused it is dropped from the queue.
        """
        done: list[ScanResult] = []
        while self._items:
            scan = self._items[0]
            try:
                if scan.registration_id is not None:
                    result = desk.check_in(scan.registration_id, scan.action, at=scan.kept_at)
                else:
                    result = desk.scan(scan.raw, at=scan.kept_at)
            except ConnectionLost:
                break
            except (Busy, DiskFull):
                raise  # stays first in the queue: the desk says why, and the next try sends it
            except Exception:
                with self._lock:
                    self._items.popleft()
                    self._save()
                raise
            with self._lock:
                self._items.popleft()
            done.append(_own_commit(result, scan, desk.desk))
        if done:
            with self._lock:
                self._save()
        return done


def _own_commit(result: ScanResult, scan: PendingScan, desk: str) -> ScanResult:
    """A kept scan that did commit before the link broke comes back as "already, at this desk, after
    it was kept": that check-in is this scan's own, so the desk shows it as accepted (green), once."""
    if (
        result.status is ScanStatus.ALREADY
        and scan.kept_at is not None
        and result.desk == desk
        and result.checked_in_at is not None
        and result.checked_in_at >= scan.kept_at
    ):
        return replace(result, status=ScanStatus.ACCEPTED)
    return result
