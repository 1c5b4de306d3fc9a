"""Planned against actual: the rows of the event report and the running offset of the schedule.

The planned start of each segment is the event's scheduled start plus the planned durations before
it. Without a scheduled start, or when the agenda really began hours away from it (a rehearsal),
the plan is anchored on the first segment that actually started.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from asn_event.stage.engine import StageTimer, TimerStatus


@dataclass(frozen=True)
class AgendaRecord:
    """One agenda item as stored: what was planned and what happened (UTC times)."""

    title: str
    speaker: str
    planned_seconds: int
    actual_start: datetime | None = None
    actual_end: datetime | None = None


@dataclass(frozen=True)
class ScheduleRow:
    """One line of the planned-against-actual table (times UTC; show them in WIB)."""

    position: int  # 1-based
    title: str
    speaker: str
    planned_start: datetime | None
    planned_seconds: int
    actual_start: datetime | None
    actual_end: datetime | None
    actual_seconds: int | None  # wall time from actual start to actual end
    difference_seconds: int | None  # actual minus planned duration: positive = longer than planned
    start_delay_seconds: int | None  # actual minus planned start: positive = started late


# A first segment that starts further than this from the scheduled start is a rehearsal or a moved
# event: the plan is then measured from when it really began.
ANCHOR_TOLERANCE = timedelta(hours=3)


def plan_anchor(items: Sequence[AgendaRecord], scheduled_start: datetime | None) -> datetime | None:
    """When the first segment was planned to start."""
    before = 0
    from_actual = None
    for item in items:
        if item.actual_start is not None:
            from_actual = item.actual_start - timedelta(seconds=before)
            break
        before += item.planned_seconds
    if scheduled_start is not None and (
        from_actual is None or abs(from_actual - scheduled_start) <= ANCHOR_TOLERANCE
    ):
        return scheduled_start
    return from_actual


def schedule_rows(
    items: Sequence[AgendaRecord], scheduled_start: datetime | None = None
) -> list[ScheduleRow]:
    """The planned-against-actual table as plain rows, in agenda order."""
    anchor = plan_anchor(items, scheduled_start)
    rows = []
    before = 0
    for position, item in enumerate(items, start=1):
        planned_start = anchor + timedelta(seconds=before) if anchor is not None else None
        actual_seconds = None
        if item.actual_start is not None and item.actual_end is not None:
            actual_seconds = round((item.actual_end - item.actual_start).total_seconds())
        delay = None
        if planned_start is not None and item.actual_start is not None:
            delay = round((item.actual_start - planned_start).total_seconds())
        rows.append(
            ScheduleRow(
                position=position,
                title=item.title,
                speaker=item.speaker,
                planned_start=planned_start,
                planned_seconds=item.planned_seconds,
                actual_start=item.actual_start,
                actual_end=item.actual_end,
                actual_seconds=actual_seconds,
                difference_seconds=None if actual_seconds is None else actual_seconds - item.planned_seconds,
                start_delay_seconds=delay,
            )
        )
        before += item.planned_seconds
    return rows


def timer_records(timer: StageTimer) -> list[AgendaRecord]:
    """The timer's agenda with the actual times recorded so far."""
    records = []
    for segment in timer.segments:
        run = timer.run_of(segment)
        records.append(
            AgendaRecord(
                segment.title, segment.speaker, segment.planned_seconds, run.started_at, run.ended_at
            )
        )
    return records


def schedule_offset(timer: StageTimer, scheduled_start: datetime | None = None) -> float | None:
    """Seconds the programme is behind its plan (negative: ahead), ``None`` before anything started.

    The current segment counts with its projected end: now plus what is left of it, or, not yet
    started, its planned start (or now, if later) plus its allowed time.
    """
    segments = timer.segments
    records = timer_records(timer)
    anchor = plan_anchor(records, scheduled_start)
    if anchor is None or not segments:
        return None
    if timer.status is TimerStatus.FINISHED:
        last_end = records[-1].actual_end
        if last_end is None:
            return None
        planned_end = anchor + timedelta(seconds=sum(s.planned_seconds for s in segments))
        return (last_end - planned_end).total_seconds()
    index = timer.index
    planned_before = sum(s.planned_seconds for s in segments[:index])
    planned_start = anchor + timedelta(seconds=planned_before)
    planned_end = planned_start + timedelta(seconds=segments[index].planned_seconds)
    now = timer.now()
    if timer.status is TimerStatus.IDLE:
        projected_end = max(now, planned_start) + timedelta(seconds=timer.allowed())
    else:
        projected_end = now + timedelta(seconds=max(timer.remaining(), 0.0))
    return (projected_end - planned_end).total_seconds()


def offset_minutes(seconds: float | None) -> int | None:
    """Whole minutes ahead (-) or behind (+) the schedule; None before the first segment starts.

    The UI words it ("+4 menit dari jadwal", "Tepat jadwal"; ``ui/stage/page.py``).
    """
    if seconds is None:
        return None
    return round(seconds / 60)
