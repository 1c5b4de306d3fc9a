"""The stage display rendered offscreen in its six states: digits fill the window, colours say the phase."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from asn_event.stage.samples import SampleState, sample_timer
from asn_event.stage.view import Phase
from asn_event.ui.stage.display import PHASE_COLOURS, StageDisplay, render_stage

SIZES = [(1920, 1080), (1280, 720)]


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def extent(image: QImage, colour: QColor, top: float = 0.0, bottom: float = 1.0) -> tuple[float, float]:
    """Width and height (fractions of the image) of the pixels of ``colour`` between two heights."""
    small = image.scaled(384, 216)
    xs, ys = [], []
    for y in range(int(top * 216), int(bottom * 216)):
        for x in range(384):
            if _close(small.pixelColor(x, y), colour):
                xs.append(x)
                ys.append(y)
    if not xs:
        return 0.0, 0.0
    return (max(xs) - min(xs) + 1) / 384, (max(ys) - min(ys) + 1) / 216


@pytest.fixture(autouse=True)
def _app(qapp):  # type: ignore[no-untyped-def]
    return qapp


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize(
    ("state", "phase"),
    [
        (SampleState.NORMAL, Phase.NORMAL),
        (SampleState.WARNING, Phase.WARNING),
        (SampleState.DANGER, Phase.DANGER),
        (SampleState.OVERTIME, Phase.OVERTIME),
    ],
)
def test_digits_fill_the_window_in_the_phase_colour(
    state: SampleState, phase: Phase, width: int, height: int
) -> None:
    view = sample_timer(state).view()
    assert view.phase is phase
    image = render_stage(view, width, height)
    digits_width, digits_height = extent(image, PHASE_COLOURS[phase], 0.15, 0.85)
    # 16:9: the width binds; the digits span (nearly) the whole width and 40-50 % of the height
    assert digits_width > 0.9
    assert digits_height > 0.4


def test_digits_fill_the_height_of_a_tall_window() -> None:
    image = render_stage(sample_timer(SampleState.NORMAL).view(), 800, 1280)
    assert extent(image, PHASE_COLOURS[Phase.NORMAL], 0.15, 0.85)[0] > 0.9
    image = render_stage(sample_timer(SampleState.NORMAL).view(), 3000, 600)  # very wide: height binds
    width, height = extent(image, PHASE_COLOURS[Phase.NORMAL], 0.15, 0.85)
    assert height > 0.55 and width < 0.9


def test_overtime_shows_a_plus_and_counts_up() -> None:
    assert sample_timer(SampleState.OVERTIME).view().time_text == "+02:15"


def test_message_replaces_the_title_in_large_type() -> None:
    view = sample_timer(SampleState.MESSAGE).view()
    image = render_stage(view, 1920, 1080)
    text_colour = QColor("#E4E7EB")
    message_width, message_height = extent(image, text_colour, 0.0, 0.4)
    title_only = render_stage(sample_timer(SampleState.NORMAL).view(), 1920, 1080)
    title_width, title_height = extent(title_only, text_colour, 0.0, 0.16)
    assert message_height > 2 * title_height
    assert message_width > title_width
    assert extent(image, PHASE_COLOURS[view.phase], 0.4, 0.85)[0] > 0.4  # the time is still there


def test_blackout_is_all_black() -> None:
    image = render_stage(sample_timer(SampleState.BLACKOUT).view(), 1280, 720)
    small = image.scaled(128, 72)
    assert all(small.pixelColor(x, y).lightness() == 0 for x in range(128) for y in range(72))


def test_overtime_pulses_on_a_live_display(qtbot) -> None:  # type: ignore[no-untyped-def]
    display = StageDisplay(animate=True)
    qtbot.addWidget(display)
    display.set_view(sample_timer(SampleState.OVERTIME).view())
    assert display._pulse.isActive()
    qtbot.waitUntil(lambda: display._dim, timeout=2000)
    display.set_view(sample_timer(SampleState.DANGER).view())
    assert not display._pulse.isActive() and not display._dim


def test_screenshot_command_renders_the_stage(tmp_path: Path, demo) -> None:  # type: ignore[no-untyped-def]
    for state in (SampleState.OVERTIME,):  # every state is rendered above; this checks the command
        out = tmp_path / f"stage-{state}.png"
        result = subprocess.run(
            [sys.executable, "-m", "asn_event", "screenshot", "stage", "--db", str(demo.path),
             "--state", state.value, "--size", "1280x720", "--out", str(out)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert QImage(str(out)).size().width() == 1280
    refused = subprocess.run(
        [sys.executable, "-m", "asn_event", "screenshot", "stage", "--db", str(demo.path), "--state", "pink",
         "--out", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 2  # an unknown --state is a usage error (issue #11)
    assert "Pilihan: normal, warning" in refused.stderr
