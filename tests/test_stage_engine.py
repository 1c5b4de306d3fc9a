"""The stage timer engine, driven by a fake clock."""

from __future__ import annotations

import json
import random
from datetime import timedelta

import pytest

from asn_event.clock import FakeClock
from asn_event.stage.agenda import AgendaError, Segment
from asn_event.stage.engine import Cue, Phase, StageTimer, TimerError, TimerStatus, countdown_text
from tests.saying import raises_saying

AGENDA = (
    Segment(1, "Laporan Kepala BKPSDM", 10 * 60, "Kepala BKPSDM"),
    Segment(2, "Arahan Wali Kota", 30 * 60, "Wali Kota", warning_seconds=300, danger_seconds=60),
    Segment(3, "Dialog", 20 * 60, "Moderator"),
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(clock: FakeClock) -> StageTimer:
    return StageTimer(clock, AGENDA)


def test_idle_timer_shows_the_first_segment_in_full(timer: StageTimer) -> None:
    view = timer.view()
    assert view.status is TimerStatus.IDLE
    assert (view.title, view.time_text, view.next_title) == (
        "Laporan Kepala BKPSDM",
        "10:00",
        "Arahan Wali Kota",
    )
    assert view.phase is Phase.NORMAL


def test_an_idle_timer_does_not_move(timer: StageTimer, clock: FakeClock) -> None:
    clock.advance(300)
    assert timer.view().time_text == "10:00"


def test_start_counts_down_from_the_clock(timer: StageTimer, clock: FakeClock) -> None:
    assert timer.start()
    clock.advance(0.4)
    assert timer.view().time_text == "10:00"  # whole seconds rounded up: a fresh start shows the full time
    clock.advance(0.6)
    assert timer.view().time_text == "09:59"
    clock.advance(125)
    assert timer.view().time_text == "07:54"
    assert timer.status is TimerStatus.RUNNING


def test_start_twice_changes_nothing(timer: StageTimer) -> None:
    assert timer.start()
    assert not timer.start()


def test_pause_freezes_and_resume_continues(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(60)
    assert timer.pause()
    assert timer.status is TimerStatus.PAUSED
    clock.advance(500)
    assert timer.view().time_text == "09:00"
    assert not timer.pause()
    assert timer.resume()
    clock.advance(30)
    assert timer.view().time_text == "08:30"


def test_toggle_is_start_pause_resume(timer: StageTimer, clock: FakeClock) -> None:
    statuses = []
    for _ in range(3):
        timer.toggle()
        clock.advance(10)
        statuses.append(timer.status)
    assert statuses == [TimerStatus.RUNNING, TimerStatus.PAUSED, TimerStatus.RUNNING]
    assert timer.elapsed() == pytest.approx(20)


def test_start_on_an_empty_agenda_says_what_to_do(clock: FakeClock) -> None:
    from asn_event.words import error_text

    with pytest.raises(TimerError) as refused:
        StageTimer(clock).start()
    assert refused.value.code == "agenda_empty"
    assert "Tambahkan sesi di editor agenda" in error_text(refused.value)


def test_phases_follow_the_thresholds(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    seen = []
    for seconds_left in (121, 120, 31, 30, 0):
        clock.advance(timer.remaining() - seconds_left)
        seen.append(timer.phase())
    assert seen == [Phase.NORMAL, Phase.WARNING, Phase.WARNING, Phase.DANGER, Phase.DANGER]
    clock.advance(0.5)
    assert timer.phase() is Phase.OVERTIME


def test_overtime_counts_up(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(10 * 60 + 135)
    view = timer.view()
    assert view.status is TimerStatus.OVERTIME
    assert view.phase is Phase.OVERTIME
    assert view.time_text == "+02:15"


def test_pausing_in_overtime_keeps_the_red_overtime(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(11 * 60)
    timer.pause()
    clock.advance(100)
    assert timer.status is TimerStatus.PAUSED
    assert timer.phase() is Phase.OVERTIME
    assert timer.view().time_text == "+01:00"


def test_countdown_text_crosses_zero_without_a_gap() -> None:
    assert [countdown_text(s) for s in (1.0, 0.5, 0.0, -0.5, -1.0, -3600)] == [
        "00:01",
        "00:01",
        "00:00",
        "+00:00",
        "+00:01",
        "+1:00:00",
    ]


def test_add_and_remove_a_minute(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(9 * 60 + 30)
    assert timer.phase() is Phase.DANGER
    assert timer.add_minutes(1)
    assert timer.view().time_text == "01:30"
    assert timer.phase() is Phase.WARNING
    assert timer.add_minutes(-2)
    assert timer.status is TimerStatus.OVERTIME
    assert timer.view().time_text == "+00:30"


def test_remove_minutes_never_gives_less_than_nothing(timer: StageTimer) -> None:
    for _ in range(15):
        timer.add_minutes(-1)
    assert timer.allowed() == 0
    assert not timer.add_minutes(-1)


def test_next_ends_the_segment_and_runs_on(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(8 * 60)
    assert timer.next_segment()
    view = timer.view()
    assert (view.title, view.time_text, view.status) == ("Arahan Wali Kota", "30:00", TimerStatus.RUNNING)
    clock.advance(60)
    assert timer.view().time_text == "29:00"


def test_next_while_paused_waits_for_start(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(60)
    timer.pause()
    timer.next_segment()
    clock.advance(60)
    assert timer.status is TimerStatus.IDLE
    assert timer.view().time_text == "30:00"
    assert timer.run_of(AGENDA[1]).started_at is None


def test_next_past_the_last_segment_finishes(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    for _ in range(3):
        clock.advance(60)
        timer.next_segment()
    view = timer.view()
    assert view.status is TimerStatus.FINISHED
    assert view.title == "" and view.status is TimerStatus.FINISHED  # the UI says "Agenda selesai"
    assert not timer.next_segment()
    assert not timer.add_minutes(1)
    assert not timer.start()


def test_previous_undoes_a_mistaken_next(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(300)
    timer.next_segment()
    clock.advance(20)  # the operator notices the mayor's predecessor is still talking
    assert timer.previous_segment()
    view = timer.view()
    assert view.title == "Laporan Kepala BKPSDM"
    assert view.time_text == "04:40"  # the 20 seconds count for the speaker still on stage
    assert timer.run_of(AGENDA[0]).ended_at is None
    assert timer.run_of(AGENDA[1]).started_at is None
    assert timer.status is TimerStatus.RUNNING


def test_previous_at_the_first_segment_does_nothing(timer: StageTimer) -> None:
    assert not timer.previous_segment()


def test_previous_after_finishing_reopens_the_last_segment(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    timer.next_segment()
    timer.next_segment()
    clock.advance(19 * 60)
    timer.next_segment()
    clock.advance(600)
    assert timer.previous_segment()
    assert timer.status is TimerStatus.PAUSED
    assert timer.view().time_text == "01:00"


def test_reset_segment_and_reset_all(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(600)
    timer.next_segment()
    clock.advance(100)
    assert timer.reset_segment()
    assert (timer.status, timer.view().time_text) == (TimerStatus.IDLE, "30:00")
    assert timer.run_of(AGENDA[0]).ended_at is not None
    assert timer.reset()
    assert timer.index == 0
    assert all(timer.run_of(s).started_at is None for s in AGENDA)


def test_actual_start_and_end_are_recorded(timer: StageTimer, clock: FakeClock) -> None:
    t0 = clock.now()
    timer.start()
    clock.advance(9 * 60)
    timer.pause()
    clock.advance(60)  # a pause is part of the segment's wall time
    timer.resume()
    clock.advance(60)
    timer.next_segment()
    clock.advance(31 * 60)
    timer.next_segment()
    first, second, third = (timer.run_of(s) for s in AGENDA)
    assert (first.started_at, first.ended_at) == (t0, t0 + timedelta(minutes=11))
    assert first.elapsed == pytest.approx(600)
    assert (second.started_at, second.ended_at) == (t0 + timedelta(minutes=11), t0 + timedelta(minutes=42))
    assert third.started_at == t0 + timedelta(minutes=42)
    assert third.ended_at is None


def test_message_and_blackout_are_display_state(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    assert timer.show_message("  Waktu habis ")
    assert timer.set_blackout(True)
    clock.advance(5)
    view = timer.view()
    assert (view.message, view.blackout, view.time_text) == ("Waktu habis", True, "09:55")
    assert not timer.show_message("Waktu habis")
    assert timer.show_message("")
    assert timer.view().message is None


def test_time_of_day_is_shown_in_wib_when_switched_on(timer: StageTimer) -> None:
    assert timer.view().clock_text is None
    timer.set_show_clock(True)
    assert timer.view().clock_text == "08.30"  # FakeClock starts 01:30 UTC


def test_cues_fire_once_at_each_threshold(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    heard = []
    for _ in range(11 * 60 * 4):
        clock.advance(0.25)
        heard += timer.take_cues()
    assert heard == [Cue.WARNING, Cue.DANGER, Cue.END]


def test_no_cue_when_paused_or_after_adding_time_and_again_when_crossing(
    timer: StageTimer, clock: FakeClock
) -> None:
    timer.start()
    clock.advance(8 * 60 + 30)
    assert timer.take_cues() == [Cue.WARNING]
    timer.add_minutes(1)
    assert timer.take_cues() == []
    clock.advance(40)
    assert timer.take_cues() == [Cue.WARNING]
    timer.pause()
    timer.add_minutes(-2)
    assert timer.take_cues() == []


def test_an_hour_of_running_drifts_less_than_100_ms(clock: FakeClock) -> None:
    """Ticks arrive late and irregularly (a busy laptop); the time shown does not depend on them."""
    timer = StageTimer(clock, [Segment("dialog", "Dialog panjang", 2 * 60 * 60)])
    timer.start()
    rng = random.Random(5)
    run_seconds = 0.0
    while run_seconds < 3600:
        step = rng.uniform(0.01, 0.4)
        clock.advance(step)
        run_seconds += step
        timer.view()
        timer.take_cues()
        if rng.random() < 0.001:  # an occasional pause of a few seconds
            timer.pause()
            clock.advance(3)
            timer.resume()
    assert abs(timer.remaining() - (7200 - run_seconds)) < 0.1


def test_edit_agenda_while_running_keeps_the_running_time(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(60)
    timer.next_segment()
    clock.advance(120)
    edited = [
        Segment(3, "Dialog", 20 * 60),
        Segment(2, "Arahan Wali Kota", 35 * 60, "Wali Kota"),  # moved up and given five minutes more
        Segment(1, "Laporan Kepala BKPSDM", 10 * 60),
        Segment(4, "Penutup", 5 * 60),
    ]
    timer.set_segments(edited)
    view = timer.view()
    assert (view.title, view.time_text, view.status) == ("Arahan Wali Kota", "33:00", TimerStatus.RUNNING)
    assert view.next_title == "Laporan Kepala BKPSDM"
    assert timer.run_of(edited[2]).ended_at is not None


def test_removing_the_running_segment_is_refused(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(30)
    with raises_saying(TimerError, "sedang berjalan"):
        timer.set_segments(AGENDA[1:])
    assert timer.view().time_text == "09:30"


def test_an_invalid_agenda_is_refused_and_the_timer_keeps_going(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    with pytest.raises(AgendaError):
        timer.set_segments([Segment(1, "Laporan", 0)])
    clock.advance(1)
    assert timer.view().time_text == "09:59"


def _save_and_reload(timer: StageTimer, clock: FakeClock, downtime: float) -> StageTimer:
    saved = json.loads(json.dumps(timer.to_dict()))  # as it goes through the JSON column
    new_clock = FakeClock(start=clock.now() + timedelta(seconds=downtime), mono=5.0)  # new process
    clock.advance(downtime)
    return StageTimer.restore(new_clock, AGENDA, saved)


def test_restart_resumes_the_running_segment_at_the_right_time(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(600)
    timer.next_segment()
    clock.advance(60)
    timer.pause()
    clock.advance(30)
    timer.resume()
    timer.add_minutes(1)
    timer.show_message("Mohon diakhiri")
    saved_at_transition = json.loads(json.dumps(timer.to_dict()))
    clock.advance(240)  # runs on after the last save, then the laptop crashes
    restarted = StageTimer.restore(
        FakeClock(start=clock.now() + timedelta(seconds=45), mono=3.0), AGENDA, saved_at_transition
    )
    view = restarted.view()
    assert view.title == "Arahan Wali Kota"
    assert view.status is TimerStatus.RUNNING
    # 31 minutes allowed, 1 + 4 + 0.75 run (the pause does not count): 25:15 left
    assert view.time_text == "25:15"
    assert view.message == "Mohon diakhiri"
    assert restarted.run_of(AGENDA[0]).ended_at == timer.run_of(AGENDA[0]).ended_at


def test_restart_keeps_a_paused_segment_paused(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(90)
    timer.pause()
    restarted = _save_and_reload(timer, clock, downtime=3600)
    assert restarted.status is TimerStatus.PAUSED
    assert restarted.view().time_text == "08:30"


def test_restart_does_not_replay_cues(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    clock.advance(590)
    restarted = _save_and_reload(timer, clock, downtime=5)
    assert restarted.phase() is Phase.DANGER
    assert restarted.take_cues() == []


def test_restart_after_the_agenda_lost_the_running_segment(timer: StageTimer, clock: FakeClock) -> None:
    timer.start()
    saved = timer.to_dict()
    restarted = StageTimer.restore(clock, AGENDA[1:], saved)
    assert restarted.status is TimerStatus.IDLE
    assert restarted.view().title == "Arahan Wali Kota"


def test_restart_from_an_unreadable_state_says_so(clock: FakeClock) -> None:
    with raises_saying(TimerError, "tidak bisa dibaca"):
        StageTimer.restore(clock, AGENDA, {"version": 1, "mode": "dancing"})
    assert StageTimer.restore(clock, AGENDA, {}).status is TimerStatus.IDLE


def test_alert_switches_and_the_clock_survive_a_restart(timer: StageTimer, clock: FakeClock) -> None:
    from asn_event.stage.view import AlertKind

    assert timer.set_alert(AlertKind.SOUND, Cue.WARNING, True)
    assert timer.set_alert(AlertKind.FLASH, Cue.END, False)
    assert not timer.set_alert(AlertKind.FLASH, Cue.END, False)
    timer.set_show_clock(True)
    restarted = _save_and_reload(timer, clock, downtime=10)
    assert restarted.alerts.enabled(AlertKind.SOUND, Cue.WARNING)
    assert not restarted.alerts.enabled(AlertKind.FLASH, Cue.END)
    assert restarted.show_clock
