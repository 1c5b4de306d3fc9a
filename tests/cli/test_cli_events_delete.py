"""``asn-event events delete``: asks first (or takes --yes), wants the organizer PIN when one is set,
keeps an event that issued certificates unless --force, backs a SQLite file up first."""

from __future__ import annotations

import io
import json

import pytest

from asn_event import events
from asn_event.backups import list_backups
from asn_event.certificates.service import issue_certificates
from asn_event.checkin.options import set_kiosk_pin
from asn_event.cli import main
from asn_event.db.errors import NotFound
from asn_event.db.models import Registration


def _delete(demo, *extra: str) -> list[str]:  # type: ignore[no-untyped-def]
    return ["--db", str(demo.path), "events", "delete", "--event", str(demo.event_id), *extra]


def test_the_question_names_the_event_and_a_no_keeps_it(demo, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("tidak\n"))
    assert main(_delete(demo)) == 1
    said = capsys.readouterr()
    assert f"Hapus acara #{demo.event_id} Coaching Manajemen Kepegawaian" in said.out and "150 pendaftaran" in said.out
    assert "tidak dihapus" in said.err
    assert events.get_event(demo.db, demo.event_id).registered == 150
    assert list_backups(demo.path) == []
    # a script without --yes (input closed) is a no as well
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(_delete(demo)) == 1
    assert events.get_event(demo.db, demo.event_id).registered == 150


def test_ya_deletes_after_a_backup_and_the_list_no_longer_shows_it(demo, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("ya\n"))
    assert main(_delete(demo)) == 0
    assert "dihapus: 150 pendaftaran" in capsys.readouterr().out
    with pytest.raises(NotFound):
        events.get_event(demo.db, demo.event_id)
    assert [b.label for b in list_backups(demo.path)] == ["before-delete"]
    assert main(["--db", str(demo.path), "events", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_organizer_pin_and_issued_certificates_stop_it(demo, clock, capsys) -> None:  # type: ignore[no-untyped-def]
    set_kiosk_pin(demo.db, clock, demo.event_id, "2468")
    with demo.db.sessions() as session, session.begin():
        for reg in session.query(Registration).filter_by(event_id=demo.event_id).limit(2):
            reg.checked_in_at = clock.now()
    issue_certificates(demo.db, clock, demo.event_id)

    assert main(_delete(demo, "--yes", "--pin", "2468")) == 1
    assert "2 sertifikat (0 sudah dicetak)" in capsys.readouterr().err
    assert main(_delete(demo, "--yes", "--force", "--pin", "1111")) == 1
    assert "PIN" in capsys.readouterr().err
    assert events.get_event(demo.db, demo.event_id).registered == 150 and list_backups(demo.path) == []

    assert main(_delete(demo, "--yes", "--force", "--pin", "2468", "--json")) == 0
    removed = json.loads(capsys.readouterr().out)
    assert removed["deleted"] is True and removed["certificates"] == 2 and removed["registrations"] == 150
    assert events.list_events(demo.db) == []
