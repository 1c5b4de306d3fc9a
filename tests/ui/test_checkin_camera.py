"""Camera scanning: frames decode off the GUI thread; no camera gives a clear message."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from asn_event.qr import png_bytes
from asn_event.ui.checkin.camera import CameraDialog, decode_grey


def test_decode_grey_reads_a_padded_frame() -> None:
    image = Image.open(io.BytesIO(png_bytes("SA1:3:42:ABCDEFGHIJKLMNOP"))).convert("L")
    width, height = image.size
    stride = width + 5  # Qt pads image rows
    raw = image.tobytes()
    data = b"".join(raw[y * width : (y + 1) * width] + b"\0" * 5 for y in range(height))
    assert decode_grey(data, width, height, stride) == ["SA1:3:42:ABCDEFGHIJKLMNOP"]


def test_no_camera_says_so_and_the_desk_keeps_working(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CameraDialog()
    qtbot.addWidget(dialog)
    if dialog.devices:
        pytest.skip("this machine has a camera")
    assert "Kamera tidak ditemukan" in dialog.message.text()
    assert "pemindai" in dialog.message.text()
