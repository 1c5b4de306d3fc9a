"""QR codes: encoded with zxing-cpp (fast, C++), drawn as one path in PDFs, written as PNG.

Both invitations and certificates use this module. Pure-Python encoders (qrcode, reportlab's
widget) cost about twenty times more per code, which matters for a 1,000-page batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import zxingcpp


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """The modules of a QR symbol without quiet zone: ``rows[y][x]`` is True for a dark module."""

    size: int
    rows: tuple[tuple[bool, ...], ...]

    def dark_runs(self) -> list[tuple[int, int, int]]:
        """Horizontal runs of dark modules as (y, x_start, length): few shapes to draw."""
        runs: list[tuple[int, int, int]] = []
        for y, row in enumerate(self.rows):
            x = 0
            while x < self.size:
                if row[x]:
                    start = x
                    while x < self.size and row[x]:
                        x += 1
                    runs.append((y, start, x - start))
                else:
                    x += 1
        return runs


@lru_cache(maxsize=4096)
def encode(text: str, ec_level: str = "M") -> QrMatrix:
    """Encode ``text`` as a QR symbol (error correction L, M, Q or H)."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
    height, width = image.shape
    data = bytes(image)
    rows = tuple(tuple(data[y * width + x] < 128 for x in range(width)) for y in range(height))
    return QrMatrix(size=width, rows=rows)


def draw_on_canvas(canvas, text: str, x: float, y: float, size: float, ec_level: str = "M") -> None:  # type: ignore[no-untyped-def]
    """Draw a QR code on a reportlab canvas as one filled path, lower-left corner at (x, y), ``size`` points wide.

    The caller leaves a quiet zone of four modules around it.
    """
    matrix = encode(text, ec_level)
    module = size / matrix.size
    path = canvas.beginPath()
    top = y + size
    for row, start, length in matrix.dark_runs():
        path.rect(x + start * module, top - (row + 1) * module, length * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def png_bytes(text: str, module_px: int = 10, quiet_modules: int = 4, ec_level: str = "M") -> bytes:
    """A black-on-white PNG of the code (Pillow), with a quiet zone."""
    from io import BytesIO

    from PIL import Image

    matrix = encode(text, ec_level)
    side = matrix.size + 2 * quiet_modules
    image = Image.new("1", (side, side), 1)
    pixels = image.load()
    for y, row in enumerate(matrix.rows):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + quiet_modules, y + quiet_modules] = 0
    image = image.resize((side * module_px, side * module_px), Image.NEAREST)
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
