"""Backups of a SQLite database: consistent while desks write, and verified before they count.

A copy is made with SQLite's online backup API inside one read transaction of the source, so the
row counts taken in that transaction describe exactly the pages copied. The copy is written to a
temporary file in the destination folder, forced to disk, opened again, checked with ``PRAGMA
integrity_check`` and its row counts compared with the source's; only then is it renamed to its
name and reported as made. A copy that fails any step is deleted and the error says why.

Files are opened through ``file:`` URIs built by :func:`sqlite_uri`, which percent-encodes the
path: a folder called ``Kegiatan #3`` or a file ``acara ?.sqlite`` is read, not cut at the ``#``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from asn_event.db.engine import KNOWN_REVISIONS  # one list of the schemas this program reads
from asn_event.db.errors import DatabaseCorrupt, DatabaseTooNew, Refused

SQLITE_HEADER = b"SQLite format 3\x00"
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


@dataclass(frozen=True)
class CopyInfo:
    """A verified database file: where it is, its size and its row count per table."""

    path: Path
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None
    checked_in: int = 0

    @property
    def events(self) -> int:
        return self.counts.get("event", 0)

    @property
    def people(self) -> int:
        return self.counts.get("person", 0)

    @property
    def registrations(self) -> int:
        return self.counts.get("registration", 0)


def sqlite_uri(path: Path, *, read_only: bool = True, immutable: bool = False) -> str:
    """``file:`` URI for ``path`` with every special character (``#``, ``?``, ``%``) escaped.

    ``immutable``: a file nothing writes while it is read (a backup): SQLite then creates no
    ``-wal``/``-shm`` beside it and takes no locks."""
    uri = Path(os.path.abspath(path)).as_uri()
    if immutable:
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro" if read_only else f"{uri}?mode=rw"


def connect_read_only(path: Path, *, at_rest: bool = False) -> sqlite3.Connection:
    """A read-only connection; ``at_rest``: a copy nobody writes (a backup, a file to restore),
    read without leaving ``-wal``/``-shm`` files beside it unless it has a write-ahead log of its own."""
    immutable = at_rest and not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only=ON")
    return conn


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table of the database (FTS shadow tables included), by name."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [row[0] for row in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {name: conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0] for name in user_tables(conn)}


def table_digests(path: Path) -> dict[str, str]:
    """A SHA-256 per table over its rows in rowid order: equal digests, equal contents."""
    with closing(connect_read_only(path)) as conn:
        digests = {}
        for name in user_tables(conn):
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (name,)).fetchone()[0] or ""
            order = "" if "WITHOUT ROWID" in sql.upper() else " ORDER BY rowid"
            digest = hashlib.sha256()
            for row in conn.execute(f"SELECT * FROM {_quote(name)}{order}"):
                digest.update(repr(row).encode())
            digests[name] = digest.hexdigest()
        return digests


def _revision(conn: sqlite3.Connection, tables: list[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def inspect_copy(path: Path, *, expected: dict[str, int] | None = None, thorough: bool = True) -> CopyInfo:
    """Open ``path`` read-only and check it is a whole Sinar ASN database.

    Raises :class:`DatabaseCorrupt` (not SQLite, truncated, damaged, another program's file, row
    counts not those ``expected``) or :class:`DatabaseTooNew` (a newer program's schema). Without
    ``thorough`` the page-by-page ``integrity_check`` (seconds for a large file) is left out: for
    listing many backups, never for one about to be used.
    """
    if not path.is_file():
        raise Refused("file_missing", path=str(path))
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseCorrupt(path, "not_sqlite")
    try:
        with closing(connect_read_only(path, at_rest=True)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(3)")] if thorough else ["ok"]
            if result != ["ok"]:
                detail = " ".join(" ".join(result).replace("*** in database main ***", "").split())[:200]
                raise DatabaseCorrupt(path, "integrity", detail)
            tables = user_tables(conn)
            if "event" not in tables or "registration" not in tables:
                raise DatabaseCorrupt(path, "not_our_tables")
            revision = _revision(conn, tables)
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise DatabaseTooNew(revision)
            counts = table_counts(conn)
            checked_in = conn.execute("SELECT count(*) FROM registration WHERE checked_in_at IS NOT NULL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path, "unreadable", str(exc)) from exc
    if expected is not None and counts != expected:
        differ = sorted(name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name))
        raise DatabaseCorrupt(path, "counts_differ", ", ".join(differ))
    return CopyInfo(path=path, size=path.stat().st_size, counts=counts, revision=revision, checked_in=checked_in)


def make_private(path: Path) -> None:
    """Owner-only permissions (0600 files, 0700 folders) where the file system has them."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, OWNER_ONLY_DIR if path.is_dir() else OWNER_ONLY_FILE)
    except OSError:
        return  # FAT/exFAT USB sticks have no modes: nothing to tighten


def private_folder(folder: Path) -> Path:
    """``folder`` created if needed, owner-only when this program creates it."""
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder)
    return folder


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def temporary_sibling(destination: Path) -> Iterator[Path]:
    """A new empty temporary file next to ``destination``; removed unless it was renamed away."""
    fd, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".partial")
    os.close(fd)
    os.unlink(name)  # sqlite3 creates the file itself; the unique name is what mkstemp gave us
    partial = Path(name)
    try:
        yield partial
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)


