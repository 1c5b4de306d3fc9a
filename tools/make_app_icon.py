"""Draw the application icon's PNG sizes and the Windows .ico from resources/icons/app/asn-event.svg.

    QT_QPA_PLATFORM=offscreen python tools/make_app_icon.py

Qt's SVG renderer draws each size (so the PNGs match what the app would draw itself); Pillow packs
them into the .ico that PyInstaller gives the Windows executable.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(FOLDER / "asn-event.svg"))
    if not renderer.isValid():
        print(f"make_app_icon: {FOLDER / 'asn-event.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        data = draw(renderer, size)
        target = FOLDER / f"asn-event-{size}.png"
        partial = target.with_suffix(".png.partial")
        partial.write_bytes(data)
        partial.replace(target)
        images[size] = Image.open(io.BytesIO(data))
    largest = images[SIZES[-1]]
    partial = FOLDER / "asn-event.ico.partial"
    largest.save(partial, format="ICO", sizes=[(s, s) for s in SIZES], append_images=list(images.values()))
    partial.replace(FOLDER / "asn-event.ico")
    del app
    print(f"{len(SIZES)} PNG sizes and asn-event.ico written to {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
