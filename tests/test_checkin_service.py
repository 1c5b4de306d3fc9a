"""The desk service: scans give typed results, every scan is logged, check-in happens once."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from asn_event.checkin import DeskAction, ScanStatus
from asn_event.checkin.attendance import attendance, not_arrived, recent_scans
from asn_event.checkin.options import check_kiosk_pin, set_kiosk_pin, set_signature_enabled, signature_enabled
from asn_event.checkin.people import InvalidWalkIn, WalkInDraft, find_people, nip_problem, register_walk_in
from asn_event.checkin.service import CheckinDesk, CheckinRefused
from asn_event.clock import FakeClock
from asn_event.db.models import Event, Person, Registration, ScanLog
from asn_event.events import EventDraft, create_event
from asn_event.formatting import clock_time
from asn_event.invitations.collect import collect_invitations
from asn_event.kiosk_pin import PinError
from asn_event.tokens import make_code


@pytest.fixture(autouse=True, params=[True, False], ids=["sqlite-driver", "core"])
def _both_paths(request, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every test runs on the SQLite driver fast path and on the portable Core path."""
    monkeypatch.setattr(CheckinDesk, "sqlite_fast_path", request.param)


@pytest.fixture
def desk(demo, clock: FakeClock) -> CheckinDesk:  # type: ignore[no-untyped-def]
    return CheckinDesk(demo.db, clock, demo.event_id, desk="Meja 1", staff="Ani")


def _codes(demo) -> list:  # type: ignore[no-untyped-def]
    return collect_invitations(demo.db, demo.event_id)[1]


def _log_count(desk: CheckinDesk) -> int:
    with desk.db.sessions() as session:
        return session.scalar(select(func.count(ScanLog.id)))


def test_scan_accepts_once_then_already_with_first_time_and_desk(demo, desk, clock) -> None:
    invitation = _codes(demo)[0]
    first = desk.scan(invitation.code)
    assert first.status is ScanStatus.ACCEPTED
    assert first.name == invitation.name and first.unit and first.position
    assert first.checked_in_at == clock.now() and first.desk == "Meja 1"

    clock.advance(180)
    other_desk = CheckinDesk(demo.db, clock, demo.event_id, desk="Meja 2")
    again = other_desk.scan(invitation.code.lower())
    assert again.status is ScanStatus.ALREADY
    assert again.desk == "Meja 1" and clock_time(again.checked_in_at) == clock_time(first.checked_in_at)
    assert "sudah check-in pukul" in again.reason
    assert _log_count(desk) == 2


@pytest.mark.parametrize("garbage", ["", "8991002101234", "https://example.org/a'b", "SA1:1:2", "Budi"])
def test_garbage_is_red_and_logged(desk, garbage: str) -> None:
    before = _log_count(desk)
    result = desk.scan(garbage)
    assert result.status in (ScanStatus.UNKNOWN, ScanStatus.PARTIAL)
    assert result.reason
    assert _log_count(desk) == before + 1


def test_altered_code_is_forged_and_other_event_is_wrong_event(demo, desk, clock) -> None:
    code = _codes(demo)[0].code
    last = code[-1]
    altered = code[:-1] + ("A" if last != "A" else "B")
    assert desk.scan(altered).status is ScanStatus.FORGED

    draft = EventDraft(
        title="Sesi Kedua", date=date(2025, 12, 1), start_time=time(9), venue="Aula Kecamatan Magersari"
    )
    other = create_event(demo.db, clock, draft)
    with demo.db.sessions() as session:
        secret = session.get(Event, other.id).secret
    result = desk.scan(make_code(secret, other.id, 5))
    assert result.status is ScanStatus.WRONG_EVENT
    assert result.other_event == "Sesi Kedua"


def test_genuine_code_of_a_removed_registration_is_not_registered(demo, desk) -> None:
    invitation = _codes(demo)[0]
    with demo.db.sessions() as session, session.begin():
        session.delete(session.get(Registration, invitation.registration_id))
    assert desk.scan(invitation.code).status is ScanStatus.NOT_REGISTERED


