"""The check-in desk's service: scan, manual check-in, undo, signature. One call = one transaction.

Exactly once: a check-in is a conditional ``UPDATE ... WHERE checked_in_at IS NULL``. With SQLite the
engine starts every transaction with ``BEGIN IMMEDIATE`` (one writer at a time, WAL), on PostgreSQL
the row lock does the same: of two desks scanning the same code at the same moment, one updates the
row and the other reads it back as ``already``. Every scan, accepted or not, adds a scan-log row in
the same transaction.

The hot path (a scan) uses SQLAlchemy Core statements compiled once, not ORM objects: the desk
must never be the queue's cause (see ``benchmarks/checkin.py``).
"""

from __future__ import annotations

import copy
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

from asn_event.checkin.changes import notify_statement
from asn_event.checkin.judge import judge
from asn_event.checkin.result import DeskAction, ScanResult, ScanStatus
from asn_event.clock import Clock
from asn_event.db import Database
from asn_event.db.errors import NotFound, Refused, from_driver
from asn_event.db.models import Event, Person, Registration, ScanLog, Unit

MAX_RAW = 500
MAX_DETAIL = 500

_reg = Registration.__table__
_person = Person.__table__
_unit = Unit.__table__
_log = ScanLog.__table__

_CHECK_IN = (
    update(_reg)
    .where(
        _reg.c.id == bindparam("rid"),
        _reg.c.event_id == bindparam("eid"),
        _reg.c.checked_in_at.is_(None),
    )
    .values(checked_in_at=bindparam("now"), checkin_desk=bindparam("desk"), checkin_staff=bindparam("staff"))
)
_WHO = (
    select(
        _reg.c.checked_in_at,
        _reg.c.checkin_desk,
        _person.c.name,
        _person.c.nip,
        _person.c.position,
        func.coalesce(func.nullif(_unit.c.short_name, ""), _unit.c.name, "").label("unit"),
    )
    .select_from(
        _reg.join(_person, _person.c.id == _reg.c.person_id).outerjoin(_unit, _unit.c.id == _person.c.unit_id)
    )
    .where(_reg.c.id == bindparam("rid"), _reg.c.event_id == bindparam("eid"))
)
_LOG = insert(_log).values(
    event_id=bindparam("eid"),
    registration_id=bindparam("rid"),
    at=bindparam("now"),
    status=bindparam("status"),
    raw=bindparam("raw"),
    desk=bindparam("desk"),
    staff=bindparam("staff"),
    detail=bindparam("detail"),
)


