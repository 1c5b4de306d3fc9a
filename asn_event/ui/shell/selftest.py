"""The drawing half of ``asn-event --self-test``: PDF pages to pixels (QtPdf) and every screen offscreen."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from asn_event.context import AppContext
from asn_event.selftest import CheckFailed, not_blank


def rasterize(path: Path, page: int, width_px: int) -> Image.Image:
    """Page ``page`` of the PDF at ``path`` drawn ``width_px`` wide, as a Pillow image."""
    document = QPdfDocument(None)
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_ or document.pageCount() <= page:
            raise CheckFailed(f"{path.name} tidak terbaca sebagai PDF ({error.name})")
        points = document.pagePointSize(page)
        height = round(width_px * points.height() / points.width())
        image = document.render(page, QSize(width_px, height))
    finally:
        document.close()
    if image.isNull():
        raise CheckFailed(f"halaman {page + 1} {path.name} tidak tergambar")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return _from_png(bytes(data.data()))


def _from_png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def screen_checks(ctx: AppContext, event_id: int, folder: Path) -> Iterator[tuple[str, Callable[[], str]]]:
    """One check per page and screen the screenshot command knows, each drawn at 1366x768."""
    from asn_event.ui.shell.screenshots import render_page, target_names

    for name in target_names():

        def step(name: str = name) -> str:
            out = render_page(ctx, event_id, name, (1366, 768), "", folder / f"layar-{name}.png")
            with Image.open(out) as image:
                image.load()
                not_blank(image, f"layar {name}")
                return f"tergambar {image.width}x{image.height}"

        yield f"layar {name}", step
