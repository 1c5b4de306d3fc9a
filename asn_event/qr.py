"""QR codes: encoded with zxing-cpp (fast, C++), drawn as one path in PDFs, written as PNG.

Both invitations and certificates use this module. Pure-Python encoders (qrcode, reportlab's
widget) cost about twenty times more per code, which matters for a 1,000-page batch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import zxingcpp


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """The modules of a QR symbol without quiet zone: ``rows[y][x]`` is 1 (truthy) for a dark module."""

    size: int
    rows: tuple[bytes, ...]

    def dark_runs(self) -> list[tuple[int, int, int]]:
        """Horizontal runs of dark modules as (y, x_start, length): few shapes to draw."""
        return [
            (y, match.start(), match.end() - match.start())
            for y, row in enumerate(self.rows)
            for match in _DARK_RUN.finditer(row)
        ]


_DARK_RUN = re.compile(rb"\x01+")
# Grey levels from zxing-cpp's image: below 128 is a dark module (1), the rest light (0).
_TO_MODULES = bytes(1 if value < 128 else 0 for value in range(256))


@lru_cache(maxsize=256)  # a screen redraws the same few codes; a batch never repeats one
def encode(text: str, ec_level: str = "M", data_mask: int | None = None) -> QrMatrix:
    """Encode ``text`` as a QR symbol (error correction L, M, Q or H).

    ``data_mask`` (0-7) skips the encoder's trial of all eight masks, which is most of its time;
    on data as random as a signature any mask scans alike. None lets the encoder choose.
    """
    options: dict[str, object] = {"ec_level": ec_level}
    if data_mask is not None:
        options["data_mask"] = data_mask
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, **options)
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
    height, width = image.shape
    data = bytes(image).translate(_TO_MODULES)
    rows = tuple(data[y * width : (y + 1) * width] for y in range(height))
    return QrMatrix(size=width, rows=rows)


def path_operators(matrix: QrMatrix) -> str:
    """PDF path operators for the dark modules, in module units with the origin at the lower left.

    Integers only: reportlab's own path methods format every coordinate as a float (in pure
    Python), which cost more than the encoding itself and made each page's content larger.
    """
    top = matrix.size - 1
    return "\n".join(f"{start} {top - row} {length} 1 re" for row, start, length in matrix.dark_runs())


def draw_on_canvas(canvas, text: str, x: float, y: float, size: float, ec_level: str = "M") -> None:  # type: ignore[no-untyped-def]
    """Draw a QR code on a reportlab canvas as one filled path, lower-left corner at (x, y), ``size`` points wide.

    The caller leaves a quiet zone of four modules around it.
    """
    draw_matrix(canvas, encode(text, ec_level), x, y, size)


def draw_matrix(canvas, matrix: QrMatrix, x: float, y: float, size: float) -> None:  # type: ignore[no-untyped-def]
    """Draw an encoded symbol as one filled path (see :func:`draw_on_canvas`)."""
    module = size / matrix.size
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(module, 0, 0, module, x, y)
    canvas.addLiteral(path_operators(matrix) + "\nf")
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
