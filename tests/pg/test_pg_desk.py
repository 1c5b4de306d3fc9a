"""PostgreSQL: the demo, the events list, roster search, and the desk (check-in, already, undo)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from asn_event.checkin import ScanStatus
from asn_event.checkin.service import CheckinDesk, CheckinRefused
from asn_event.db.models import Registration, ScanLog
from asn_event.demo import DEMO_TITLE, create_demo, ensure_units
from asn_event.events import EventDraft, create_event, get_event, list_events
from asn_event.invitations.collect import collect_invitations
from asn_event.roster.importer import import_file
from asn_event.roster.samples import write_xlsx
from asn_event.roster.search import RegistrationStatus, RosterQuery, Scope, fetch_rows, search_ids

ROWS = [
    [1, "Dr. Hj. Ika Puspitasari, S.E., M.M.", "19680411 199303 2 009", "Dinkes PPKB"],
    [2, "André Wijaya", "199005122022211001", "Dinas Lingkungan Hidup"],
    [3, "Budi Santoso", "", "Dishub"],
]
IKA, ANDRE, BUDI = (row[1] for row in ROWS)


def test_demo_and_the_events_list(pg_db, clock) -> None:  # type: ignore[no-untyped-def]
    event_id = create_demo(pg_db, clock, participants=40)
    events = list_events(pg_db)
    assert [(e.id, e.title, e.registered, e.checked_in) for e in events] == [(event_id, DEMO_TITLE, 40, 0)]
    event = get_event(pg_db, event_id)
    assert event.jp_hours == 3 and event.signer_nip and isinstance(event.certificate_settings, dict)
    second = create_demo(pg_db, clock, participants=5)  # the same people again: no duplicate NIP
    assert list_events(pg_db)[0].id == second
    assert get_event(pg_db, second).code != event.code


@pytest.fixture
def roster(pg_db, clock, tmp_path) -> int:  # type: ignore[no-untyped-def]
    ensure_units(pg_db)
    event = create_event(pg_db, clock, EventDraft(title="Coaching", date=clock.now().date(),
                                                 start_time=clock.now().time(), venue="Sabha"))  # fmt: skip
    path = write_xlsx(tmp_path / "r.xlsx", ROWS, ["No", "Nama", "NIP", "Unit Kerja"])
    result = import_file(pg_db, clock, path, event.id)
    assert (result.added, result.registered, result.invalid) == (3, 3, 0)
    return event.id


def _names(db, event_id: int, typed: str, scope: Scope = Scope.EVENT) -> list[str]:  # type: ignore[no-untyped-def]
    ids = search_ids(db, event_id, RosterQuery(typed, scope=scope))
    return [row.name for row in fetch_rows(db, event_id, ids)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("puspita", [IKA]),
        ("IKA PUS", [IKA]),  # any case: ILIKE
        ("PuSpItAsArI", [IKA]),
        ("andre", [ANDRE]),  # without the accent, through the name key
        ("ANDRÉ", [ANDRE]),
        ("19680411 1993", [IKA]),  # a NIP typed with spaces
        ("2022211", [ANDRE]),
        ("LINGKUNGAN", [ANDRE]),  # the unit's full name
        ("dishub", [BUDI]),  # the unit's short name
        ("santoso DISHUB", [BUDI]),  # every word must match
        ("bu", [BUDI]),
        ("50%", []),  # LIKE wildcards are searched as text
        ("zzz", []),
    ],
)
def test_roster_search_finds_names_nip_and_units_in_any_case(pg_db, roster, typed, expected) -> None:  # type: ignore[no-untyped-def]
    assert _names(pg_db, roster, typed) == expected


def test_roster_rows_show_who_is_checked_in(pg_db, roster, clock) -> None:  # type: ignore[no-untyped-def]
    rows = fetch_rows(pg_db, roster, search_ids(pg_db, roster, RosterQuery("budi")))
    desk = CheckinDesk(pg_db, clock, roster)
    assert desk.check_in(rows[0].registration_id).status is ScanStatus.ACCEPTED
    (row,) = fetch_rows(pg_db, roster, search_ids(pg_db, roster, RosterQuery("budi")))
    assert row.status is RegistrationStatus.CHECKED_IN and row.checked_in_at == clock.now()
    assert _names(pg_db, roster, "", Scope.CHECKED_IN) == [BUDI]
    assert _names(pg_db, roster, "", Scope.NOT_CHECKED_IN) == [ANDRE, IKA]


def test_scan_accept_then_already_then_undo(pg_demo, clock) -> None:  # type: ignore[no-untyped-def]
    invitation = collect_invitations(pg_demo.db, pg_demo.event_id)[1][0]
    desk = CheckinDesk(pg_demo.db, clock, pg_demo.event_id, desk="Meja 1", staff="Ani")
    first = desk.scan(invitation.code)
    assert first.status is ScanStatus.ACCEPTED
    assert first.name == invitation.name and first.unit and first.position
    assert first.checked_in_at == clock.now() and first.checked_in_at.tzinfo is not None

    clock.advance(180)
    again = CheckinDesk(pg_demo.db, clock, pg_demo.event_id, desk="Meja 2").scan(invitation.code.lower())
    assert again.status is ScanStatus.ALREADY
    assert again.desk == "Meja 1" and again.checked_in_at == first.checked_in_at
    assert desk.scan("https://example.com").status is ScanStatus.UNKNOWN

    undone = desk.undo(invitation.registration_id, "salah orang")
    assert undone.name == invitation.name and undone.undone_checkin_at == first.checked_in_at
    with pytest.raises(CheckinRefused):
        desk.undo(invitation.registration_id, "salah orang")
    assert desk.scan(invitation.code).status is ScanStatus.ACCEPTED  # after the undo: in again

    with pg_demo.db.sessions() as session:
        statuses = list(session.scalars(select(ScanLog.status).order_by(ScanLog.id)))
        checked_in = session.scalar(select(func.count()).where(Registration.checked_in_at.is_not(None)))
    assert statuses == ["accepted", "already", "unknown", "undo", "accepted"]
    assert checked_in == 1
