"""roster search: an FTS5 trigram index over person name, name key, NIP and unit (SQLite only)

Revision ID: 0002_roster_fts
Revises: 0001
Create Date: 2026-11-23 18:40:00

The index answers "contains this text" searches as you type in well under a millisecond at
100,000 people, where a LIKE scan takes tens. Triggers keep it in step with ``person`` and
``unit``; other backends search with LIKE and get no index (``asn_event.roster.search``).
"""

from __future__ import annotations

from alembic import op

revision = "0002_roster_fts"
down_revision = "0001"
branch_labels = None
depends_on = None

_UNIT_TEXT = "(SELECT u.short_name || ' ' || u.name FROM unit u WHERE u.id = {ref}.unit_id)"

STATEMENTS = [
    "CREATE VIRTUAL TABLE person_fts USING fts5(name, name_key, nip, unit, tokenize='trigram')",
    f"""INSERT INTO person_fts(rowid, name, name_key, nip, unit)
        SELECT p.id, p.name, p.name_key, coalesce(p.nip, ''), coalesce({_UNIT_TEXT.format(ref='p')}, '')
        FROM person p""",
    f"""CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_fts(rowid, name, name_key, nip, unit)
        VALUES (new.id, new.name, new.name_key, coalesce(new.nip, ''), coalesce({_UNIT_TEXT.format(ref='new')}, ''));
    END""",
    f"""CREATE TRIGGER person_fts_update AFTER UPDATE OF name, name_key, nip, unit_id ON person BEGIN
        UPDATE person_fts SET name = new.name, name_key = new.name_key, nip = coalesce(new.nip, ''),
            unit = coalesce({_UNIT_TEXT.format(ref='new')}, '')
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER person_fts_unit_update AFTER UPDATE OF name, short_name ON unit BEGIN
        UPDATE person_fts SET unit = new.short_name || ' ' || new.name
        WHERE rowid IN (SELECT id FROM person WHERE unit_id = new.id);
    END""",
    """CREATE TRIGGER person_fts_unit_delete BEFORE DELETE ON unit BEGIN
        UPDATE person_fts SET unit = '' WHERE rowid IN (SELECT id FROM person WHERE unit_id = old.id);
    END""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "update", "delete", "unit_update", "unit_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS person_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS person_fts")
