"""Planned against actual, and how far the programme runs behind its schedule."""

from __future__ import annotations

from datetime import timedelta

import pytest

from asn_event.clock import FakeClock
from asn_event.stage.agenda import Segment
from asn_event.stage.engine import StageTimer
from asn_event.stage.schedule import (
    AgendaRecord,
    offset_minutes,
    schedule_offset,
    schedule_rows,
    timer_records,
)

AGENDA = (
    Segment(1, "Laporan Kepala BKPSDM", 10 * 60),
    Segment(2, "Arahan Wali Kota", 30 * 60),
    Segment(3, "Dialog", 20 * 60),
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_rows_compare_planned_and_actual(clock: FakeClock) -> None:
    nine = clock.now()
    items = [
        AgendaRecord(
            "Laporan", "Kepala BKPSDM", 600, nine + timedelta(minutes=5), nine + timedelta(minutes=17)
        ),
        AgendaRecord("Arahan", "Wali Kota", 1800, nine + timedelta(minutes=17), nine + timedelta(minutes=40)),
        AgendaRecord("Dialog", "Moderator", 1200),
    ]
    rows = schedule_rows(items, scheduled_start=nine)
    assert [r.planned_start for r in rows] == [
        nine,
        nine + timedelta(minutes=10),
        nine + timedelta(minutes=40),
    ]
    assert [r.actual_seconds for r in rows] == [720, 1380, None]
    assert [r.difference_seconds for r in rows] == [120, -420, None]
    assert [r.start_delay_seconds for r in rows] == [300, 420, None]
    assert rows[2].position == 3


def test_rows_without_a_scheduled_start_anchor_on_the_first_actual_start(clock: FakeClock) -> None:
    start = clock.now()
    items = [
        AgendaRecord("Laporan", "", 600, start, start + timedelta(minutes=10)),
        AgendaRecord("Arahan", "", 60),
    ]
    rows = schedule_rows(items)
    assert rows[1].planned_start == start + timedelta(minutes=10)
    assert schedule_rows([AgendaRecord("Arahan", "", 60)])[0].planned_start is None


def test_offset_grows_with_overtime_and_late_starts(clock: FakeClock) -> None:
    timer = StageTimer(clock, AGENDA)
    nine = clock.now()
    assert schedule_offset(timer) is None
    assert offset_minutes(schedule_offset(timer)) is None
    clock.advance(120)  # two minutes late
    assert schedule_offset(timer, nine) == pytest.approx(120)
    timer.start()
    clock.advance(12 * 60)  # two minutes over
    assert schedule_offset(timer, nine) == pytest.approx(240)
    assert offset_minutes(schedule_offset(timer, nine)) == 4
    timer.next_segment()
    clock.advance(20 * 60)
    timer.next_segment()  # the mayor was ten minutes shorter
    assert offset_minutes(schedule_offset(timer, nine)) == -6
    clock.advance(20 * 60)
    timer.next_segment()
    assert schedule_offset(timer, nine) == pytest.approx(-360)


def test_offset_counts_added_minutes_and_pauses(clock: FakeClock) -> None:
    timer = StageTimer(clock, AGENDA)
    timer.start()
    assert offset_minutes(schedule_offset(timer)) == 0
    timer.add_minutes(3)
    assert schedule_offset(timer) == pytest.approx(180)
    timer.pause()
    clock.advance(60)
    assert schedule_offset(timer) == pytest.approx(240)


def test_offset_before_the_event_starts_is_not_negative(clock: FakeClock) -> None:
    timer = StageTimer(clock, AGENDA)
    assert schedule_offset(timer, clock.now() + timedelta(hours=1)) == 0


def test_timer_records_feed_the_rows(clock: FakeClock) -> None:
    timer = StageTimer(clock, AGENDA)
    timer.start()
    clock.advance(600)
    timer.next_segment()
    rows = schedule_rows(timer_records(timer))
    assert rows[0].actual_seconds == 600
    assert rows[1].actual_start == clock.now()
    assert rows[1].actual_end is None


def test_a_rehearsal_hours_before_the_event_is_measured_from_its_own_start(clock: FakeClock) -> None:
    timer = StageTimer(clock, AGENDA)
    nine = clock.now() + timedelta(hours=8)
    timer.start()
    clock.advance(11 * 60)
    assert offset_minutes(schedule_offset(timer, nine)) == 1
    rows = schedule_rows(timer_records(timer), nine)
    assert rows[0].start_delay_seconds == 0
