"""``asn-event --self-test``: passes on a working install, says which check failed otherwise, and never
touches the user's own database, settings or logs."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import asn_event
from asn_event import selftest

ROOT = Path(asn_event.__file__).resolve().parent.parent


def tree(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``folder``: size, modification time and content hash."""
    return {
        str(path.relative_to(folder)): (
            path.stat().st_size,
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def user_env(home: Path) -> dict[str, str]:
    """A user whose home, data and config folders are under ``home`` (Linux: XDG; Windows: APPDATA)."""
    env = {k: v for k, v in os.environ.items() if k not in ("ASN_EVENT_DATA_DIR", "QT_QPA_PLATFORM")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        PYTHONPATH=str(ROOT),
    )
    return env


def asn_event_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "asn_event", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def test_self_test_passes_and_leaves_the_users_data_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = user_env(home)
    # The user already has a database (with an event) and settings where the program keeps them.
    made = asn_event_cli(env, "demo", "--participants", "3")  # into the default database
    assert made.returncode == 0, made.stderr
    settings = home / ".config" / asn_event.ORGANIZATION.split()[0] / f"{asn_event.APP_SLUG}.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[desk]\nname=Meja Utama\n", encoding="utf-8")
    before = tree(home)
    assert any(name.endswith("sinar-asn.sqlite") for name in before), before

    result = asn_event_cli(env, "--self-test")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("OK", "GAGAL"))]
    assert checks and all(line.startswith("OK") for line in checks), result.stdout
    names = [line.split(" s  ", 1)[1].split(":", 1)[0] for line in checks]
    for expected in (
        "basis data",
        "acara contoh",
        "undangan + QR",
        "check-in",
        "umpan balik",
        "zona waktu",
        "bunyi",
        "sertifikat + QR",
        "cetak",
        "kartu undangan",
        "ekspor umpan balik",
        "driver PostgreSQL",
        "laporan daftar hadir",
        "laporan kegiatan",
    ):
        assert expected in names, names
    from asn_event.ui.shell.screenshots import target_names

    assert {f"layar {name}" for name in target_names()} <= set(names)  # every page and screen drawn
    assert lines[-1].endswith("semua lulus."), lines[-1]
    assert "Traceback" not in result.stderr
    # Nothing of the user's changed: same files, same bytes, same times; no new file either.
    assert tree(home) == before


def test_a_failing_check_is_named_and_stops_what_depends_on_it(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    """An invitation QR that does not read back fails that line; check-in and the rest are not run."""
    from asn_event.app import run_self_test

    monkeypatch.setattr(selftest, "decode_qr", lambda image: [])
    out = io.StringIO()

    assert run_self_test(out) == 1

    lines = out.getvalue().splitlines()
    failed = [line for line in lines if line.startswith("GAGAL")]
    assert len(failed) == 1 and "undangan + QR" in failed[0] and "bukan kode undangannya" in failed[0]
    assert not any("check-in" in line for line in lines)
    assert "ADA YANG GAGAL" in lines[-1]
    assert "ASN_EVENT_DATA_DIR" not in os.environ  # the temporary folder is not left pointed at


def test_the_self_test_refuses_other_arguments(tmp_path: Path) -> None:
    result = asn_event_cli(user_env(tmp_path), "--self-test", "--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2
    assert "--self-test" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_runner_reports_an_unexpected_error_as_one_line() -> None:
    out = io.StringIO()
    runner = selftest.Runner(out)

    def broken() -> str:
        raise OSError("disk penuh")

    assert runner.run("ok", lambda: "baik") and not runner.run("rusak", broken)
    first, second = out.getvalue().splitlines()
    assert first.startswith("OK") and first.endswith("ok: baik")
    assert second.startswith("GAGAL") and second.endswith("rusak: OSError: disk penuh")
    assert not runner.ok
