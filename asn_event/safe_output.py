"""Where the program may write a file it was asked to make, and how it writes it.

One rule for every command and every save dialog:

- never write over the open database, its ``-wal``/``-shm``/``-journal`` files, or any other
  SQLite database (a backup is one), not even when asked to overwrite;
- never overwrite an existing file unless asked (``--force``, or the dialog's overwrite question);
- write into a temporary file in the same folder and rename it over the target at the end, so a
  failed or interrupted write leaves the old file whole and no half-written one.

Databases register themselves when opened (:func:`protect`); :func:`atomic_write` checks the
registry too, so even a service called directly cannot write over them.
"""

from __future__ import annotations

import enum
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from asn_event.domain.errors import Refused

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")

_protected: set[Path] = set()


class OutputProblem(enum.StrEnum):
    EMPTY = "empty"
    DATABASE = "database"  # the open database, its companions, a backup: never
    EXISTS = "exists"  # an existing file, without --force
    IS_FOLDER = "is_folder"
    NOT_FOLDER = "not_folder"
    NO_FOLDER = "no_folder"


class OutputRefused(Refused, ValueError):
    """The output path cannot be used; nothing was written. ``problem`` says why, ``code`` names the
    sentence (``output_exists`` ..., worded by ``asn_event.words``)."""

    def __init__(self, problem: OutputProblem, path: Path | str, code: str, **params: object) -> None:
        self.problem = problem
        self.path = path
        super().__init__(code, path=str(path), **params)


def _key(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def protect(database: str | os.PathLike[str]) -> None:
    """Never write an output over this database file or its companions (called when it is opened)."""
    base = _key(Path(database))
    _protected.add(base)
    for suffix in DATABASE_COMPANIONS:
        _protected.add(base.with_name(base.name + suffix))


def _is_sqlite_file(path: Path) -> bool:
    """A SQLite database (a backup is one) or a write-ahead log."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head == SQLITE_MAGIC or head[:4] in WAL_MAGICS


def is_protected(path: Path) -> bool:
    """The open database, its companions, or any existing SQLite database (a backup)."""
    key = _key(path)
    if key in _protected:
        return True
    for known in _protected:
        try:
            if path.exists() and known.exists() and os.path.samefile(path, known):
                return True
        except OSError:
            continue
    return path.is_file() and _is_sqlite_file(path)


def _refuse_database(path: Path) -> OutputRefused:
    return OutputRefused(OutputProblem.DATABASE, path, "output_database")


def check_output(
    target: str | os.PathLike[str] | None, *, force: bool = False, folder: bool = False
) -> Path:
    """The output path, checked before any work is done; raises :class:`OutputRefused`.

    A file output must not be a database, must not exist unless ``force``, and its folder must
    exist. A ``folder`` output (one file per person) must not be a file; it is created when missing.
    """
    text = "" if target is None else os.fspath(target)
    if not text.strip():
        raise OutputRefused(OutputProblem.EMPTY, text, "output_empty")
    if "\x00" in text:
        raise OutputRefused(OutputProblem.EMPTY, text, "output_nul")
    path = Path(os.path.expanduser(text))
    if is_protected(path):
        raise _refuse_database(path)
    if folder:
        if path.exists() and not path.is_dir():
            raise OutputRefused(OutputProblem.NOT_FOLDER, path, "output_not_folder")
        if path.is_dir() and not force and any(path.iterdir()):
            raise OutputRefused(OutputProblem.EXISTS, path, "output_folder_used")
        if not path.exists() and not path.parent.is_dir():
            raise OutputRefused(OutputProblem.NO_FOLDER, path, "output_no_folder", folder=str(path.parent))
        return path
    if path.is_dir():
        raise OutputRefused(OutputProblem.IS_FOLDER, path, "output_is_folder")
    if path.exists() and not force:
        raise OutputRefused(OutputProblem.EXISTS, path, "output_exists")
    if not path.parent.is_dir():
        raise OutputRefused(OutputProblem.NO_FOLDER, path, "output_no_folder", folder=str(path.parent))
    return path


@contextmanager
def atomic_write(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it over ``target`` when the block ends.

    On any error the temporary file is removed and ``target`` is left as it was. Refuses a
    database (see :func:`is_protected`) whatever the caller checked before.
    """
    path = Path(target)
    if is_protected(path):
        raise _refuse_database(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=path.parent)
    os.close(handle)
    partial = Path(temporary)
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_write(target) as partial:
        partial.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    return write_bytes(target, text.encode(encoding))
