"""The invitations of an event, read from the database as plain data for the renderers."""

from __future__ import annotations

from sqlalchemy import func, select

from asn_event.db import Database
from asn_event.db.errors import NotFound
from asn_event.db.models import Event, Person, Registration, Unit
from asn_event.invitations.data import Invitation, InvitationEvent
from asn_event.text_limits import TextField, fit_for_print
from asn_event.tokens import make_code


def collect_invitations(db: Database, event_id: int) -> tuple[InvitationEvent, list[Invitation]]:
    """The event and one invitation per registration, sorted by unit then name (how they are handed out)."""
    unit = func.coalesce(func.nullif(Unit.short_name, ""), Unit.name, "")
    query = (
        select(Registration.id, Person.name, unit, Person.position, Person.nip, Person.phone)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Person.unit_id)
        .where(Registration.event_id == event_id)
        .order_by(unit, Person.name_key, Registration.id)
    )
    with db.readers() as session:  # a read: never waits for (or blocks) a desk that writes
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound("event", id=event_id)
        secret = bytes(event.secret)
        info = InvitationEvent(
            title=event.title,
            date=event.date,
            start_time=event.start_time,
            venue=event.venue,
            organizer=event.organizer,
            theme=event.theme,
        )
        # Rows stream into invitations (not all rows first, then all invitations: twice the memory).
        invitations = [
            Invitation(
                rid,
                fit_for_print(name, TextField.NAME),
                fit_for_print(unit_name, TextField.UNIT),
                fit_for_print(position, TextField.POSITION),
                make_code(secret, event_id, rid),
                nip,
                phone or "",
            )
            for rid, name, unit_name, position, nip, phone in session.execute(
                query.execution_options(yield_per=1000)
            )
        ]
    return info, invitations
