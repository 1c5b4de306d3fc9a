"""The paper layout every report PDF shares: A4 portrait, Noto fonts, letterhead, signer block and
"Halaman 2 dari 5" in the footer (the total is known only after the last page: the canvas keeps
each page's state and writes the numbers when it saves).

Sizes are in millimetres (``mm``); everything here is reportlab, imported only when a PDF is made.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from asn_event import brand
from asn_event.events import EventInfo
from asn_event.formatting import at_time, clock_time, date_only, long_date
from asn_event.pdf_fonts import register_fonts
from asn_event.pdf_pages import CompactCanvas
from asn_event.reports.common import format_nip
from asn_event.safe_output import atomic_write

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm
FOOTER_Y = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor(brand.TEXT)
MUTED = colors.HexColor(brand.MUTED)
PRIMARY = colors.HexColor(brand.PRIMARY)
RULE = colors.HexColor("#9AA5B1")
HEADER_BG = colors.HexColor("#E4ECF4")
ZEBRA = colors.HexColor("#F7F9FB")


def text(value: str) -> str:
    """Plain text made safe for a Paragraph: NFC, markup characters escaped."""
    return escape(unicodedata.normalize("NFC", value or ""))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    theme: ParagraphStyle
    heading: ParagraphStyle
    kop1: ParagraphStyle
    kop2: ParagraphStyle


def make_styles() -> Styles:
    f = register_fonts()
    base = ParagraphStyle("body", fontName=f.sans, fontSize=10, leading=14, textColor=INK, splitLongWords=1)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    return Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        small_muted=ParagraphStyle("small_muted", parent=base, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=f.sans_bold),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=f.sans_bold, alignment=TA_CENTER),
        title=ParagraphStyle(
            "title", parent=base, fontName=f.sans_bold, fontSize=14, leading=18, alignment=TA_CENTER,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=base, fontName=f.sans_bold, fontSize=11, leading=14.5, alignment=TA_CENTER
        ),
        theme=ParagraphStyle(
            "theme", parent=base, fontName=f.sans_italic, fontSize=10, leading=13.5, alignment=TA_CENTER
        ),
        heading=ParagraphStyle(
            "heading", parent=base, fontName=f.sans_bold, fontSize=11, leading=15, textColor=PRIMARY,
            spaceBefore=10, spaceAfter=4,
        ),
        kop1=ParagraphStyle(
            "kop1", parent=base, fontName=f.sans_bold, fontSize=12, leading=15, alignment=TA_CENTER
        ),
        kop2=ParagraphStyle(
            "kop2", parent=base, fontName=f.sans_bold, fontSize=10.5, leading=13.5, alignment=TA_CENTER
        ),
    )


def when_text(event: EventInfo) -> str:
    """``pukul 09.00 WIB s.d. selesai`` or ``pukul 09.00–12.00 WIB``."""
    if event.end_time is None:
        return f"{at_time(event.start_time)} s.d. selesai"
    return f"pukul {clock_time(event.start_time)}–{clock_time(event.end_time)} WIB"


def letterhead(event: EventInfo, st: Styles) -> list[Flowable]:
    """The issuing office at the top of the first page: city government and the organizer."""
    city = (event.city or "").strip()
    lines: list[Flowable] = []
    if city:
        lines.append(Paragraph(text(f"PEMERINTAH KOTA {city.upper()}"), st.kop1))
    if event.organizer.strip():
        lines.append(Paragraph(text(event.organizer.strip().upper()), st.kop2))
    if lines:
        lines.append(Spacer(1, 2 * mm))
        lines.append(HRFlowable(width="100%", thickness=1.6, color=INK, spaceAfter=0.6 * mm))
        lines.append(HRFlowable(width="100%", thickness=0.5, color=INK, spaceAfter=5 * mm))
    return lines


def key_value_table(pairs: Sequence[tuple[str, str]], st: Styles, label_width: float = 32 * mm) -> Table:
    data = [[Paragraph(text(k), st.body), Paragraph(":", st.body), Paragraph(text(v), st.body)] for k, v in pairs]
    table = Table(data, colWidths=[label_width, 4 * mm, CONTENT_WIDTH - label_width - 4 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


CELL_PADDING_X = 3 + 3  # left + right padding of a grid cell (points)
CELL_PADDING_Y = 2.5 + 3  # top + bottom


def grid_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[tuple[Any, ...]]:
    """Thin grey rules, a tinted header row, optional zebra striping of the body rows."""
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for row in range(header_rows + 1, header_rows + rows, 2):
            style.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return style


def signer_block(event: EventInfo, st: Styles, *, lead: str = "") -> list[Flowable]:
    """Place and date, the signer's title, room to sign, name and NIP, on the right half.

    Returned as a list for the caller to keep together (a KeepTogether nested in another always
    claims to be too tall and pushes everything to a new page)."""
    f = register_fonts()
    right = ParagraphStyle("signer", parent=st.body, alignment=TA_LEFT)
    name_style = ParagraphStyle("signer_name", parent=right, fontName=f.sans_bold)
    place = (event.city or "").strip()
    lines: list[Flowable] = [Paragraph(text(f"{place}, {date_only(event.date)}" if place else date_only(event.date)), right)]
    if lead:
        lines.append(Paragraph(text(lead), right))
    lines.append(Paragraph(text(event.signer_title or "Penanggung jawab kegiatan"), right))
    lines.append(Spacer(1, 20 * mm))
    if event.signer_name.strip():
        lines.append(Paragraph(f"<u>{text(event.signer_name.strip())}</u>", name_style))
    else:
        lines.append(Paragraph("(" + "." * 48 + ")", right))
    if event.signer_nip:
        lines.append(Paragraph(text(f"NIP {format_nip(event.signer_nip)}"), right))
    half = CONTENT_WIDTH / 2
    table = Table([["", lines]], colWidths=[CONTENT_WIDTH - half - 8 * mm, half + 8 * mm])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 8 * mm), table]


def footer_label(kind: str, event: EventInfo) -> str:
    return f"{kind} · {event.title} · {long_date(event.date)}"


def _numbered_canvas(label: str, page_counter: list[int]) -> type[rl_canvas.Canvas]:
    fonts = register_fonts()

    class NumberedCanvas(CompactCanvas):
        """Writes "Halaman n dari N" on every page without keeping the pages open until the end.

        Each page draws its footer line and label at once and refers to a form holding its page
        number; the forms are defined when the document is saved and the total is known (a PDF
        may name a form before defining it). The pages themselves are finished and compressed as
        they come, so a list of 5,000 pages holds no more than a few KB per page."""

        def showPage(self) -> None:
            self._draw_footer()
            super().showPage()

        def save(self) -> None:
            if len(self._code):
                self.showPage()
            total = self._pageNumber - 1
            page_counter.append(total)
            for number in range(1, total + 1):
                self.beginForm(_page_form(number), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
                self.setFillColor(MUTED)
                self.setFont(fonts.sans, 7.5)
                self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_Y, _page_words(number, total))
                self.endForm()
            super().save()

        def _draw_footer(self) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, FOOTER_Y + 4 * mm, PAGE_WIDTH - MARGIN_X, FOOTER_Y + 4 * mm)
            self.setFillColor(MUTED)
            self.setFont(fonts.sans, 7.5)
            # Room for the widest page number this document could have ("Halaman 99999 dari 99999").
            number = _page_words(99999, 99999)
            room = CONTENT_WIDTH - self.stringWidth(number, fonts.sans, 7.5) - 8 * mm
            shown = label
            while shown and self.stringWidth(shown, fonts.sans, 7.5) > room:
                shown = shown[:-2].rstrip() + "…"
            self.drawString(MARGIN_X, FOOTER_Y, shown)
            self.restoreState()
            self.doForm(_page_form(self._pageNumber))

    return NumberedCanvas


def _page_form(number: int) -> str:
    return f"PageNumber{number}"


def _page_words(number: int, total: int) -> str:
    return f"Halaman {number} dari {total}"


def build_pdf(out: Path, story: list[Flowable], *, title: str, author: str, footer: str) -> int:
    """Write ``story`` to ``out`` (via a temporary file, so a failure leaves no half PDF); returns pages."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pages: list[int] = []
    with atomic_write(out) as partial:
        _build(partial, story, pages, title=title, author=author, footer=footer)
    return pages[-1] if pages else 0


def _build(partial: Path, story: list[Flowable], pages: list[int], *, title: str, author: str, footer: str) -> None:
    doc = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="Sinar ASN Event Desk",
        lang="id-ID",
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer, pages))
