"""CompactCanvas: the same PDF as reportlab writes, with finished pages held small until the end."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from asn_event.pdf_pages import CompactCanvas


@pytest.fixture
def invariant() -> Iterator[None]:
    """No creation date or random document id: two runs of the same drawing give the same bytes
    (and streams not ASCII85-encoded, as asn_event.pdf_fonts sets for every PDF of the program)."""
    before = rl_config.invariant, rl_config.useA85
    rl_config.invariant, rl_config.useA85 = 1, 0
    yield
    rl_config.invariant, rl_config.useA85 = before


def _draw(canvas: Canvas, pages: int, first: int = 1, numbered: bool = False) -> None:
    if first == 1:
        canvas.setTitle("Daftar")
        canvas.beginForm("Header")
        canvas.drawString(72, 800, "Badan Kepegawaian")
        canvas.endForm()
    for number in range(first, first + pages):
        canvas.doForm("Header")
        if numbered:  # a form of its own per page, defined at the end (as the reports' page numbers)
            canvas.doForm(f"Number{number}")
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 700, f"Peserta nomor {number}")
        canvas.rect(72, 600, 100 + number % 7, 20, fill=1)
        if number == 2:
            canvas.linkURL("https://example.org", (72, 600, 172, 620))  # a page with an annotation
            canvas.bookmarkPage("dua")
        canvas.showPage()


def _write(canvas_class: type[Canvas], pages: int) -> bytes:
    out = io.BytesIO()
    canvas = canvas_class(out, pagesize=A4, pageCompression=1)
    _draw(canvas, pages, numbered=True)
    for number in range(1, pages + 1):
        canvas.beginForm(f"Number{number}")
        canvas.drawRightString(520, 40, f"Halaman {number} dari {pages}")
        canvas.endForm()
    canvas.save()
    return out.getvalue()


def test_the_file_is_byte_for_byte_what_reportlab_writes(invariant: None) -> None:
    compact = _write(CompactCanvas, 5)
    assert compact == _write(Canvas, 5)
    reader = PdfReader(io.BytesIO(compact))
    assert [page.extract_text().splitlines()[-1] for page in reader.pages] == [
        f"Peserta nomor {n}" for n in range(1, 6)
    ]
    assert all(f"Halaman {n} dari 5" in page.extract_text() for n, page in enumerate(reader.pages, 1))
    assert "/Annots" in reader.pages[1] and "/Annots" not in reader.pages[0]


def test_a_finished_page_held_until_the_end_costs_well_under_a_kilobyte() -> None:
    canvas = CompactCanvas(io.BytesIO(), pagesize=A4)
    _draw(canvas, 200)  # fonts, forms and caches settle
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _draw(canvas, 2000, first=201)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held / 2000 < 1000  # reportlab's own page objects alone were about 4 KB a page
    canvas.save()
