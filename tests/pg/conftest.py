"""PostgreSQL fixtures: a fresh database per test on the server named by ``ASN_EVENT_TEST_PG_URL``.

The variable holds a SQLAlchemy URL of a server where the user may create databases, e.g.
``postgresql+psycopg://asn@/postgres?host=/tmp/asn-pg`` (``tools/pg_test_server.sh start`` starts a
throwaway server and prints it; ``.ci/run`` does so). Without it every test here is skipped.

Each test gets a database of its own (``CREATE DATABASE``), dropped after the test. The demo event
is built once into a template database; a test's copy is ``CREATE DATABASE ... TEMPLATE``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from asn_event.clock import FakeClock
from asn_event.db import Database, open_database

ENV = "ASN_EVENT_TEST_PG_URL"
SKIP_REASON = (
    f"PostgreSQL tests need {ENV} (a SQLAlchemy URL of a server where databases may be created); "
    'start one with: eval "$(tools/pg_test_server.sh start /tmp/asn-pg)"'
)
DEMO_PARTICIPANTS = 200
DEMO_START = datetime(2025, 11, 17, 1, 30, tzinfo=UTC)  # as tests/conftest.py: 08.30 WIB


@dataclass(frozen=True)
class PgDemo:
    db: Database
    event_id: int
    url: str  # as the command line takes it (--db)


def _admin_url() -> URL:
    value = os.environ.get(ENV, "").strip()
    if not value:
        pytest.skip(SKIP_REASON)
    return make_url(value)


def _admin(statement: str) -> None:
    engine = create_engine(_admin_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _create(template: str | None = None) -> URL:
    name = f"asn_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return _admin_url().set(database=name)


def _drop(url: URL) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[URL]:
    """The URL of a new, empty database (no tables), dropped after the test."""
    url = _create()
    yield url
    _drop(url)


@pytest.fixture
def pg_db(pg_url: URL) -> Iterator[Database]:
    """A new database with the schema migrated to head."""
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _pg_demo_template() -> Iterator[tuple[URL, int]]:
    from asn_event.demo import create_demo

    url = _create()
    database = open_database(url)
    event_id = create_demo(database, FakeClock(DEMO_START), participants=DEMO_PARTICIPANTS)
    database.dispose()  # a template database must have no connections when it is copied
    yield url, event_id
    _drop(url)


@pytest.fixture
def pg_demo(_pg_demo_template: tuple[URL, int]) -> Iterator[PgDemo]:
    """A database of its own holding the demo event (200 invented participants, nobody checked in)."""
    template, event_id = _pg_demo_template
    url = _create(template=template.database)
    database = open_database(url)
    yield PgDemo(database, event_id, url.render_as_string(hide_password=False))
    database.dispose()
    _drop(url)
