"""This laptop's settings: desk name, staff name, language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_event.ui.shell.settings import Settings


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Simpan / Batal wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("SettingsDialog", "Simpan"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("SettingsDialog", "Batal"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


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
        mirror_row = QHBoxLayout()
        self.mirror_edit = QLineEdit(settings.backup_mirror)
        self.mirror_edit.setPlaceholderText(self.tr("kosong: hanya folder data pengguna"))
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(self.choose_mirror)
        mirror_row.addWidget(self.mirror_edit, 1)
        mirror_row.addWidget(choose)
        form.addRow(self.tr("Folder cadangan kedua (USB)"), mirror_row)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Nama meja dan petugas tercatat di setiap check-in. Bahasa berlaku setelah "
                "aplikasi dibuka ulang."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.server_button = QPushButton(self.tr("Server basis data …"))
        self.server_button.setToolTip(self.tr("Beberapa meja memakai satu server PostgreSQL bersama."))
        self.server_button.clicked.connect(self.edit_server)
        layout.addWidget(self.server_button)
        layout.addWidget(save_cancel_buttons(self))

    def edit_server(self) -> None:
        from asn_event.ui.shell.server_dialog import ServerDialog

        ServerDialog(self.settings, self).exec()

    def choose_mirror(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan kedua"), self.mirror_edit.text())
        if folder:
            self.mirror_edit.setText(folder)

    def accept(self) -> None:
        desk = " ".join(self.desk_edit.text().split())
        self.settings.desk_name = desk or "Meja 1"
        self.settings.staff_name = " ".join(self.staff_edit.text().split())
        self.settings.language = self.language_combo.currentData()
        self.settings.backup_mirror = self.mirror_edit.text().strip()
        super().accept()
