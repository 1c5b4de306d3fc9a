"""roster search: the FTS5 trigram index holds name, name key and NIP; units are matched on their own table

Revision ID: 0003_roster_fts_without_unit
Revises: 0002_roster_fts
Create Date: 2026-11-29 20:30:00

The index of ``0002_roster_fts`` repeated each person's unit text ("Kecamatan Magersari ...") in
every person's row. A unit word then had a posting for most of the city: "kecamatan" took 4 ms to
read at 100,000 people, half of every such keystroke, and renaming a unit rewrote the index row
of every person in it. The unit table is small: the search now matches a word against it and
keeps the people of the units found (``asn_event.roster.search``), and the index is half the size.
"""

from __future__ import annotations

from alembic import op

revision = "0003_roster_fts_without_unit"
down_revision = "0002_roster_fts"
branch_labels = None
depends_on = None

OLD_TRIGGERS = ("insert", "update", "delete", "unit_update", "unit_delete")

STATEMENTS = [
    "CREATE VIRTUAL TABLE person_fts USING fts5(name, name_key, nip, tokenize='trigram')",
    """INSERT INTO person_fts(rowid, name, name_key, nip)
        SELECT p.id, p.name, p.name_key, coalesce(p.nip, '') FROM person p""",
    """CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, name, name_key, nip)
        VALUES (new.id, new.name, new.name_key, coalesce(new.nip, ''));
    END""",
    """CREATE TRIGGER person_fts_update AFTER UPDATE OF name, name_key, nip ON person BEGIN
        UPDATE person_fts SET name = new.name, name_key = new.name_key, nip = coalesce(new.nip, '')
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_fts WHERE rowid = old.id;
    END""",
]


def _drop() -> None:
    for trigger in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS person_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    from importlib import import_module

    previous = import_module("asn_event.db.migrations.versions.0002_roster_fts")
    _drop()
    for statement in previous.STATEMENTS:
        op.execute(statement)
