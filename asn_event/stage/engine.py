"""The stage timer: a countdown per agenda segment, derived from an injected clock.

Nothing here counts ticks. The time a segment has run is the sum of its finished spans plus, while
it runs, ``clock.monotonic()`` minus the moment the current span began; the display asks for it as
often as it likes. Wall-clock (UTC) time is used only for the actual start and end of segments, the
time of day, and for recovery: :meth:`StageTimer.to_dict` stores how long the segment had run at a
wall-clock moment, so :meth:`StageTimer.restore` after a restart (when the monotonic origin is gone)
adds the wall time that passed meanwhile.

A command (``start``, ``pause``, ``next_segment`` ...) returns ``True`` when it changed the timer: the
caller saves the state after every change.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import datetime
from typing import Any

from asn_event.clock import Clock
from asn_event.domain.enums import TimerState
from asn_event.domain.errors import Refused
from asn_event.formatting import clock_time
from asn_event.stage.agenda import Segment, validate_agenda
from asn_event.stage.view import (
    CUE_FOR_PHASE,
    PHASE_RANK,
    PRESET_MESSAGES,
    AlertKind,
    Alerts,
    Cue,
    DisplayOptions,
    Phase,
    SegmentRun,
    StageView,
    TimerStatus,
    countdown_text,
    phase_for,
)

STATE_VERSION = 1


class TimerError(Refused, ValueError):
    """A timer command that cannot be carried out; the code says why (``agenda_empty`` ...)."""


class StageTimer:
    """The engine behind the Timer page and the stage display. Not thread-safe; one per event."""

    def __init__(self, clock: Clock, segments: Iterable[Segment] = ()) -> None:
        self._clock = clock
        self._segments: list[Segment] = []
        self._runs: dict[Hashable, SegmentRun] = {}
        self._index = 0
        self._mode = TimerState.IDLE
        self._span_mono: float | None = None  # monotonic time the running span began
        self._display = DisplayOptions()
        self._notified = Phase.NORMAL
        self.set_segments(segments)

    # ----------------------------------------------------------------- reading
    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(self._segments)

    @property
    def index(self) -> int:
        """Position of the current segment (``len(segments)`` once finished)."""
        return self._index

    @property
    def current(self) -> Segment | None:
        if self._mode is TimerState.FINISHED or not self._segments:
            return None
        return self._segments[self._index]

    @property
    def next(self) -> Segment | None:
        if self._mode is TimerState.FINISHED or self._index + 1 >= len(self._segments):
            return None
        return self._segments[self._index + 1]

    @property
    def status(self) -> TimerStatus:
        if self._mode is TimerState.RUNNING and self.remaining() < 0:
            return TimerStatus.OVERTIME
        return TimerStatus(self._mode.value)

    @property
    def message(self) -> str | None:
        return self._display.message

    @property
    def blackout(self) -> bool:
        return self._display.blackout

    @property
    def show_clock(self) -> bool:
        return self._display.show_clock

    @property
    def alerts(self) -> Alerts:
        """Which cues sound or flash (kept with the timer, per event)."""
        return self._display.alerts

    def now(self) -> datetime:
        """Wall-clock time (UTC) of the timer's clock."""
        return self._clock.now()

    def run_of(self, segment: Segment) -> SegmentRun:
        """A copy of what happened to ``segment`` so far (the live span included)."""
        run = self._runs.get(segment.key, SegmentRun())
        elapsed = run.elapsed
        if self._span_mono is not None and self.current is not None and segment.key == self.current.key:
            elapsed += self._clock.monotonic() - self._span_mono
        return SegmentRun(run.started_at, run.ended_at, elapsed, run.extra_seconds)

    def elapsed(self) -> float:
        """Seconds the current segment has run, pauses excluded."""
        current = self.current
        return self.run_of(current).elapsed if current else 0.0

    def allowed(self) -> int:
        """Seconds the current segment may run: planned plus minutes added."""
        current = self.current
        if current is None:
            return 0
        return max(0, current.planned_seconds + self._run(current).extra_seconds)

    def remaining(self) -> float:
        """Seconds left in the current segment; negative in overtime."""
        return self.allowed() - self.elapsed()

    def phase(self) -> Phase:
        current = self.current
        if current is None:
            return Phase.NORMAL
        return phase_for(self.remaining(), current.warning_seconds, current.danger_seconds)

    def view(self) -> StageView:
        current, upcoming = self.current, self.next
        remaining = self.remaining()
        if current is None:
            title = ""  # no segment: the UI says "Agenda selesai" (finished) or "Agenda belum diisi" (empty)
            time_text = "00:00"
        else:
            title = current.title
            time_text = countdown_text(remaining)
        return StageView(
            status=self.status,
            phase=self.phase(),
            time_text=time_text,
            title=title,
            speaker=current.speaker if current else "",
            next_title=upcoming.title if upcoming else "",
            message=self._display.message,
            blackout=self._display.blackout,
            clock_text=clock_time(self._clock.now()) if self._display.show_clock else None,
            remaining_seconds=remaining,
            allowed_seconds=self.allowed(),
            index=self._index,
            count=len(self._segments),
        )

    def take_cues(self) -> list[Cue]:
        """The thresholds crossed since the last call (at most one cue: the most urgent)."""
        phase = self.phase()
        if self._mode is not TimerState.RUNNING:
            self._notified = phase
            return []
        previous, self._notified = self._notified, phase
        if PHASE_RANK[phase] > PHASE_RANK[previous]:
            return [CUE_FOR_PHASE[phase]]
        return []

    # ---------------------------------------------------------------- commands
    def start(self) -> bool:
        """Start the current segment (or resume it when paused)."""
        if not self._segments:
            raise TimerError("agenda_empty")
        if self._mode is TimerState.PAUSED:
            return self.resume()
        if self._mode is not TimerState.IDLE:
            return False
        self._enter_running()
        return True

    def pause(self) -> bool:
        if self._mode is not TimerState.RUNNING:
            return False
        self._fold_span()
        self._mode = TimerState.PAUSED
        return True

    def resume(self) -> bool:
        if self._mode is not TimerState.PAUSED:
            return False
        self._enter_running()
        return True

    def toggle(self) -> bool:
        """Space on the control view: start, pause or resume."""
        if self._mode is TimerState.RUNNING:
            return self.pause()
        return self.start()

    def next_segment(self) -> bool:
        """End the current segment and move on; a running timer runs on into the next one."""
        if self._mode is TimerState.FINISHED or not self._segments:
            return False
        was_running = self._mode is TimerState.RUNNING
        self._fold_span()
        run = self._run(self._segments[self._index])
        if run.started_at is not None:
            run.ended_at = self._clock.now()
        self._index += 1
        if self._index >= len(self._segments):
            self._mode = TimerState.FINISHED
        else:
            self._enter(was_running)
        self._notified = self.phase()
        return True

    def previous_segment(self) -> bool:
        """Go back one segment: it carries on where it ended, with any time run since the step forward.

        A step forward pressed by mistake is undone by stepping back: the segment left behind starts
        afresh later, and the seconds it ran count for the previous speaker who was still talking.
        """
        if not self._segments or (self._index == 0 and self._mode is not TimerState.FINISHED):
            return False
        was_running = self._mode is TimerState.RUNNING
        carried = 0.0
        if self._mode is not TimerState.FINISHED:
            self._fold_span()
            leaving = self._segments[self._index]
            carried = self._run(leaving).elapsed
            self._runs[leaving.key] = SegmentRun(extra_seconds=self._run(leaving).extra_seconds)
        self._index -= 1
        run = self._run(self._segments[self._index])
        run.elapsed += carried
        self._enter(was_running)
        self._notified = self.phase()
        return True

    def add_minutes(self, minutes: int = 1) -> bool:
        """Give the current segment more (or, negative, less) time; never below zero allowed."""
        current = self.current
        if current is None or minutes == 0:
            return False
        run = self._run(current)
        extra = max(run.extra_seconds + minutes * 60, -current.planned_seconds)
        if extra == run.extra_seconds:
            return False
        run.extra_seconds = extra
        return True

    def reset_segment(self) -> bool:
        """The current segment back to its full time, not started."""
        current = self.current
        if current is None:
            return False
        self._span_mono = None
        self._runs[current.key] = SegmentRun()
        self._mode = TimerState.IDLE
        self._notified = self.phase()
        return True

    def reset(self) -> bool:
        """Forget every actual time and go back to the first segment, not started."""
        self._runs = {segment.key: SegmentRun() for segment in self._segments}
        self._index = 0
        self._mode = TimerState.IDLE
        self._span_mono = None
        self._notified = Phase.NORMAL
        return True

    def show_message(self, text: str | None) -> bool:
        """Put a message to the speaker on stage (empty text takes it away)."""
        value = (text or "").strip() or None
        if value == self._display.message:
            return False
        self._display.message = value
        return True

    def set_blackout(self, on: bool) -> bool:
        if on == self._display.blackout:
            return False
        self._display.blackout = on
        return True

    def set_show_clock(self, on: bool) -> bool:
        if on == self._display.show_clock:
            return False
        self._display.show_clock = on
        return True

    def set_alert(self, kind: AlertKind, cue: Cue, on: bool) -> bool:
        """Switch the sound or the flash for one cue."""
        new = self._display.alerts.switched(kind, cue, on)
        if new == self._display.alerts:
            return False
        self._display.alerts = new
        return True

    def set_segments(self, segments: Iterable[Segment]) -> bool:
        """Replace the agenda (edited, reordered) without losing the running time.

        Segments keep their actual times by key. The current segment stays current wherever it moved;
        a segment that has started cannot be removed while it is current.
        """
        new = validate_agenda(segments)
        current = self.current
        keys = {segment.key for segment in new}
        if current is not None and self._mode is not TimerState.IDLE and current.key not in keys:
            raise TimerError("segment_running", title=current.title)
        self._runs = {segment.key: self._runs.get(segment.key, SegmentRun()) for segment in new}
        old_mode = self._mode
        self._segments = new
        if old_mode is TimerState.FINISHED:
            self._index = len(new)
        elif current is not None and current.key in keys:
            self._index = next(i for i, s in enumerate(new) if s.key == current.key)
        else:
            self._index = min(self._index, max(len(new) - 1, 0))
            self._span_mono = None
            self._mode = TimerState.IDLE
        return True

    # ------------------------------------------------------------- persistence
    def to_dict(self) -> dict[str, Any]:
        """The state as JSON-ready data; the running span is written as time run until now."""
        now = self._clock.now()
        runs = []
        for segment in self._segments:
            run = self.run_of(segment)
            runs.append(
                {
                    "key": segment.key,
                    "started_at": run.started_at.isoformat() if run.started_at else None,
                    "ended_at": run.ended_at.isoformat() if run.ended_at else None,
                    "elapsed": round(run.elapsed, 3),
                    "extra_seconds": run.extra_seconds,
                }
            )
        current = self.current
        return {
            "version": STATE_VERSION,
            "mode": self._mode.value,
            "index": self._index,
            "current_key": current.key if current else None,
            "saved_at": now.isoformat(),
            **self._display.to_dict(),
            "runs": runs,
        }

    @classmethod
    def restore(cls, clock: Clock, segments: Iterable[Segment], data: dict[str, Any]) -> StageTimer:
        """Rebuild a timer from :meth:`to_dict` data; a running segment goes on at the right time.

        Raises :class:`TimerError` when the data is not a saved timer state.
        """
        timer = cls(clock, segments)
        if not data:
            return timer
        try:
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"version {data.get('version')!r}")
            mode = TimerState(data["mode"])
            saved_at = datetime.fromisoformat(data["saved_at"])
            for item in data["runs"]:
                if item["key"] in timer._runs:
                    timer._runs[item["key"]] = SegmentRun(
                        started_at=_parse_time(item["started_at"]),
                        ended_at=_parse_time(item["ended_at"]),
                        elapsed=float(item["elapsed"]),
                        extra_seconds=int(item["extra_seconds"]),
                    )
            timer._display = DisplayOptions.from_dict(data)
            index = int(data["index"])
        except (KeyError, TypeError, ValueError) as error:
            raise TimerError("timer_state_unreadable", reason=str(error)) from error
        keys = [segment.key for segment in timer._segments]
        if mode is TimerState.FINISHED or not keys:
            timer._mode = TimerState.FINISHED if keys else TimerState.IDLE
            timer._index = len(keys) if keys else 0
            return timer
        current_key = data.get("current_key")
        timer._index = keys.index(current_key) if current_key in keys else min(index, len(keys) - 1)
        timer._mode = mode if current_key in keys else TimerState.IDLE
        if timer._mode is TimerState.RUNNING:
            gap = max(0.0, (clock.now() - saved_at).total_seconds())
            timer._run(timer._segments[timer._index]).elapsed += gap
            timer._span_mono = clock.monotonic()
        timer._notified = timer.phase()
        return timer

    # ----------------------------------------------------------------- helpers
    def _run(self, segment: Segment) -> SegmentRun:
        return self._runs.setdefault(segment.key, SegmentRun())

    def _fold_span(self) -> None:
        """Add the running span to the current segment's time and stop the span."""
        if self._span_mono is not None and self.current is not None:
            self._run(self.current).elapsed += self._clock.monotonic() - self._span_mono
        self._span_mono = None

    def _enter_running(self) -> None:
        run = self._run(self._segments[self._index])
        if run.started_at is None:
            run.started_at = self._clock.now()
        run.ended_at = None
        self._span_mono = self._clock.monotonic()
        self._mode = TimerState.RUNNING

    def _enter(self, running: bool) -> None:
        """Make the segment at ``_index`` current, running or waiting."""
        run = self._run(self._segments[self._index])
        run.ended_at = None
        if running:
            self._enter_running()
        else:
            self._span_mono = None
            self._mode = TimerState.PAUSED if run.started_at is not None else TimerState.IDLE


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


__all__ = [
    "PRESET_MESSAGES",
    "Cue",
    "Phase",
    "SegmentRun",
    "StageTimer",
    "StageView",
    "TimerError",
    "TimerStatus",
    "countdown_text",
    "phase_for",
]
