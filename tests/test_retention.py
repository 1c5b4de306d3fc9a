"""After its retention date, an event's personal data is purged; counts and certificate numbers stay."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from asn_event.checkin.attendance import attendance
from asn_event.checkin.options import set_kiosk_pin
from asn_event.checkin.service import CheckinDesk
from asn_event.cli import main
from asn_event.db import open_database
from asn_event.db.backup import table_digests
from asn_event.db.models import Answer, Certificate, Person, Registration, ScanLog
from asn_event.feedback.sample import add_sample_responses


def prepare(demo, clock, tmp_path: Path, capsys) -> dict:  # type: ignore[no-untyped-def]
    """A finished event: 40 present (signatures from 5), feedback with free text, certificates."""
    add_sample_responses(demo.db, clock, demo.event_id, checked_in=40, answered=30)
    with demo.db.readers() as session:
        present = session.scalars(
            select(Registration.id).where(
                Registration.event_id == demo.event_id, Registration.checked_in_at.is_not(None)
            )
        ).all()
        names = set(session.scalars(select(Person.name)))
        nips = {n for n in session.scalars(select(Person.nip)) if n}
    desk = CheckinDesk(demo.db, clock, demo.event_id)
    for rid in present[:5]:
        desk.save_signature(rid, [[[0.1, 0.1], [0.5, 0.6]]])
    desk.scan("Budi Santoso ketik di kolom pindai")
    out = tmp_path / "sertifikat.pdf"
    assert main(["certificates", "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(out)]) == 0
    capsys.readouterr()
    with demo.db.readers() as session:
        certs = {c.number: (c.verification_code, c.payload["verification_text"]) for c in session.scalars(select(Certificate))}
        texts = session.scalar(select(func.count()).select_from(Answer).where(Answer.value_text.is_not(None)))
    assert certs and texts
    return {"names": names, "nips": nips, "certs": certs, "present": len(present)}


def test_purge_removes_names_nips_signatures_and_texts_but_keeps_counts_and_certificates(
    demo, clock, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    before = prepare(demo, clock, tmp_path, capsys)
    units_before = attendance(demo.db, demo.event_id)
    ahead = (date.today() + timedelta(days=30)).isoformat()  # the command reads the laptop's clock
    assert main(["retention", "--db", str(demo.path), "--event", str(demo.event_id), "--until", ahead]) == 0
    capsys.readouterr()
    demo.db.dispose()
    unchanged = table_digests(demo.path)
    assert main(["purge", "--db", str(demo.path), "--event", str(demo.event_id)]) == 1  # retention date ahead
    assert ahead in capsys.readouterr().err
    assert table_digests(demo.path) == unchanged

    assert main(["purge", "--db", str(demo.path), "--event", str(demo.event_id), "--force", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["people_anonymised"] == 150 and report["signatures_removed"] == 5
    assert report["certificates_kept"] == len(before["certs"])

    db = open_database(demo.path)
    with db.readers() as session:
        names = set(session.scalars(select(Person.name)))
        nips = {n for n in session.scalars(select(Person.nip)) if n}
        signatures = session.scalar(select(func.count()).select_from(Registration).where(Registration.signature.is_not(None)))
        texts = session.scalar(select(func.count()).select_from(Answer).where(Answer.value_text.is_not(None)))
        scale_answers = session.scalar(select(func.count()).select_from(Answer).where(Answer.value_int.is_not(None)))
        present = session.scalar(
            select(func.count()).select_from(Registration).where(
                Registration.event_id == demo.event_id, Registration.checked_in_at.is_not(None)
            )
        )
        typed = session.scalar(select(func.count()).select_from(ScanLog).where(ScanLog.raw.like("%Budi%")))
        certs = {c.number: c for c in session.scalars(select(Certificate))}
    assert not names & before["names"] and not nips & before["nips"]
    assert signatures == 0 and texts == 0 and typed == 0
    assert scale_answers > 0 and present == before["present"]
    assert {n: c.verification_code for n, c in certs.items()} == {n: v[0] for n, v in before["certs"].items()}
    assert all(c.payload["name"] == "" and c.payload["nip"] == "" for c in certs.values())
    assert attendance(db, demo.event_id) == units_before  # present and registered per unit
    db.dispose()
    for _number, (_code, qr_text) in list(before["certs"].items())[:3]:  # printed certificates still verify
        assert main(["verify", qr_text, "--db", str(demo.path)]) == 0
    capsys.readouterr()


def test_purge_asks_for_the_event_pin_when_one_is_set(demo, clock, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    set_kiosk_pin(demo.db, clock, demo.event_id, "482916")
    demo.db.dispose()
    base = ["purge", "--db", str(demo.path), "--event", str(demo.event_id), "--force"]
    unchanged = table_digests(demo.path)
    monkeypatch.delenv("ASN_EVENT_PIN", raising=False)
    assert main(base) == 1
    assert "PIN" in capsys.readouterr().err
    assert main([*base, "--pin", "111333"]) == 1
    assert "salah" in capsys.readouterr().err
    assert table_digests(demo.path) == unchanged
    monkeypatch.setenv("ASN_EVENT_PIN", "482916")
    assert main(base) == 0


def test_the_retention_date_defaults_to_a_year_after_the_event(demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event import events
    from asn_event.retention import retention_of, set_retention

    event_date = events.get_event(demo.db, demo.event_id).date
    kept = retention_of(demo.db, demo.event_id)
    assert kept.until == event_date + timedelta(days=365) and not kept.explicit
    assert not kept.due(event_date + timedelta(days=30)) and kept.due(event_date + timedelta(days=400))
    kept = set_retention(demo.db, demo.event_id, date(2026, 1, 31))
    assert kept.until == date(2026, 1, 31) and kept.explicit


def test_exporting_personal_data_from_the_command_line_needs_the_pin(demo, clock, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ASN_EVENT_PIN", raising=False)
    add_sample_responses(demo.db, clock, demo.event_id, checked_in=10, answered=5)
    set_kiosk_pin(demo.db, clock, demo.event_id, "482916")
    sheet = tmp_path / "hadir.xlsx"
    base = ["report", "attendance-xlsx", "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(sheet)]
    assert main(base) == 1
    assert "PIN" in capsys.readouterr().err and not sheet.exists()
    assert main([*base, "--pin", "482916"]) == 0 and sheet.exists()
    answers = tmp_path / "umpan.csv"
    export = ["feedback", "export", "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(answers)]
    assert main(export) == 1 and not answers.exists()
    monkeypatch.setenv("ASN_EVENT_PIN", "482916")
    assert main(export) == 0 and answers.exists()
    capsys.readouterr()
