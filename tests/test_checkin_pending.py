"""Scans kept while the server is away: sent again in order, each person checked in once, never
shown green before the check-in was stored, and a scan whose commit reply was lost shown green once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from asn_event.checkin import ScanStatus
from asn_event.checkin import pending as pending_module
from asn_event.checkin.pending import PendingScan, PendingScans, journal_path
from asn_event.checkin.result import DeskAction
from asn_event.checkin.service import CheckinDesk
from asn_event.db.errors import ConnectionLost
from asn_event.db.models import Registration, ScanLog
from asn_event.invitations.collect import collect_invitations


class FlakyDesk(CheckinDesk):
    """A desk whose server is away while ``down`` (nothing stored), or whose commit reply is lost
    while ``reply_lost`` (stored, then the error)."""

    down = False
    reply_lost = False

    def _check_in(self, registration_id, raw, action, at=None):  # type: ignore[no-untyped-def]
        if self.down:
            raise ConnectionLost("Sambungan ke basis data terputus.")
        result = super()._check_in(registration_id, raw, action, at)
        if self.reply_lost:
            raise ConnectionLost("Sambungan ke basis data terputus.")
        return result


@pytest.fixture
def desk(demo, clock):  # type: ignore[no-untyped-def]
    return FlakyDesk(demo.db, clock, demo.event_id, "Meja 1")


@pytest.fixture
def codes(demo):  # type: ignore[no-untyped-def]
    return collect_invitations(demo.db, demo.event_id)[1]


def _stored(demo, registration_id: int) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        checked = session.scalar(
            select(func.count()).select_from(Registration).where(
                Registration.id == registration_id, Registration.checked_in_at.is_not(None)
            )
        )
        log = session.scalars(select(ScanLog.status).where(ScanLog.registration_id == registration_id)).all()
    return checked, list(log)


def test_kept_scans_go_in_order_once_the_server_is_back(demo, desk, codes, clock) -> None:  # type: ignore[no-untyped-def]
    kept = PendingScans()
    desk.down = True
    for invitation in codes[:2]:
        with pytest.raises(ConnectionLost):
            desk.scan(invitation.code)
        assert kept.keep(PendingScan(raw=invitation.code, kept_at=clock.now()))
    assert kept.retry(desk) == [] and len(kept) == 2  # still away: nothing sent, nothing lost
    assert _stored(demo, codes[0].registration_id) == (0, [])
    desk.down = False
    clock.advance(30)
    results = kept.retry(desk)
    assert [r.status for r in results] == [ScanStatus.ACCEPTED, ScanStatus.ACCEPTED]
    # The time the people arrived, not the time the server came back.
    assert all(r.checked_in_at == clock.now() - timedelta(seconds=30) for r in results)
    assert [r.name for r in results] == [codes[0].name, codes[1].name]
    assert len(kept) == 0
    for invitation in codes[:2]:
        assert _stored(demo, invitation.registration_id) == (1, ["accepted"])


def test_a_scan_stored_before_its_reply_was_lost_is_shown_green_once(demo, desk, codes, clock) -> None:  # type: ignore[no-untyped-def]
    kept = PendingScans()
    before = clock.now()
    desk.reply_lost = True
    with pytest.raises(ConnectionLost):
        desk.scan(codes[5].code)
    kept.keep(PendingScan(raw=codes[5].code, kept_at=before))
    desk.reply_lost = False
    clock.advance(20)
    (result,) = kept.retry(desk)
    assert result.status is ScanStatus.ACCEPTED  # its own check-in, not someone else's
    assert _stored(demo, codes[5].registration_id) == (1, ["accepted", "already"])


def test_someone_checked_in_at_another_desk_stays_amber(demo, desk, codes, clock) -> None:  # type: ignore[no-untyped-def]
    CheckinDesk(demo.db, clock, demo.event_id, "Meja 2").scan(codes[7].code)
    clock.advance(5)
    kept = PendingScans()
    kept.keep(PendingScan(raw=codes[7].code, kept_at=clock.now()))
    (result,) = kept.retry(desk)
    assert result.status is ScanStatus.ALREADY and result.desk == "Meja 2"


def test_a_full_queue_says_no_instead_of_dropping(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pending_module, "MAX_PENDING", 2)
    kept = PendingScans()
    assert kept.keep(PendingScan(raw="a")) and kept.keep(PendingScan(raw="b"))
    assert not kept.keep(PendingScan(raw="c"))
    assert len(kept) == 2


def test_kept_scans_survive_the_program_closing(demo, desk, codes, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    journal = journal_path(tmp_path, demo.db.display_name, demo.event_id)
    kept = PendingScans(journal)
    kept.keep(PendingScan(raw=codes[0].code, kept_at=clock.now()))
    kept.keep(PendingScan(registration_id=codes[1].registration_id, action=DeskAction.MANUAL, kept_at=clock.now()))
    assert journal.exists()
    again = PendingScans(journal)  # the next start of the program
    assert len(again) == 2
    results = again.retry(desk)
    assert [r.registration_id for r in results] == [codes[0].registration_id, codes[1].registration_id]
    assert all(r.status is ScanStatus.ACCEPTED for r in results)
    assert not journal.exists()
    assert len(PendingScans(journal)) == 0


def test_an_unreadable_journal_is_set_aside_not_overwritten(tmp_path) -> None:  # type: ignore[no-untyped-def]
    journal = tmp_path / "pending-scans-x.json"
    journal.write_text("{not json", encoding="utf-8")
    kept = PendingScans(journal)
    assert len(kept) == 0
    assert (tmp_path / "pending-scans-x.json.unreadable").read_text(encoding="utf-8") == "{not json"


def test_a_busy_database_keeps_the_scan_first_in_line(demo, desk, codes, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from asn_event.domain.errors import Busy

    kept = PendingScans()
    kept.keep(PendingScan(raw=codes[3].code, kept_at=clock.now()))
    original = FlakyDesk._check_in

    def busy(self, *args):  # type: ignore[no-untyped-def]
        raise Busy()

    monkeypatch.setattr(FlakyDesk, "_check_in", busy)
    with pytest.raises(Busy):
        kept.retry(desk)
    assert len(kept) == 1  # not dropped
    monkeypatch.setattr(FlakyDesk, "_check_in", original)
    (result,) = kept.retry(desk)
    assert result.status is ScanStatus.ACCEPTED and _stored(demo, codes[3].registration_id)[0] == 1
