"""PostgreSQL: deleting an event removes it and all that is only its own, keeps people and units,
and keeps an event that issued certificates unless forced (no automatic backup on a server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_event import events, tokens
from asn_event.certificates.service import issue_certificates
from asn_event.checkin.service import CheckinDesk
from asn_event.db.errors import Refused
from asn_event.db.models import (
    Answer,
    Certificate,
    Event,
    FeedbackForm,
    Person,
    Registration,
    Response,
    ScanLog,
    TimerState,
    Unit,
)
from asn_event.feedback import responses as fb
from asn_event.feedback import service as feedback


def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.readers() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_a_used_event_is_deleted_whole_on_the_server(pg_demo, clock, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    db, event_id = pg_demo.db, pg_demo.event_id
    with db.readers() as session:
        secret = session.scalar(select(Event.secret).where(Event.id == event_id))
        regs = session.scalars(
            select(Registration.id)
            .where(Registration.event_id == event_id)
            .order_by(Registration.id)
            .limit(3)
        ).all()
    desk = CheckinDesk(db, clock, event_id)
    for reg in regs:
        desk.scan(tokens.make_code(secret, event_id, reg))
    form = feedback.active_form(db, event_id)
    answers = {q.id: 4 for q in form.questions() if q.required}
    code = tokens.make_code(secret, event_id, regs[0])
    assert (
        fb.submit(db, clock, form.id, answers, fb.new_submission_key(), code=code).status
        == fb.SubmitStatus.SAVED
    )
    issue_certificates(db, clock, event_id)
    people, units = _count(db, Person), _count(db, Unit)

    with pytest.raises(Refused) as refused:
        events.delete_event(db, event_id)
    assert refused.value.code == "event_has_certificates" and refused.value.params["count"] == 3
    assert events.get_event(db, event_id).registered == 200

    removed = events.delete_event(db, event_id, force=True)
    assert (
        removed.registrations,
        removed.checked_in,
        removed.scans,
        removed.responses,
        removed.certificates,
    ) == (
        200,
        3,
        3,
        1,
        3,
    )
    assert events.list_events(db) == []
    for model in (Registration, ScanLog, FeedbackForm, Response, Answer, Certificate, TimerState):
        assert _count(db, model) == 0, model.__name__
    assert (_count(db, Person), _count(db, Unit)) == (people, units)
    assert not list(data_home.rglob("*.sqlite"))  # a server is backed up with its own tools
