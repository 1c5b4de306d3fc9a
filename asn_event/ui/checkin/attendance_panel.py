"""The desk's right column: present / registered with bars per unit, and who has not come yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from asn_event.checkin.attendance import Attendance, UnitAbsentees
from asn_event.ui.checkin.widgets import AttendanceBars
from asn_event.ui.shell import theme

MAX_NAMES_PER_UNIT = 200


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    return frame, layout


class AttendancePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        counts_card, counts = _card()
        self.present_label = QLabel(self.tr("Hadir – / –"))
        self.present_label.setFont(theme.font(17, bold=True))
        self.present_label.setStyleSheet(f"color: {theme.PRIMARY};")
        counts.addWidget(self.present_label)
        self.bars = AttendanceBars()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.bars)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumHeight(44)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        counts.addWidget(scroll, 1)
        column.addWidget(counts_card, 3)
        missing_card, missing = _card()
        title = QLabel(self.tr("Belum hadir per unit"))
        title.setObjectName("sectionTitle")
        missing.addWidget(title)
        self.missing = QTreeWidget()
        self.missing.setHeaderHidden(True)
        self.missing.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.missing.setMinimumHeight(44)
        missing.addWidget(self.missing, 1)
        column.addWidget(missing_card, 2)

    def show_data(self, counts: Attendance, missing: Sequence[UnitAbsentees]) -> None:
        share = f" ({round(100 * counts.present / counts.registered)}%)" if counts.registered else ""
        self.present_label.setText(
            self.tr("Hadir %1 / %2").replace("%1", str(counts.present)).replace("%2", str(counts.registered))
            + share
        )
        self.bars.set_data(counts)
        self.missing.clear()
        for group in missing:
            parent = QTreeWidgetItem([f"{group.unit} ({len(group.people)})"])
            for person in group.people[:MAX_NAMES_PER_UNIT]:
                phone = f" · {person.phone}" if person.phone else ""
                parent.addChild(QTreeWidgetItem([f"{person.name}{phone}"]))
            self.missing.addTopLevelItem(parent)
        if not missing:
            self.missing.addTopLevelItem(QTreeWidgetItem([self.tr("Semua peserta sudah hadir.")]))
