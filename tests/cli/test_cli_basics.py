"""The command-line contract: demo, events --json, exit codes, one-line errors without traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from asn_event.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "asn_event", *args], capture_output=True, text=True, timeout=120
    )


def test_demo_then_events_json(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    created = run("demo", "--db", str(db), "--participants", "40")
    assert created.returncode == 0, created.stderr
    listed = run("events", "--db", str(db), "--json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert len(data) == 1
    assert {"id", "code", "title", "date"} <= set(data[0])
    assert data[0]["registered"] == 40
    assert len(data[0]["date"]) == 10  # ISO yyyy-mm-dd


def test_db_before_the_subcommand_is_honoured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "y.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "events", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["registered"] == 3


def test_missing_database_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "missing.sqlite"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "tidak ditemukan" in result.stderr


def test_corrupt_database_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("bukan basis data")
    result = run("events", "--db", str(bad), "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert bad.read_text() == "bukan basis data"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["events", "--bogus"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2


def test_gui_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "asn_event", "--db", str(tmp_path / "z.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "tidak ada layar" in result.stderr and "Traceback" not in result.stderr


def test_backup_copies_the_event_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "live.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "12"]) == 0
    out = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["registered"] == 12
    before = out.read_bytes()
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_a_demo_event_without_participants(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kosong.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "0"]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["registered"] == 0
