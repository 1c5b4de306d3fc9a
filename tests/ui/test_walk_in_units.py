"""The walk-in form tells, as the unit is typed, which known unit the person will be counted under."""

from __future__ import annotations

from asn_event.roster.units import UnitMatcher
from asn_event.ui.checkin.dialogs import WalkInDialog


def test_the_walk_in_form_proposes_the_unit_the_import_would_match(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WalkInDialog(["Dinkes PPKB"], matcher=UnitMatcher.mojokerto())
    qtbot.addWidget(dialog)
    dialog.unit.setEditText("Bappeda")
    assert "Bapperida" in dialog.unit_match.text()
    dialog.unit.setEditText("Dinas Kesehatan Kota Mojokerto")
    assert "Dinas Kesehatan, Pengendalian Penduduk" in dialog.unit_match.text()
    dialog.unit.setEditText("Yayasan Sinar Harapan")
    assert "Unit baru" in dialog.unit_match.text()
