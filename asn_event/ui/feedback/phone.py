"""'Buka formulir untuk ponsel': serve the feedback form on the venue network, show its address and QR.

The organizer picks one of the laptop's own addresses (the venue Wi-Fi or the laptop's hotspot;
never every interface) and a port. While it runs the dialog shows the address and its QR code,
and can put the code on the stage display. "Tutup" stops the server; so does closing the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_event.context import AppContext
from asn_event.feedback.web import DEFAULT_PORT
from asn_event.stage.view import StageQr
from asn_event.ui.shell import theme
from asn_event.ui.shell.errors import error_text
from asn_event.ui.shell.qr_image import qr_pixmap

if TYPE_CHECKING:
    from asn_event.feedback.web.server import FeedbackServer

LOOPBACK = "127.0.0.1"
QR_SIDE = 260


def laptop_addresses() -> list[tuple[str, str]]:
    """The laptop's IPv4 addresses as (label, address): network ones first, this laptop only last."""
    found: list[tuple[str, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((f"{interface.humanReadableName()} · {ip.toString()}", ip.toString()))
    return found


class PhoneFormDialog(QDialog):
    sig_stage_qr = Signal(object)
    """Put a StageQr on the stage display, or None to take it off."""
    sig_running = Signal(bool)
    """The phone form started (True) or stopped (False)."""

    def __init__(self, ctx: AppContext, form_id: int, form_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form_id = form_id
        self.server: FeedbackServer | None = None  # Flask is imported when the form is started
        self.setWindowTitle(self.tr("Formulir untuk ponsel"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(form_title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)

        self.setup_box = QWidget()
        form = QFormLayout(self.setup_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.address = QComboBox()
        networks = laptop_addresses()
        for label, address in networks:
            self.address.addItem(label, address)
        self.address.addItem(self.tr("Hanya laptop ini (uji coba) · 127.0.0.1"), LOOPBACK)
        self.address.setToolTip(self.tr("Pilih jaringan yang dipakai ponsel peserta: Wi-Fi tempat acara atau hotspot laptop."))
        form.addRow(self.tr("Alamat jaringan"), self.address)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        form.addRow(self.tr("Port"), self.port)
        layout.addWidget(self.setup_box)

        self.running_box = QWidget()
        running = QVBoxLayout(self.running_box)
        running.setContentsMargins(0, 0, 0, 0)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("Kode QR formulir"))
        running.addWidget(self.qr)
        self.url = QLabel()
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setStyleSheet(f"font-size: 18pt; font-weight: 700; color: {theme.PRIMARY};")
        running.addWidget(self.url)
        hint = QLabel(
            self.tr(
                "Ponsel peserta harus tersambung ke jaringan yang sama. Hanya formulir yang bisa dibuka; "
                "daftar peserta dan hasil tidak."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        running.addWidget(hint)
        layout.addWidget(self.running_box)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.stage_button = QPushButton(theme.icon("monitor"), self.tr("Tampilkan di layar panggung"))
        self.stage_button.setCheckable(True)
        self.stage_button.toggled.connect(self._stage_toggled)
        self.start_button = QPushButton(theme.icon("play", theme.WHITE), self.tr("Mulai"))
        self.start_button.setProperty("primary", True)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_server)
        self.close_button = QPushButton(theme.icon("x"), self.tr("Tutup"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.stage_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        if not networks:
            self._warn(
                self.tr(
                    "Laptop ini belum tersambung ke jaringan, jadi ponsel belum bisa membuka formulir. "
                    "Sambungkan ke Wi-Fi tempat acara atau nyalakan hotspot laptop, lalu buka dialog ini lagi."
                )
            )
        self._show_state()

    def _warn(self, text: str) -> None:
        self.message.setText("\u26a0 " + text)
        self.message.setStyleSheet(f"color: {theme.DANGER.fg}; font-weight: 600;")

    def _show_state(self) -> None:
        running = self.server is not None
        self.setup_box.setVisible(not running)
        self.start_button.setVisible(not running)
        self.running_box.setVisible(running)
        self.stage_button.setVisible(running)
        self.close_button.setToolTip(self.tr("Hentikan formulir ponsel dan tutup") if running else "")

    def start_server(self) -> None:
        if self.server is not None:
            return
        from asn_event.feedback.web.server import FeedbackServer, ServerStartFailed

        try:
            self.server = FeedbackServer(
                self.ctx.db, self.ctx.clock, self.form_id, self.address.currentData(), self.port.value()
            ).start()
        except ServerStartFailed as error:
            self._warn(error_text(error))
            return
        self.url.setText(self.server.url)
        self.qr.setPixmap(qr_pixmap(self.server.url, QR_SIDE))
        self.message.setText("")
        self._show_state()
        self.adjustSize()
        self.sig_running.emit(True)

    def _stage_toggled(self, on: bool) -> None:
        self.sig_stage_qr.emit(StageQr(self.server.url) if on and self.server is not None else None)

    def stop_server(self) -> None:
        """Stop serving (requests in progress are answered first) and take the code off the stage."""
        if self.server is None:
            return
        if self.stage_button.isChecked():
            self.stage_button.setChecked(False)  # emits None: the stage shows the timer again
        self.server.stop()
        self.server = None
        self._show_state()
        self.sig_running.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_server()
        super().closeEvent(event)
