"""Database problems as the project's own exceptions, worded for the person at the desk.

Each message says what happened and what to do. The GUI shows ``str(error)``; the command line
prints it as one line on stderr.
"""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """Base class: the database cannot be used as asked."""


class DatabaseMissing(DatabaseError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Berkas basis data tidak ditemukan: {path}. Periksa lokasinya, atau buat yang baru dengan "
            "'asn-event demo --db BERKAS'."
        )


class DatabaseReadOnly(DatabaseError):
    def __init__(self, path: Path | None) -> None:
        self.path = path
        where = f" ({path})" if path else ""
        super().__init__(
            f"Basis data hanya bisa dibaca{where}. Salin berkas ke folder yang bisa ditulis, "
            "atau periksa izin berkasnya."
        )


class DatabaseCorrupt(DatabaseError):
    """Not a Sinar ASN database, or a damaged one (``damaged``: the file was ours and is broken)."""

    def __init__(self, path: Path | None, reason: str = "", *, damaged: bool = True) -> None:
        self.path = path
        self.reason = reason
        self.damaged = damaged
        why = f" ({reason})" if reason else ""
        if path is None:  # a server database, not a file
            super().__init__(
                f"Basis data ini bukan milik Sinar ASN atau rusak{why}. Tidak ada yang diubah. "
                "Pilih basis data lain (buat yang kosong untuk Sinar ASN)."
            )
            return
        super().__init__(
            f"Berkas {path} bukan basis data Sinar ASN atau rusak{why}. Berkas tidak diubah. "
            "Pulihkan dari cadangan, atau pilih berkas lain."
        )


class DatabaseDamaged(DatabaseCorrupt):
    """A damaged database file at start, with the newest good automatic backup if there is one.

    ``backup`` is an :class:`asn_event.db.backup.CopyInfo` (path, counts) or None. The GUI offers it;
    the command line names it and exits 2. Nothing was written to the damaged file.
    """

    def __init__(self, path: Path, reason: str, backup: object | None) -> None:
        super().__init__(path, reason)
        self.backup = backup
        why = f" ({reason})" if reason else ""
        if backup is None:
            advice = "Tidak ada cadangan otomatis yang utuh. Pulihkan dari salinan lain, atau pilih berkas lain."
        else:
            where = getattr(backup, "path", backup)
            advice = f"Cadangan utuh terbaru: {where}. Pulihkan dengan: asn-event restore \"{where}\" --db \"{path}\""
        Exception.__init__(self, f"Berkas {path} rusak{why}. Berkas tidak diubah. {advice}")


class DatabaseTooNew(DatabaseError):
    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"Basis data ini dibuat oleh versi program yang lebih baru (skema {revision}). "
            "Berkas tidak diubah. Perbarui program ini lalu buka lagi."
        )


class NotFound(DatabaseError):
    """A record the user asked for does not exist (an event id, a person ...)."""


class Conflict(DatabaseError):
    """The change clashes with what is stored (a duplicate NIP, an event code in use ...)."""


class ConnectionLost(DatabaseError):
    """The database server cannot be reached (network gone, server stopped): worth trying again."""
