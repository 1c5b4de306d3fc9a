"""Automatic backups, their rotation and listing, and restoring a database from one (no Qt).

Backups of ``sinar-asn.sqlite`` go to the user data folder's ``backups/`` as
``sinar-asn.2025-11-17-083000.auto.sqlite`` (UTC time, then why it was made: ``auto``, ``before-import``,
``before-restore`` ...). Each is verified before it counts (see :mod:`asn_event.db.backup`). The rotation
keeps the newest :data:`KEEP_LAST`, plus the newest of each day for :data:`KEEP_DAYS` days; it only ever
deletes files whose name it made itself.

Restoring verifies the chosen file first, refuses while another program (a second desk) has the
database open, keeps a copy of the current database, then puts a verified copy of the backup in
place with one rename: the database is at every moment either the old one or the restored one.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from asn_event.db.backup import (
    CopyInfo,
    copy_verified,
    inspect_copy,
    make_private,
    private_folder,
    sqlite_uri,
    stamped_name,
    temporary_sibling,
)
from asn_event.db.errors import DatabaseCorrupt, DatabaseDamaged, DatabaseError, DatabaseTooNew, Refused

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from asn_event.db import Database

KEEP_LAST = 12
KEEP_DAYS = 30
INTERVAL_MINUTES = 10

_STAMP = re.compile(r"^(?P<stem>.+)\.(?P<when>\d{4}-\d{2}-\d{2}-\d{6})\.(?P<label>[a-z0-9-]+)\.sqlite$")


class DatabaseInUse(DatabaseError):
    """The database is open in another program (a second desk), so it cannot be replaced now."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__("db_in_use", path=str(path))


@dataclass(frozen=True)
class BackupEntry:
    """One automatic backup file: when and why it was made, and what it holds (None: unreadable)."""

    path: Path
    made_at: datetime
    label: str
    size: int
    info: CopyInfo | None = None
    problem: DatabaseError | None = None  # why it cannot be read (worded by asn_event.words.error_text)

    @property
    def good(self) -> bool:
        return self.info is not None


def backups_dir(db_path: Path | None = None) -> Path:
    """The user data folder's ``backups/`` (owner-only), created on demand; with ``db_path``, the
    subfolder of that database (``sinar-asn-1a2b3c4d``: its name and a digest of its full path), so
    two databases of the same name never see, rotate or offer each other's backups."""
    import hashlib

    from asn_event.paths import data_dir

    root = private_folder(data_dir() / "backups")
    if db_path is None:
        return root
    digest = hashlib.sha256(str(Path(os.path.abspath(db_path))).encode("utf-8")).hexdigest()[:8]
    return private_folder(root / f"{db_path.stem}-{digest}")


def _parse(path: Path) -> tuple[str, datetime, str] | None:
    match = _STAMP.match(path.name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match["when"], "%Y-%m-%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return match["stem"], when, match["label"]


def _stamped(folders: Iterable[Path], stem: str) -> list[tuple[Path, datetime, str]]:
    found = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"{glob_escape(stem)}.*.sqlite"):
            parsed = _parse(path)
            if parsed is not None and parsed[0] == stem and path.is_file():
                found.append((path, parsed[1], parsed[2]))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def make_backup(
    db_path: Path,
    label: str = "auto",
    *,
    folder: Path | None = None,
    mirror: Path | None = None,
    now: datetime | None = None,
) -> tuple[CopyInfo, DatabaseError | None]:
    """A verified backup of ``db_path`` in ``folder`` (default :func:`backups_dir`), rotated.

    With ``mirror`` (a USB stick), the verified copy is also copied there and verified again; a
    mirror that fails (stick pulled out) does not undo the backup: why is returned as the second
    value (None when all went well).
    """
    folder = folder or backups_dir(db_path)
    when = now or datetime.now(UTC)
    private_folder(folder)
    name = stamped_name(db_path, label, when)
    for number in range(2, 100):  # two backups within one second (an import right after another)
        if not (folder / name).exists():
            break
        name = stamped_name(db_path, f"{label}-{number}", when)
    info = copy_verified(db_path, folder / name)
    rotate(folder, db_path.stem, now=when)
    mirror_problem: DatabaseError | None = None
    if mirror is not None:
        try:
            if not mirror.is_dir():
                raise Refused("backup_mirror_missing", path=str(mirror))
            copy_verified(info.path, mirror / name)
            rotate(mirror, db_path.stem, now=when)
        except DatabaseError as exc:
            mirror_problem = exc
    return info, mirror_problem


