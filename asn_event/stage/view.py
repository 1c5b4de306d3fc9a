"""What the stage timer shows: statuses, colour phases, cues and the view of one moment."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from asn_event.formatting import duration_mmss

PRESET_MESSAGES: tuple[str, ...] = (
    "Waktu habis",
    "Mohon diakhiri",
    "5 menit lagi",
    "Waktu tinggal 1 menit",
    "Silakan dilanjutkan",
    "Mohon mendekat ke mikrofon",
)


class TimerStatus(enum.StrEnum):
    IDLE = "idle"  # the current segment has not started
    RUNNING = "running"
    PAUSED = "paused"
    OVERTIME = "overtime"  # running past the allowed time
    FINISHED = "finished"  # past the last segment


class Phase(enum.StrEnum):
    """What the colour on stage says."""

    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


class Cue(enum.StrEnum):
    """A moment the operator may want a sound or a flash for."""

    WARNING = "warning"
    DANGER = "danger"
    END = "end"


PHASE_RANK = {Phase.NORMAL: 0, Phase.WARNING: 1, Phase.DANGER: 2, Phase.OVERTIME: 3}
CUE_FOR_PHASE = {Phase.WARNING: Cue.WARNING, Phase.DANGER: Cue.DANGER, Phase.OVERTIME: Cue.END}


def phase_for(remaining: float, warning_seconds: int, danger_seconds: int) -> Phase:
    if remaining < 0:
        return Phase.OVERTIME
    if remaining <= danger_seconds:
        return Phase.DANGER
    if remaining <= warning_seconds:
        return Phase.WARNING
    return Phase.NORMAL


def countdown_text(remaining: float) -> str:
    """``10:00`` counting down (whole seconds rounded up), then ``+00:01`` counting up in overtime."""
    if remaining < 0:
        return "+" + duration_mmss(math.floor(-remaining))
    return duration_mmss(math.ceil(remaining))


@dataclass
class SegmentRun:
    """What happened to one segment: actual start and end (UTC), time run, minutes added."""

    started_at: datetime | None = None
    ended_at: datetime | None = None
    elapsed: float = 0.0  # seconds run in finished spans (pauses excluded)
    extra_seconds: int = 0  # minutes added (+) or removed (-) by the operator


@dataclass(frozen=True)
class StageView:
    """Everything the stage display and the control view show at one moment."""

    status: TimerStatus
    phase: Phase
    time_text: str
    title: str
    speaker: str
    next_title: str
    message: str | None
    blackout: bool
    clock_text: str | None  # time of day (WIB) when switched on
    remaining_seconds: float
    allowed_seconds: int
    index: int
    count: int


@dataclass(frozen=True)
class StageQr:
    """The stage display's other state: a QR code that opens the phone feedback form.

    Shown instead of the timer (which keeps running underneath) until taken off again; large
    enough to scan from the back of a hall, with the address written under it for typing.
    """

    url: str


class AlertKind(enum.StrEnum):
    SOUND = "sound"
    FLASH = "flash"


@dataclass(frozen=True)
class Alerts:
    """Which cues the operator hears (sound at the laptop) and the speaker sees (a flash on stage)."""

    sound: frozenset[Cue] = frozenset({Cue.DANGER, Cue.END})
    flash: frozenset[Cue] = frozenset({Cue.WARNING, Cue.DANGER, Cue.END})

    def enabled(self, kind: AlertKind, cue: Cue) -> bool:
        return cue in (self.sound if kind is AlertKind.SOUND else self.flash)

    def switched(self, kind: AlertKind, cue: Cue, on: bool) -> Alerts:
        current = self.sound if kind is AlertKind.SOUND else self.flash
        new = current | {cue} if on else current - {cue}
        return replace(self, sound=new) if kind is AlertKind.SOUND else replace(self, flash=new)


@dataclass
class DisplayOptions:
    """What the operator sets on the stage display, saved with the timer."""

    message: str | None = None
    blackout: bool = False
    show_clock: bool = False
    alerts: Alerts = field(default_factory=Alerts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "blackout": self.blackout,
            "show_clock": self.show_clock,
            "sound_cues": sorted(self.alerts.sound),
            "flash_cues": sorted(self.alerts.flash),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DisplayOptions:
        """Raises KeyError/ValueError/TypeError on data that is not a saved display."""
        alerts = Alerts()
        if "sound_cues" in data:
            alerts = Alerts(frozenset(map(Cue, data["sound_cues"])), frozenset(map(Cue, data["flash_cues"])))
        message = data.get("message")
        if message is not None and not isinstance(message, str):
            raise TypeError("message")
        return cls(message, bool(data["blackout"]), bool(data["show_clock"]), alerts)
