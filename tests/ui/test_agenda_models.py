"""The agenda editor's model: drag and drop reorders, edits mark the agenda as changed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTime

from asn_event.stage.service import AgendaEntry
from asn_event.ui.stage.agenda_models import AgendaEditModel

ENTRIES = [
    AgendaEntry(i, title, "", 600) for i, title in enumerate(["Pembukaan", "Laporan", "Arahan", "Dialog"], 1)
]


def titles(model: AgendaEditModel) -> list[str]:
    return [e.title for e in model.entries]


def test_dragging_a_row_onto_another_moves_it(qapp) -> None:  # type: ignore[no-untyped-def]
    model = AgendaEditModel()
    model.set_entries(ENTRIES)
    data = model.mimeData([model.index(3, 0)])
    assert not model.dropMimeData(
        data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )  # the view removes nothing
    assert titles(model) == ["Dialog", "Pembukaan", "Laporan", "Arahan"]
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # dropped below the last row
    assert titles(model) == ["Pembukaan", "Laporan", "Arahan", "Dialog"]
    assert model.dirty


def test_thresholds_are_edited_as_minutes_and_seconds(qapp) -> None:  # type: ignore[no-untyped-def]
    model = AgendaEditModel()
    model.set_entries(ENTRIES)
    assert model.data(model.index(0, AgendaEditModel.WARNING)) == "02:00"
    assert model.setData(model.index(0, AgendaEditModel.DANGER), QTime(0, 1, 15))
    assert model.entries[0].danger_seconds == 75
    assert model.setData(model.index(0, AgendaEditModel.MINUTES), "7,5")
    assert model.entries[0].planned_seconds == 450
    assert not model.setData(model.index(0, AgendaEditModel.MINUTES), "sepuluh")