def rotate(folder: Path, stem: str, *, now: datetime | None = None) -> list[Path]:
    """Delete old backups of ``stem`` in ``folder``: keep the newest :data:`KEEP_LAST`, and the newest
    of each of the last :data:`KEEP_DAYS` days. Returns the deleted files."""
    now = now or datetime.now(UTC)
    entries = _stamped([folder], stem)  # newest first
    keep = {path for path, _when, _label in entries[:KEEP_LAST]}
    days_seen: set[str] = set()
    for path, when, _label in entries:
        day = when.strftime("%Y-%m-%d")
        if now - when <= timedelta(days=KEEP_DAYS) and day not in days_seen:
            days_seen.add(day)
            keep.add(path)
    deleted = []
    for path, _when, _label in entries:
        if path not in keep:
            try:
                path.unlink()
            except OSError:
                continue  # kept for the next rotation; an old backup too many harms nobody
            deleted.append(path)
    return deleted


def list_backups(db_path: Path, *, folders: Iterable[Path] | None = None, verify: bool = True) -> list[BackupEntry]:
    """The backups of ``db_path`` (automatic ones, and the copies made before an upgrade next to it),
    newest first; with ``verify`` each is opened, its schema and row counts read (one that cannot be
    read has ``problem`` set). The full page check is made when a backup is used (restore)."""
    search = list(folders) if folders is not None else [backups_dir(db_path), db_path.parent]
    entries = []
    for path, when, label in _stamped(search, db_path.stem):
        if path.resolve() == db_path.resolve():
            continue
        info, problem = None, None
        if verify:
            try:
                info = inspect_copy(path, thorough=False)
            except (DatabaseCorrupt, DatabaseTooNew, DatabaseError) as exc:
                problem = exc
        entries.append(BackupEntry(path, when, label, path.stat().st_size, info, problem))
    return entries


def newest_good_backup(db_path: Path, *, folders: Iterable[Path] | None = None) -> CopyInfo | None:
    """The newest backup of ``db_path`` that passes the full check, or None."""
    search = list(folders) if folders is not None else [backups_dir(db_path), db_path.parent]
    for path, _when, _label in _stamped(search, db_path.stem):
        if path.resolve() == db_path.resolve():
            continue
        try:
            return inspect_copy(path)
        except DatabaseError:
            continue
    return None


def _sidecars(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), Path(f"{db_path}-journal")]


def _quiesce(db_path: Path) -> None:
    """Checkpoint the WAL into the file and close it, or :class:`DatabaseInUse` if another program has
    the database open. Afterwards the database is the main file alone."""
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, read_only=False), uri=True, isolation_level=None, timeout=0.5)
    except sqlite3.DatabaseError as exc:
        raise DatabaseInUse(db_path) from exc
    with closing(conn):
        try:
            # In WAL mode every open connection holds a shared lock for as long as it is open: an
            # exclusive lock here means no other desk has the file open.
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseInUse(db_path) from exc
            raise
        except sqlite3.DatabaseError:
            return  # a damaged database: nothing to checkpoint, it is replaced whole


