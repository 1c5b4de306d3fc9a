"""The one error boundary of the window: every failure is shown in words, none is lost.

A slot that calls a service is wrapped in :func:`guarded`. A domain error (busy, disk full, a
refusal with its code ...) becomes one line on the page's message line (``Page.show_problem``),
worded by the translated table (``asn_event/words.py``, context ``Words``). Anything else is a bug:
it goes to ``sys.excepthook``, which the app sets to :func:`show_crash` (the traceback to the log
file, a dialog that says where it is); under pytest-qt the same hook fails the test.
"""

from __future__ import annotations

import enum
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_event import words
from asn_event.checkin.result import ScanResult, scan_params
from asn_event.domain.errors import DomainError
from asn_event.ui.shell.dates import clock_time

if TYPE_CHECKING:
    from asn_event.domain.notes import Note
    from asn_event.events import FieldError
    from asn_event.nip import NipError
    from asn_event.roster.rows import RowError

F = TypeVar("F", bound=Callable[..., Any])


def _translate(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def is_refusal(exc: BaseException) -> bool:
    """An error meant for the person: a domain error, a project refusal with its own sentence, a file problem."""
    if isinstance(exc, DomainError | OSError):
        return True
    return isinstance(exc, ValueError) and type(exc).__module__.startswith("asn_event.")


def error_text(exc: BaseException) -> str:
    """One line in the current language: what happened and what to do."""
    if isinstance(exc, OSError) and not isinstance(exc, DomainError):
        where = exc.filename or ""
        reason = exc.strerror or type(exc).__name__
        return (
            QCoreApplication.translate("Words", "Berkas tidak dapat dibaca atau ditulis: %1 (%2). Tidak ada yang diubah.")
            .replace("%1", str(where))
            .replace("%2", reason)
        )
    return words.error_text(exc, _translate)


def field_error_text(error: FieldError) -> str:
    """A form field's problem (event, person, walk-in forms) in the interface language."""
    return words.field_text(error, _translate)


def code_check_text(status: enum.Enum) -> str:
    """What a feedback screen says about a typed or scanned code (a ``CodeStatus``), in the interface language."""
    return words.code_check_text(status.value, _translate)


def nip_problem_text(error: NipError) -> str:
    """Why a NIP was refused, in the interface language."""
    return words.nip_text(error, _translate)


def row_problem_text(error: RowError) -> str:
    """Why an import row was refused, in the interface language."""
    return words.row_text(error, _translate)


def note_text(note: Note) -> str:
    """A note beside an import or a merge, in the interface language."""
    return words.note_text(note, _translate)


def verify_text(status: str) -> str:
    """What a certificate code check found, in the interface language."""
    return words.verify_text(status, _translate)


def scan_text(result: ScanResult) -> str:
    """The one-line account of a scan in the interface language (status bar, logs on screen)."""
    when = clock_time(result.checked_in_at) if result.checked_in_at else "?"
    return words.scan_text(result.status, scan_params(result, when), _translate)


def crash_text(exc: BaseException, log_path: object) -> str:
    return (
        QCoreApplication.translate(
            "Words",
            "Terjadi kesalahan yang tidak terduga (%1). Data yang sudah tersimpan aman. Catatan teknis ada di %2.",
        )
        .replace("%1", type(exc).__name__)
        .replace("%2", str(log_path))
    )


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    """Log the traceback and tell the person, with where the log is."""
    from asn_event.crashlog import record

    QMessageBox.critical(parent, QCoreApplication.translate("Words", "Kesalahan"), crash_text(exc, record(exc)))


def guarded(slot: F) -> F:
    """The error boundary for a slot of a page or dialog that has ``show_problem(text)``."""

    @functools.wraps(slot)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return slot(self, *args, **kwargs)
        except Exception as exc:
            if is_refusal(exc):
                self.show_problem(error_text(exc))
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            return None

    return wrapper  # type: ignore[return-value]