def test_manual_check_in_and_undo_with_reason(demo, desk, clock) -> None:
    hit = find_people(desk, _codes(demo)[3].name.split(",")[0])[0]
    result = desk.check_in(hit.registration_id)
    assert result.status is ScanStatus.ACCEPTED
    with pytest.raises(CheckinRefused):
        desk.undo(hit.registration_id, "  ")
    undone = desk.undo(hit.registration_id, "salah orang")
    assert undone.name == result.name
    assert desk.check_in(hit.registration_id).status is ScanStatus.ACCEPTED  # can check in again
    entries = recent_scans(demo.db, demo.event_id)
    assert [e.status for e in entries[:3]] == ["accepted", DeskAction.UNDO.value, "accepted"]
    assert entries[1].detail == "salah orang" and entries[2].detail == DeskAction.MANUAL.value


def test_undo_of_someone_not_checked_in_is_refused(demo, desk) -> None:
    with pytest.raises(CheckinRefused):
        desk.undo(_codes(demo)[0].registration_id, "salah orang")


def test_walk_in_registers_and_checks_in(demo, desk) -> None:
    before = attendance(demo.db, demo.event_id)
    result = register_walk_in(
        desk, WalkInDraft("Drs. Joko Widagdo, M.Si.", "19700101 199503 1 002", "Dishub", "Kepala Seksi")
    )
    assert result.status is ScanStatus.ACCEPTED and result.unit == "Dishub"
    after = attendance(demo.db, demo.event_id)
    assert (after.present, after.registered) == (before.present + 1, before.registered + 1)
    # The same NIP again: the same person, already checked in.
    again = register_walk_in(desk, WalkInDraft("Joko Widagdo", "197001011995031002", "Dishub"))
    assert again.status is ScanStatus.ALREADY and again.registration_id == result.registration_id
    # A new unit name adds the unit.
    new_unit = register_walk_in(desk, WalkInDraft("Rina Kusuma", "", "Kelurahan Gunung Gedangan"))
    assert new_unit.unit == "Kelurahan Gunung Gedangan"


def test_walk_in_validation(desk) -> None:
    with pytest.raises(InvalidWalkIn) as caught:
        register_walk_in(desk, WalkInDraft("", "12345", ""))
    assert set(caught.value.problems) == {"name", "nip", "unit"}
    assert nip_problem("196813401993031009")  # month 13
    assert nip_problem("196804111993033009")  # sex digit 3
    assert nip_problem("19680411 199303 1 009") is None
    assert nip_problem("") is None


def test_search_tolerates_titles_and_typos(demo, desk) -> None:
    invitation = _codes(demo)[10]
    plain = invitation.name.split(",")[0]
    words = [w for w in plain.split() if not w.endswith(".")]
    typo = " ".join(words)[:-1] + "x"
    assert invitation.registration_id in [h.registration_id for h in find_people(desk, typo)]


def test_counts_and_not_arrived_per_unit(demo, desk) -> None:
    invitations = _codes(demo)
    for invitation in invitations[:20]:
        desk.scan(invitation.code)
    counts = attendance(demo.db, demo.event_id)
    assert counts.present == 20 and counts.registered == len(invitations)
    assert sum(u.present for u in counts.units) == 20
    missing = not_arrived(demo.db, demo.event_id)
    assert sum(len(group.people) for group in missing) == len(invitations) - 20
    checked = {i.registration_id for i in invitations[:20]}
    assert not checked & {p.registration_id for g in missing for p in g.people}


def test_signature_saved_or_skipped_and_logged(demo, desk, clock) -> None:
    assert not signature_enabled(demo.db, demo.event_id)
    set_signature_enabled(demo.db, clock, demo.event_id, True)
    assert signature_enabled(demo.db, demo.event_id)
    first, second = _codes(demo)[:2]
    desk.scan(first.code)
    desk.save_signature(first.registration_id, [[[0.1, 0.2], [0.3, 0.4]], [[1.5, -1], [0.5, 0.5]]])
    desk.scan(second.code)
    desk.skip_signature(second.registration_id, "pena rusak")
    with demo.db.sessions() as session:
        stored = session.get(Registration, first.registration_id).signature
        skipped = session.get(Registration, second.registration_id).signature_skipped
    assert stored == [[[0.1, 0.2], [0.3, 0.4]], [[1.0, 0.0], [0.5, 0.5]]] and skipped
    statuses = [e.status for e in recent_scans(demo.db, demo.event_id)]
    assert DeskAction.SIGNATURE.value in statuses and DeskAction.SIGNATURE_SKIPPED.value in statuses
    with pytest.raises(CheckinRefused):
        desk.save_signature(first.registration_id, [])


