"""The agenda editor of the Timer page: segments, their order (drag or arrows) and thresholds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_event.stage.agenda import DEFAULT_DANGER_SECONDS, DEFAULT_WARNING_SECONDS
from asn_event.stage.service import AgendaEntry
from asn_event.ui.shell import theme
from asn_event.ui.shell.fit import CompactButton
from asn_event.ui.stage.agenda_models import AgendaEditModel, ThresholdDelegate


class AgendaEditor(QWidget):
    """Edits a copy of the agenda; nothing reaches the timer until Simpan is pressed."""

    sig_save_requested = Signal(list)
    """The operator pressed Simpan: the entries (list of AgendaEntry) in their new order."""
    sig_default_requested = Signal()
    """The operator asked for the default agenda (only offered when the agenda is empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaEditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AgendaEditModel.WARNING, ThresholdDelegate(self.table))
        self.table.setItemDelegateForColumn(AgendaEditModel.DANGER, ThresholdDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaEditModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaEditModel.SPEAKER, QHeaderView.ResizeMode.Stretch)
        for column in (AgendaEditModel.MINUTES, AgendaEditModel.WARNING, AgendaEditModel.DANGER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        def button(text: str, icon: str, slot: object) -> QPushButton:
            # Icons only when the window is narrow (910 px at 150 %), the words stay as tooltips.
            result = CompactButton(theme.icon(icon, size=16), text)
            result.clicked.connect(slot)
            return result

        self.add_button = button(self.tr("Tambah sesi"), "plus", self.add_segment)
        self.remove_button = button(self.tr("Hapus"), "trash-2", self.remove_selected)
        self.up_button = button(self.tr("Naik"), "arrow-up", lambda: self.move_selected(-1))
        self.down_button = button(self.tr("Turun"), "arrow-down", lambda: self.move_selected(1))
        self.default_button = button(self.tr("Pakai agenda baku"), "list", self.sig_default_requested.emit)
        self.revert_button = button(self.tr("Batalkan perubahan"), "undo-2", self.revert)
        self.save_button = QPushButton(theme.icon("save", size=16), self.tr("Simpan agenda"))
        self.save_button.clicked.connect(self.request_save)
        self.save_button.setProperty("primary", True)
        tools = QHBoxLayout()
        for widget in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.default_button,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.revert_button)
        tools.addWidget(self.save_button)

        self.hint = QLabel(
            self.tr(
                "Klik dua kali untuk mengubah. Seret baris (atau Naik/Turun) untuk mengubah urutan. "
                "Menit 1–240; batas kuning dan merah dalam menit:detik (bawaan 2:00 dan 0:30). "
                "Menyimpan agenda tidak menghentikan timer yang sedang berjalan."
            )
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self._saved: list[AgendaEntry] = []
        self._update_buttons()

    def set_entries(self, entries: list[AgendaEntry], running_id: int | None = None) -> None:
        self._saved = list(entries)
        self.model.running_id = running_id
        self.model.set_entries(entries)
        self.show_error(None)

    def set_running(self, running_id: int | None) -> None:
        if running_id != self.model.running_id:
            self.model.running_id = running_id
            if self.model.entries:
                self.model.dataChanged.emit(
                    self.model.index(0, 0), self.model.index(len(self.model.entries) - 1, 0)
                )

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_segment(self) -> None:
        row = self.selected_row()
        entry = AgendaEntry(
            None, self.tr("Sesi baru"), "", 10 * 60, DEFAULT_WARNING_SECONDS, DEFAULT_DANGER_SECONDS
        )
        row = self.model.add(entry, row + 1 if row >= 0 else None)
        index = self.model.index(row, AgendaEditModel.TITLE)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove(row)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        target = row + step
        if 0 <= target < self.model.rowCount() and self.model.move(row, target + 1 if step > 0 else target):
            self.table.selectRow(target)

    def revert(self) -> None:
        self.set_entries(self._saved, self.model.running_id)

    def request_save(self) -> None:
        self.sig_save_requested.emit(list(self.model.entries))

    def _update_buttons(self, *args: object) -> None:
        empty = not self.model.entries
        self.default_button.setVisible(empty)
        self.save_button.setEnabled(self.model.dirty)
        self.revert_button.setEnabled(self.model.dirty)
