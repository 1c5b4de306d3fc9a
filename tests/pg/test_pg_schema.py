"""PostgreSQL: the schema from an empty database, equal to the models, opened again without change."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from asn_event.db import open_database
from asn_event.db.engine import SCHEMA_HEAD, current_revision
from asn_event.db.models import DERIVED_TABLES, Base, include_in_autogenerate


def test_migrations_build_every_model_table_from_an_empty_database(pg_url) -> None:  # type: ignore[no-untyped-def]
    db = open_database(pg_url)
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) | {"alembic_version"} == tables
        assert not tables & DERIVED_TABLES  # 0002_roster_fts is SQLite's FTS5 index: nothing here
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            assert conn.execute(text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")).scalar() == 0
        assert db.display_name.startswith("postgresql+psycopg://")
    finally:
        db.dispose()

    again = open_database(pg_url)  # already current: opened as it is
    try:
        assert current_revision(again.engine) == SCHEMA_HEAD
    finally:
        again.dispose()


def test_migrated_schema_matches_the_models(pg_db) -> None:  # type: ignore[no-untyped-def]
    with pg_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": include_in_autogenerate, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_timestamps_are_stored_with_their_time_zone(pg_db) -> None:  # type: ignore[no-untyped-def]
    columns = {c["name"]: c["type"] for c in inspect(pg_db.engine).get_columns("registration")}
    assert columns["checked_in_at"].timezone is True
