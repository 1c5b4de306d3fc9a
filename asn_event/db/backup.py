"""Backups of a SQLite database, consistent even while desks are writing (sqlite3's online backup)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from asn_event.db.errors import DatabaseError


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` into ``destination`` (a new file), page by page.

    Uses SQLite's online backup API, so the copy is consistent even with other desks writing and
    with the WAL not yet checkpointed. Refuses to overwrite an existing file.
    """
    if destination.exists():
        raise DatabaseError(f"Berkas cadangan {destination} sudah ada. Pilih nama lain.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
        partial.replace(destination)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Cadangan gagal dibuat: {exc}. Basis data tidak diubah.") from exc
    return destination


def backup_name(source: Path, label: str, when: datetime) -> Path:
    """``sinar-asn.2025-11-17-0830.before-0002.sqlite`` next to the source."""
    return source.with_name(f"{source.stem}.{when:%Y-%m-%d-%H%M%S}.{label}{source.suffix}")
