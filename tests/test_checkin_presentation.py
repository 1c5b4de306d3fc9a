"""A code held in front of the camera counts once; shown again after a pause, it counts again."""

from __future__ import annotations

from asn_event.checkin.presentation import PresentationFilter


def test_held_code_counts_once_and_again_after_a_gap() -> None:
    camera = PresentationFilter(gap=1.5)
    reported = []
    t = 0.0
    for _ in range(30):  # three seconds held at ten frames a second
        reported += camera.frame(["SA1:1:2:X"], t)
        t += 0.1
    assert reported == ["SA1:1:2:X"]
    t += 2.0  # taken away
    assert camera.frame([], t) == []
    assert camera.frame(["SA1:1:2:X"], t + 0.1) == ["SA1:1:2:X"]


def test_another_code_counts_at_once() -> None:
    camera = PresentationFilter()
    assert camera.frame(["A"], 0.0) == ["A"]
    assert camera.frame(["B"], 0.1) == ["B"]
    assert camera.frame(["B"], 0.2) == []
