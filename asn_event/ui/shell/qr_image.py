"""QR codes on screen: painted with whole-pixel modules on a white square with its quiet zone.

The symbol comes from :func:`asn_event.qr.encode` (the same encoder as invitations and certificates).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from asn_event.qr import encode

QUIET_MODULES = 4


def paint_qr_symbol(painter: QPainter, text: str, left: float, top: float, side: float) -> float:
    """Paint ``text`` as a QR code in a square of at most ``side`` pixels at (left, top), centred.

    Modules are whole pixels, so every module has the same size and the edges stay crisp for a
    phone camera. Returns the side actually painted (white square with the quiet zone).
    """
    matrix = encode(text, "M")
    modules = matrix.size + 2 * QUIET_MODULES
    module = max(1, int(side / modules))
    painted = module * modules
    left += (side - painted) / 2
    top += (side - painted) / 2
    painter.fillRect(QRectF(left, top, painted, painted), QColor("#FFFFFF"))
    black = QColor("#000000")
    for row, start, length in matrix.dark_runs():
        x = left + (start + QUIET_MODULES) * module
        y = top + (row + QUIET_MODULES) * module
        painter.fillRect(QRectF(x, y, length * module, module), black)
    return painted


def qr_pixmap(text: str, side: int) -> QPixmap:
    """``text`` as a QR code in a ``side`` x ``side`` pixmap (white around the symbol)."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint_qr_symbol(painter, text, 0, 0, side)
    finally:
        painter.end()
    return QPixmap.fromImage(image)
