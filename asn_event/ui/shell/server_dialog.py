"""Pengaturan > Server basis data: where the shared PostgreSQL server is, tested off the GUI thread.

Server, port, database and user are saved in this laptop's settings; the password goes to the
system keyring, or, where this laptop has none, is asked each time the program starts. "Uji
koneksi" connects once on the task pool and answers in one plain sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_event.connection import (
    DEFAULT_PORT,
    ServerAddress,
    ServerCheck,
    check_server,
    load_password,
    save_password,
)
from asn_event.ui.shell.settings import Settings
from asn_event.ui.shell.settings_dialog import save_cancel_buttons
from asn_event.ui.shell.tasks import run_task


class ServerDialog(QDialog):
    sig_checked = Signal(str)
    """'Uji koneksi' finished: the check's code (a ServerCheck value)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.password_kept = False
        self.setWindowTitle(self.tr("Server basis data"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.use_server = QCheckBox(self.tr("Pakai server bersama (PostgreSQL) untuk beberapa meja"))
        self.use_server.setChecked(bool(settings.server_host))
        layout.addWidget(self.use_server)
        form = QFormLayout()
        self.host_edit = QLineEdit(settings.server_host)
        self.host_edit.setPlaceholderText(self.tr("mis. 192.168.1.10"))
        self.port_edit = QSpinBox()
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(settings.server_port or DEFAULT_PORT)
        self.database_edit = QLineEdit(settings.server_database)
        self.user_edit = QLineEdit(settings.server_user)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("disimpan di brankas kata sandi sistem"))
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.setMaxLength(200)
        form.addRow(self.tr("Server"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_edit)
        form.addRow(self.tr("Basis data"), self.database_edit)
        form.addRow(self.tr("Pengguna"), self.user_edit)
        form.addRow(self.tr("Kata sandi"), self.password_edit)
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("Uji koneksi"))
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.answer = QLabel(self.tr("Berlaku setelah aplikasi dibuka ulang."))
        self.answer.setWordWrap(True)
        self.answer.setObjectName("muted")
        layout.addWidget(self.answer)
        layout.addWidget(save_cancel_buttons(self))
        self.use_server.toggled.connect(self._use_toggled)
        self._use_toggled(self.use_server.isChecked())

    def _use_toggled(self, on: bool) -> None:
        for widget in (self.host_edit, self.port_edit, self.database_edit, self.user_edit, self.password_edit,
                       self.check_button):  # fmt: skip
            widget.setEnabled(on)

    def address(self) -> ServerAddress:
        return ServerAddress(
            " ".join(self.host_edit.text().split()),
            self.port_edit.value(),
            " ".join(self.database_edit.text().split()),
            " ".join(self.user_edit.text().split()),
        )

    def check(self) -> None:
        address, password = self.address(), self.password_edit.text()
        self.check_button.setEnabled(False)
        self.answer.setText(self.tr("Menghubungi server …"))
        # An empty field means "the password already kept for this address" (read off the GUI thread).
        run_task(lambda _progress: check_server(address, password or load_password(address)),
                 on_done=self._checked, on_failed=self._check_failed)  # fmt: skip

    def _checked(self, outcome: ServerCheck) -> None:
        self.check_button.setEnabled(self.use_server.isChecked())
        self.answer.setText(self.words(outcome))
        self.sig_checked.emit(outcome.value)

    def _check_failed(self, message: str) -> None:
        self.check_button.setEnabled(self.use_server.isChecked())
        self.answer.setText(message)
        self.sig_checked.emit("failed")

    def words(self, outcome: ServerCheck) -> str:
        return {
            ServerCheck.OK: self.tr("Berhasil: server dapat dipakai meja ini."),
            ServerCheck.INCOMPLETE: self.tr("Isi server, basis data dan pengguna dulu."),
            ServerCheck.UNREACHABLE: self.tr(
                "Server tidak menjawab. Periksa alamat, port, jaringan, dan apakah server menyala."
            ),
            ServerCheck.LOGIN: self.tr("Pengguna atau kata sandi ditolak server. Periksa keduanya."),
            ServerCheck.NO_DATABASE: self.tr("Basis data dengan nama itu tidak ada di server."),
            ServerCheck.OTHER_PROGRAM: self.tr("Basis data itu berisi tabel program lain. Pilih basis data kosong."),
            ServerCheck.NO_DRIVER: self.tr("Pustaka PostgreSQL (psycopg) belum terpasang di laptop ini."),
        }[outcome]

    def accept(self) -> None:
        if not self.use_server.isChecked():
            self.settings.server_host = ""
            super().accept()
            return
        address = self.address()
        if not address.complete:
            self.answer.setText(self.words(ServerCheck.INCOMPLETE))
            return
        self.settings.server_host = address.host
        self.settings.server_port = address.port
        self.settings.server_database = address.database
        self.settings.server_user = address.user
        password = self.password_edit.text()
        self.password_kept = bool(password) and save_password(address, password)
        super().accept()


def ask_when_server_down(message: str) -> str:
    """At start, the shared server does not answer: "retry", "local" (this laptop's file for this
    run) or "close"."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ServerDialog", text)  # lupdate files these under ServerDialog

    box = QMessageBox(QMessageBox.Icon.Warning, tr("Server basis data"), message)
    box.setInformativeText(
        tr("Coba lagi setelah jaringan atau server menyala. Berkas di laptop ini dapat dipakai sementara, "
           "tetapi pindaiannya terpisah dari meja lain sampai digabungkan (Acara > Cadangan > Gabungkan dari laptop lain).")
    )
    retry = box.addButton(tr("Coba lagi"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(tr("Pakai berkas di laptop ini"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "local" if clicked is local else "close"
