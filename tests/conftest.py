"""Shared fixtures: a fake clock, a migrated temporary database per test, the demo event, Qt offscreen.

Migrating a database with Alembic takes about half a second, so each test gets a copy of a
template file migrated once per session (and a demo template seeded once), not a new migration.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from asn_event.clock import FakeClock
from asn_event.context import AppContext
from asn_event.db import Database, open_database

# 08.30 WIB on Monday 17 November 2025, before the doors open.
DEMO_START = datetime(2025, 11, 17, 1, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Demo:
    db: Database
    event_id: int
    path: Path


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests under tests/ui are Qt tests: mark them, so `-m "not qt"` runs the core alone."""
    for item in items:
        if "/tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt)


@pytest.fixture(autouse=True)
def indonesian_numbers() -> None:
    """Every test starts where the program starts: Indonesian dates and numbers ("4,11"), whatever
    the tester's system locale is or the language an earlier test switched to."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Indonesian))


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (automatic backups, crash logs) of a test is a temporary one, never the
    tester's own: ``platformdirs`` reads XDG_DATA_HOME (Linux) at each call."""
    home = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def damage_pages(path: Path) -> None:
    """Overwrite pages in the middle of a database file, as a failing disk or a pulled stick does."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 2, size - 4096, 4096 * 3):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * 256)


def damage_person_table(path: Path) -> None:
    """Break only the root page of the ``person`` table: the file still opens, the check finds it."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        root, page_size = (
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0],
            conn.execute("PRAGMA page_size").fetchone()[0],
        )
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)


@pytest.fixture
def damage():  # type: ignore[no-untyped-def]
    """:func:`damage_pages`, for tests of damaged databases."""
    return damage_pages


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DEMO_START)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).dispose()
    return path


@pytest.fixture(scope="session")
def _template_demo(tmp_path_factory: pytest.TempPathFactory, _template_db: Path) -> tuple[Path, int]:
    from asn_event.demo import create_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    shutil.copy(_template_db, path)
    db = open_database(path)
    event_id = create_demo(db, FakeClock(DEMO_START), participants=150)
    db.dispose()  # closing the last connection checkpoints the WAL into the file we copy
    return path, event_id


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    path = tmp_path / "event.sqlite"
    shutil.copy(_template_db, path)
    return path


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def demo(tmp_path: Path, _template_demo: tuple[Path, int]):  # type: ignore[no-untyped-def]
    """A database holding the demo event (150 invented participants, nobody checked in)."""
    template, event_id = _template_demo
    path = tmp_path / "demo.sqlite"
    shutil.copy(template, path)
    database = open_database(path)
    yield Demo(database, event_id, path)
    database.dispose()


@pytest.fixture
def ctx(demo: Demo, clock: FakeClock) -> AppContext:
    return AppContext(db=demo.db, clock=clock, desk="Meja 1", staff="Tester")


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Settings in a temporary INI file (never the user's real settings)."""
    from PySide6.QtCore import QSettings

    from asn_event.ui.shell.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def damage_table():  # type: ignore[no-untyped-def]
    """:func:`damage_person_table`: a database that opens, with a damaged table inside."""
    return damage_person_table
