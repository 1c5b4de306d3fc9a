"""``asn-event import``: the JSON object and the exit codes scripts rely on."""

from __future__ import annotations

import json
import subprocess
import sys

from asn_event.cli import main
from asn_event.roster.samples import write_xlsx

HEADERS = ["No", "Nama", "NIP", "Unit Kerja"]
ROWS = [
    [1, "Dr. Hj. Ika Puspitasari, S.E., M.M.", "19680411 199303 2 009", "Dinkes PPKB"],
    [2, "Budi Santoso", "196804111993131009", "DLH"],  # month 13
    [3, "Joko Susilo", "", "Dishub"],
]


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def test_dry_run_then_import_then_reimport(demo, tmp_path, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", ROWS, HEADERS)
    base = ["import", str(path), "--event", str(demo.event_id), "--db", str(demo.path)]
    code, data = run_json(capsys, *base, "--dry-run")
    assert code == 0
    assert data == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "invalid": 1,
        "errors": [{"row": 3, "sheet": "Peserta", "reason": data["errors"][0]["reason"]}],
    }
    assert "bulan 01–12" in data["errors"][0]["reason"]
    assert run_json(capsys, *base, "--dry-run")[1]["added"] == 2  # the dry run wrote nothing
    assert run_json(capsys, *base)[1]["added"] == 2
    code, again = run_json(capsys, *base)
    assert code == 0 and (again["added"], again["unchanged"], again["invalid"]) == (0, 2, 1)


def test_no_valid_row_exits_1_and_unreadable_file_exits_2(demo, tmp_path, capsys):
    bad = write_xlsx(tmp_path / "bad.xlsx", [ROWS[1]], HEADERS)
    code, data = run_json(capsys, "import", str(bad), "--event", str(demo.event_id), "--db", str(demo.path))
    assert code == 1 and data["invalid"] == 1 and data["added"] == 0
    no_name = write_xlsx(tmp_path / "no-name.xlsx", [[1, "x"]], ["No", "Kolom"])
    code = main(["import", str(no_name), "--event", str(demo.event_id), "--db", str(demo.path)])
    assert code == 1 and "Kolom nama tidak ditemukan" in capsys.readouterr().err
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    assert (
        main(["import", str(tmp_path / "x.pdf"), "--event", str(demo.event_id), "--db", str(demo.path)]) == 2
    )
    assert "bukan berkas Excel" in capsys.readouterr().err
    missing_sheet = [
        "import",
        str(bad),
        "--event",
        str(demo.event_id),
        "--sheet",
        "Lain",
        "--db",
        str(demo.path),
    ]
    assert main(missing_sheet) == 2


def test_text_output_and_unknown_event(demo, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [*ROWS, [4, "Rina", "", "UPT Puskesmas Kedundung"]], HEADERS)
    done = subprocess.run(
        [sys.executable, "-m", "asn_event", "import", str(path), "--event", str(demo.event_id), "--db", str(demo.path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 baris diimpor: 3 baru" in done.stdout
    assert "Peserta baris 3:" in done.stdout and "Unit tidak dikenal: UPT Puskesmas Kedundung" in done.stdout
    unknown = subprocess.run(
        [sys.executable, "-m", "asn_event", "import", str(path), "--event", "999", "--db", str(demo.path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr and "999" in unknown.stderr
