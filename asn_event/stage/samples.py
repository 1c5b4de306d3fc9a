"""Ready-made timers in each display state: for screenshots, the user guide and tests."""

from __future__ import annotations

import enum

from asn_event.clock import FakeClock
from asn_event.stage.agenda import Segment
from asn_event.stage.engine import StageTimer


class SampleState(enum.StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"
    MESSAGE = "message"
    BLACKOUT = "blackout"


SAMPLE_AGENDA = (
    Segment(1, "Laporan Kepala BKPSDM", 10 * 60, "Kepala BKPSDM"),
    Segment(2, "Arahan Wali Kota", 30 * 60, "Wali Kota Mojokerto"),
    Segment(3, "Dialog dan tanya jawab", 30 * 60, "Moderator"),
)

# Seconds into "Arahan Wali Kota" (30 minutes) for each state.
_ELAPSED = {
    SampleState.NORMAL: 30 * 60 - (12 * 60 + 34),
    SampleState.WARNING: 30 * 60 - 105,
    SampleState.DANGER: 30 * 60 - 20,
    SampleState.OVERTIME: 30 * 60 + 135,
    SampleState.MESSAGE: 30 * 60 - 45,
    SampleState.BLACKOUT: 30 * 60 - 600,
}


def sample_timer(state: SampleState, clock: FakeClock | None = None) -> StageTimer:
    """A timer on the mayor's direction, running, showing ``state``."""
    clock = clock or FakeClock()
    timer = StageTimer(clock, SAMPLE_AGENDA)
    timer.start()
    clock.advance(10 * 60)
    timer.next_segment()
    clock.advance(_ELAPSED[state])
    if state is SampleState.MESSAGE:
        timer.show_message("Mohon diakhiri")
    if state is SampleState.BLACKOUT:
        timer.set_blackout(True)
    timer.take_cues()
    return timer
