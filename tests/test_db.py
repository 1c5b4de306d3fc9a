"""The database: schema from an empty file, the once-per-event rule, bad files refused untouched."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from asn_event.db import open_database
from asn_event.db.engine import KNOWN_REVISIONS, SCHEMA_HEAD
from asn_event.db.errors import DatabaseCorrupt, DatabaseMissing, DatabaseReadOnly, DatabaseTooNew
from asn_event.db.models import Base, Person, Registration, include_in_autogenerate
from asn_event.words import error_text


def test_migrations_build_every_model_table_from_an_empty_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_schema_head_matches_the_newest_migration() -> None:
    from asn_event.db.migrate import head_revision

    assert head_revision() == SCHEMA_HEAD
    assert SCHEMA_HEAD in KNOWN_REVISIONS


def test_migrated_schema_matches_the_models(db) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_in_autogenerate})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_person_is_registered_and_checked_in_at_most_once_per_event(demo, clock) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        registration = session.scalars(select(Registration).limit(1)).one()
        session.add(
            Registration(
                event_id=registration.event_id,
                person_id=registration.person_id,
                registered_at=clock.now(),
                checked_in_at=clock.now(),
            )
        )
        with pytest.raises(IntegrityError):
            session.commit()


def test_nip_is_unique_when_present(demo, clock) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        nip = session.scalar(select(Person.nip).where(Person.nip.is_not(None)).limit(1))
        session.add(
            Person(
                name="Orang Lain",
                name_key="orang lain",
                nip=nip,
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
        with pytest.raises(IntegrityError):
            session.commit()


def test_timestamps_come_back_timezone_aware(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session:
        registration = session.scalars(select(Registration).limit(1)).one()
        assert registration.registered_at.tzinfo is not None


def test_missing_file_is_refused_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing) as caught:
        open_database(tmp_path / "nope.sqlite", create=False)
    assert "tidak ditemukan" in error_text(caught.value)
    assert not (tmp_path / "nope.sqlite").exists()


def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Rapat koordinasi pukul 09.00\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(path)
    assert "rusak" in error_text(caught.value)
    assert path.read_bytes() == before


def test_a_database_of_a_newer_version_is_refused_and_not_changed(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path)
    assert "lebih baru" in error_text(caught.value)
    assert db_path.read_bytes() == before


def test_read_only_check_uses_the_file_mode(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(db_path) else real_access(p, mode)
    )
    with pytest.raises(DatabaseReadOnly) as caught:
        open_database(db_path)
    assert "hanya bisa dibaca" in error_text(caught.value)


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from asn_event.db.engine import make_engine, to_url
    from asn_event.db.migrate import alembic_config

    path = tmp_path / "lama.sqlite"
    engine = make_engine(to_url(path))
    command.upgrade(alembic_config(engine), "0001")  # a database of the first release
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO unit (name, short_name, aliases) VALUES ('BKPSDM', 'BKPSDM', '[]')"))
    engine.dispose()

    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert conn.execute(text("SELECT name FROM unit")).scalar() == "BKPSDM"
    db.dispose()
    backups = list(tmp_path.glob(f"lama.*.before-{SCHEMA_HEAD}.sqlite"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as copy:  # read as it is: opening would upgrade it
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert copy.execute("SELECT name FROM unit").fetchone()[0] == "BKPSDM"


def test_reading_never_waits_for_a_desk_that_is_writing(demo) -> None:  # type: ignore[no-untyped-def]
    """Another desk holds the write lock (a long import commit): searches, counts and the event
    list still answer from a consistent snapshot instead of waiting for it."""
    import threading

    from asn_event import events
    from asn_event.checkin.attendance import attendance
    from asn_event.roster.search import roster_counts

    writer = sqlite3.connect(demo.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE person SET position = 'Sedang diubah' WHERE id = 1")
    answers: list[object] = []

    def read() -> None:
        answers.append(events.get_event(demo.db, demo.event_id).registered)
        answers.append(roster_counts(demo.db, demo.event_id))
        answers.append(attendance(demo.db, demo.event_id))

    reader = threading.Thread(target=read)
    reader.start()
    reader.join(timeout=10)  # the busy timeout is 15 s: a reader waiting on the lock would still be here
    finished = not reader.is_alive()
    writer.execute("ROLLBACK")
    writer.close()
    reader.join()
    assert finished
    assert answers[0] == 150 and len(answers) == 3


def test_a_failed_upgrade_leaves_the_database_and_no_copy(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue #11: every failed upgrade used to leave another full copy next to the database."""
    from alembic import command

    from asn_event.db import engine as db_engine
    from asn_event.db.engine import make_engine, to_url
    from asn_event.db.migrate import alembic_config

    path = tmp_path / "lama.sqlite"
    engine = make_engine(to_url(path))
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    before = path.read_bytes()

    def broken(engine):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(db_engine, "upgrade", broken)
    for _attempt in range(3):
        with pytest.raises(OSError):
            open_database(path)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["lama.sqlite"]
    assert path.read_bytes() == before
