"""The agenda and the timer state in the database: one function call is one user action.

The Timer page keeps one :class:`StageTimer` per event in memory and calls :func:`save_timer` after
every transition; :func:`load_timer` rebuilds it after a restart, the running segment at the right
time. The actual start and end of each segment are copied to ``AgendaItem`` on every save, so the
event report reads them without the timer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from asn_event.clock import WIB, Clock
from asn_event.db import Database
from asn_event.db.errors import NotFound
from asn_event.db.models import AgendaItem, Event, TimerState
from asn_event.stage.agenda import (
    DEFAULT_AGENDA,
    DEFAULT_DANGER_SECONDS,
    DEFAULT_WARNING_SECONDS,
    AgendaError,
    Segment,
    validate_agenda,
)
from asn_event.stage.engine import StageTimer, TimerError
from asn_event.stage.schedule import AgendaRecord, ScheduleRow, schedule_rows
from asn_event.stage.view import TimerStatus


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item as the editor shows it. ``id`` is None for a row not saved yet."""

    id: int | None
    title: str
    speaker: str = ""
    planned_seconds: int = 600
    warning_seconds: int = DEFAULT_WARNING_SECONDS
    danger_seconds: int = DEFAULT_DANGER_SECONDS
    actual_start: datetime | None = None
    actual_end: datetime | None = None


@dataclass(frozen=True)
class LoadedTimer:
    timer: StageTimer
    notice: TimerError | None = None  # told to the operator when the saved state could not be used
    scheduled_start: datetime | None = None


def _event(session, event_id: int) -> Event:  # type: ignore[no-untyped-def]
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event", id=event_id)
    return event


def _items(session, event_id: int) -> list[AgendaItem]:  # type: ignore[no-untyped-def]
    query = select(AgendaItem).where(AgendaItem.event_id == event_id)
    return list(session.scalars(query.order_by(AgendaItem.position, AgendaItem.id)))


def _entry(item: AgendaItem) -> AgendaEntry:
    return AgendaEntry(
        item.id,
        item.title,
        item.speaker,
        item.planned_seconds,
        item.warning_seconds,
        item.danger_seconds,
        item.actual_start,
        item.actual_end,
    )


def _segment(item: AgendaItem | AgendaEntry) -> Segment:
    assert item.id is not None
    return Segment(
        item.id, item.title, item.planned_seconds, item.speaker, item.warning_seconds, item.danger_seconds
    )


def scheduled_start(event: Event, now: datetime) -> datetime | None:
    """The event's start (UTC) when it is today in WIB; otherwise the plan anchors on the first segment."""
    if event.date != now.astimezone(WIB).date():
        return None
    return datetime.combine(event.date, event.start_time, tzinfo=WIB).astimezone(UTC)


def list_agenda(db: Database, event_id: int) -> list[AgendaEntry]:
    with db.readers() as session:
        _event(session, event_id)
        return [_entry(item) for item in _items(session, event_id)]


def _restore(clock: Clock, items: list[AgendaItem], state: TimerState | None) -> LoadedTimer:
    segments = [_segment(item) for item in items]
    try:
        return LoadedTimer(StageTimer.restore(clock, segments, state.state if state else {}))
    except TimerError as error:
        return LoadedTimer(StageTimer(clock, segments), notice=error)
    except AgendaError as error:
        raise AgendaError("agenda_stored_invalid", reason=error) from error


def load_timer(db: Database, clock: Clock, event_id: int) -> LoadedTimer:
    """The event's timer as saved: a running segment goes on where it is now."""
    with db.readers() as session:
        event = _event(session, event_id)
        loaded = _restore(clock, _items(session, event_id), session.get(TimerState, event_id))
        return LoadedTimer(loaded.timer, loaded.notice, scheduled_start(event, clock.now()))


def segment_running(db: Database, clock: Clock, event_id: int) -> bool:
    """True while a segment of the event's saved timer runs (then the stage display belongs on screen)."""
    status = load_timer(db, clock, event_id).timer.status
    return status in (TimerStatus.RUNNING, TimerStatus.OVERTIME)


def _write_state(session, clock: Clock, event_id: int, timer: StageTimer) -> None:  # type: ignore[no-untyped-def]
    state = session.get(TimerState, event_id)
    if state is None:
        state = TimerState(event_id=event_id, state={}, updated_at=clock.now())
        session.add(state)
    state.state = timer.to_dict()
    state.updated_at = clock.now()
    by_id = {item.id: item for item in _items(session, event_id)}
    for segment in timer.segments:
        item = by_id.get(segment.key)  # type: ignore[call-overload]
        if item is not None:
            run = timer.run_of(segment)
            item.actual_start, item.actual_end = run.started_at, run.ended_at


def save_timer(db: Database, clock: Clock, event_id: int, timer: StageTimer) -> None:
    """Save the timer after a transition (and the actual times into the agenda)."""
    with db.sessions() as session, session.begin():
        _event(session, event_id)
        _write_state(session, clock, event_id, timer)


def save_agenda(
    db: Database, clock: Clock, event_id: int, entries: list[AgendaEntry], timer: StageTimer
) -> list[AgendaEntry]:
    """Store the edited agenda in the order given and hand it to ``timer``, which keeps running.

    Rows without an id are added, rows missing from ``entries`` are removed. Nothing is stored when a
    row is invalid or the running segment would be removed (:class:`AgendaError`/:class:`TimerError`).
    """
    validate_agenda(
        Segment(e.id if e.id is not None else f"new-{i}", e.title, e.planned_seconds, e.speaker,
                e.warning_seconds, e.danger_seconds)
        for i, e in enumerate(entries)
    )  # fmt: skip
    with db.sessions() as session, session.begin():
        _event(session, event_id)
        existing = {item.id: item for item in _items(session, event_id)}
        kept = []
        for position, entry in enumerate(entries):
            item = existing.pop(entry.id, None) if entry.id is not None else None
            if item is None:
                item = AgendaItem(event_id=event_id)
                session.add(item)
            item.position = position
            item.title = entry.title.strip()
            item.speaker = entry.speaker.strip()
            item.planned_seconds = entry.planned_seconds
            item.warning_seconds = entry.warning_seconds
            item.danger_seconds = entry.danger_seconds
            kept.append(item)
        for removed in existing.values():
            session.delete(removed)
        session.flush()
        timer.set_segments([_segment(item) for item in kept])  # refuses to drop the running segment
        _write_state(session, clock, event_id, timer)
        return [_entry(item) for item in kept]


def use_default_agenda(db: Database, clock: Clock, event_id: int, timer: StageTimer) -> list[AgendaEntry]:
    """Fill an empty agenda with the demo event's agenda (the usual run of a coaching session)."""
    if list_agenda(db, event_id):
        raise AgendaError("agenda_not_empty")
    entries = [AgendaEntry(None, title, speaker, minutes * 60) for title, speaker, minutes in DEFAULT_AGENDA]
    return save_agenda(db, clock, event_id, entries, timer)


def planned_vs_actual(db: Database, event_id: int) -> list[ScheduleRow]:
    """The agenda's planned against actual times, for the event report (times UTC, show them in WIB)."""
    with db.readers() as session:
        event = _event(session, event_id)
        records = [
            AgendaRecord(i.title, i.speaker, i.planned_seconds, i.actual_start, i.actual_end)
            for i in _items(session, event_id)
        ]
        start = datetime.combine(event.date, event.start_time, tzinfo=WIB).astimezone(UTC)
    return schedule_rows(records, start)
