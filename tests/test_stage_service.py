"""The agenda and the timer state in the database: every transition saved, a restart resumes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from asn_event.clock import FakeClock
from asn_event.db.models import AgendaItem
from asn_event.stage import service
from asn_event.stage.agenda import AgendaError
from asn_event.stage.engine import TimerError, TimerStatus
from asn_event.stage.service import AgendaEntry
from asn_event.words import error_text
from tests.saying import raises_saying


def test_the_demo_agenda_loads_into_an_idle_timer(demo, clock) -> None:  # type: ignore[no-untyped-def]
    loaded = service.load_timer(demo.db, clock, demo.event_id)
    assert loaded.notice is None
    assert loaded.timer.status is TimerStatus.IDLE
    assert loaded.timer.view().title == "Pembukaan"
    assert loaded.scheduled_start is not None  # the demo event is "today" for the fake clock


def test_a_restart_resumes_the_running_segment(demo, clock) -> None:  # type: ignore[no-untyped-def]
    timer = service.load_timer(demo.db, clock, demo.event_id).timer
    timer.start()
    service.save_timer(demo.db, clock, demo.event_id, timer)
    clock.advance(10 * 60 + 5)
    timer.next_segment()
    service.save_timer(demo.db, clock, demo.event_id, timer)
    clock.advance(125)  # the laptop crashes here; it is back two minutes later
    later = FakeClock(clock.now() + timedelta(minutes=2), mono=1.0)
    restarted = service.load_timer(demo.db, later, demo.event_id).timer
    view = restarted.view()
    assert (view.title, view.status) == ("Laporan Kepala BKPSDM", TimerStatus.RUNNING)
    assert view.time_text == "10:55"  # 15 minutes planned, 4:05 run


def test_actual_times_reach_the_agenda_and_the_report(demo, clock) -> None:  # type: ignore[no-untyped-def]
    nine = clock.now() + timedelta(minutes=30)  # the demo event starts at 09.00 WIB
    timer = service.load_timer(demo.db, clock, demo.event_id).timer
    clock.advance(35 * 60)
    timer.start()
    clock.advance(12 * 60)
    timer.next_segment()
    service.save_timer(demo.db, clock, demo.event_id, timer)
    rows = service.planned_vs_actual(demo.db, demo.event_id)
    assert rows[0].planned_start == nine
    assert (rows[0].start_delay_seconds, rows[0].actual_seconds, rows[0].difference_seconds) == (
        300,
        720,
        120,
    )
    assert rows[1].actual_start == clock.now()
    assert rows[1].actual_end is None
    with demo.db.sessions() as session:
        first = session.scalars(select(AgendaItem).order_by(AgendaItem.position)).first()
        assert first is not None and first.actual_end == clock.now()


def test_editing_the_agenda_while_running_keeps_the_time(demo, clock) -> None:  # type: ignore[no-untyped-def]
    timer = service.load_timer(demo.db, clock, demo.event_id).timer
    timer.start()
    clock.advance(100)
    entries = service.list_agenda(demo.db, demo.event_id)
    edited = [
        replace(entries[0], planned_seconds=12 * 60),
        AgendaEntry(None, "Menyanyikan Indonesia Raya", "", 180),
    ]
    edited += entries[1:]
    saved = service.save_agenda(demo.db, clock, demo.event_id, edited, timer)
    assert [e.title for e in saved[:2]] == ["Pembukaan", "Menyanyikan Indonesia Raya"]
    assert saved[1].id is not None
    assert timer.view().time_text == "10:20"
    assert timer.view().next_title == "Menyanyikan Indonesia Raya"
    restarted = service.load_timer(demo.db, clock, demo.event_id).timer
    assert restarted.view().time_text == "10:20"


def test_bad_agenda_edits_store_nothing(demo, clock) -> None:  # type: ignore[no-untyped-def]
    timer = service.load_timer(demo.db, clock, demo.event_id).timer
    timer.start()
    entries = service.list_agenda(demo.db, demo.event_id)
    with raises_saying(AgendaError, "1.000 menit"):
        service.save_agenda(
            demo.db, clock, demo.event_id, [replace(entries[0], planned_seconds=60000)], timer
        )
    with raises_saying(TimerError, "sedang berjalan"):
        service.save_agenda(demo.db, clock, demo.event_id, entries[1:], timer)
    assert [e.title for e in service.list_agenda(demo.db, demo.event_id)] == [e.title for e in entries]
    assert timer.view().title == "Pembukaan"


def test_default_agenda_for_an_empty_event(demo, clock) -> None:  # type: ignore[no-untyped-def]
    loaded = service.load_timer(demo.db, clock, demo.event_id)
    service.save_agenda(demo.db, clock, demo.event_id, [], loaded.timer)
    assert service.list_agenda(demo.db, demo.event_id) == []
    entries = service.use_default_agenda(demo.db, clock, demo.event_id, loaded.timer)
    assert entries[2].title == "Pengarahan Wali Kota Mojokerto"
    assert loaded.timer.view().title == "Pembukaan"
    with raises_saying(AgendaError, "sudah berisi"):
        service.use_default_agenda(demo.db, clock, demo.event_id, loaded.timer)


def test_an_unreadable_saved_state_starts_afresh_and_says_so(demo, clock) -> None:  # type: ignore[no-untyped-def]
    from asn_event.db.models import TimerState

    with demo.db.sessions() as session, session.begin():
        session.add(
            TimerState(event_id=demo.event_id, state={"version": 1, "mode": "?"}, updated_at=clock.now())
        )
    loaded = service.load_timer(demo.db, clock, demo.event_id)
    assert loaded.notice is not None and "tidak bisa dibaca" in error_text(loaded.notice)
    assert loaded.timer.status is TimerStatus.IDLE
