"""A card on the Laporan page: icon, title, one-line description, options and save buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asn_event.ui.shell import theme


class ReportCard(QFrame):
    def __init__(self, icon: str, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(theme.icon_pixmap(icon, theme.PRIMARY, 24))
        picture.setFixedSize(28, 28)
        head.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        self.description = QLabel(description)
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        self.options = QVBoxLayout()
        self.options.setSpacing(6)
        layout.addLayout(self.options)
        layout.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, icon: str = "download", primary: bool = True) -> QPushButton:
        button = QPushButton(theme.icon(icon, theme.WHITE if primary else theme.TEXT, 18), text)
        button.setProperty("primary", primary)
        self.buttons.addWidget(button)
        return button
