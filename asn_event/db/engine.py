"""Opening a database: engine, session factory, schema up to date.

``open_database`` accepts a file path or any SQLAlchemy URL. SQLite gets WAL, foreign keys and a
busy timeout, so two desks (processes) can share one file. The schema is brought up to date with
Alembic, but Alembic is imported only when the database is not already current: opening a current
database stays cheap for the GUI's first paint.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError as SADatabaseError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

from asn_event.db.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    StorageProblem,
    from_driver,
    install_error_mapping,
)

# The newest migration this program knows. A test checks it against Alembic's head.
SCHEMA_HEAD = "0004_registration_links_indexed"
KNOWN_REVISIONS = frozenset(
    {"0001", "0002_roster_fts", "0003_roster_fts_without_unit", "0004_registration_links_indexed"}
)

SUPPORTED_BACKENDS = frozenset({"sqlite", "postgresql"})
SQLITE_BUSY_TIMEOUT_MS = 15_000
SERVER_CONNECT_TIMEOUT_S = 10


class Database:
    """An open database: the engine and the factory for one session per user action.

    The session factory (and with it SQLAlchemy's ORM and the models) is imported on first use:
    the GUI's first paint reads the events with Core statements and needs neither.
    """

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        import asn_event.db.models  # noqa: F401  (every mapper known before the first query)

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def reader(self) -> Engine:
        """The engine for reading only (see :data:`READ_ONLY`): ``db.reader.connect()``."""
        return self.engine.execution_options(**{READ_ONLY: True})

    @cached_property
    def readers(self) -> sessionmaker[Session]:
        """Sessions that only read (searches, counts, lists): they never wait for a writing desk."""
        from sqlalchemy.orm import sessionmaker

        import asn_event.db.models  # noqa: F401

        return sessionmaker(self.reader, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file path, or the server URL without password."""
        if self.is_sqlite:
            return self.url.database or ":memory:"
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def to_url(target: str | os.PathLike[str]) -> URL:
    """A file path becomes a SQLite URL; anything with ``://`` is taken as a SQLAlchemy URL."""
    value = os.fspath(target)
    if "://" in value:
        return make_url(value)
    return URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().resolve()))


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it (see the
    # SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a check-in shown on the screen is on the disk, even if the power goes next (see README,
    # "Keamanan dan data"); NORMAL in WAL mode could lose the last commits to a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


READ_ONLY = "asn_event_read_only"  # execution option: this connection only reads


def _sqlite_on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(READ_ONLY):
        # A reader in WAL mode sees a consistent snapshot and never waits for a writer: a desk
        # that searches or refreshes its counts is not held up by another desk's import.
        conn.exec_driver_sql("BEGIN")
        return
    # BEGIN IMMEDIATE takes the write lock up front: two desks never deadlock on an upgrade
    # from a read to a write lock, they wait (busy_timeout) and go on.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _server_name(url: URL) -> str:
    host = url.host or url.query.get("host") or "localhost"
    return str(host)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        install_error_mapping(engine, path=url.database)
        return engine
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        # A server out of reach (Wi-Fi gone, wrong address) is reported after seconds, not minutes.
        connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT_S
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    install_error_mapping(engine, server=_server_name(url))
    return engine


def _check_sqlite_file(url: URL, create: bool) -> None:
    path_text = url.database
    if not path_text or path_text == ":memory:":
        return
    path = Path(path_text)
    if not path.exists():
        if not create:
            raise DatabaseMissing(path)
        if not path.parent.exists():
            raise DatabaseMissing(path.parent)
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(path.parent)
        _create_private(path)
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(path)
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise DatabaseCorrupt(path, "not_sqlite")
    if header:
        _refuse_foreign_sqlite(path)


def _create_private(path: Path) -> None:
    """An empty database file readable by its owner only; SQLite gives its -wal and -shm the same
    mode. Civil servants' personal data is not for every account on the laptop (UU 27/2022)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseReadOnly(path.parent) from exc
    os.close(fd)


def quick_check(engine: Engine) -> str:
    """``PRAGMA quick_check`` of a SQLite database: "ok", or the first problem found."""
    with engine.connect() as conn:
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(3)")]
    if rows == ["ok"]:
        return "ok"
    text = " ".join(" ".join(rows).replace("*** in database main ***", "").split())  # one line
    return text[:200] or "no answer"


def _refuse_foreign_sqlite(path: Path) -> None:
    """Another program's SQLite file is refused before anything (WAL mode, a migration) touches it."""
    from urllib.request import pathname2url

    uri = f"file:{pathname2url(str(path))}?mode=ro"  # quoted: a '#' or '?' in a folder name stays a name
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseCorrupt(path, "other_program", damaged=False)


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision stored in the database, or None for an empty database."""
    if engine.dialect.name == "sqlite":
        # The common case, without the cost of the reflection machinery on the start-up path.
        with engine.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if found is not None:
                rows = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
                return rows[0] if rows else None
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            tables = inspect(conn).get_table_names()
            if tables:
                raise DatabaseCorrupt(None, "other_program", damaged=False)
            return None
        rows = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
    return rows[0] if rows else None


def upgrade(engine: Engine) -> None:
    """Run every pending migration (imports Alembic)."""
    from asn_event.db.migrate import upgrade_to_head

    upgrade_to_head(engine)


def open_database(target: str | os.PathLike[str] | URL, *, create: bool = True, check: bool = True) -> Database:
    """Open (and with ``create``, create) a database and bring its schema up to date.

    Raises a :class:`DatabaseError` subclass with words a desk clerk understands when the file is
    missing, read-only, not a database, or written by a newer version of the program. Nothing is
    written to a file that fails these checks. An existing SQLite file is checked with ``PRAGMA
    quick_check`` first (a damaged one raises :class:`DatabaseCorrupt`, which
    ``asn_event.backups.open_database`` turns into :class:`DatabaseDamaged` naming the newest good
    backup); ``check=False`` leaves that to the caller (the GUI runs it after the first paint, since
    it reads the whole file), except before an upgrade.
    """
    try:
        url = target if isinstance(target, URL) else to_url(target)
        backend = url.get_backend_name()
    except (ArgumentError, ValueError) as exc:
        raise StorageProblem("db_url_unknown", target=str(target)) from exc
    if backend not in SUPPORTED_BACKENDS:
        raise StorageProblem("db_backend_unsupported", backend=backend)
    return _open(url, create, check)


def _open(url: URL, create: bool, check: bool) -> Database:
    is_file = url.get_backend_name() == "sqlite" and bool(url.database) and url.database != ":memory:"
    existed = is_file and Path(url.database or "").exists() and Path(url.database or "").stat().st_size > 0
    if url.get_backend_name() == "sqlite":
        _check_sqlite_file(url, create)
        if url.database and url.database != ":memory:":
            from asn_event.safe_output import protect

            protect(url.database)  # no output of this program is ever written over it
    try:
        engine = make_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise StorageProblem("db_driver_missing", driver=url.drivername) from exc
    try:
        if existed and check:
            problem = quick_check(engine)
            if problem != "ok":
                raise DatabaseCorrupt(Path(url.database or ""), "integrity", problem)
        revision = current_revision(engine)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(revision)
        if revision != SCHEMA_HEAD:
            if existed and not check and (problem := quick_check(engine)) != "ok":
                raise DatabaseCorrupt(Path(url.database or ""), "integrity", problem)
            if revision is not None and url.get_backend_name() == "sqlite" and url.database:
                # An existing database is about to change shape: keep a copy of it as it was.
                from datetime import UTC, datetime

                from asn_event.db.backup import backup_name, backup_sqlite

                source = Path(url.database)
                copy = backup_sqlite(source, backup_name(source, f"before-{SCHEMA_HEAD}", datetime.now(UTC)))
                try:
                    upgrade(engine)
                except BaseException:
                    # All migrations run in one transaction: a failed upgrade left the database as
                    # it was, so this copy adds nothing (each retry would leave another one).
                    copy.unlink(missing_ok=True)
                    raise
            else:
                upgrade(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except SADatabaseError as exc:
        engine.dispose()
        raise translate_error(exc, url) from exc
    return Database(engine=engine, url=url)


def translate_error(exc: SADatabaseError, url: URL) -> DatabaseError:
    """A driver error met while opening, as the project's own (see ``db.errors.from_driver``)."""
    is_sqlite = url.get_backend_name() == "sqlite"
    mapped = from_driver(exc, path=url.database if is_sqlite else None, server="" if is_sqlite else _server_name(url))
    if mapped is not None:
        return mapped
    message = " ".join(str(exc.orig if exc.orig is not None else exc).split())
    return StorageProblem("db_open", reason=message)
