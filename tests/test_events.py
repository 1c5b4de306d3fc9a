"""Events: validation in plain words, create/edit, copy as the next session's template."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from asn_event import events
from asn_event.db.errors import Conflict, NotFound
from asn_event.db.models import AgendaItem, Registration
from asn_event.events import EventDraft, InvalidEvent
from tests.saying import raises_saying


def draft(**changes) -> EventDraft:  # type: ignore[no-untyped-def]
    base = EventDraft(
        title="Coaching Manajemen Kepegawaian Sesi 2",
        date=date(2025, 12, 1),
        start_time=time(9, 0),
        venue="Pendopo Kecamatan Magersari",
        jp_hours=2,
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_demo_event_is_ready_before_the_doors_open(demo) -> None:  # type: ignore[no-untyped-def]
    info = events.get_event(demo.db, demo.event_id)
    assert info.title == "Coaching Manajemen Kepegawaian"
    assert "Ber-AKHLAK" in info.theme
    assert "Sabha Mandala Madya" in info.venue
    assert (info.registered, info.checked_in) == (150, 0)
    with demo.db.sessions() as session:
        titles = session.scalars(
            select(AgendaItem.title).where(AgendaItem.event_id == demo.event_id).order_by(AgendaItem.position)
        ).all()
    assert titles[0] == "Pembukaan" and "Wali Kota" in titles[2] and titles[-1].startswith("Penutupan")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"date": None}, "date"),
        ({"venue": ""}, "venue"),
        ({"jp_hours": 99}, "jp_hours"),
        ({"signer_nip": "1968 0411"}, "signer_nip"),
        ({"end_time": time(8, 0)}, "end_time"),
        ({"code": "acara baru!"}, "code"),
    ],
)
def test_invalid_drafts_name_the_field_in_indonesian(db, clock, changes, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidEvent) as caught:
        events.create_event(db, clock, draft(**changes))
    assert [e.field for e in caught.value.errors] == [field]
    assert events.list_events(db) == []


def test_create_then_edit_keeps_the_code_and_normalises_the_signer_nip(db, clock) -> None:  # type: ignore[no-untyped-def]
    created = events.create_event(db, clock, draft(signer_nip="19680411 199303 1 009"))
    assert created.code == "SINAR-20251201"
    assert created.signer_nip == "196804111993031009"
    edited = events.update_event(db, clock, created.id, draft(title="Sesi Dua", jp_hours=3))
    assert (edited.title, edited.jp_hours, edited.code) == ("Sesi Dua", 3, "SINAR-20251201")
    second = events.create_event(db, clock, draft())
    assert second.code == "SINAR-20251201-2"


def test_a_code_in_use_is_refused(db, clock) -> None:  # type: ignore[no-untyped-def]
    events.create_event(db, clock, draft(code="SESI-1"))
    with raises_saying(Conflict, "sudah dipakai"):
        events.create_event(db, clock, draft(code="sesi-1"))


def test_copy_as_template_takes_the_agenda_but_no_participants(demo, clock) -> None:  # type: ignore[no-untyped-def]
    copy = events.copy_as_template(demo.db, clock, demo.event_id, draft(title="Sesi Magersari"))
    assert copy.registered == 0
    with demo.db.sessions() as session:
        agenda = session.scalar(select(func.count()).where(AgendaItem.event_id == copy.id))
        registrations = session.scalar(select(func.count()).where(Registration.event_id == copy.id))
    assert agenda == 5
    assert registrations == 0


def test_unknown_event_is_a_clear_not_found(db) -> None:  # type: ignore[no-untyped-def]
    with raises_saying(NotFound, "tidak ada"):
        events.get_event(db, 404)


def test_a_new_event_starts_with_the_usual_agenda(db, clock) -> None:  # type: ignore[no-untyped-def]
    created = events.create_event(db, clock, draft())
    with db.sessions() as session:
        titles = session.scalars(
            select(AgendaItem.title).where(AgendaItem.event_id == created.id).order_by(AgendaItem.position)
        ).all()
    assert titles[0] == "Pembukaan" and titles[2] == "Pengarahan Wali Kota Mojokerto" and len(titles) == 5


def test_the_light_read_tables_match_the_models() -> None:
    from asn_event.db.models import Event, Registration

    for light, model in ((events._EVENT, Event.__table__), (events._REGISTRATION, Registration.__table__)):
        for col in light.c:
            assert col.name in model.c, col.name
            if col.name != "checked_in_at":  # counted only
                assert model.c[col.name].type._type_affinity is col.type._type_affinity, col.name
    assert "secret" not in events._EVENT.c
