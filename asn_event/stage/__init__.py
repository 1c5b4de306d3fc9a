"""The agenda and the stage timer (Qt-free).

- :mod:`asn_event.stage.agenda`: segments and their validation, the default agenda.
- :mod:`asn_event.stage.engine`: :class:`StageTimer`, the countdown derived from an injected clock.
- :mod:`asn_event.stage.schedule`: planned against actual rows and the running schedule offset.
- :mod:`asn_event.stage.samples`: timers in each display state for screenshots.
"""

from asn_event.stage.agenda import AgendaError, Segment, validate_agenda, validate_segment
from asn_event.stage.engine import Cue, Phase, StageTimer, StageView, TimerError, TimerStatus
from asn_event.stage.schedule import ScheduleRow, offset_minutes, schedule_offset, schedule_rows

__all__ = [
    "AgendaError",
    "Cue",
    "Phase",
    "ScheduleRow",
    "Segment",
    "StageTimer",
    "StageView",
    "TimerError",
    "TimerStatus",
    "offset_minutes",
    "schedule_offset",
    "schedule_rows",
    "validate_agenda",
    "validate_segment",
]
