"""Adding, editing and removing people by hand."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from asn_event.db.errors import Conflict
from asn_event.db.models import Employment, Registration
from asn_event.roster.people import (
    InvalidPerson,
    PersonDraft,
    add_person,
    list_units,
    register_people,
    remove_from_event,
    update_person,
)
from asn_event.roster.search import RegistrationStatus, RosterQuery, Scope, search_ids
from tests.saying import raises_saying


def test_add_registers_to_the_event_and_takes_type_and_sex_from_the_nip(demo, clock):
    dlh = next(u for u in list_units(demo.db) if u.short_name == "DLH")
    row = add_person(demo.db, clock, demo.event_id,
                     PersonDraft(name=" Dr.  Sri Wahyuni, M.Si. ", nip="19750101 200003 2 001", unit_id=dlh.id))  # fmt: skip
    assert (row.name, row.employment, row.sex, row.unit) == (
        "Dr. Sri Wahyuni, M.Si.",
        Employment.PNS,
        "P",
        "DLH",
    )
    assert row.status is RegistrationStatus.REGISTERED
    with raises_saying(Conflict, "sudah dipakai oleh Dr. Sri Wahyuni"):
        add_person(demo.db, clock, demo.event_id, PersonDraft(name="Orang Lain", nip="197501012000032001"))


def test_invalid_drafts_name_the_field(demo, clock):
    with pytest.raises(InvalidPerson) as raised:
        add_person(demo.db, clock, demo.event_id, PersonDraft(name="", nip="19750101 200013 2 001"))
    assert {e.field for e in raised.value.errors} == {"name", "nip"}
    with pytest.raises(InvalidPerson, match="NIP wajib diisi untuk PNS"):
        add_person(demo.db, clock, demo.event_id, PersonDraft(name="Budi", employment=Employment.PNS))


def test_edit_then_remove_from_event_keeps_checked_in_people(demo, clock):
    a = add_person(demo.db, clock, demo.event_id, PersonDraft(name="Andi", phone="0812-3456-7890"))
    b = add_person(demo.db, clock, demo.event_id, PersonDraft(name="Bela"))
    edited = update_person(
        demo.db, clock, demo.event_id, a.id, PersonDraft(name="Andi Saputra", position="Staf")
    )
    assert (edited.name, edited.position, edited.phone) == ("Andi Saputra", "Staf", "")
    with demo.db.sessions() as s, s.begin():
        s.execute(
            update(Registration).where(Registration.person_id == b.id).values(checked_in_at=clock.now())
        )
    result = remove_from_event(demo.db, demo.event_id, [a.id, b.id])
    assert (result.removed, result.kept_checked_in) == (1, ["Bela"])
    registered = set(search_ids(demo.db, demo.event_id, RosterQuery(scope=Scope.EVENT)))
    assert a.id not in registered and b.id in registered
    assert a.id in search_ids(demo.db, demo.event_id, RosterQuery("andi saputra", scope=Scope.ALL))
    assert register_people(demo.db, clock, demo.event_id, [a.id, b.id]) == 1
    with demo.db.sessions() as s:
        assert s.scalar(select(Registration.id).where(Registration.person_id == a.id)) is not None
