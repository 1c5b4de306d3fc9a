"""The Penerima table of the Sertifikat page: the name and the unit get the room.

The name carries the NIP on a second line; status, number and the yes/no columns are as narrow as
their longest word; the unit gets a share of the rest and the name all the remainder. Text too long
for its column is cut in the middle ("Dr. Hj. Siti Nur…, M.Kes.") so both the titles and the
degrees stay readable, and the tooltip has it whole. Below ``WIDE_FROM`` the columns the status
already tells step aside; below ``NARROW_BELOW`` (910x512, 150 % on a 1366x768 laptop) the unit
moves under the name and the number under the status. Every column sorts; the first order is the service's (unit, then name), as
the certificates are printed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from asn_event.certificates.service import Eligibility
from asn_event.ui.certificates.models import (
    COL_FEEDBACK,
    COL_NAME,
    COL_NIP,
    COL_NUMBER,
    COL_PRESENT,
    COL_PRINTED,
    COL_STATUS,
    COL_UNIT,
    CandidateFilter,
    CandidateModel,
)

NARROW_BELOW = 900
"""Below this table width the unit goes under the name."""
WIDE_FROM = 1300
"""From this table width on (a full-HD screen) the present, feedback and print-count columns show
too; below it the status says the same ("Berhak (hadir)", "Belum isi umpan balik"), its tooltip has
both, and the print count is the number's second line."""
UNIT_SHARE = 0.5  # of the room left by the narrow columns; the name gets the rest
CELL_PADDING = 24


class CandidateTable(QTableView):
    def __init__(self, model: CandidateModel, proxy: CandidateFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = model
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # a long name is cut in the middle on its line, not wrapped out of sight
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        metrics = self.fontMetrics()
        # Two lines a row (name, NIP), the same for every row: no row is measured (100,000 people).
        self.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + 12)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        # Widths from the longest word each column can show, not from the rows: measuring rows to
        # fit ("resize to contents") asked the model for 145,000 cells when 10,000 people were listed.
        samples = {
            COL_PRESENT: (model.headers[COL_PRESENT],),  # wider than its "Ya" and "–"
            COL_FEEDBACK: (model.headers[COL_FEEDBACK],),  # wider than its "Sudah" and "–"
            COL_STATUS: tuple(model.status_text(s) for s in Eligibility),
            COL_NUMBER: (model.headers[COL_NUMBER], "800/00001/BKPSDM/2026"),
            COL_PRINTED: (model.headers[COL_PRINTED],),
        }
        for column, texts in samples.items():
            icon = 22 if column == COL_STATUS else 0
            header.resizeSection(
                column, max(metrics.horizontalAdvance(t) for t in texts) + CELL_PADDING + icon
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Fixed)  # set from the width below
        self.setColumnHidden(COL_NIP, True)  # under the name
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
        self.setSortingEnabled(True)
        self.tier = ""
        self._fit(self.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(self.viewport().width())

    def _fit(self, width: int) -> None:
        tier = "narrow" if width < NARROW_BELOW else "wide" if width >= WIDE_FROM else "normal"
        if tier != self.tier:
            self.tier = tier
            for column in (COL_PRESENT, COL_FEEDBACK, COL_PRINTED):
                self.setColumnHidden(column, tier != "wide")
            for column in (COL_UNIT, COL_NUMBER):
                self.setColumnHidden(column, tier == "narrow")
            self.candidates.set_second_lines(
                unit_under_name=tier == "narrow",
                prints_under_number=tier != "wide",
                number_under_status=tier == "narrow",
            )
        if tier != "narrow":
            header = self.horizontalHeader()
            taken = sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c not in (COL_NAME, COL_UNIT) and not self.isColumnHidden(c)
            )
            header.resizeSection(COL_UNIT, max(120, int((width - taken) * UNIT_SHARE)))
