"""Importing a roster into an event: preview counts, one transaction, idempotent re-import."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from asn_event.db.errors import NotFound
from asn_event.db.models import Person, Registration, Unit
from asn_event.progress import Cancelled, Progress
from asn_event.roster.importer import Outcome, commit_import, import_file, plan_import, read_roster
from asn_event.roster.samples import sample_rows, with_mistakes, write_xlsx

HEADERS = ["No", "Nama", "NIP", "Jabatan", "Unit Kerja"]
IKA = [1, "Dr. Hj. Ika Puspitasari, S.E., M.M.", "19680411 199303 2 009", "Kepala Bidang", "Dinkes PPKB"]
BUDI = [2, "Budi Santoso", "199005122022211001", "Pranata Komputer", "Diskominfo"]
JOKO = [3, "Joko Susilo", "", "Pengemudi", "Dishub"]


def counts(db, event_id):
    with db.sessions() as s:
        people = s.scalar(select(func.count(Person.id)))
        registered = s.scalar(select(func.count(Registration.id)).where(Registration.event_id == event_id))
    return people, registered


def test_preview_writes_nothing_then_commit_writes_and_reimport_changes_nothing(demo, clock, tmp_path):
    path = write_xlsx(
        tmp_path / "dinas.xlsx", [IKA, BUDI, JOKO, [4, "", "19680411 199313 1 009", "", "DLH"]], HEADERS
    )
    before = counts(demo.db, demo.event_id)
    parsed = read_roster(path, clock=clock)
    preview = plan_import(demo.db, demo.event_id, parsed)
    assert (preview.added, preview.updated, preview.unchanged, preview.invalid) == (3, 0, 0, 1)
    assert preview.errors[0].row == 5 and not preview.committed
    assert counts(demo.db, demo.event_id) == before

    done = commit_import(demo.db, clock, demo.event_id, parsed)
    assert (done.added, done.invalid, done.registered) == (3, 1, 3)
    assert counts(demo.db, demo.event_id) == (before[0] + 3, before[1] + 3)
    with demo.db.sessions() as s:
        ika = s.scalars(select(Person).where(Person.nip == "196804111993032009")).one()
        assert ika.name == IKA[1] and ika.name_key == "ika puspitasari" and ika.sex == "P"
        assert ika.unit is not None and ika.unit.short_name == "Dinkes PPKB"

    again = import_file(demo.db, clock, path, demo.event_id)
    assert (again.added, again.updated, again.unchanged, again.invalid, again.registered) == (0, 0, 3, 1, 0)
    assert counts(demo.db, demo.event_id) == (before[0] + 3, before[1] + 3)


def test_changed_rows_are_updates_matched_by_nip_else_name_and_unit(demo, clock, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", [IKA, BUDI, JOKO], HEADERS)
    import_file(demo.db, clock, first, demo.event_id)
    ika = [1, "Ika Puspitasari", "196804111993032009", "Sekretaris Dinas", "Dinas Kesehatan P2KB"]
    joko = [3, "JOKO SUSILO", "", "Pengemudi", "Dinas Perhubungan"]  # no NIP: name + unit
    second = write_xlsx(tmp_path / "b.xlsx", [ika, BUDI, joko], HEADERS)
    result = import_file(demo.db, clock, second, demo.event_id, dry_run=True)
    by_row = {r.row: r for r in result.rows}
    assert by_row[2].outcome is Outcome.UPDATED and set(by_row[2].changes) == {"nama", "jabatan"}
    assert by_row[3].outcome is Outcome.UNCHANGED
    assert by_row[4].outcome is Outcome.UPDATED and by_row[4].changes == ("nama",)
    import_file(demo.db, clock, second, demo.event_id)
    with demo.db.sessions() as s:
        assert s.scalar(select(func.count(Person.id)).where(Person.name_key == "joko susilo")) == 1


def test_registrations_go_to_the_chosen_event(demo, clock, tmp_path):
    from asn_event.events import EventDraft, create_event

    path = write_xlsx(tmp_path / "a.xlsx", [IKA, BUDI], HEADERS)
    import_file(demo.db, clock, path, demo.event_id)
    other = create_event(demo.db, clock, EventDraft(title="Sesi 2", date=clock.now().date(),
                                                   start_time=clock.now().time(), venue="Aula"))  # fmt: skip
    result = import_file(demo.db, clock, path, other.id)
    assert (result.added, result.unchanged, result.registered) == (0, 2, 2)
    assert counts(demo.db, other.id)[1] == 2
    with pytest.raises(NotFound):
        import_file(demo.db, clock, path, 9999)


def test_duplicates_across_files_match_the_same_person(demo, clock, tmp_path):
    import_file(demo.db, clock, write_xlsx(tmp_path / "a.xlsx", [IKA, JOKO], HEADERS), demo.event_id)
    # Another agency's sheet lists the same people, one with a NIP and one without a unit.
    rows = [[1, "Ika Puspitasari, S.E.", "196804111993032009", "", ""], [2, "Joko Susilo", "", "", "Dishub"]]
    result = import_file(demo.db, clock, write_xlsx(tmp_path / "b.xlsx", rows, HEADERS), demo.event_id)
    assert (result.added, result.invalid) == (0, 0)


def test_two_rows_for_one_stored_person_are_a_duplicate(demo, clock, tmp_path):
    import_file(demo.db, clock, write_xlsx(tmp_path / "a.xlsx", [JOKO], HEADERS), demo.event_id)
    rows = [
        [1, "Joko Susilo", "196804111993031009", "", "Dishub"],
        [2, "Joko Susilo", "", "", "Dinas Perhubungan"],
    ]
    result = import_file(
        demo.db, clock, write_xlsx(tmp_path / "b.xlsx", rows, HEADERS), demo.event_id, dry_run=True
    )
    assert result.invalid == 1 and "ganda" in result.errors[0].reason


def test_unknown_units_are_proposed_and_created_only_when_asked(demo, clock, tmp_path):
    rows = [[1, "Rina", "", "", "UPT Puskesmas Kedundung"], [2, "Sari", "", "", "UPT Puskesmas Kedundung"]]
    path = write_xlsx(tmp_path / "a.xlsx", rows, HEADERS)
    with demo.db.sessions() as s:
        units_before = s.scalar(select(func.count(Unit.id)))
    result = import_file(demo.db, clock, path, demo.event_id)
    assert [(p.text, p.rows) for p in result.new_units] == [("UPT Puskesmas Kedundung", 2)]
    with demo.db.sessions() as s:
        assert s.scalar(select(func.count(Unit.id))) == units_before
        assert s.scalars(select(Person.unit_id).where(Person.name == "Rina")).one() is None
    again = import_file(demo.db, clock, path, demo.event_id, create_units=True)
    assert again.updated == 2 and again.added == 0
    with demo.db.sessions() as s:
        unit = s.scalars(select(Unit).where(Unit.name == "UPT Puskesmas Kedundung")).one()
        assert s.scalar(select(func.count(Person.id)).where(Person.unit_id == unit.id)) == 2


def test_sheet_named_after_an_agency_gives_the_unit(demo, clock, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx", [[1, "Rina Marlina", "", ""]], ["No", "Nama", "NIP", "Jabatan"], sheet="Dishub"
    )
    import_file(demo.db, clock, path, demo.event_id)
    with demo.db.sessions() as s:
        person = s.scalars(select(Person).where(Person.name == "Rina Marlina")).one()
        assert person.unit is not None and person.unit.short_name == "Dishub"


def test_cancel_during_commit_writes_nothing(demo, clock, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", sample_rows(300))
    before = counts(demo.db, demo.event_id)
    # Cancelled after every row was written, before the transaction ends.
    progress = Progress(lambda d, t, text: progress.cancel() if text == "Menyelesaikan" else None)
    parsed = read_roster(path, clock=clock)
    with pytest.raises(Cancelled):
        commit_import(demo.db, clock, demo.event_id, parsed, progress=progress)
    assert counts(demo.db, demo.event_id) == before


def test_sample_with_mistakes_shows_each_in_the_preview(demo, clock, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", with_mistakes(sample_rows(20)))
    result = import_file(demo.db, clock, path, demo.event_id, dry_run=True)
    assert [e.row for e in result.errors] == [3, 4, 5, 6, 7]
    assert result.valid == 15
    assert result.to_json()["invalid"] == 5 and set(result.to_json()) == {
        "added",
        "updated",
        "unchanged",
        "invalid",
        "errors",
    }
