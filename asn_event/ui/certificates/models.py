"""Qt pieces of the Sertifikat page that hold no widgets of their own: the eligibility table model,
PDF pages as images, and printing with a preview."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from asn_event.certificates.content import nip_display
from asn_event.certificates.service import Candidate, Eligibility
from asn_event.ui.shell import theme

ObjectRole = Qt.ItemDataRole.UserRole + 1
PRINT_DPI = 300

COL_NAME, COL_NIP, COL_UNIT, COL_PRESENT, COL_FEEDBACK, COL_STATUS, COL_NUMBER, COL_PRINTED = range(8)

# Status -> (icon, tone): colour is never alone, the word comes from CandidateModel.status_text.
STATUS_LOOK = {
    Eligibility.ATTENDED: ("circle-check", theme.SUCCESS),
    Eligibility.ADDED: ("circle-check", theme.SUCCESS),
    Eligibility.REMOVED: ("circle-x", theme.DANGER),
    Eligibility.NOT_ATTENDED: ("minus", theme.NEUTRAL),
    Eligibility.NO_FEEDBACK: ("circle-alert", theme.WARNING),
}

STATUS_ORDER = {status: order for order, status in enumerate(Eligibility)}  # the eligible first


class CandidateModel(QAbstractTableModel):
    """Registrations with their certificate eligibility (plain :class:`Candidate` rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self._loaded: list[Candidate] = []  # in the service's order (unit, then name): the print order
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.unit_under_name = False  # a narrow table shows the unit on the name's second line
        self.prints_under_number = False  # ... and the print count on the number's
        self.number_under_status = False  # ... or the number on the status's
        self.headers = [
            self.tr("Nama"),
            self.tr("NIP"),
            self.tr("Unit kerja"),
            self.tr("Hadir"),
            self.tr("Umpan balik"),
            self.tr("Status"),
            self.tr("Nomor sertifikat"),
            self.tr("Dicetak"),
        ]

    def status_text(self, status: Eligibility) -> str:
        return {
            Eligibility.ATTENDED: self.tr("Berhak (hadir)"),
            Eligibility.ADDED: self.tr("Berhak (ditambah manual)"),
            Eligibility.REMOVED: self.tr("Dikeluarkan manual"),
            Eligibility.NOT_ATTENDED: self.tr("Tidak hadir"),
            Eligibility.NO_FEEDBACK: self.tr("Belum isi umpan balik"),
        }[status]

    def set_second_lines(
        self, *, unit_under_name: bool, prints_under_number: bool, number_under_status: bool
    ) -> None:
        """What the cells' second lines carry, for a table without the columns they stand for."""
        wanted = (unit_under_name, prints_under_number, number_under_status)
        if wanted != (self.unit_under_name, self.prints_under_number, self.number_under_status):
            self.unit_under_name, self.prints_under_number, self.number_under_status = wanted
            if self.rows:
                self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self.rows) - 1, COL_PRINTED))

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self._loaded = rows
        self.rows = self._in_order(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, on the plain rows with a Python key (0.1 s at 100,000): a proxy sorting through
        ``data()`` took 34 s, and as long again for every reload while a column was sorted."""
        self._sorted_by = (column, order)
        self.beginResetModel()
        self.rows = self._in_order(self._loaded)
        self.endResetModel()

    def _in_order(self, rows: list[Candidate]) -> list[Candidate]:
        column, order = self._sorted_by
        if column < 0:
            return list(rows)
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: self._sort_key(row, column), reverse=descending)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_NAME, COL_UNIT):
            return self._text(row, col)  # the whole name to check its spelling where the column cuts it
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS:
            # what the present and feedback columns say, when the table is too narrow for them
            return " · ".join(f"{self.headers[c]}: {self._text(row, c)}" for c in (COL_PRESENT, COL_FEEDBACK))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            icon, tone = STATUS_LOOK[row.status]
            return theme.icon(icon, tone.fg, 16)  # cached: not an SVG render per paint
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return theme.tone_color(STATUS_LOOK[row.status][1])[0]
        return None

    def _text(self, row: Candidate, col: int) -> str:
        """One cell's words (only that cell's: a paint asks for every visible cell)."""
        if col == COL_NAME:
            # The NIP (and in a narrow table the unit) on a second line: the name keeps the room.
            second = [nip_display(row.nip) or (row.nip or "")]
            if self.unit_under_name:
                second.append(row.unit)
            below = " · ".join(part for part in second if part)
            return f"{row.name}\n{below}" if below else row.name
        if col == COL_NIP:
            return nip_display(row.nip) or (row.nip or "")
        if col == COL_UNIT:
            return row.unit
        if col == COL_PRESENT:
            return self.tr("Ya") if row.checked_in else "–"
        if col == COL_FEEDBACK:
            return self.tr("Sudah") if row.feedback_done else "–"
        if col == COL_STATUS:
            if self.number_under_status and row.number:
                return f"{self.status_text(row.status)}\n{row.number}"
            return self.status_text(row.status)
        if col == COL_NUMBER:
            if self.prints_under_number and row.number:
                return f"{row.number}\n" + self.tr("dicetak %n kali", "", row.print_count)
            return row.number or ""
        return str(row.print_count) if row.print_count else ""

    @staticmethod
    def _sort_key(row: Candidate, col: int) -> Any:
        if col == COL_NAME:
            return row.name.casefold()
        if col == COL_NIP:
            return row.nip or ""
        if col == COL_UNIT:
            return row.unit.casefold()
        if col == COL_PRESENT:
            return int(row.checked_in)
        if col == COL_FEEDBACK:
            return int(row.feedback_done)
        if col == COL_STATUS:
            return STATUS_ORDER[row.status]
        if col == COL_NUMBER:
            return row.number or ""
        return row.print_count


class CandidateFilter(QSortFilterProxyModel):
    """Filter by a text (name, NIP, unit) and by eligibility (None: everyone)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.eligible: bool | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's click sorts the rows themselves (fast, see CandidateModel.sort); this proxy
        keeps their order and only filters."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_filter(self, text: str, eligible: bool | None) -> None:
        self.beginFilterChange()
        self.text, self.eligible = text.casefold().strip(), eligible
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.eligible is None and not self.text:
            return True  # no filter: called once per row (100,000 at a city's scale), so answer at once
        model = self.sourceModel()
        assert isinstance(model, CandidateModel)
        row = model.rows[source_row]
        if self.eligible is not None and row.eligible != self.eligible:
            return False
        if not self.text:
            return True
        return self.text in f"{row.name} {row.nip or ''} {row.unit} {row.number or ''}".casefold()


