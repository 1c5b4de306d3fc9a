"""Issue #11 item 1: no command writes over the database, its -wal/-shm or a backup, nor over an
existing file without --force; a refused command leaves every file as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, update

from asn_event.cli import main
from asn_event.db.models import Registration
from asn_event.safe_output import OutputRefused, atomic_write, check_output


def _check_in(demo, clock, count: int) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        ids = list(session.scalars(select(Registration.id).order_by(Registration.id).limit(count)))
        session.execute(update(Registration).where(Registration.id.in_(ids)).values(checked_in_at=clock.now()))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def event_db(demo, clock, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    _check_in(demo, clock, 3)
    demo.db.dispose()
    work = tmp_path / "work"
    work.mkdir()
    path = work / "v.sqlite"
    shutil.copy(demo.path, path)
    backup = work / "v.2025-11-17-083000.before-0002.sqlite"
    shutil.copy(demo.path, backup)
    (work / "v.sqlite-wal").write_bytes(b"")  # a WAL that exists but is empty has no magic bytes
    return path


DATABASE_TARGETS = ("v.sqlite", "v.sqlite-wal", "v.sqlite-shm", "v.2025-11-17-083000.before-0002.sqlite")


@pytest.mark.parametrize("target", DATABASE_TARGETS)
@pytest.mark.parametrize(
    "command",
    [
        ["certificates", "--event", "1", "--out", "{t}", "--force"],
        ["certificates", "--export-key", "{t}", "--force"],
        ["invitations", "--event", "1", "--out", "{t}", "--force"],
        ["screenshot", "acara", "--out", "{t}", "--force"],
        ["report", "attendance-xlsx", "--event", "1", "--out", "{t}", "--force"],
        ["feedback", "export", "--event", "1", "--out", "{t}", "--force"],
    ],
    ids=lambda c: "-".join(c[:2]) if isinstance(c, list) else c,
)
def test_no_command_writes_over_the_database_or_a_backup(
    event_db: Path, target: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = event_db.parent
    before = _files(folder)
    args = [part.replace("{t}", str(folder / target)) for part in command]
    code = main([*args, "--db", str(event_db)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1
    assert _files(folder) == before


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["certificates", "--event", "1", "--out"], "sertifikat.pdf"),
        (["certificates", "--export-key"], "kunci.pem"),
        (["invitations", "--event", "1", "--out"], "undangan.pdf"),
        (["feedback", "export", "--event", "1", "--out"], "umpan.csv"),
        (["report", "attendance-xlsx", "--event", "1", "--out"], "hadir.csv"),
    ],
)
def test_an_existing_file_is_replaced_only_with_force(
    event_db: Path, command: list[str], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = event_db.parent / name
    out.write_bytes(b"dokumen lama")
    assert main([*command, str(out), "--db", str(event_db)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"dokumen lama"
    code = main([*command, str(out), "--db", str(event_db), "--force"])
    capsys.readouterr()
    if code == 0:  # feedback export refuses an event without a form: the point is the file above
        assert out.read_bytes() != b"dokumen lama"
        assert [p.name for p in out.parent.iterdir() if p.name.endswith(".part")] == []


def test_a_folder_with_files_needs_force_for_invitation_pictures(
    event_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = event_db.parent / "gambar"
    folder.mkdir()
    (folder / "catatan.txt").write_text("punya saya")
    assert main(["invitations", "--event", "1", "--out", str(folder), "--db", str(event_db)]) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["catatan.txt"]
    assert main(["invitations", "--event", "1", "--out", str(folder), "--db", str(event_db), "--force"]) == 0
    assert len(list(folder.glob("*.png"))) == 150
    assert (folder / "catatan.txt").read_text() == "punya saya"


@pytest.mark.parametrize("command", [["invitations", "--event", "1"], ["screenshot", "acara"]])
def test_an_empty_output_name_is_refused(
    event_db: Path, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    before = _files(tmp_path)
    assert main([*command, "--out", "", "--db", str(event_db)]) == 2
    err = capsys.readouterr().err
    assert "kosong" in err and "Traceback" not in err
    assert _files(tmp_path) == before


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    out.write_bytes(b"versi lama")
    with pytest.raises(RuntimeError), atomic_write(out) as partial:
        partial.write_bytes(b"setengah")
        raise RuntimeError("disk penuh")
    assert out.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_check_output_refuses_a_symlink_to_the_database(event_db: Path) -> None:
    link = event_db.parent / "laporan.pdf"
    link.symlink_to(event_db)
    with pytest.raises(OutputRefused):
        check_output(link, force=True)
    with pytest.raises(OutputRefused), atomic_write(link) as partial:
        partial.write_bytes(b"%PDF")
