"""Backups that are whole, a restore that is all or nothing, and a damaged database never opened as new."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from asn_event import backups
from asn_event.checkin.service import CheckinDesk
from asn_event.cli import main
from asn_event.db import open_database
from asn_event.db.backup import copy_verified, inspect_copy, table_digests
from asn_event.db.errors import DatabaseCorrupt, DatabaseDamaged, DatabaseError, DatabaseTooNew
from asn_event.words import error_text


def check_in_some(demo, clock, count: int) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from asn_event.db.models import Registration

    with demo.db.sessions() as session:
        ids = session.scalars(
            select(Registration.id).where(Registration.event_id == demo.event_id).order_by(Registration.id)
        ).all()
    desk = CheckinDesk(demo.db, clock, demo.event_id, desk="Meja 2")
    for rid in ids[:count]:
        desk.check_in(rid)


def checkpointed(demo) -> Path:  # type: ignore[no-untyped-def]
    demo.db.dispose()  # the last connection folds the WAL into the file
    return demo.path


def test_a_path_with_hash_and_question_mark_gives_a_whole_backup(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Kegiatan #3"
    folder.mkdir()
    db = folder / "acara #2?.sqlite"
    assert main(["demo", "--db", str(db), "--participants", "25"]) == 0
    out = folder / "cadangan #1.sqlite"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert "25 pendaftaran" in capsys.readouterr().out
    assert inspect_copy(out).registrations == 25
    assert table_digests(out) == table_digests(db)
    stray = {p.name for p in folder.iterdir()} - {"cadangan #1.sqlite"} - {f"acara #2?.sqlite{s}" for s in ("", "-wal", "-shm")}
    assert stray == set()  # no file cut at the "#" (the old bug left an empty "acara ")


def test_the_copy_made_before_an_upgrade_is_whole_in_a_folder_with_a_hash(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    from asn_event.db.engine import SCHEMA_HEAD, make_engine, to_url
    from asn_event.db.migrate import alembic_config

    folder = tmp_path / "Kegiatan #3"
    folder.mkdir()
    path = folder / "lama.sqlite"
    engine = make_engine(to_url(path))
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO unit (name, short_name, aliases) VALUES ('BKPSDM', 'BKPSDM', '[]')"))
    engine.dispose()
    open_database(path).dispose()
    (copy,) = folder.glob(f"lama.*.before-{SCHEMA_HEAD}.sqlite")
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT name FROM unit").fetchall() == [("BKPSDM",)]


def test_a_copy_that_fails_its_check_is_not_reported_nor_left_behind(
    demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import asn_event.db.backup as backup_module

    real = backup_module._copy_pages

    def torn_copy(source: sqlite3.Connection, partial: Path) -> None:
        real(source, partial)
        with partial.open("r+b") as handle:  # a write that never reached the disk whole
            handle.truncate(partial.stat().st_size // 2)

    monkeypatch.setattr(backup_module, "_copy_pages", torn_copy)
    out = tmp_path / "out" / "copy.sqlite"
    with pytest.raises(DatabaseError) as caught:
        copy_verified(demo.path, out)
    assert "Cadangan gagal" in error_text(caught.value)
    assert list(out.parent.iterdir()) == []


def test_backup_then_restore_gives_back_every_table_exactly(demo, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    check_in_some(demo, clock, 30)
    folder = tmp_path / "backups"
    made, problem = backups.make_backup(demo.path, folder=folder)
    assert problem is None and made.checked_in == 30
    path = checkpointed(demo)
    expected = table_digests(path)
    assert table_digests(made.path) == expected

    from asn_event import events

    db = open_database(path)
    events.delete_event(db, demo.event_id)  # the clerk deletes the wrong event
    db.dispose()
    assert table_digests(path) != expected

    restored, kept = backups.restore(made.path, path, folder=folder)
    assert restored.checked_in == 30
    assert table_digests(path) == expected
    assert kept is not None and inspect_copy(kept).events == 0  # the state before the restore is kept
    db = open_database(path)  # opens normally, in WAL mode again
    assert [e.id for e in events.list_events(db)] == [demo.event_id]
    db.dispose()


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]), id="truncated"),
        pytest.param(lambda p: p.write_bytes(b"%PDF-1.7\n" + b"x" * 5000), id="not-sqlite"),
        pytest.param(None, id="damaged-pages"),  # the damage fixture
        pytest.param(
            lambda p: sqlite3.connect(p).execute("UPDATE alembic_version SET version_num='0099_future'").connection.commit(),
            id="newer-schema",
        ),
        pytest.param(
            lambda p: (p.unlink(), sqlite3.connect(p).execute("CREATE TABLE notes(x)").connection.commit()),
            id="other-program",
        ),
    ],
)
def test_restore_of_a_bad_file_is_refused_and_the_database_untouched(demo, tmp_path: Path, spoil, damage) -> None:  # type: ignore[no-untyped-def]
    path = checkpointed(demo)
    bad = tmp_path / "bad.sqlite"
    shutil.copy(path, bad)
    (spoil or damage)(bad)
    before = path.read_bytes()
    with pytest.raises((DatabaseCorrupt, DatabaseTooNew)):
        backups.restore(bad, path, folder=tmp_path / "backups")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").iterdir()) == []


def test_restore_while_another_desk_has_the_database_open_is_refused(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    made, _ = backups.make_backup(demo.path, folder=folder)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('select count(*) from event').fetchall();"
            " print('open', flush=True); sys.stdin.read()",
            str(demo.path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        demo.db.dispose()
        before = table_digests(demo.path)
        with pytest.raises(backups.DatabaseInUse) as caught:
            backups.restore(made.path, demo.path, folder=folder)
        assert "sedang dibuka program lain" in error_text(caught.value)
        assert table_digests(demo.path) == before
    finally:
        child.communicate("")


def test_rotation_keeps_the_last_twelve_and_one_per_day_for_thirty_days(tmp_path: Path, demo) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    now = datetime(2025, 11, 17, 8, 0, tzinfo=UTC)
    path = checkpointed(demo)
    template, _ = backups.make_backup(path, folder=folder, now=now - timedelta(days=60))
    made = [template.path]
    for hours in range(1, 24 * 40, 7):  # one every 7 hours, going back 40 days
        when = now - timedelta(hours=hours)
        target = folder / f"{path.stem}.{when:%Y-%m-%d-%H%M%S}.auto.sqlite"
        shutil.copy(template.path, target)
        made.append(target)
    stranger = folder / "catatan.txt"
    stranger.write_text("bukan cadangan")
    backups.rotate(folder, path.stem, now=now)
    left = backups.list_backups(path, folders=[folder], verify=False)
    times = [entry.made_at for entry in left]
    newest = sorted((p for p in made), key=lambda p: p.name, reverse=True)[:12]
    assert {e.path for e in left} >= set(newest)
    days = {t.date() for t in times if now - t <= timedelta(days=30)}
    assert len(days) >= 30  # every one of the last 30 days still has its last backup
    assert all(now - t <= timedelta(days=31) for t in times)  # older ones are gone
    per_day_old = [t for t in times if t not in {e.made_at for e in left[:12]}]
    assert len(per_day_old) == len({t.date() for t in per_day_old})
    assert stranger.exists()


def test_a_usb_folder_that_disappeared_does_not_undo_the_backup(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "media" / "FLASHDISK"
    made, problem = backups.make_backup(demo.path, folder=tmp_path / "backups", mirror=usb)
    assert made.path.exists() and inspect_copy(made.path).registrations == 150
    assert problem is not None and "FLASHDISK" in error_text(problem) and "\n" not in error_text(problem)
    usb.mkdir(parents=True)
    made, problem = backups.make_backup(
        demo.path, folder=tmp_path / "backups", mirror=usb, now=datetime.now(UTC) + timedelta(seconds=5)
    )
    assert problem is None and inspect_copy(usb / made.path.name).registrations == 150


def test_a_damaged_database_is_never_opened_and_names_the_newest_good_backup(demo, data_home: Path, damage) -> None:  # type: ignore[no-untyped-def]
    older, _ = backups.make_backup(demo.path, now=datetime(2025, 11, 17, 1, 0, tzinfo=UTC))
    newer, _ = backups.make_backup(demo.path, now=datetime(2025, 11, 17, 2, 0, tzinfo=UTC))
    damage(newer.path)  # the newest backup is damaged too: the one before it is offered
    path = checkpointed(demo)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        backups.open_database(path)  # the open path that names the backup
    assert caught.value.backup is not None and caught.value.backup.path == older.path
    assert str(older.path) in error_text(caught.value)
    assert path.read_bytes() == before

    result = subprocess.run(
        [sys.executable, "-m", "asn_event", "events", "--db", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        timeout=120,
    )
    assert result.returncode == 2
    assert "rusak" in result.stderr and str(older.path) in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_cli_restore_and_backups_list(demo, clock, capsys, damage) -> None:  # type: ignore[no-untyped-def]
    check_in_some(demo, clock, 7)
    made, _ = backups.make_backup(demo.path)
    path = checkpointed(demo)
    assert main(["backups", "--db", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["path"] == str(made.path) and listed[0]["checked_in"] == 7 and listed[0]["good"]
    assert listed[0]["events"] == 1 and listed[0]["size"] == made.size

    before = path.read_bytes()
    assert main(["restore", str(made.path), "--db", str(path)]) == 2  # without --force: nothing replaced
    assert "--force" in capsys.readouterr().err
    assert path.read_bytes() == before
    damage(path)
    assert main(["restore", str(made.path), "--db", str(path), "--force"]) == 0
    assert "Dipulihkan" in capsys.readouterr().out
    assert inspect_copy(path).checked_in == 7
    assert any(entry.label == "damaged" for entry in backups.list_backups(path, verify=False))


def test_risky_actions_keep_a_verified_copy_of_the_state_before_them(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from asn_event import events
    from asn_event.roster.samples import write_xlsx

    sheet = write_xlsx(tmp_path / "p.xlsx", [[1, "Joko Susilo", "", "Dishub"]], ["No", "Nama", "NIP", "Unit Kerja"])
    assert main(["import", str(sheet), "--event", str(demo.event_id), "--db", str(demo.path)]) == 0
    events.delete_event(demo.db, demo.event_id)
    by_label = {entry.label: entry for entry in backups.list_backups(demo.path)}
    assert by_label["before-import"].info is not None and by_label["before-import"].info.registrations == 150
    assert by_label["before-delete"].info is not None and by_label["before-delete"].info.registrations == 151
    assert by_label["before-delete"].info.events == 1


def test_a_damage_inside_a_table_is_found_by_the_check_at_open(demo, damage_table) -> None:  # type: ignore[no-untyped-def]
    made, _ = backups.make_backup(demo.path)
    path = checkpointed(demo)
    damage_table(path)
    with pytest.raises(DatabaseDamaged) as caught:
        backups.open_database(path)  # the open path that names the backup
    message = error_text(caught.value)
    assert "\n" not in message and "pemeriksaan keutuhan" in message and str(made.path) in message
    db = open_database(path, check=False)  # the GUI's way: open first, check after the first paint
    found = backups.integrity_problem(db)
    db.dispose()
    assert isinstance(found, DatabaseDamaged) and found.backup is not None and found.backup.path == made.path


def test_two_databases_of_the_same_name_never_see_each_others_backups(demo, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    other_folder = tmp_path / "flashdisk"
    other_folder.mkdir()
    other = other_folder / demo.path.name  # the same file name, another database
    path = checkpointed(demo)
    shutil.copy(path, other)
    db = open_database(other)
    from asn_event import events

    events.delete_event(db, demo.event_id)  # makes a before-delete backup of *that* database
    db.dispose()
    assert [e.label for e in backups.list_backups(path)] == []
    assert [e.label for e in backups.list_backups(other)] == ["before-delete"]
    damage(path)
    with pytest.raises(DatabaseDamaged) as caught:
        backups.open_database(path)  # the open path that names the backup
    assert caught.value.backup is None  # never offered the other database's backup