def test_kiosk_pin_is_stored_hashed(demo, clock) -> None:
    with pytest.raises(PinError):
        set_kiosk_pin(demo.db, clock, demo.event_id, "1111")
    set_kiosk_pin(demo.db, clock, demo.event_id, "4827")
    assert check_kiosk_pin(demo.db, demo.event_id, "4827")
    assert not check_kiosk_pin(demo.db, demo.event_id, "4828")
    with demo.db.sessions() as session:
        assert "4827" not in session.get(Event, demo.event_id).kiosk_pin_hash


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.text(max_size=80),
        st.text(alphabet="SA1:;0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZÖ&é'\"(-è_çà\t\r\n ", max_size=50),
    )
)
def test_any_scanned_text_gives_a_typed_result_and_a_log_row(desk, raw: str) -> None:
    before = _log_count(desk)
    result = desk.scan(raw)
    assert isinstance(result.status, ScanStatus)
    assert result.reason
    assert _log_count(desk) == before + 1


def test_a_full_disk_is_reported_as_such_and_the_same_scan_works_once_there_is_room(demo, desk) -> None:
    """The check-in's transaction is rolled back whole: nobody is half checked in, the scan can be retried."""
    from sqlalchemy import event

    from asn_event.domain import DiskFull

    limit = {"pages": 0}

    def cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        if limit["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    demo.db.engine.dispose()
    event.listen(demo.db.engine, "connect", cap)
    with demo.db.engine.connect() as conn:
        limit["pages"] = conn.exec_driver_sql("PRAGMA page_count").scalar()
    demo.db.engine.dispose()
    full = None
    for invitation in _codes(demo):
        try:
            desk.scan(invitation.code)
        except DiskFull:
            full = invitation
            break
    assert full is not None, "the capped database never filled up"
    with demo.db.sessions() as session:
        assert session.get(Registration, full.registration_id).checked_in_at is None
    limit["pages"] = 0
    demo.db.engine.dispose()
    assert desk.scan(full.code).status is ScanStatus.ACCEPTED


def test_a_walk_in_with_someone_elses_nip_is_refused_not_swapped(demo, desk) -> None:
    first = register_walk_in(desk, WalkInDraft("Drs. Joko Widagdo, M.Si.", "19700101 199503 1 002", "Dishub"))
    assert first.status is ScanStatus.ACCEPTED
    with pytest.raises(InvalidWalkIn) as caught:
        register_walk_in(desk, WalkInDraft("Sri Wahyuni", "197001011995031002", "Dinkes PPKB"))
    assert "Joko Widagdo" in caught.value.problems["nip"].message
    # The same person typed a little differently is still recognised.
    again = register_walk_in(desk, WalkInDraft("joko widagdo", "197001011995031002", "Dishub"))
    assert again.status is ScanStatus.ALREADY


def test_the_welcome_ends_a_name_with_a_title_with_one_full_stop() -> None:
    from datetime import UTC, datetime

    from asn_event.checkin.result import ScanResult, describe

    result = ScanResult(
        ScanStatus.ACCEPTED, name="Nur Mahmudah, A.Md.Kep.", checked_in_at=datetime(2025, 11, 17, 1, 0, tzinfo=UTC),
        desk="Meja 1",
    )
    assert describe(result) == "Selamat datang, Nur Mahmudah, A.Md.Kep. Check-in pukul 08.00 di Meja 1."


def test_a_walk_in_unit_is_matched_as_the_import_would_match_it(demo, desk) -> None:
    """'Bappeda Kota Mojokerto' typed at the desk is Bapperida, not a second unit beside it."""
    from asn_event.db.models import Unit

    with demo.db.sessions() as session:
        before = session.scalar(select(func.count(Unit.id)))
        bapperida = session.scalar(select(Unit.id).where(Unit.short_name == "Bapperida"))
    result = register_walk_in(desk, WalkInDraft("Sri Rahayu", "", "bappeda kota mojokerto"))
    assert result.status is ScanStatus.ACCEPTED
    with demo.db.sessions() as session:
        assert session.scalar(select(func.count(Unit.id))) == before
        person_unit = session.scalar(
            select(Person.unit_id).join(Registration).where(Registration.id == result.registration_id)
        )
    assert person_unit == bapperida
    unknown = register_walk_in(desk, WalkInDraft("Budi Santoso", "", "Yayasan Sinar Harapan"))
    with demo.db.sessions() as session:
        assert session.scalar(select(func.count(Unit.id))) == before + 1
        assert unknown.unit == "Yayasan Sinar Harapan"