def _copy_pages(source: sqlite3.Connection, partial: Path) -> None:
    with closing(sqlite3.connect(partial, isolation_level=None)) as dst:
        source.backup(dst)
        # A backup is one self-contained file: no -wal beside it to lose on the way to a USB stick.
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.execute("PRAGMA synchronous=FULL")


def copy_verified(source: Path, destination: Path) -> CopyInfo:
    """Copy the database at ``source`` into the new file ``destination`` and verify the copy.

    Refuses to overwrite an existing file. The copy is reported only once it has been opened
    again, passed ``integrity_check`` and shown the same row count in every table as the source
    had at the moment it was copied.
    """
    if destination.exists():
        raise Refused("backup_exists", path=str(destination))
    if not source.is_file():
        raise Refused("backup_source_missing", path=str(source))
    if destination.parent.exists() and not destination.parent.is_dir():
        raise Refused("backup_not_folder", path=str(destination.parent))
    private_folder(destination.parent)
    try:
        with temporary_sibling(destination) as partial, closing(connect_read_only(source)) as src:
            src.execute("BEGIN")  # one snapshot for the counts and the pages copied
            expected = table_counts(src)
            _copy_pages(src, partial)
            src.execute("COMMIT")
            make_private(partial)
            _fsync(partial)
            verified = inspect_copy(partial, expected=expected)
            if destination.exists():
                raise Refused("backup_exists", path=str(destination))
            os.replace(partial, destination)
    except sqlite3.DatabaseError as exc:
        raise Refused("backup_failed", reason=str(exc)) from exc
    except DatabaseCorrupt as exc:
        raise Refused("backup_unverified", problem=exc) from exc
    except OSError as exc:
        raise Refused(
            "backup_unwritable", folder=str(destination.parent), reason=exc.strerror or str(exc)
        ) from exc
    return replace(verified, path=destination)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` into ``destination`` (a new file), verified; returns the path."""
    return copy_verified(source, destination).path


def backup_name(source: Path, label: str, when: datetime) -> Path:
    """``sinar-asn.2025-11-17-083000.before-0002.sqlite`` next to the source."""
    return source.with_name(stamped_name(source, label, when))


def stamped_name(source: Path, label: str, when: datetime) -> str:
    """The file name of a copy of ``source`` made at ``when`` (UTC) for ``label``."""
    return f"{source.stem}.{when.astimezone(UTC):%Y-%m-%d-%H%M%S}.{label}{source.suffix or '.sqlite'}"