def pdf_page_image(pdf: bytes, page: int, width_px: int) -> QImage:
    """One PDF page as an image (QtPdf). Safe on a worker thread: no widget is involved."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument(None)
        document.load(str(path))
        points = document.pagePointSize(page)
        height = round(width_px * points.height() / points.width()) if points.width() else width_px
        image = document.render(page, QSize(width_px, height)).copy()
        document.close()
    return image


def paint_pages(document: QPdfDocument, printer: QPrinter) -> list[int]:
    """Draw the document's pages chosen in the print dialog (all when none chosen); return their indexes."""
    ranges = printer.pageRanges()
    pages = [i for i in range(document.pageCount()) if ranges.isEmpty() or ranges.contains(i + 1)]
    points = document.pagePointSize(0)
    # 300 dpi is what a certificate needs; the printer's own resolution would take gigabytes.
    size = QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI))
    painter = QPainter(printer)
    area = painter.viewport()
    for number, index in enumerate(pages):
        if number:
            printer.newPage()
        painter.drawImage(area, document.render(index, size))
    painter.end()
    return pages


def landscape_printer(title: str, pages: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF())
    )
    printer.setFromTo(1, max(pages, 1))
    return printer


def print_with_preview(
    parent: QWidget, pdf: bytes, title: str, on_printed: Callable[[list[int]], None]
) -> None:
    """Show the print preview of ``pdf`` (A4 landscape); after printing, call ``on_printed`` with the page indexes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "print.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument(parent)
        document.load(str(path))
        printer = landscape_printer(title, document.pageCount())
        printed: list[int] = []

        def paint(target: QPrinter) -> None:
            printed[:] = paint_pages(document, target)

        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(paint)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        document.close()
    if accepted and printed:
        on_printed(list(printed))
