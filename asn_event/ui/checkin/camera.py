"""Camera scanning: pick a camera, see the preview, decode QR codes off the GUI thread.

Frames arrive on the GUI thread from QtMultimedia; at most one frame at a time is converted to a
grey image and handed to the thread pool, where zxing-cpp decodes it. A code held in front of the
lens gives one result per presentation (:class:`PresentationFilter`). No camera: a clear message,
and the desk keeps working with the scanner.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from asn_event.checkin.presentation import PresentationFilter
from asn_event.ui.shell.tasks import run_task

MIN_FRAME_GAP = 0.12  # seconds between decoded frames (about eight a second)


def decode_grey(data: bytes, width: int, height: int, stride: int) -> list[str]:
    """QR texts in a greyscale frame (runs on a worker thread)."""
    import zxingcpp
    from PIL import Image

    pixels = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    return [r.text for r in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode) if r.valid]


class CameraDialog(QDialog):
    sig_code = Signal(str)
    """A code was presented to the camera (once per presentation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pindai dengan kamera"))
        self.resize(720, 600)
        self.filter = PresentationFilter()
        self._busy = False
        self._last_frame = 0.0
        self.camera = None
        layout = QVBoxLayout(self)
        from PySide6.QtMultimedia import QMediaDevices

        self.devices = QMediaDevices.videoInputs()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if not self.devices:
            self.message.setText(
                self.tr("Kamera tidak ditemukan. Meja tetap bisa memakai pemindai USB atau pencarian nama.")
            )
            self.message.setObjectName("placeholderText")
        else:
            self.message.setText(self.tr("Tunjukkan kode QR undangan ke kamera."))
            self.picker = QComboBox()
            for device in self.devices:
                self.picker.addItem(device.description())
            self.picker.currentIndexChanged.connect(self.start_camera)
            layout.addWidget(self.picker)
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.preview = QVideoWidget()
            layout.addWidget(self.preview, 1)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        if self.devices:
            self.start_camera(0)

    def start_camera(self, index: int) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession

        self.stop_camera()
        self.camera = QCamera(self.devices[index])
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.preview)
        self.preview.videoSink().videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(
            lambda _e, text: self.message.setText(self.tr("Kamera gagal: %1").replace("%1", text))
        )
        self.camera.start()

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera = None

    def _frame(self, frame) -> None:  # type: ignore[no-untyped-def]
        now = time.monotonic()
        if self._busy or now - self._last_frame < MIN_FRAME_GAP or not frame.isValid():
            return
        image = frame.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        if image.isNull():
            return
        self._busy, self._last_frame = True, now
        data = bytes(image.constBits())
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        run_task(
            lambda _progress: decode_grey(data, width, height, stride),
            on_done=self._decoded,
            on_failed=self._failed,
        )

    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        for text in self.filter.frame(texts, time.monotonic()):
            self.sig_code.emit(text)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.message.setText(message)

    def done(self, result: int) -> None:
        self.stop_camera()
        super().done(result)
