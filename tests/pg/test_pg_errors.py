"""On a real PostgreSQL server, a row another desk holds too long is 'busy', and a lost session is 'connection lost'."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from asn_event.domain import Busy, ConnectionLost

pytest.importorskip("psycopg", reason="the PostgreSQL driver is not installed (pip install '.[postgres]')")


def test_a_lock_held_by_another_desk_is_busy_and_a_killed_session_is_a_lost_connection(pg_db) -> None:  # type: ignore[no-untyped-def]
    with pg_db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE desk_probe (id int primary key)"))
        conn.execute(text("INSERT INTO desk_probe VALUES (1)"))
    with pg_db.engine.connect() as holder:
        holder.begin()
        holder.execute(text("SELECT id FROM desk_probe WHERE id = 1 FOR UPDATE"))  # the other desk
        with pytest.raises(Busy), pg_db.engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = '200ms'"))
            conn.execute(text("UPDATE desk_probe SET id = 1 WHERE id = 1"))
        holder.rollback()
    with pg_db.engine.connect() as victim:
        pid = victim.execute(text("SELECT pg_backend_pid()")).scalar()
        with pg_db.engine.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(ConnectionLost) as lost:
            victim.execute(text("SELECT 1"))
    assert lost.value.params["server"]
