"""Deleting a (test) event: one transaction removes what belongs only to it, never people or units;
issued certificate numbers are not thrown away unasked; a SQLite file is backed up first."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from asn_event import events, tokens
from asn_event.backups import list_backups
from asn_event.certificates.service import issue_certificates, record_print
from asn_event.checkin.service import CheckinDesk
from asn_event.db.errors import NotFound, Refused
from asn_event.db.models import (
    AgendaItem,
    Answer,
    Certificate,
    Event,
    FeedbackForm,
    Person,
    Registration,
    RegistrationSource,
    Response,
    ScanLog,
    Unit,
)
from asn_event.events import EventDraft
from asn_event.feedback import responses as fb
from asn_event.feedback import service as feedback
from asn_event.words import error_text
from tests.saying import raises_saying


def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.readers() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _use_the_event(demo, clock, people: int = 3) -> list[int]:  # type: ignore[no-untyped-def]
    """Check in ``people`` at the desk (scans) and let the first fill the feedback form."""
    with demo.db.readers() as session:
        secret = session.scalar(select(Event.secret).where(Event.id == demo.event_id))
        regs = session.scalars(
            select(Registration.id).where(Registration.event_id == demo.event_id).order_by(Registration.id)
        ).all()[:people]
    desk = CheckinDesk(demo.db, clock, demo.event_id)
    for reg in regs:
        desk.scan(tokens.make_code(secret, demo.event_id, reg))
    form = feedback.active_form(demo.db, demo.event_id)
    answers = {q.id: 4 for q in form.questions() if q.required}
    code = tokens.make_code(secret, demo.event_id, regs[0])
    saved = fb.submit(demo.db, clock, form.id, answers, fb.new_submission_key(), code=code)
    assert saved.status == fb.SubmitStatus.SAVED
    return list(regs)


def _second_event_sharing_a_person(demo, clock) -> int:  # type: ignore[no-untyped-def]
    """The next session, with one of the demo's people registered too (people outlive events)."""
    other = events.copy_as_template(
        demo.db,
        clock,
        demo.event_id,
        EventDraft(title="Sesi 2", date=date(2025, 12, 1), start_time=time(9, 0), venue="Pendopo"),
    )
    with demo.db.sessions() as session, session.begin():
        person = session.scalar(select(Person.id).order_by(Person.id).limit(1))
        session.add(
            Registration(
                event_id=other.id,
                person_id=person,
                registered_at=clock.now(),
                source=RegistrationSource.ROSTER,
            )
        )
    return other.id


def test_deleting_a_used_test_event_removes_all_of_it_and_nothing_else(demo, clock) -> None:  # type: ignore[no-untyped-def]
    _use_the_event(demo, clock)
    other = _second_event_sharing_a_person(demo, clock)
    people, units = _count(demo.db, Person), _count(demo.db, Unit)
    other_agenda = _count(demo.db, AgendaItem, AgendaItem.event_id == other)

    before = events.event_contents(demo.db, demo.event_id)
    assert (before.registrations, before.checked_in, before.scans, before.responses) == (150, 3, 3, 1)
    assert (before.agenda_items, before.forms, before.certificates) == (5, 1, 0)

    removed = events.delete_event(demo.db, demo.event_id)

    assert removed == before
    assert demo.event_id not in [e.id for e in events.list_events(demo.db)]
    with pytest.raises(NotFound):
        events.get_event(demo.db, demo.event_id)
    assert _count(demo.db, Registration, Registration.event_id == demo.event_id) == 0
    assert _count(demo.db, ScanLog) == 0
    assert _count(demo.db, AgendaItem, AgendaItem.event_id == demo.event_id) == 0
    assert _count(demo.db, FeedbackForm, FeedbackForm.event_id == demo.event_id) == 0
    assert _count(demo.db, Response) == 0 and _count(demo.db, Answer) == 0
    # the roster stays whole, and so does the other session with the person it shares
    assert (_count(demo.db, Person), _count(demo.db, Unit)) == (people, units)
    assert _count(demo.db, Registration, Registration.event_id == other) == 1
    assert _count(demo.db, AgendaItem, AgendaItem.event_id == other) == other_agenda == 5
    # the way back: a verified copy made just before
    assert [b.label for b in list_backups(demo.path)] == ["before-delete"]


def test_issued_certificates_are_kept_unless_the_delete_is_forced(demo, clock) -> None:  # type: ignore[no-untyped-def]
    _use_the_event(demo, clock)
    issued = issue_certificates(demo.db, clock, demo.event_id)
    record_print(demo.db, clock, [issued.certificates[0].id])

    with pytest.raises(Refused) as refused:
        events.delete_event(demo.db, demo.event_id)
    assert refused.value.code == "event_has_certificates"
    said = error_text(refused.value)
    assert "3 sertifikat (1 sudah dicetak)" in said and "--force" in said
    # refused: nothing removed, and no backup made for nothing
    assert events.get_event(demo.db, demo.event_id).registered == 150
    assert _count(demo.db, Certificate) == 3 and _count(demo.db, ScanLog) == 3
    assert list_backups(demo.path) == []

    removed = events.delete_event(demo.db, demo.event_id, force=True)
    assert (removed.certificates, removed.certificates_printed) == (3, 1)
    assert _count(demo.db, Certificate) == 0 and _count(demo.db, Event, Event.id == demo.event_id) == 0
    assert [b.label for b in list_backups(demo.path)] == ["before-delete"]


def test_an_unknown_event_is_not_found_and_nothing_is_backed_up(demo) -> None:  # type: ignore[no-untyped-def]
    with raises_saying(NotFound, "tidak ada"):
        events.delete_event(demo.db, 404)
    assert list_backups(demo.path) == []


def test_clearing_a_deleted_registrations_links_uses_an_index(db) -> None:  # type: ignore[no-untyped-def]
    """Deleting registrations sets scan_log/response.registration_id to NULL (ON DELETE SET NULL);
    with an index that is a look-up per registration, not a read of the whole log (migration 0004)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        for table in ("scan_log", "response"):
            plan = " ".join(
                row[-1]
                for row in conn.execute(
                    text(f"EXPLAIN QUERY PLAN UPDATE {table} SET registration_id = NULL WHERE registration_id = 1")
                )
            )
            assert f"ix_{table}_registration_id" in plan, plan
