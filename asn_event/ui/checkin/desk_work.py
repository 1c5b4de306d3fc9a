"""What the check-in desk asks of the database, as plain functions a worker runs (no Qt here).

On a server desk these run on the page's one ordered worker (``PageTasks.write``), so scans are
stored in the order they were made; on a SQLite file they run at once. Each returns an outcome the
page shows on the GUI thread; a server that went away is an outcome (the scan is kept on disk and
sent again), not an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_event.checkin import ScanResult
from asn_event.checkin.pending import PendingScans
from asn_event.checkin.people import find_people
from asn_event.checkin.search import digits_of, is_nip_query
from asn_event.checkin.service import CheckinDesk
from asn_event.domain import DomainError
from asn_event.domain.errors import ConnectionLost
from asn_event.nip import NIP_LENGTH


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult | None = None
    lost: bool = False  # the server is out of reach: nothing stored, the scan is to be kept
    problem: DomainError | None = None  # nothing stored (busy, disk full): the code may be scanned again
    registration_id: int | None = None  # whom the scan named, when it was found by NIP


@dataclass(frozen=True)
class RetryOutcome:
    done: list[ScanResult] = field(default_factory=list)
    problem: Exception | None = None  # busy, disk full, the journal unwritable: kept, tried again


def scanned_nip(desk: CheckinDesk, text: str) -> int | None:
    """The registration of the one person whose NIP is the 18 digits scanned (an ID-card barcode)."""
    digits = digits_of(text)
    if len(digits) != NIP_LENGTH or not is_nip_query(text):
        return None
    try:
        hits = find_people(desk, digits)
    except DomainError:
        return None
    exact = [hit for hit in hits if hit.nip and digits_of(hit.nip) == digits]
    return exact[0].registration_id if len(exact) == 1 else None


def scan(desk: CheckinDesk, text: str) -> ScanOutcome:
    """A scanned text: an invitation code, or the NIP barcode of an ID card."""
    try:
        registration_id = scanned_nip(desk, text)
    except ConnectionLost:
        return ScanOutcome(lost=True)
    if registration_id is not None:
        return check_in(desk, registration_id)
    try:
        return ScanOutcome(desk.scan(text))
    except ConnectionLost:
        return ScanOutcome(lost=True)
    except DomainError as exc:
        return ScanOutcome(problem=exc)


def check_in(desk: CheckinDesk, registration_id: int) -> ScanOutcome:
    """A person found by name or NIP."""
    try:
        return ScanOutcome(desk.check_in(registration_id), registration_id=registration_id)
    except ConnectionLost:
        return ScanOutcome(lost=True, registration_id=registration_id)
    except DomainError as exc:
        return ScanOutcome(problem=exc, registration_id=registration_id)


def send_kept(desk: CheckinDesk, pending: PendingScans) -> RetryOutcome:
    """Send the scans kept while the server was away, in order (see ``PendingScans.retry``)."""
    try:
        return RetryOutcome(pending.retry(desk))
    except (OSError, DomainError) as exc:
        return RetryOutcome(problem=exc)
