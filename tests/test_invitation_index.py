"""The invitation pictures come with an index sheet: which file is whose, to send by WhatsApp."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import update

from asn_event.db.models import Person, Registration
from asn_event.invitations import write_pngs
from asn_event.invitations.collect import collect_invitations
from asn_event.nip import format_nip


def test_index_sheet_names_each_picture_with_name_unit_nip_phone_and_code(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = collect_invitations(demo.db, demo.event_id)[1][2]
    with demo.db.sessions() as session, session.begin():
        person_id = session.get(Registration, first.registration_id).person_id
        session.execute(update(Person).where(Person.id == person_id).values(phone="0812-3456-7890"))
    event, invitations = collect_invitations(demo.db, demo.event_id)
    chosen = invitations[:6]
    twin = replace(chosen[1], name=chosen[0].name)  # two people of the same name: the index tells them apart
    chosen = [chosen[0], twin, *chosen[2:]]
    paths = write_pngs(event, chosen, tmp_path / "png")
    rows = list(load_workbook(tmp_path / "png" / "daftar-undangan.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("No", "Nama", "Unit kerja", "NIP", "Nomor HP", "Berkas gambar", "Kode undangan")
    body = rows[1:]
    assert len(body) == len(paths) == 6
    for row, invitation, path in zip(body, chosen, paths, strict=True):
        assert row[1] == invitation.name and row[2] == invitation.unit
        assert row[3] == (format_nip(invitation.nip) if invitation.nip else None)
        assert row[5] == path.name and (tmp_path / "png" / row[5]).is_file()
        assert row[6] == invitation.code
    assert body[1][5].endswith("_2.png") and body[0][5] != body[1][5]
    assert body[0][3] != body[1][3] or body[0][2] != body[1][2]
    assert any(r[3] and len(r[3].split(" ")) >= 4 for r in body)  # grouped: 19840110 202212 2 002
    assert [r[4] for r in body] == [None, None, "0812-3456-7890", None, None, None]


def test_the_command_line_names_the_index_beside_the_pictures(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from asn_event.cli import main

    out = tmp_path / "undangan"
    args = ["invitations", "--db", str(demo.path), "--event", str(demo.event_id), "--out", str(out), "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["index"] == str(out / "daftar-undangan.xlsx")
    rows = list(load_workbook(report["index"]).active.iter_rows(min_row=2, values_only=True))
    assert sorted(r[5] for r in rows) == sorted(Path(f).name for f in report["files"])
