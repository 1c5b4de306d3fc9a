"""Issue #11 item 8: contract breaks seen on main. Exit codes: 0 done, 1 refused (bad data),
2 usage error or unreadable input; errors one line on stderr, never a traceback."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from asn_event.cli import main


def _exit_code(args: list[str]) -> int:
    """What the process would exit with (argparse ends usage errors with SystemExit(2))."""
    try:
        return main(args)
    except SystemExit as stop:
        return int(stop.code or 0)


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def _pem_files(folder: Path) -> dict[str, Path]:
    private = ed25519.Ed25519PrivateKey.generate()
    files = {
        "private": private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        "rsa": rsa.generate_private_key(public_exponent=65537, key_size=1024)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
        "empty": b"",
        "bad_pem": b"-----BEGIN PUBLIC KEY-----\nnot base64 !!\n-----END PUBLIC KEY-----\n",
        "binary": bytes(range(256)),
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name}.pem"
        paths[name].write_bytes(content)
    return paths


def test_verify_with_a_key_that_is_not_an_office_public_key_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, path in _pem_files(tmp_path).items():
        assert main(["verify", "SASN1|X", "--key", str(path)]) == 2, name
        _one_line_error(capsys)


@pytest.mark.parametrize("event", ["99999999999999999999", "0", "-1", "١", "1e3", ""])
def test_an_impossible_event_number_is_a_usage_error(
    demo, event: str, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _exit_code(["checkin", "--event", event, "X", "--db", str(demo.path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("url", ["foo://x", "mysql://u@h/db", "mysql+pymysql://u@h/db", "://", "oracle://h/x"])
def test_an_unknown_or_driverless_database_url_is_one_line(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", url]) == 2
    _one_line_error(capsys)


def test_an_unknown_screenshot_state_is_refused(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.png"
    assert main(["screenshot", "stage", "--state", "zzz", "--out", str(out), "--db", str(demo.path)]) == 2
    assert "zzz" in _one_line_error(capsys)
    assert main(["screenshot", "acara", "--state", "overtime", "--out", str(out), "--db", str(demo.path)]) == 2
    assert not out.exists()


def test_another_programs_sqlite_file_is_left_exactly_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "catatan #2.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('punya program lain')")
    conn.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    assert main(["events", "--db", str(other)]) == 2
    assert "tidak diubah" in _one_line_error(capsys)
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catatan #2.sqlite"]  # no -wal, no copy
    with sqlite3.connect(other) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_checkin_prints_each_result_as_it_is_committed(demo, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """A run stopped after the second code has already told about the first two."""
    from asn_event.checkin.service import CheckinDesk
    from asn_event.invitations.collect import collect_invitations

    _event, invitations = collect_invitations(demo.db, demo.event_id)
    codes = [inv.code for inv in invitations[:3]]
    scan = CheckinDesk.scan
    seen: list[int] = []

    def scan_then_maybe_die(self, code):  # type: ignore[no-untyped-def]
        if len(seen) == 2:
            raise KeyboardInterrupt
        seen.append(1)
        return scan(self, code)

    monkeypatch.setattr(CheckinDesk, "scan", scan_then_maybe_die)
    assert main(["checkin", "--event", str(demo.event_id), *codes, "--db", str(demo.path)]) == 130
    assert capsys.readouterr().out.count("OK") == 2
    seen.clear()
    monkeypatch.setattr(CheckinDesk, "scan", scan)
    assert main(["checkin", "--json", "--event", str(demo.event_id), *codes, "--db", str(demo.path)]) == 1
    statuses = [item["status"] for item in json.loads(capsys.readouterr().out)]
    assert statuses == ["already", "already", "accepted"]


def test_a_database_copy_of_a_folder_with_hash_opens(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    demo.db.dispose()
    folder = tmp_path / "Kegiatan #3?"
    folder.mkdir()
    copy = folder / "acara.sqlite"
    shutil.copy(demo.path, copy)
    assert main(["events", "--db", str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["registered"] == 150
