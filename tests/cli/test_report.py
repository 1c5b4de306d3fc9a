"""``asn-event report``: files written, exit codes 0/1/2 with one-line messages."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from asn_event.cli import main
from asn_event.db.models import Registration


def _check_in_some(demo, clock, n: int = 12) -> None:  # type: ignore[no-untyped-def]
    with demo.db.sessions() as session, session.begin():
        session.execute(
            update(Registration)
            .where(Registration.id <= n)
            .values(checked_in_at=clock.now() + timedelta(minutes=3), checkin_desk="Meja 1")
        )


def test_attendance_with_nobody_checked_in_is_refused_with_exit_1(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "hadir.pdf"
    code = main(
        ["report", "attendance", "--event", str(demo.event_id), "--out", str(out), "--db", str(demo.path)]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "Belum ada peserta yang check-in" in err and "--all-registered" in err
    assert err.count("\n") == 1 and not out.exists()


def test_all_registered_prints_the_paper_list(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "pintu.pdf"
    args = ["report", "attendance", "--all-registered", "--event", str(demo.event_id), "--out", str(out)]
    assert main([*args, "--db", str(demo.path)]) == 0
    assert "150 peserta" in capsys.readouterr().out
    assert len(PdfReader(str(out)).pages) >= 5


def test_every_kind_writes_its_file(demo, clock, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _check_in_some(demo, clock)
    db = ["--db", str(demo.path), "--event", str(demo.event_id)]
    assert main(["report", "attendance", "--out", str(tmp_path / "a.pdf"), *db]) == 0
    assert main(["report", "event", "--out", str(tmp_path / "e.pdf"), *db]) == 0
    assert main(["report", "jp", "--year", "2025", "--out", str(tmp_path / "jp.xlsx"), *db]) == 0
    assert main(["report", "attendance-xlsx", "--out", str(tmp_path / "k.xlsx"), *db]) == 0
    assert main(["report", "attendance-xlsx", "--out", str(tmp_path / "k.csv"), *db]) == 0
    out = capsys.readouterr().out
    assert out.count("Disimpan:") == 5
    assert "Halaman 1 dari" in PdfReader(str(tmp_path / "a.pdf")).pages[0].extract_text()
    assert load_workbook(tmp_path / "jp.xlsx").active.max_row == 3 + 12
    assert (tmp_path / "k.csv").read_text(encoding="utf-8-sig").count("\n") == 151


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "attendance", "--event", "999", "--out", "x.pdf"], "tidak ada"),
        (["report", "attendance", "--event", "1", "--out", "x.xlsx"], "berakhiran .pdf"),
        (["report", "jp", "--year", "25", "--out", "x.xlsx"], "Tahun 25"),
    ],
)
def test_usage_errors_exit_2(demo, tmp_path: Path, capsys, monkeypatch, args, message) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main([*args, "--db", str(demo.path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_existing_file_is_not_overwritten_without_force(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "laporan.pdf"
    out.write_text("lama")
    args = ["report", "event", "--event", str(demo.event_id), "--out", str(out), "--db", str(demo.path)]
    assert main(args) == 2
    assert out.read_text() == "lama" and "--force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_unknown_kind_is_a_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        main(["report", "sertifikat", "--out", "x.pdf"])
    assert caught.value.code == 2
