"""The certificate signing key: backed up to a file the organizer names, restored, never silently replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import delete, func, select

from asn_event.checkin.options import set_kiosk_pin
from asn_event.cli import main
from asn_event.db.models import Certificate, OfficeKey
from asn_event.feedback.sample import add_sample_responses


def issue(demo, clock, tmp_path: Path, capsys, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    assert main(["certificates", "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(out)]) == 0
    capsys.readouterr()
    with demo.db.readers() as session:
        return [c.payload["verification_text"] for c in session.scalars(select(Certificate))]


def test_a_lost_key_is_not_replaced_and_the_backup_brings_it_back(demo, clock, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    add_sample_responses(demo.db, clock, demo.event_id, checked_in=10, answered=0)
    printed = issue(demo, clock, tmp_path, capsys, "a.pdf")
    key_file = tmp_path / "kunci-kantor.pem"
    assert main(["office-key", "--db", str(demo.path), "--backup", str(key_file)]) == 0
    capsys.readouterr()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    before = key_file.read_bytes()
    assert main(["office-key", "--db", str(demo.path), "--backup", str(key_file)]) == 2  # never over a file
    assert "sudah ada" in capsys.readouterr().err and key_file.read_bytes() == before

    with demo.db.sessions() as session, session.begin():  # the key is lost (deleted by hand, a bad copy)
        session.execute(delete(OfficeKey))
    assert main(["certificates", "--db", str(demo.path), "--event", str(demo.event_id), "--export-key", str(tmp_path / "pub.pem")]) == 2
    assert "hilang" in capsys.readouterr().err
    with demo.db.readers() as session:
        assert session.scalar(select(func.count()).select_from(OfficeKey)) == 0  # no new key made

    assert main(["office-key", "--db", str(demo.path), "--restore", str(key_file)]) == 0
    capsys.readouterr()
    for text in printed[:3]:
        assert main(["verify", text, "--db", str(demo.path)]) == 0  # printed certificates verify again
    capsys.readouterr()


def test_a_wrong_file_is_refused_and_the_pin_is_asked(demo, clock, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ASN_EVENT_PIN", raising=False)
    not_a_key = tmp_path / "catatan.pem"
    not_a_key.write_text("-----BEGIN PRIVATE KEY-----\nbukan\n-----END PRIVATE KEY-----\n")
    assert main(["office-key", "--db", str(demo.path), "--restore", str(not_a_key)]) == 2
    assert "bukan cadangan kunci" in capsys.readouterr().err
    set_kiosk_pin(demo.db, clock, demo.event_id, "482916")
    assert main(["office-key", "--db", str(demo.path), "--backup", str(tmp_path / "k.pem")]) == 1
    assert "PIN" in capsys.readouterr().err and not (tmp_path / "k.pem").exists()
