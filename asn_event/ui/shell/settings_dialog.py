"""This laptop's settings: desk name, staff name, language of the interface."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_event.ui.shell.settings import Settings

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Pengaturan laptop ini"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.desk_edit = QLineEdit(settings.desk_name)
        self.desk_edit.setMaxLength(60)
        self.desk_edit.setPlaceholderText(self.tr("mis. Meja 2"))
        self.staff_edit = QLineEdit(settings.staff_name)
        self.staff_edit.setMaxLength(100)
        self.staff_edit.setPlaceholderText(self.tr("nama petugas di meja ini"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        form.addRow(self.tr("Nama meja"), self.desk_edit)
        form.addRow(self.tr("Petugas"), self.staff_edit)
        form.addRow(self.tr("Bahasa"), self.language_combo)
        layout.addLayout(form)
        note = QLabel(self.tr("Nama meja dan petugas tercatat di setiap check-in. Bahasa berlaku setelah "
                              "aplikasi dibuka ulang."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        desk = " ".join(self.desk_edit.text().split())
        self.settings.desk_name = desk or "Meja 1"
        self.settings.staff_name = " ".join(self.staff_edit.text().split())
        self.settings.language = self.language_combo.currentData()
        super().accept()
