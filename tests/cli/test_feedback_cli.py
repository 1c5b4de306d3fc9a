"""``asn-event feedback export``."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

from asn_event.cli import main
from asn_event.feedback import responses as fb
from asn_event.feedback import service


def test_export_xlsx_and_csv(demo, clock, tmp_path, capsys):
    form = service.active_form(demo.db, demo.event_id)
    suggestion = form.questions()[-2]
    answers = {q.id: 4 for q in form.questions() if q.is_scale}
    fb.submit(
        demo.db, clock, form.id, {**answers, suggestion.id: "=cmd|' /C calc'!A0"}, fb.new_submission_key()
    )
    out = tmp_path / "hasil.xlsx"
    assert (
        main(["feedback", "export", "--event", str(demo.event_id), "--out", str(out), "--db", str(demo.path)])
        == 0
    )
    assert "1 respons" in capsys.readouterr().out
    sheet = load_workbook(out)["Jawaban"]
    assert sheet.max_row == 2
    out_csv = tmp_path / "hasil.csv"
    args = [
        "feedback",
        "export",
        "--event",
        str(demo.event_id),
        "--out",
        str(out_csv),
        "--db",
        str(demo.path),
    ]
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["responses"] == 1
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert "'=cmd|' /C calc'!A0" in rows[1]


def test_export_refuses_bad_input(demo, tmp_path, capsys):
    db = ["--db", str(demo.path)]
    assert (
        main(["feedback", "export", "--event", str(demo.event_id), "--out", str(tmp_path / "x.pdf"), *db])
        == 2
    )
    assert main(["feedback", "export", "--event", "999", "--out", str(tmp_path / "x.csv"), *db]) != 0
    err = capsys.readouterr().err
    assert ".xlsx atau .csv" in err and "Traceback" not in err
