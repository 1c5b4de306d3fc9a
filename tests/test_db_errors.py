"""Driver errors become the project's own in one place: a locked file is 'busy', a full disk is 'disk full'."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from asn_event.db import open_database
from asn_event.db.errors import DatabaseCorrupt, DatabaseReadOnly, from_driver
from asn_event.domain import Busy, ConnectionLost, DiskFull, StorageProblem


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


class _PgError(Exception):
    def __init__(self, message: str, sqlstate: str | None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("orig", "expected"),
    [
        (_sqlite_error("database is locked", 5), Busy),
        (_sqlite_error("database table is locked", 6), Busy),
        (_sqlite_error("database or disk is full", 13), DiskFull),
        (_sqlite_error("attempt to write a readonly database", 8), DatabaseReadOnly),
        (_sqlite_error("database disk image is malformed", 11), DatabaseCorrupt),
        (_sqlite_error("disk I/O error", 10 | (3 << 8)), StorageProblem),
        (_PgError("could not extend file: No space left on device", "53100"), DiskFull),
        (_PgError("canceling statement due to lock timeout", "55P03"), Busy),
        (_PgError("deadlock detected", "40P01"), Busy),
        (_PgError("terminating connection due to administrator command", "57P01"), ConnectionLost),
        (_PgError("server closed the connection unexpectedly", "08006"), ConnectionLost),
        (_PgError("connection refused", None), ConnectionLost),
    ],
)
def test_driver_errors_map_to_what_the_clerk_is_told(orig: Exception, expected: type) -> None:
    wrapped = OperationalError("UPDATE registration ...", {}, orig)
    mapped = from_driver(wrapped, path="/data/acara.sqlite", server="db.local")
    assert isinstance(mapped, expected)
    # a lost server is never blamed on another desk, and a full disk never on a lock
    assert isinstance(mapped, Busy) == (expected is Busy)


def test_a_lost_server_names_the_server() -> None:
    mapped = from_driver(OperationalError("SELECT 1", {}, _PgError("connection refused", None)), server="10.0.0.5")
    assert isinstance(mapped, ConnectionLost)
    assert mapped.params["server"] == "10.0.0.5"


def test_a_clash_is_left_to_the_service_that_knows_what_it_means() -> None:
    assert from_driver(sqlite3.IntegrityError("UNIQUE constraint failed: person.nip")) is None
    assert from_driver(_PgError("duplicate key value violates unique constraint", "23505")) is None


def test_every_statement_on_an_open_database_is_mapped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "a.sqlite")
    other = sqlite3.connect(tmp_path / "a.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another desk holds the write lock
    try:
        with pytest.raises(Busy), db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout=50")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()