def restore(
    backup: Path,
    db_path: Path,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
) -> tuple[CopyInfo, Path | None]:
    """Replace the database at ``db_path`` with the backup ``backup``.

    Order: verify ``backup`` (else :class:`DatabaseCorrupt`/:class:`DatabaseTooNew`, nothing changed);
    make sure no other program has the database open (:class:`DatabaseInUse`); keep a copy of the
    current database (``before-restore``; a damaged one is kept byte for byte as ``damaged``); copy the
    backup next to the database, verify that copy, and rename it over the database. Returns what was
    restored and where the previous database was kept (None when there was none).
    """
    source = inspect_copy(backup)
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise Refused("restore_same_file")
    folder = folder or backups_dir(db_path)
    when = now or datetime.now(UTC)
    kept: Path | None = None
    if db_path.exists():
        _quiesce(db_path)
        kept = _keep_current(db_path, folder, when)
    elif not db_path.parent.is_dir():
        raise Refused("restore_no_folder", path=str(db_path.parent))
    try:
        with temporary_sibling(db_path) as partial:
            with closing(sqlite3.connect(sqlite_uri(backup), uri=True)) as src, closing(sqlite3.connect(partial)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            make_private(partial)
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            restored = inspect_copy(partial, expected=source.counts)
            for sidecar in _sidecars(db_path):
                sidecar.unlink(missing_ok=True)  # a stale -wal would be replayed onto the restored file
            os.replace(partial, db_path)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise Refused("restore_failed", reason=str(exc)) from exc
    return replace(restored, path=db_path), kept


def _keep_current(db_path: Path, folder: Path, when: datetime) -> Path:
    try:
        return copy_verified(db_path, private_folder(folder) / stamped_name(db_path, "before-restore", when)).path
    except DatabaseError:
        # Damaged beyond a page-by-page copy: keep its bytes as they are, for a technician.
        target = folder / stamped_name(db_path, "damaged", when)
        with temporary_sibling(target) as partial:
            shutil.copyfile(db_path, partial)
            make_private(partial)
            os.replace(partial, target)
        return target


def open_database(
    target: str | os.PathLike[str] | URL, *, create: bool = True, check: bool = True
) -> Database:
    """:func:`asn_event.db.open_database`, and a damaged SQLite file is refused with the newest good
    automatic backup named (:class:`DatabaseDamaged`), so the person knows the way back."""
    from asn_event.db import open_database as open_plain

    try:
        return open_plain(target, create=create, check=check)
    except DatabaseCorrupt as exc:
        if not exc.damaged or exc.path is None or not str(exc.path) or isinstance(exc, DatabaseDamaged):
            raise
        raise DatabaseDamaged(exc.path, exc.reason, newest_good_backup(exc.path), exc.detail) from exc


def safety_backup(db: Database, label: str) -> CopyInfo | None:
    """The automatic copy made before a risky action (import, delete, restore, purge, merge).

    Only for a SQLite file (a server is backed up with its own tools). A copy that cannot be made
    stops the action: nothing risky happens without a way back.
    """
    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        return None
    info, _mirror_problem = make_backup(Path(db.url.database), label)
    return info


@dataclass(frozen=True)
class AutoResult:
    """What one automatic backup did: ``made`` (None when nothing had changed), a mirror problem."""

    made: CopyInfo | None
    made_at: datetime | None
    mirror_problem: DatabaseError | None = None


class AutoBackup:
    """The automatic backups of one database file while the app runs (the GUI's timer calls ``run``).

    A backup is made only when the file changed since the last one (its size or time, or its WAL's):
    an idle laptop does not fill the folder with identical copies. ``last_good`` is the newest good
    backup known, for the Acara page.
    """

    def __init__(self, db_path: Path, *, folder: Path | None = None, mirror: Path | None = None) -> None:
        self.db_path = db_path
        self.folder = folder
        self.mirror = mirror
        self.last_good: CopyInfo | None = None
        self.last_made_at: datetime | None = None
        self._seen: tuple[tuple[int, int], ...] | None = None

    def _fingerprint(self) -> tuple[tuple[int, int], ...]:
        marks = []
        for path in (self.db_path, Path(f"{self.db_path}-wal")):
            try:
                stat = path.stat()
                marks.append((stat.st_size, stat.st_mtime_ns))
            except OSError:
                marks.append((-1, -1))
        return tuple(marks)

    def changed(self) -> bool:
        return self._fingerprint() != self._seen

    def find_last(self) -> CopyInfo | None:
        """Look up the newest good backup already in the folder (at start; reads the files)."""
        folders = [self.folder] if self.folder is not None else None
        entries = list_backups(self.db_path, folders=folders, verify=False)
        for entry in entries:
            try:
                info = inspect_copy(entry.path)
            except DatabaseError:
                continue
            self.last_good, self.last_made_at = info, entry.made_at
            return info
        return None

    def run(self, label: str = "auto", *, force: bool = False, now: datetime | None = None) -> AutoResult:
        """Back up now if the database changed since the last backup (always with ``force``)."""
        mark = self._fingerprint()
        if not force and mark == self._seen:
            return AutoResult(None, None)
        when = now or datetime.now(UTC)
        info, problem = make_backup(self.db_path, label, folder=self.folder, mirror=self.mirror, now=when)
        self._seen = mark
        self.last_good, self.last_made_at = info, when
        return AutoResult(info, when, problem)


def made_at_of(path: Path) -> datetime:
    """When a backup was made: from its name, else the file's modification time."""
    parsed = _parse(path)
    if parsed is not None:
        return parsed[1]
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def integrity_problem(db: Database) -> DatabaseError | None:
    """``PRAGMA quick_check`` of an open SQLite file, on a reading connection (never waits for a desk):
    None when it is whole, else a :class:`DatabaseDamaged` naming the newest good backup."""
    from sqlalchemy.exc import DatabaseError as DriverError

    from asn_event.db.engine import quick_check

    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        return None
    path = Path(db.url.database)
    try:
        problem = quick_check(db.reader)
    except DriverError as exc:
        problem = str(exc.orig) if exc.orig is not None else str(exc)
    if problem == "ok":
        return None
    return DatabaseDamaged(path, "integrity", newest_good_backup(path), problem)
