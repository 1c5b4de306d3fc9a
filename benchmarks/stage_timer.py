"""How much a frame of the stage display costs: StageTimer.view() against a bare countdown.

The display asks the engine for its view about ten times a second; this measures one call against
the least a countdown must do (read the monotonic clock, subtract, format mm:ss). Run from the
repository root: ``PYTHONPATH=. python benchmarks/stage_timer.py``.
"""

from __future__ import annotations

import time

from asn_event.clock import SystemClock
from asn_event.stage.engine import StageTimer
from asn_event.stage.samples import SAMPLE_AGENDA

FRAMES = 50_000


def bare_countdown(frames: int) -> float:
    start = time.monotonic()
    began = time.perf_counter()
    for _ in range(frames):
        left = 1800 - (time.monotonic() - start)
        minutes, seconds = divmod(int(left), 60)
        _ = f"{minutes:02d}:{seconds:02d}"
    return time.perf_counter() - began


def engine_views(frames: int) -> float:
    timer = StageTimer(SystemClock(), SAMPLE_AGENDA)
    timer.start()
    began = time.perf_counter()
    for _ in range(frames):
        timer.view()
        timer.take_cues()
    return time.perf_counter() - began


def main() -> None:
    bare = min(bare_countdown(FRAMES) for _ in range(3))
    engine = min(engine_views(FRAMES) for _ in range(3))
    print(f"bare countdown : {bare / FRAMES * 1e6:8.2f} µs per frame")
    print(f"StageTimer.view: {engine / FRAMES * 1e6:8.2f} µs per frame (with take_cues)")
    print(
        f"ratio          : {engine / bare:8.1f}x   (a 10 Hz display spends {engine / FRAMES * 10 * 100:.4f}% of a core)"
    )


if __name__ == "__main__":
    main()
