"""Scans kept while the database server is out of reach, sent again in order when it returns.

A scan that could not reach the server is not checked in and is never reported as such: the desk
shows "koneksi ke server terputus" and keeps the scan here. :meth:`PendingScans.retry` sends the
kept scans through the desk's ordinary check-in in the order they were made; the conditional
update there makes a retry safe (a scan that did commit before the link broke comes back as
``already``, never as a second check-in). Qt-free.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime

from asn_event.checkin.result import DeskAction, ScanResult, ScanStatus
from asn_event.checkin.service import CheckinDesk
from asn_event.db.errors import ConnectionLost

MAX_PENDING = 5000  # a whole morning's queue; beyond that the desk refuses and says so


@dataclass(frozen=True, slots=True)
class PendingScan:
    raw: str = ""  # a scanned code ...
    registration_id: int | None = None  # ... or a person picked by name
    action: DeskAction = DeskAction.MANUAL
    kept_at: datetime | None = None  # when the desk kept it (the desk's clock)


class PendingScans:
    def __init__(self) -> None:
        self._items: deque[PendingScan] = deque()

    def __len__(self) -> int:
        return len(self._items)

    def keep(self, scan: PendingScan) -> bool:
        """Keep a scan for later; False when the queue is full (the desk must say so)."""
        if len(self._items) >= MAX_PENDING:
            return False
        self._items.append(scan)
        return True

    def retry(self, desk: CheckinDesk) -> list[ScanResult]:
        """Send the kept scans in order until the server fails again; the results of those sent.

        Raises nothing for a server still away: what was not sent stays kept. Other database
        errors (a refusal) propagate, and the scan that caused them is dropped from the queue.
        """
        done: list[ScanResult] = []
        while self._items:
            scan = self._items[0]
            try:
                if scan.registration_id is not None:
                    result = desk.check_in(scan.registration_id, scan.action)
                else:
                    result = desk.scan(scan.raw)
            except ConnectionLost:
                break
            except Exception:
                self._items.popleft()
                raise
            self._items.popleft()
            done.append(_own_commit(result, scan, desk.desk))
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
