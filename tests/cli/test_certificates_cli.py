"""``asn-event certificates`` and ``asn-event verify``: the command-line contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from asn_event.cli import main
from asn_event.db.models import Certificate, Registration


def _check_in(demo, clock, count: int) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        ids = list(session.scalars(select(Registration.id).order_by(Registration.id).limit(count)))
        session.execute(
            update(Registration).where(Registration.id.in_(ids)).values(checked_in_at=clock.now())
        )


def test_certificates_then_verify_offline_with_the_exported_key(
    demo, clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 4)
    out, key = tmp_path / "sertifikat.pdf", tmp_path / "kunci.pem"
    args = ["certificates", "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(out)]
    assert main([*args, "--per-person", str(tmp_path / "each"), "--export-key", str(key), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"] == 4 and report["newly_issued"] == 4 and len(report["per_person"]) == 4
    assert len(PdfReader(out).pages) == 4

    with demo.db.sessions() as session:
        code = session.scalars(select(Certificate.payload)).first()["verification_text"]
    assert main(["verify", code, "--key", str(key), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["valid"] is True and result["fields"]["jp"] == 3

    forged = code.replace("|3|", "|9|")
    assert main(["verify", forged, "--key", str(key), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        **result,
        "valid": False,
        "status": "forged",
        "fields": {**result["fields"], "jp": 9},
    }

    # Running again keeps the numbers: nothing new (the PDF is there: replacing it needs --force).
    assert main([*args, "--json"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main([*args, "--json", "--force"]) == 0
    assert json.loads(capsys.readouterr().out)["newly_issued"] == 0


def test_verify_with_the_database_keys_and_plain_text(
    demo, clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 1)
    assert (
        main(
            [
                "certificates",
                "--db",
                str(demo.path),
                "--event",
                str(demo.event_id),
                "--out",
                str(tmp_path / "s.pdf"),
            ]
        )
        == 0
    )
    with demo.db.sessions() as session:
        payload = session.scalars(select(Certificate.payload)).first()
    capsys.readouterr()
    assert main(["verify", payload["verification_text"], "--db", str(demo.path)]) == 0
    text = capsys.readouterr().out
    assert "Sertifikat asli" in text and payload["name"] in text and payload["number"] in text
    assert main(["verify", "bukan kode", "--db", str(demo.path)]) == 1
    assert "bukan kode sertifikat" in capsys.readouterr().out


def test_nobody_eligible_and_usage_errors_are_one_line(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(
            [
                "certificates",
                "--db",
                str(demo.path),
                "--event",
                str(demo.event_id),
                "--out",
                str(tmp_path / "s.pdf"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "check-in" in err
    assert main(["certificates", "--db", str(demo.path), "--out", str(tmp_path / "s.pdf")]) == 2
    assert "--event" in capsys.readouterr().err
    assert (
        main(["certificates", "--db", str(demo.path), "--event", "999", "--out", str(tmp_path / "s.pdf")])
        == 2
    )
    assert "999" in capsys.readouterr().err
    not_a_key = tmp_path / "k.pem"
    not_a_key.write_text("halo")
    assert main(["verify", "x", "--key", str(not_a_key)]) == 2  # unreadable input, not "forged" (issue #11)
    assert "kunci publik" in capsys.readouterr().err
