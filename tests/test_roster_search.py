"""Search as you type over name, NIP and unit; export of what the table shows."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from asn_event.db.models import Person, Registration, Unit
from asn_event.roster import search as search_module
from asn_event.roster.export import export_xlsx
from asn_event.roster.importer import import_file, read_roster
from asn_event.roster.samples import write_xlsx
from asn_event.roster.search import (
    RegistrationStatus,
    RosterQuery,
    Scope,
    SortKey,
    fetch_rows,
    roster_counts,
    search_ids,
    search_terms,
)

ROWS = [
    [1, "Dr. Hj. Ika Puspitasari, S.E., M.M.", "19680411 199303 2 009", "Dinkes PPKB"],
    [2, "André Wijaya", "199005122022211001", "Dinas Lingkungan Hidup"],
    [3, "Budi Santoso", "", "Dishub"],
]


@pytest.fixture
def roster(db, clock, tmp_path):
    from asn_event.demo import ensure_units
    from asn_event.events import EventDraft, create_event

    ensure_units(db)
    event = create_event(db, clock, EventDraft(title="Coaching", date=clock.now().date(),
                                              start_time=clock.now().time(), venue="Sabha"))  # fmt: skip
    import_file(
        db, clock, write_xlsx(tmp_path / "r.xlsx", ROWS, ["No", "Nama", "NIP", "Unit Kerja"]), event.id
    )
    return event.id


def names(db, event_id, text="", **kwargs):
    ids = search_ids(db, event_id, RosterQuery(text, **kwargs))
    return [r.name for r in fetch_rows(db, event_id, ids)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("puspita", ["Dr. Hj. Ika Puspitasari, S.E., M.M."]),
        ("IKA PUS", ["Dr. Hj. Ika Puspitasari, S.E., M.M."]),
        ("andre", ["André Wijaya"]),  # without the accent, through the name key
        ("19680411 1993", ["Dr. Hj. Ika Puspitasari, S.E., M.M."]),  # a NIP typed with spaces
        ("2022211", ["André Wijaya"]),
        ("lingkungan", ["André Wijaya"]),  # the unit's full name
        ("dishub", ["Budi Santoso"]),  # the unit's short name
        ("santoso dishub", ["Budi Santoso"]),  # every word must match
        ("bu", ["Budi Santoso"]),  # shorter than a trigram: LIKE
        ("zzz", []),
    ],
)
def test_substring_search_on_name_nip_and_unit(db, roster, typed, expected):
    assert names(db, roster, typed) == expected


def test_the_like_fallback_finds_the_same(db, roster, monkeypatch):
    monkeypatch.setattr(search_module, "_has_fts", lambda engine: False)
    assert names(db, roster, "puspita") == ["Dr. Hj. Ika Puspitasari, S.E., M.M."]
    assert names(db, roster, "19680411 1993") == ["Dr. Hj. Ika Puspitasari, S.E., M.M."]
    assert names(db, roster, "lingkungan") == ["André Wijaya"]


def test_index_follows_edits_and_unit_renames(db, roster, clock):
    with db.sessions() as s, s.begin():
        s.execute(
            update(Person)
            .where(Person.name == "Budi Santoso")
            .values(name="Budi Hartono", name_key="budi hartono")
        )
        s.execute(update(Unit).where(Unit.short_name == "DLH").values(short_name="DLHK"))
    assert names(db, roster, "hartono") == ["Budi Hartono"]
    assert names(db, roster, "santoso") == []
    assert names(db, roster, "dlhk") == ["André Wijaya"]


def test_scope_sort_and_status(db, roster, clock):
    with db.sessions() as s, s.begin():
        budi = s.scalar(select(Person.id).where(Person.name == "Budi Santoso"))
        s.execute(
            update(Registration).where(Registration.person_id == budi).values(checked_in_at=clock.now())
        )
    assert names(db, roster, scope=Scope.CHECKED_IN) == ["Budi Santoso"]
    assert names(db, roster, scope=Scope.NOT_CHECKED_IN) == [
        "André Wijaya",
        "Dr. Hj. Ika Puspitasari, S.E., M.M.",
    ]
    assert names(db, roster, sort=SortKey.NAME, descending=True)[0] == "Dr. Hj. Ika Puspitasari, S.E., M.M."
    by_unit = names(db, roster, sort=SortKey.UNIT)  # Dinkes PPKB, Dishub, DLH: case does not matter
    assert by_unit == ["Dr. Hj. Ika Puspitasari, S.E., M.M.", "Budi Santoso", "André Wijaya"]
    assert names(db, roster, sort=SortKey.STATUS, descending=True)[0] == "Budi Santoso"
    rows = fetch_rows(db, roster, search_ids(db, roster, RosterQuery()))
    assert {r.name: r.status for r in rows}["Budi Santoso"] is RegistrationStatus.CHECKED_IN
    assert rows[2].nip_display == "19680411 199303 2 009"
    counts = roster_counts(db, roster)
    assert (counts.people, counts.registered, counts.checked_in) == (3, 3, 1)
    assert names(db, None, scope=Scope.ALL) and names(db, None) == []


def test_search_terms():
    assert search_terms(" 19680411 199303 ") == ["19680411199303"]
    assert search_terms("Ika, S.E.") == ["ika", "s.e"]


def test_export_writes_what_the_table_shows_and_reimports_unchanged(db, roster, clock, tmp_path):
    out = tmp_path / "peserta.xlsx"
    assert export_xlsx(db, roster, RosterQuery(), out) == 3
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("No", "Nama", "NIP")
    assert rows[1][2] == "199005122022211001" and ws["C2"].number_format == "@"
    assert rows[1][8] == "Terdaftar"
    result = import_file(db, clock, out, roster, dry_run=True)
    assert (result.added, result.updated, result.unchanged, result.invalid) == (0, 0, 3, 0)
    assert read_roster(out).rows[0].unit == "Dinas Lingkungan Hidup"


def test_export_never_turns_a_name_into_a_formula(db, roster, tmp_path):
    with db.sessions() as session, session.begin():
        person = session.scalars(select(Person).where(Person.name == "Budi Santoso")).one()
        person.name = '=HYPERLINK("http://contoh.invalid","Budi")'  # as typed into an agency's sheet
    out = tmp_path / "peserta.xlsx"
    export_xlsx(db, roster, RosterQuery(), out)
    cells = [row[1] for row in load_workbook(out).active.iter_rows(min_row=2)]
    risky = next(c for c in cells if str(c.value).startswith("="))
    assert risky.data_type == "s" and risky.quotePrefix


@pytest.mark.parametrize("dense", [False, True])
def test_a_limited_search_gives_the_first_page_of_the_same_order(demo, monkeypatch, dense):
    if dense:  # as if many people matched: the name-index walk instead of sorting all matches
        monkeypatch.setattr(search_module, "DENSE_MATCHES", 1)
    for typed in ("an", "19", "ari", "santoso", "dinas", "dinas ari"):
        full = search_ids(demo.db, demo.event_id, RosterQuery(typed))
        assert full, typed
        assert search_ids(demo.db, demo.event_id, RosterQuery(typed), limit=5) == full[:5]


# At least one word of three letters: with only shorter words the index matches the start of
# the name or NIP instead (by design), where LIKE matches anywhere.
TYPED = (
    "ari",
    "santoso",
    "dinas",
    "dinas ari",
    "kecamatan",
    "badan wati",
    "din",
    "ari 19",
    "an dinas",
    "zzz ari",
)


@pytest.mark.parametrize("path", ["few", "many", "big units"])
def test_the_index_finds_what_a_plain_like_finds(demo, monkeypatch, path):
    """Words in a name, a NIP or a unit's name, alone or together: the index (each of its ways to
    run the query) finds the very people, in the same order, as LIKE over every column."""
    queries = [RosterQuery(t, scope, sort) for t in TYPED for scope, sort in
               [(Scope.EVENT, SortKey.NAME), (Scope.ALL, SortKey.UNIT), (Scope.NOT_CHECKED_IN, SortKey.NIP)]]  # fmt: skip
    with monkeypatch.context() as plain:
        plain.setattr(search_module, "_has_fts", lambda engine: False)
        expected = [search_ids(demo.db, demo.event_id, q) for q in queries]
    if path != "few":  # as if many people matched: the lists of ids, or the name-index walk
        monkeypatch.setattr(search_module, "DENSE_MATCHES", 1)
    if path == "big units":  # as if the units named held most of the city: tested row by row
        monkeypatch.setattr(search_module, "UNIT_LIST_MAX", 0)
    assert any(expected) and not all(expected)
    for query, want in zip(queries, expected, strict=True):
        assert search_ids(demo.db, demo.event_id, query) == want, query
        assert search_ids(demo.db, demo.event_id, query, limit=7) == want[:7], query


def test_a_person_found_by_name_and_by_unit_counts_once_on_the_way_to_the_limit(demo, monkeypatch):
    """Up to DENSE_MATCHES matches are fetched to hand to SQLite; a person matching a word both in
    the name and in the unit comes twice in that fetch, which must not pass for "all of them"."""
    for typed in ("din", "dinas", "kes", "ari"):
        with monkeypatch.context() as plain:
            plain.setattr(search_module, "_has_fts", lambda engine: False)
            want = search_ids(demo.db, demo.event_id, RosterQuery(typed))
        assert want, typed
        for few in range(1, len(want) + 2):
            monkeypatch.setattr(search_module, "DENSE_MATCHES", few)
            assert search_ids(demo.db, demo.event_id, RosterQuery(typed)) == want, (typed, few)
            assert search_ids(demo.db, demo.event_id, RosterQuery(typed), limit=9) == want[:9], (typed, few)


def test_a_database_of_the_previous_release_is_searched_by_unit_after_its_upgrade(tmp_path):
    """0003 rebuilds the index without the unit text: people come back by name, NIP and unit."""
    from alembic import command
    from sqlalchemy import text

    from asn_event.db import open_database
    from asn_event.db.engine import make_engine, to_url
    from asn_event.db.migrate import alembic_config

    path = tmp_path / "lama.sqlite"
    engine = make_engine(to_url(path))
    command.upgrade(alembic_config(engine), "0002_roster_fts")  # the index with the unit in every row
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO unit (id, name, short_name, aliases) VALUES (1, 'Dinas Perhubungan', 'Dishub', '[]')"
            )
        )
        conn.execute(text("INSERT INTO person (name, name_key, nip, employment, rank, position, sex, phone, unit_id, created_at, updated_at) "
                          "VALUES ('Budi Santoso', 'budi santoso', '199005122022211001', 'PNS', '', '', NULL, '', 1, '2025-01-01', '2025-01-01')"))  # fmt: skip
    engine.dispose()

    db = open_database(path)
    try:
        for typed in ("santoso", "2022211", "dishub", "perhubungan", "budi dishub"):
            assert len(search_ids(db, None, RosterQuery(typed, Scope.ALL))) == 1, typed
        assert search_ids(db, None, RosterQuery("santoso perhubungan dlh", Scope.ALL)) == []
        with db.engine.connect() as conn:
            columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(person_fts)")]
        assert columns == ["name", "name_key", "nip"]
    finally:
        db.dispose()
