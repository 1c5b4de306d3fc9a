"""The drawing half of ``asn-event --self-test``: PDF pages to pixels (QtPdf) and every screen offscreen."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from asn_event.context import AppContext
from asn_event.paths import resource
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
    """The page on white paper: QtPdf leaves the background transparent, which reads as black."""
    image = Image.open(io.BytesIO(data)).convert("RGBA")
    paper = Image.new("RGBA", image.size, "white")
    return Image.alpha_composite(paper, image).convert("RGB")


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


def decoded_frames(path: Path, timeout_s: float = 5.0) -> int:
    """How many audio frames QtMultimedia's FFmpeg backend decodes from ``path`` (no audio device needed)."""
    import time

    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtMultimedia import QAudioDecoder

    decoder = QAudioDecoder()
    frames, done = [0], [False]
    decoder.bufferReady.connect(lambda: frames.__setitem__(0, frames[0] + decoder.read().frameCount()))
    decoder.finished.connect(lambda: done.__setitem__(0, True))
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    decoder.start()
    deadline = time.monotonic() + timeout_s
    while not done[0] and decoder.error() == QAudioDecoder.Error.NoError and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    if decoder.error() != QAudioDecoder.Error.NoError:
        raise CheckFailed(f"{path.name} tidak bisa dibaca: {decoder.errorString()}")
    if not done[0]:
        raise CheckFailed(f"{path.name} tidak selesai dibaca dalam {timeout_s:.0f} detik")
    return frames[0]


def check_sounds() -> str:
    """Every desk and timer sound decodes through the multimedia plugin the bundle carries."""
    from PySide6.QtMultimedia import QMediaDevices

    files = sorted(resource("sounds").glob("*.wav"))
    if not files:
        raise CheckFailed("tidak ada berkas bunyi di resources/sounds")
    for path in files:
        if decoded_frames(path) == 0:
            raise CheckFailed(f"{path.name} kosong")
    outputs = len(QMediaDevices.audioOutputs())
    device = f"{outputs} perangkat suara" if outputs else "tidak ada perangkat suara di mesin ini"
    return f"{len(files)} bunyi terbaca (FFmpeg); {device}"


def check_printing(certificate: Path, folder: Path) -> str:
    """The certificate goes through QPrinter the way the Sertifikat page prints it (here into a PDF file),
    and its QR still reads and verifies on the printed page."""
    from PySide6.QtPrintSupport import QPrinter

    from asn_event.selftest import decode_qr
    from asn_event.ui.certificates.models import landscape_printer, paint_pages

    document = QPdfDocument(None)
    try:
        if document.load(str(certificate)) != QPdfDocument.Error.None_:
            raise CheckFailed(f"{certificate.name} tidak terbaca")
        printer = landscape_printer("Uji mandiri", document.pageCount())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed = folder / "sertifikat-dicetak.pdf"
        printer.setOutputFileName(str(printed))
        pages = paint_pages(document, printer)
    finally:
        document.close()
    if pages != [0] or not printed.is_file():
        raise CheckFailed("halaman sertifikat tidak tercetak")
    if len(decode_qr(rasterize(printed, 0, 2000))) != 1:
        raise CheckFailed("QR tidak terbaca di halaman yang dicetak")
    return "dicetak lewat QPrinter (ke PDF), QR tetap terbaca"
