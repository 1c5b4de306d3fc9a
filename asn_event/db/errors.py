"""Database problems as the project's own errors (``asn_event.domain.errors``), mapped in ONE place.

:func:`from_driver` turns any SQLite or PostgreSQL driver exception (raw, or wrapped by SQLAlchemy)
into a domain error: ``Busy``, ``DiskFull``, ``ConnectionLost``, or a :class:`StorageProblem` for a
database that is read-only, damaged or not ours. Every engine applies it to every statement through
SQLAlchemy's ``handle_error`` hook (:func:`install_error_mapping`); the check-in write path, which
runs driver statements itself, calls it directly. Integrity errors are left to the service that
knows what a clash means there (a duplicate NIP, an event code in use ...).

The classes below keep their old names; each is a domain error with a code and parameters, worded
by the UI's and the command line's tables.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from asn_event.domain.errors import (
    Busy,
    ConnectionLost,
    DiskFull,
    DomainError,
    NotFound,
    Refused,
    StorageProblem,
)

DatabaseError = DomainError  # every error a service raises; `except DatabaseError` catches them all

__all__ = [
    "Busy",
    "Conflict",
    "ConnectionLost",
    "DatabaseCorrupt",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "NotFound",
    "Refused",
    "StorageProblem",
    "from_driver",
    "install_error_mapping",
]


class DatabaseMissing(StorageProblem):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__("db_missing", path=str(path))


class DatabaseReadOnly(StorageProblem):
    def __init__(self, path: Path | None) -> None:
        self.path = path
        super().__init__("db_read_only", path=str(path) if path else "")


class DatabaseCorrupt(StorageProblem):
    """Not a Sinar ASN database, or a damaged one (``damaged``: the file was ours and is broken).

    ``reason`` is a code of ``asn_event.words.DAMAGE_REASONS`` (``integrity``, ``not_sqlite`` ...),
    ``detail`` what the check reported (the driver's own text)."""

    def __init__(self, path: Path | None, reason: str = "", detail: str = "", *, damaged: bool = True) -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        self.damaged = damaged
        # a server database has no file: it is "not ours", a file may also be damaged
        super().__init__(
            "db_corrupt" if path else "db_not_ours", path=str(path) if path else "", reason=reason, detail=detail
        )


class DatabaseDamaged(DatabaseCorrupt):
    """A damaged database file at start, with the newest good automatic backup if there is one.

    ``backup`` is an :class:`asn_event.db.backup.CopyInfo` (path, counts) or None. The GUI offers it;
    the command line names it and exits 2. Nothing was written to the damaged file.
    """

    def __init__(self, path: Path, reason: str, backup: object | None, detail: str = "") -> None:
        super().__init__(path, reason, detail)
        self.backup = backup
        if backup is None:
            self.code = "db_damaged_no_backup"
        else:
            self.code = "db_damaged"
            self.params["backup"] = str(getattr(backup, "path", backup))
        self.args = (self.code,)


class DatabaseTooNew(StorageProblem):
    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__("db_too_new", revision=revision)


class Conflict(Refused):
    """The change clashes with what is stored (a duplicate NIP, an event code in use ...)."""

    code = "conflict"


# SQLite primary result codes (https://sqlite.org/rescode.html)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26

# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_PG_BUSY = {"55P03", "40P01", "40001", "57014"}  # lock not available, deadlock, serialization, timeout
_PG_GONE = {"57P01", "57P02", "57P03"}  # server shut down / restarting


def _driver_error(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def from_driver(exc: BaseException, *, path: str | None = None, server: str = "") -> DomainError | None:
    """The domain error for a driver exception, or None when the caller must judge it (integrity)."""
    orig = _driver_error(exc)
    where = Path(path) if path else None
    message = " ".join(str(orig).split())
    lowered = message.lower()
    if isinstance(orig, sqlite3.Error):
        primary = (getattr(orig, "sqlite_errorcode", None) or 0) & 0xFF
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in lowered:
            return Busy()
        if primary == _SQLITE_FULL or "disk is full" in lowered:
            return DiskFull(path=path or "")
        if primary == _SQLITE_READONLY or "readonly" in lowered:
            return DatabaseReadOnly(where)
        if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in lowered or "not a database" in lowered:
            return DatabaseCorrupt(where)
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return StorageProblem("db_io", path=path or "", reason=message)
        if isinstance(orig, sqlite3.IntegrityError):
            return None
        return None
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if sqlstate:
        if sqlstate == "53100":
            return DiskFull(path=server)
        if sqlstate in _PG_BUSY:
            return Busy()
        if sqlstate.startswith("08") or sqlstate in _PG_GONE:
            return ConnectionLost(server=server, reason=message)
        if sqlstate == "25006":
            return DatabaseReadOnly(None)
        if sqlstate.startswith("28") or sqlstate == "3D000":
            return StorageProblem("server_refused", server=server, reason=message)
        return None
    # no SQLSTATE: the driver could not talk to a server at all (refused, unreachable, timed out)
    kinds = {type(exc).__name__, type(orig).__name__}
    if server and kinds & {"OperationalError", "InterfaceError", "ConnectionTimeout"}:
        return ConnectionLost(server=server, reason=message)
    return None


def install_error_mapping(engine: Any, *, path: str | None = None, server: str = "") -> None:
    """Every statement's driver error on ``engine`` becomes a domain error (see module docstring)."""
    from sqlalchemy import event

    def handle_error(context: Any) -> DomainError | None:
        mapped = from_driver(context.original_exception, path=path, server=server)
        if mapped is not None:
            mapped.__cause__ = context.original_exception
        return mapped

    event.listen(engine, "handle_error", handle_error)
