"""Unexpected errors: the traceback goes to a log file for the technician, the person sees one sentence."""

from __future__ import annotations

import logging
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from asn_event.paths import data_dir, owner_only

log = logging.getLogger("asn_event")


def log_file() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    owner_only(folder)
    return folder / "asn-event.log"


def record(exc: BaseException) -> Path:
    """Append the traceback of ``exc`` to the log file and return the file's path."""
    path = log_file()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    # Created owner-only: a traceback can quote a name or a NIP.
    with open(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now(UTC).isoformat()} ---\n{text}\n")
    return path


def unexpected_message(exc: BaseException, path: Path) -> str:
    return (
        f"Terjadi kesalahan yang tidak terduga ({type(exc).__name__}: {exc}). Data yang sudah tersimpan aman. "
        f"Catatan teknis ada di {path}."
    )
