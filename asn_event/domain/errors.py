"""One hierarchy of errors the services raise: a code and parameters, never a sentence.

``Busy``, ``DiskFull`` and ``ConnectionLost`` come from the storage layer, which maps every driver
exception to one of them in one place (``asn_event/db/errors.py``, :func:`from_driver`). ``NotFound``
names what is missing; ``Refused`` says why an action cannot be done. The words live in one table
(``asn_event/words.py``): the UI translates them and the command line prints them. This module
knows no words: ``str()`` is the code and its parameters, for the log; whatever shows an error to a
person words it with ``asn_event.words.error_text`` (the UI: ``asn_event.ui.shell.errors.error_text``).
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class: an action that could not be done, as a code and its parameters."""

    code: str = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        super().__init__(self.code)

    def __str__(self) -> str:
        shown = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.code} ({shown})" if shown else self.code

    def __repr__(self) -> str:
        shown = "".join(f", {key}={value!r}" for key, value in self.params.items())
        return f"{type(self).__name__}({self.code!r}{shown})"


class Busy(DomainError):
    """Another desk or program holds the database for too long: try again in a moment."""

    code = "busy"


class DiskFull(DomainError):
    """The disk (or the server's disk) has no room left: nothing was written."""

    code = "disk_full"


class ConnectionLost(DomainError):
    """The database server cannot be reached (or the file's folder has gone away)."""

    code = "connection_lost"


class NotFound(DomainError):
    """What the action needs does not exist (any more); ``code`` names it (``event``, ``person`` ...)."""

    code = "not_found"


class Refused(DomainError):
    """An action refused by a rule; ``code`` names the rule, ``params`` fill its sentence."""

    code = "refused"


class StorageProblem(DomainError):
    """The database cannot be used at all: missing, read-only, not ours, too new, unreachable."""

    code = "storage"
