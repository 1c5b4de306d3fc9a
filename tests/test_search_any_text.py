"""Issue #11 item 5: any text typed in a search box is a query, never an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asn_event.checkin.people import find_people
from asn_event.checkin.service import CheckinDesk
from asn_event.roster.search import RosterQuery, Scope, SortKey, search_ids

REPORTED = ["-", ".", "---", "\x00", "\U0010ffff", "a\U0010ffff", "\ud800", "%", "_", "\\", '"', "NEAR(", "x" * 5000]
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60) | st.sampled_from(REPORTED)


@pytest.mark.parametrize("typed", REPORTED)
def test_what_crashed_the_peserta_search_now_finds_people_or_nobody(demo, typed: str) -> None:  # type: ignore[no-untyped-def]
    ids = search_ids(demo.db, demo.event_id, RosterQuery(text=typed))
    everybody = search_ids(demo.db, demo.event_id, RosterQuery())
    assert set(ids) <= set(everybody)
    if typed in ("-", ".", "---"):
        assert ids == everybody  # punctuation alone narrows nothing


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=ANY_TEXT, scope=st.sampled_from(Scope), sort=st.sampled_from(SortKey))
def test_any_text_is_a_roster_query(demo, typed: str, scope: Scope, sort: SortKey) -> None:  # type: ignore[no-untyped-def]
    search_ids(demo.db, demo.event_id, RosterQuery(text=typed, scope=scope, sort=sort), limit=20)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=ANY_TEXT)
def test_any_text_is_a_desk_name_search(demo, clock, typed: str) -> None:  # type: ignore[no-untyped-def]
    desk = CheckinDesk(demo.db, clock, demo.event_id, desk="Meja 1", staff="")
    assert len(find_people(desk, typed)) <= 8
