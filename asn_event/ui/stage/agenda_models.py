"""Table models of the Timer page: the agenda being edited, and planned against actual."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTimeEdit, QWidget

from asn_event.formatting import duration_mmss
from asn_event.stage.schedule import ScheduleRow
from asn_event.stage.service import AgendaEntry
from asn_event.ui.shell import theme
from asn_event.ui.shell.dates import clock_time

ObjectRole = Qt.ItemDataRole.UserRole + 1
_MIME = "application/x-asn-agenda-row"
_Index = QModelIndex | QPersistentModelIndex


class AgendaEditModel(QAbstractTableModel):
    """The agenda as the editor holds it before saving. Rows are dragged to reorder."""

    TITLE, SPEAKER, MINUTES, WARNING, DANGER = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaEditModel", "Sesi"),
        QT_TRANSLATE_NOOP("AgendaEditModel", "Pembicara"),
        QT_TRANSLATE_NOOP("AgendaEditModel", "Menit"),
        QT_TRANSLATE_NOOP("AgendaEditModel", "Kuning"),
        QT_TRANSLATE_NOOP("AgendaEditModel", "Merah"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AgendaEntry] = []
        self.dirty = False
        self.running_id: int | None = None  # the segment on stage now (shown bold)

    def set_entries(self, entries: list[AgendaEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.dirty = False
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.tr(self.HEADERS[section])
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.TITLE:
                return entry.title
            if column == self.SPEAKER:
                return entry.speaker
            if column == self.MINUTES:
                minutes = entry.planned_seconds / 60
                return int(minutes) if minutes.is_integer() else round(minutes, 1)
            seconds = entry.warning_seconds if column == self.WARNING else entry.danger_seconds
            if role == Qt.ItemDataRole.EditRole:
                return QTime(0, 0).addSecs(seconds)
            return duration_mmss(seconds)
        if role == Qt.ItemDataRole.FontRole and entry.id is not None and entry.id == self.running_id:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == ObjectRole:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.entries[index.row()]
        column = index.column()
        if column == self.TITLE:
            entry = replace(entry, title=str(value))
        elif column == self.SPEAKER:
            entry = replace(entry, speaker=str(value))
        elif column == self.MINUTES:
            try:
                entry = replace(entry, planned_seconds=round(float(str(value).replace(",", ".")) * 60))
            except ValueError:
                return False
        else:
            seconds = QTime(0, 0).secsTo(value) if isinstance(value, QTime) else int(value)
            field = "warning_seconds" if column == self.WARNING else "danger_seconds"
            entry = replace(entry, **{field: seconds})
        self.entries[index.row()] = entry
        self.dirty = True
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsEditable

    # -- rows ------------------------------------------------------------------------------
    def add(self, entry: AgendaEntry, row: int | None = None) -> int:
        row = len(self.entries) if row is None else row
        self.dirty = True
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.insert(row, entry)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> AgendaEntry:
        self.dirty = True
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self.entries.pop(row)
        self.endRemoveRows()
        return entry

    def move(self, source: int, target: int) -> bool:
        """Move row ``source`` to stand before row ``target`` (``len`` = to the end)."""
        if not 0 <= source < len(self.entries) or not 0 <= target <= len(self.entries):
            return False
        if target in (source, source + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target):
            return False
        self.dirty = True
        entry = self.entries.pop(source)
        self.entries.insert(target - 1 if target > source else target, entry)
        self.endMoveRows()
        return True

    # -- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not data.hasFormat(_MIME):
            return False
        source = int(bytes(data.data(_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.entries))
        self.move(source, target)
        return False  # the move is done; the view must not remove the dragged row


class ThresholdDelegate(QStyledItemDelegate):
    """Edits a warning or danger threshold as minutes:seconds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("mm:ss")
        return editor


class ScheduleModel(QAbstractTableModel):
    """Planned against actual for the control view; the current segment is highlighted."""

    NUMBER, TITLE, PLANNED_START, PLANNED, ACTUAL_START, ACTUAL_END, ACTUAL, DIFFERENCE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScheduleModel", "No"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Sesi"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Rencana"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Durasi"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Mulai"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Selesai"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Aktual"),
        QT_TRANSLATE_NOOP("ScheduleModel", "Selisih"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ScheduleRow] = []
        self.current_row = -1

    def set_rows(self, rows: list[ScheduleRow], current_row: int) -> None:
        if rows == self.rows and current_row == self.current_row:
            return
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows, self.current_row = rows, current_row
            self.endResetModel()
            return
        self.rows, self.current_row = rows, current_row
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        current = index.row() == self.current_row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, current)
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QColor("#DCE8F5")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DIFFERENCE and row.difference_seconds:
            return QColor(theme.DANGER.fg if row.difference_seconds > 0 else theme.SUCCESS.fg)
        if role == ObjectRole:
            return row
        return None

    def _text(self, row: ScheduleRow, column: int, current: bool) -> str:
        if column == self.NUMBER:
            return ("▶ " if current else "") + str(row.position)
        if column == self.TITLE:
            return f"{row.title} · {row.speaker}" if row.speaker else row.title
        if column == self.PLANNED_START:
            return clock_time(row.planned_start) if row.planned_start else "–"
        if column == self.PLANNED:
            return duration_mmss(row.planned_seconds)
        if column == self.ACTUAL_START:
            return clock_time(row.actual_start) if row.actual_start else ""
        if column == self.ACTUAL_END:
            if row.actual_end:
                return clock_time(row.actual_end)
            return self.tr("berjalan") if row.actual_start else ""
        if column == self.ACTUAL:
            return duration_mmss(row.actual_seconds) if row.actual_seconds is not None else ""
        if row.difference_seconds is None:
            return ""
        sign = "+" if row.difference_seconds > 0 else "-" if row.difference_seconds < 0 else ""
        return sign + duration_mmss(abs(row.difference_seconds))