# The same three statements as driver SQL for SQLite, run on the transaction's own DBAPI connection
# inside :meth:`CheckinDesk.check_in_on`: SQLAlchemy's per-statement machinery costs about three
# times the statements themselves on a local file (benchmarks/checkin.py: Core 4.5x, driver 1.5x
# of bare sqlite3), and a scan is the one call the queue waits for.
_SQLITE_CHECK_IN = (
    "UPDATE registration SET checked_in_at = ?, checkin_desk = ?, checkin_staff = ? "
    "WHERE id = ? AND event_id = ? AND checked_in_at IS NULL"
)
_SQLITE_WHO = (
    "SELECT r.checked_in_at, r.checkin_desk, p.name, p.nip, p.position, "
    "COALESCE(NULLIF(u.short_name, ''), u.name, '') FROM registration r "
    "JOIN person p ON p.id = r.person_id LEFT JOIN unit u ON u.id = p.unit_id "
    "WHERE r.id = ? AND r.event_id = ?"
)
_SQLITE_LOG = (
    "INSERT INTO scan_log (event_id, registration_id, at, status, raw, desk, staff, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Timestamps:
    """The column type's own converters for one dialect: driver SQL stores times as SQLAlchemy does."""

    def __init__(self, dialect: Any) -> None:
        column_type = _reg.c.checked_in_at.type
        self.to_db = column_type._cached_bind_processor(dialect) or (lambda value: value)
        self.from_db = column_type._cached_result_processor(dialect, None) or (lambda value: value)


def _roll_back(dbapi: sqlite3.Connection, failure: BaseException) -> None:
    """Undo the open transaction after ``failure``, which stays the error raised.

    SQLite may already have rolled back by itself (a full disk does); a ROLLBACK that fails too is
    noted on ``failure`` instead of replacing it (it once turned a full disk into "busy").
    """
    if not dbapi.in_transaction:
        return
    try:
        dbapi.rollback()
    except sqlite3.Error as also:
        failure.add_note(f"ROLLBACK failed as well: {also}")


class CheckinRefused(Refused, ValueError):
    """A desk action that cannot be done; the code says why (``undo_reason_missing`` ...)."""


@dataclass(frozen=True, slots=True)
class UndoResult:
    registration_id: int
    name: str
    undone_checkin_at: datetime


class CheckinDesk:
    """One desk at one event: who staffs it, and every action it takes.

    The event's secret is read once when the desk opens (it never changes); everything else is read
    in each action's own transaction.
    """

    sqlite_fast_path = True  # tests switch it off to check that both paths give the same results

    def __init__(
        self, db: Database, clock: Clock, event_id: int, desk: str = "Meja 1", staff: str = ""
    ) -> None:
        self.db = db
        self.clock = clock
        self.event_id = event_id
        self.desk = desk.strip()[:60] or "Meja 1"
        self.staff = staff.strip()[:100]
        with db.readers() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFound("event", id=event_id)
            self.event_title = event.title
            self._secret = bytes(event.secret)
        self._other_events: dict[int, tuple[bytes, str] | None] = {}
        self._times = _Timestamps(db.engine.dialect)

    def at_desk(self, desk: str, staff: str) -> CheckinDesk:
        """The same event's desk under another desk or staff name (settings changed); reads nothing."""
        other = copy.copy(self)
        other.desk = desk.strip()[:60] or "Meja 1"
        other.staff = staff.strip()[:100]
        return other

    # -- scanning -----------------------------------------------------------------------------

    def _other_event(self, event_id: int) -> tuple[bytes, str] | None:
        if event_id not in self._other_events:
            with self.db.readers() as session:
                event = session.get(Event, event_id)
                self._other_events[event_id] = (bytes(event.secret), event.title) if event else None
        return self._other_events[event_id]

    def _secret_of(self, event_id: int) -> bytes | None:
        other = self._other_event(event_id)
        return other[0] if other else None

    def scan(self, raw: str, at: datetime | None = None) -> ScanResult:
        """Check in the person whose code was scanned; any text gives a typed result and a log row.

        ``at``: when the code was scanned, for a scan kept while the server was away and sent later
        (the person arrived then, not when the server came back); default now.
        """
        verdict = judge(raw, self.event_id, self._secret, self._secret_of)
        text = verdict.reading.text[:MAX_RAW]
        if verdict.status is not None:
            other = ""
            if verdict.status is ScanStatus.WRONG_EVENT and verdict.other_event_id is not None:
                known = self._other_event(verdict.other_event_id)
                other = known[1] if known else ""
            result = ScanResult(verdict.status, raw=text, other_event=other)
            self._log_only(result.status.value, None, text, other, at)
            return result
        assert verdict.code is not None
        return self._check_in(verdict.code.registration_id, text, None, at)

    def check_in(
        self, registration_id: int, action: DeskAction = DeskAction.MANUAL, at: datetime | None = None
    ) -> ScanResult:
        """Check in a person found by name or NIP (no code): the same rule, logged as ``action``."""
        return self._check_in(registration_id, "", action, at)

    def _check_in(
        self, registration_id: int, raw: str, action: DeskAction | None, at: datetime | None = None
    ) -> ScanResult:
        # Driver errors arrive as domain errors (Busy, DiskFull, ConnectionLost: see db.errors); the
        # transaction is rolled back whole, so the desk can scan the same code again. ``at``: the time
        # of a scan kept while the server was away (its check-in time is when the person came).
        now = at or self.clock.now()
        if self.sqlite_fast_path and self.db.is_sqlite:
            return self._check_in_sqlite(registration_id, raw, action, now)
        with self.db.engine.begin() as conn:
            return self.check_in_on(conn, registration_id, raw, action, now)

    def check_in_on(
        self, conn: Connection, registration_id: int, raw: str, action: DeskAction | None, now: datetime
    ) -> ScanResult:
        """The check-in rule inside the caller's transaction: conditional update, read back, log.

        The one write path of a check-in (scan, manual, walk-in). On SQLite the three statements run
        as driver SQL on the transaction's own connection (:meth:`_write_sqlite`).
        """
        detail = action.value if action is not None else ""
        if self.sqlite_fast_path and conn.dialect.name == "sqlite":
            dbapi = conn.connection.driver_connection
            return self._result(registration_id, raw, *self._write_sqlite(dbapi, registration_id, raw, detail, now))
        params: dict[str, Any] = {"rid": registration_id, "eid": self.event_id, "now": now}
        updated = conn.execute(_CHECK_IN, {**params, "desk": self.desk, "staff": self.staff}).rowcount
        found = conn.execute(_WHO, params).first()
        row = None if found is None else tuple(found)
        status = ScanStatus.NOT_REGISTERED if row is None else self._status(updated)
        self._insert_log(conn, status.value, None if row is None else registration_id, raw, detail, now)
        return self._result(registration_id, raw, row, updated)

    def _check_in_sqlite(
        self, registration_id: int, raw: str, action: DeskAction | None, now: datetime
    ) -> ScanResult:
        """:meth:`check_in_on` in its own ``BEGIN IMMEDIATE`` transaction on the pooled driver connection.

        SQLAlchemy's transaction machinery (begin event, commit) costs more than the three statements;
        a scan is the one call the queue waits for (``benchmarks/checkin.py``).
        """
        detail = action.value if action is not None else ""
        connection = self.db.engine.raw_connection()
        dbapi = connection.driver_connection
        try:
            try:
                dbapi.execute("BEGIN IMMEDIATE")
                row, updated = self._write_sqlite(dbapi, registration_id, raw, detail, now)
                dbapi.execute("COMMIT")
            except BaseException as failure:
                _roll_back(dbapi, failure)
                raise
        except sqlite3.Error as exc:
            self._raise_mapped(exc)
        finally:
            connection.close()
        return self._result(registration_id, raw, row, updated)

    def _raise_mapped(self, exc: sqlite3.Error) -> NoReturn:
        """A driver error of the SQLite write path as the domain error every other path raises."""
        mapped = from_driver(exc, path=self.db.url.database)
        if mapped is None:
            raise exc
        raise mapped from exc

    @staticmethod
    def _status(updated: int) -> ScanStatus:
        return ScanStatus.ACCEPTED if updated == 1 else ScanStatus.ALREADY

    def _result(self, registration_id: int, raw: str, row: tuple[Any, ...] | None, updated: int) -> ScanResult:
        if row is None:
            return ScanResult(ScanStatus.NOT_REGISTERED, raw=raw)
        checked_in_at, desk, name, nip, position, unit = row
        return ScanResult(
            self._status(updated),
            raw=raw,
            registration_id=registration_id,
            name=name,
            nip=nip,
            unit=unit or "",
            position=position or "",
            checked_in_at=checked_in_at,
            desk=desk or "",
        )

    def _write_sqlite(
        self, dbapi: Any, registration_id: int, raw: str, detail: str, now: datetime
    ) -> tuple[tuple[Any, ...] | None, int]:
        """The three statements as driver SQL inside the open transaction of ``dbapi`` (sqlite3)."""
        times = self._times
        stamp = times.to_db(now)
        cursor = dbapi.cursor()
        try:
            cursor.execute(_SQLITE_CHECK_IN, (stamp, self.desk, self.staff, registration_id, self.event_id))
            updated = cursor.rowcount
            row = cursor.execute(_SQLITE_WHO, (registration_id, self.event_id)).fetchone()
            status = ScanStatus.NOT_REGISTERED if row is None else self._status(updated)
            rid = None if row is None else registration_id
            log = (self.event_id, rid, stamp, status.value, raw[:MAX_RAW], self.desk, self.staff, detail[:MAX_DETAIL])
            cursor.execute(_SQLITE_LOG, log)
        except sqlite3.Error as exc:
            self._raise_mapped(exc)
        finally:
            cursor.close()
        if row is None:
            return None, updated
        return (times.from_db(row[0]), *row[1:]), updated

    def _insert_log(
        self,
        conn: Connection,
        status: str,
        rid: int | None,
        raw: str = "",
        detail: str = "",
        now: datetime | None = None,
    ) -> None:
        conn.execute(
            _LOG,
            {
                "eid": self.event_id,
                "rid": rid,
                "now": now or self.clock.now(),
                "status": status,
                "raw": raw[:MAX_RAW],
                "desk": self.desk,
                "staff": self.staff,
                "detail": detail[:MAX_DETAIL],
            },
        )
        if conn.dialect.name == "postgresql":  # the other desks hear of it once this commits
            conn.execute(notify_statement(), {"payload": str(self.event_id)})

    def _log_only(
        self, status: str, rid: int | None, raw: str = "", detail: str = "", at: datetime | None = None
    ) -> None:
        with self.db.engine.begin() as conn:
            self._insert_log(conn, status, rid, raw, detail, at)

    # -- undo ---------------------------------------------------------------------------------

    def undo(self, registration_id: int, reason: str) -> UndoResult:
        """Take back a check-in (wrong person, scanned by mistake); the reason goes to the scan log."""
        reason = " ".join(reason.split())
        if len(reason) < 3:
            raise CheckinRefused("undo_reason_missing")
        now = self.clock.now()
        with self.db.engine.begin() as conn:
            row = conn.execute(_WHO, {"rid": registration_id, "eid": self.event_id}).first()
            if row is None:
                raise NotFound("registration")
            if row.checked_in_at is None:
                raise CheckinRefused("undo_not_checked_in", name=row.name)
            conn.execute(
                update(_reg)
                .where(and_(_reg.c.id == registration_id, _reg.c.event_id == self.event_id))
                .values(checked_in_at=None, checkin_desk=None, checkin_staff=None, signature=None)
            )
            self._insert_log(conn, DeskAction.UNDO.value, registration_id, detail=reason, now=now)
        return UndoResult(registration_id, row.name, row.checked_in_at)

    # -- signature ----------------------------------------------------------------------------

    def save_signature(self, registration_id: int, strokes: list[list[list[float]]]) -> None:
        """Store the strokes drawn on the pad (points in 0..1 of the pad) with the registration."""
        clean = validate_strokes(strokes)
        with self.db.engine.begin() as conn:
            changed = conn.execute(
                update(_reg)
                .where(
                    _reg.c.id == registration_id,
                    _reg.c.event_id == self.event_id,
                    _reg.c.checked_in_at.is_not(None),
                )
                .values(signature=clean, signature_skipped=False)
            ).rowcount
            if changed != 1:
                raise CheckinRefused("signature_not_checked_in")
            self._insert_log(
                conn, DeskAction.SIGNATURE.value, registration_id, detail=f"{len(clean)} goresan"
            )

    def skip_signature(self, registration_id: int, reason: str = "") -> None:
        with self.db.engine.begin() as conn:
            conn.execute(
                update(_reg)
                .where(_reg.c.id == registration_id, _reg.c.event_id == self.event_id)
                .values(signature_skipped=True)
            )
            self._insert_log(conn, DeskAction.SIGNATURE_SKIPPED.value, registration_id, detail=reason)


MAX_STROKES = 200
MAX_POINTS = 5000


def validate_strokes(strokes: Any) -> list[list[list[float]]]:
    """Strokes as lists of [x, y] in 0..1, rounded to 4 places; refuses anything else or too much."""
    if not isinstance(strokes, list) or not strokes:
        raise CheckinRefused("signature_empty")
    total = 0
    clean: list[list[list[float]]] = []
    for stroke in strokes[:MAX_STROKES]:
        if not isinstance(stroke, list):
            raise CheckinRefused("signature_unreadable")
        points = []
        for point in stroke:
            if not (isinstance(point, list | tuple) and len(point) == 2):
                raise CheckinRefused("signature_unreadable")
            x, y = (min(1.0, max(0.0, float(v))) for v in point)
            points.append([round(x, 4), round(y, 4)])
        total += len(points)
        if points:
            clean.append(points)
    if not clean or total > MAX_POINTS:
        raise CheckinRefused("signature_too_long")
    return clean
