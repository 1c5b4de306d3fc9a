"""A note beside a result (an import's skipped sheet, a merge's event left out): a code and parameters.

Not a refusal: the action went ahead, and the person should know this too. The words live in the
table (``asn_event.words.NOTES``); the UI translates them, the command line prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Note:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        shown = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.code} ({shown})" if shown else self.code
