"""The screenshot command shows a page as a person would see it: with its counts loaded, and
without touching the settings of the laptop it runs on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

ROOT = Path(__file__).resolve().parents[2]


def test_the_desk_page_waits_for_its_counts_before_the_grab(ctx, demo, settings, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_event.checkin import attendance
    from asn_event.ui.shell.main_window import MainWindow
    from asn_event.ui.shell.screenshots import settle

    real = attendance.attendance

    def slow_counts(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.5)  # a busy laptop or a large event: the counts arrive after the first paints
        return real(*args)

    monkeypatch.setattr(attendance, "attendance", slow_counts)

    window = MainWindow(ctx, settings, demo.event_id)
    window.resize(QSize(1366, 768))
    window.show()
    page = window.show_page("checkin")
    settle(qapp)  # what the screenshot does before it grabs
    assert page.attendance.present_label.text().startswith("Hadir 0 / 150")
    window.close()


def test_a_screenshot_never_writes_the_users_settings(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    config.mkdir()
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    # The laptop has a desk name and the last event it showed: the screenshot may read, never write.
    seed = (
        "from PySide6.QtCore import QSettings;from asn_event import APP_SLUG, ORGANIZATION;"
        "s = QSettings(ORGANIZATION.split()[0], APP_SLUG);s.setValue('desk/name', 'Meja 7');"
        "s.setValue('app/last_event_id', 999);s.sync()"
    )
    subprocess.run([sys.executable, "-c", seed], cwd=ROOT, env=env, check=True)
    before = {p: p.read_bytes() for p in config.rglob("*") if p.is_file()}
    assert before, "the seeded settings file should exist"
    demo.db.dispose()
    out = tmp_path / "shot.png"
    shot = [sys.executable, "-m", "asn_event", "--db", str(demo.path), "screenshot", "checkin", "--out", str(out)]
    subprocess.run(shot, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    assert out.stat().st_size > 10_000
    after = {p: p.read_bytes() for p in config.rglob("*") if p.is_file()}
    assert after == before
    store = QSettings(str(next(iter(before))), QSettings.Format.IniFormat)
    assert store.value("app/last_event_id") in (999, "999")


@pytest.mark.parametrize("page", ["timer", "impor"])  # a page in the window; a dialog with a sample file
def test_a_screenshot_leaves_nothing_in_the_temp_folder(demo, tmp_path: Path, page: str) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    demo.db.dispose()
    out = tmp_path / "shot.png"
    shot = [sys.executable, "-m", "asn_event", "--db", str(demo.path), "screenshot", page, "--out", str(out)]
    subprocess.run(shot, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    assert out.stat().st_size > 10_000
    assert sorted(p.name for p in temp.rglob("*")) == []  # no scratch folder, no settings.ini
