"""The Laporan page's "Berkas untuk instansi" card: SIASN sheet, certificate register, scan log."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from test_laporan import _answer_dialog, page  # noqa: F401  (the Laporan page fixture)

from asn_event.certificates.service import issue_certificates
from asn_event.checkin.service import CheckinDesk
from asn_event.invitations.collect import collect_invitations


def test_each_filing_is_saved_from_the_page_and_reads_back(page, ctx, demo, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    desk = CheckinDesk(demo.db, ctx.clock, demo.event_id, "Meja 3", "Tono")
    for invitation in collect_invitations(demo.db, demo.event_id)[1][:4]:
        desk.scan(invitation.code)
    issued = issue_certificates(demo.db, ctx.clock, demo.event_id).certificates
    page.page_shown()
    for button, name, check in (
        (page.siasn_button, "siasn.xlsx", lambda rows: rows[0][0] == "NIP" and len(rows) >= 2),
        (page.register_button, "register.xlsx", lambda rows: [r[1] for r in rows[3:]] == [c.number for c in issued]),
        (page.scanlog_button, "pindai.xlsx", lambda rows: [r[6] for r in rows[3:]] == ["Meja 3"] * 4),
    ):
        out = tmp_path / name
        asked = _answer_dialog(monkeypatch, out)
        page.status_label.setText("")
        button.click()
        qtbot.waitUntil(lambda: "Tersimpan" in page.status_label.text(), timeout=30_000)
        assert asked[0].endswith(".xlsx")
        rows = [tuple(r) for r in load_workbook(out).active.iter_rows(values_only=True)]
        assert check(rows), (name, rows[:5])
