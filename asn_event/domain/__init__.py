"""The project's vocabulary, free of storage and of Qt: typed enums and the one error hierarchy.

Services speak in these words: a result carries an enum, a refusal carries a code and parameters.
The UI (``asn_event/ui/shell/words.py``) and the command line (``asn_event/cli/words.py``) turn them
into sentences, each through one table.
"""

from asn_event.domain.enums import (
    DeskAction,
    Employment,
    QuestionKind,
    RegistrationSource,
    ScanStatus,
    TimerState,
    Tone,
)
from asn_event.domain.errors import (
    Busy,
    ConnectionLost,
    DiskFull,
    DomainError,
    NotFound,
    Refused,
    StorageProblem,
)

__all__ = [
    "Busy",
    "ConnectionLost",
    "DeskAction",
    "DiskFull",
    "DomainError",
    "Employment",
    "NotFound",
    "QuestionKind",
    "Refused",
    "RegistrationSource",
    "ScanStatus",
    "StorageProblem",
    "TimerState",
    "Tone",
]
