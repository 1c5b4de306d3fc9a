"""Invitation cards on A4: 2 x 4 cards per page with cut marks, drawn with reportlab.

Layout is data in millimetres (:class:`CardLayout`). Long names shrink to fit, then wrap; they are
never clipped; the event's theme is shown when the card has room. Each QR code is one vector
path with its quiet zone, the symbol about 20 mm wide (the code format scans at 2 cm).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from asn_event import APP_NAME, brand
from asn_event.invitations.data import Invitation, InvitationEvent
from asn_event.names import nfc
from asn_event.pdf_fonts import FONTS, register_fonts
from asn_event.pdf_pages import CompactCanvas
from asn_event.progress import Progress
from asn_event.qr import draw_on_canvas, encode

SANS, SANS_BOLD, SANS_ITALIC = FONTS.sans, FONTS.sans_bold, FONTS.sans_italic
PRIMARY = HexColor(brand.PRIMARY)
ACCENT = HexColor(brand.ACCENT)
TEXT = HexColor(brand.TEXT)
MUTED = HexColor(brand.MUTED)
BORDER = HexColor("#9AA5B1")


@dataclass(frozen=True, slots=True)
class CardLayout:
    """Sizes in millimetres."""

    columns: int = 2
    rows: int = 4
    card_width: float = 90.0
    card_height: float = 64.0
    padding: float = 5.0
    band_height: float = 9.0
    qr_box: float = 27.0  # QR with its quiet zone: the symbol itself is about 20.5 mm wide
    mark_length: float = 5.0
    mark_gap: float = 2.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, page_width: float, page_height: float) -> tuple[float, float]:
        """Lower-left corner of the card grid, centred on the page (points)."""
        grid_w = self.columns * self.card_width * mm
        grid_h = self.rows * self.card_height * mm
        return (page_width - grid_w) / 2, (page_height - grid_h) / 2


def _fit_lines(
    text: str, font: str, sizes: Sequence[float], width: float, max_lines: int
) -> tuple[list[str], float]:
    """The largest size at which ``text`` wraps into at most ``max_lines``; the smallest size otherwise."""
    for size in sizes:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= max_lines:
            return lines, size
    size = sizes[-1]
    return simpleSplit(text, font, size, width), size


def _draw_lines(
    canvas: Canvas, lines: Sequence[str], x: float, y: float, font: str, size: float, leading: float
) -> float:
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= leading
    return y


def _cut_marks(canvas: Canvas, layout: CardLayout, x0: float, y0: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(TEXT)
    canvas.setLineWidth(0.4)
    grid_w = layout.columns * layout.card_width * mm
    grid_h = layout.rows * layout.card_height * mm
    gap, length = layout.mark_gap * mm, layout.mark_length * mm
    for column in range(layout.columns + 1):
        x = x0 + column * layout.card_width * mm
        canvas.line(x, y0 - gap, x, y0 - gap - length)
        canvas.line(x, y0 + grid_h + gap, x, y0 + grid_h + gap + length)
    for row in range(layout.rows + 1):
        y = y0 + row * layout.card_height * mm
        canvas.line(x0 - gap, y, x0 - gap - length, y)
        canvas.line(x0 + grid_w + gap, y, x0 + grid_w + gap + length, y)
    # Light dotted guides between cards, so a pair of scissors also works.
    canvas.setStrokeColor(BORDER)
    canvas.setLineWidth(0.3)
    canvas.setDash(1, 2)
    for column in range(1, layout.columns):
        x = x0 + column * layout.card_width * mm
        canvas.line(x, y0, x, y0 + grid_h)
    for row in range(1, layout.rows):
        y = y0 + row * layout.card_height * mm
        canvas.line(x0, y, x0 + grid_w, y)
    canvas.restoreState()


def _draw_card(
    canvas: Canvas, layout: CardLayout, event: InvitationEvent, card: Invitation, x: float, y: float
) -> None:
    w, h = layout.card_width * mm, layout.card_height * mm
    pad = layout.padding * mm
    band = layout.band_height * mm
    top = y + h

    # Header band.
    canvas.setFillColor(PRIMARY)
    canvas.rect(x + pad, top - pad - band, w - 2 * pad, band, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(x + pad, top - pad - band - 0.8 * mm, w - 2 * pad, 0.8 * mm, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(SANS_BOLD, 8.5)
    canvas.drawString(x + pad + 2.5 * mm, top - pad - band + 3.2 * mm, "UNDANGAN")
    # The organizer, right-aligned in the band: one line if it fits, else two smaller ones (never cut).
    organizer = nfc(event.organizer or APP_NAME)
    org_width = w - 2 * pad - 24 * mm
    org_lines, org_size = _fit_lines(organizer, SANS, (6.5, 6), org_width, 1)
    if len(org_lines) > 1:
        org_lines, org_size = _fit_lines(organizer, SANS, (6, 5.5, 5), org_width, 2)
    canvas.setFont(SANS, org_size)
    leading = org_size * 1.15
    baseline = top - pad - band / 2 + (len(org_lines) - 1) * leading / 2 - org_size * 0.35
    for line in org_lines:
        canvas.drawRightString(x + w - pad - 2.5 * mm, baseline, line)
        baseline -= leading

    # QR code, right, below the band.
    qr_box = layout.qr_box * mm
    qr_x = x + w - pad - qr_box
    qr_y = top - pad - band - 2.5 * mm - qr_box
    modules = encode(card.code).size + 8
    quiet = qr_box * 4 / modules
    draw_on_canvas(canvas, card.code, qr_x + quiet, qr_y + quiet, qr_box - 2 * quiet)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 6)
    canvas.drawCentredString(qr_x + qr_box / 2, qr_y - 1.5 * mm, "Pindai di meja registrasi")

    # Text column, left of the QR.
    text_x = x + pad
    text_w = qr_x - text_x - 3 * mm
    cursor = top - pad - band - 6.5 * mm
    name_lines, name_size = _fit_lines(nfc(card.name), SANS_BOLD, (12, 11, 10, 9), text_w, 2)
    if len(name_lines) > 2:
        name_lines, name_size = _fit_lines(nfc(card.name), SANS_BOLD, (9, 8.5, 8, 7.5, 7), text_w, 3)
    canvas.setFillColor(TEXT)
    cursor = _draw_lines(canvas, name_lines, text_x, cursor, SANS_BOLD, name_size, name_size * 1.15)
    canvas.setFillColor(MUTED)
    detail = " · ".join(part for part in (nfc(card.position), nfc(card.unit)) if part)
    detail_lines, detail_size = _fit_lines(detail, SANS, (8, 7.5, 7, 6.5), text_w, 3)
    cursor = _draw_lines(
        canvas, detail_lines, text_x, cursor - 0.5 * mm, SANS, detail_size, detail_size * 1.2
    )

    # Event block, full width under the QR, anchored to the card's bottom edge.
    top_limit = min(cursor - 2 * mm, qr_y - 4.5 * mm)
    _draw_event_block(canvas, event, text_x, w - 2 * pad, top_limit, y + 3.5 * mm)


# (font, colour, sizes, max lines) per line group; a smaller plan is tried when a larger one does not fit.
_Plan = list[tuple[str, object, tuple[float, ...], int]]


def _event_plans(event: InvitationEvent) -> list[tuple[_Plan, list[str]]]:
    title, theme, venue = nfc(event.title), nfc(event.theme), nfc(event.venue)
    full: _Plan = [(SANS_BOLD, PRIMARY, (8.5, 8, 7.5), 2), (SANS_ITALIC, MUTED, (7, 6.5), 2)]
    rest: _Plan = [(SANS, TEXT, (7.5, 7), 1), (SANS, TEXT, (7.5, 7, 6.5), 2)]
    small: _Plan = [
        (SANS_BOLD, PRIMARY, (7.5, 7, 6.5), 2),
        (SANS, TEXT, (6.5,), 1),
        (SANS, TEXT, (6.5, 6), 2),
    ]
    plans = []
    if theme:
        plans.append((full + rest, [title, theme, event.when, venue]))
    plans.append(([full[0], *rest], [title, event.when, venue]))
    plans.append((small, [title, event.when, venue]))
    return plans


def _draw_event_block(
    canvas: Canvas, event: InvitationEvent, x: float, width: float, top: float, bottom: float
) -> None:
    """Title, theme (when there is room), date and venue; the largest plan that fits between top and bottom."""
    chosen: list[tuple[str, object, list[str], float]] = []
    for plan, texts in _event_plans(event):
        chosen = []
        for (font, colour, sizes, max_lines), text in zip(plan, texts, strict=True):
            lines, size = _fit_lines(text, font, sizes, width, max_lines)
            chosen.append((font, colour, lines, size))
        height = sum(len(lines) * size * 1.2 for _f, _c, lines, size in chosen)
        if height <= top - bottom:
            break
    cursor = bottom + sum(len(lines) * size * 1.2 for _f, _c, lines, size in chosen) - chosen[0][3]
    for font, colour, lines, size in chosen:
        canvas.setFillColor(colour)
        cursor = _draw_lines(canvas, lines, x, cursor, font, size, size * 1.2)


def render_pdf(
    event: InvitationEvent,
    invitations: Sequence[Invitation],
    *,
    layout: CardLayout | None = None,
    progress: Progress | None = None,
) -> bytes:
    """An A4 PDF with ``layout.per_page`` cards per page and cut marks, in the given order."""
    buffer = BytesIO()
    _draw_pdf(buffer, event, invitations, layout or CardLayout(), progress or Progress())
    return buffer.getvalue()


def write_pdf(
    out: Path,
    event: InvitationEvent,
    invitations: Sequence[Invitation],
    *,
    layout: CardLayout | None = None,
    progress: Progress | None = None,
) -> None:
    """:func:`render_pdf` straight into the file ``out`` (via a temporary file in the same folder,
    renamed at the end): the document is never held in memory as a whole."""
    from asn_event.safe_output import atomic_write

    with atomic_write(out) as partial:
        _draw_pdf(partial, event, invitations, layout or CardLayout(), progress or Progress())


def _draw_pdf(
    target: BytesIO | Path,
    event: InvitationEvent,
    invitations: Sequence[Invitation],
    layout: CardLayout,
    progress: Progress,
) -> None:
    register_fonts()
    canvas = CompactCanvas(target if isinstance(target, BytesIO) else str(target), pagesize=A4)  # pages held compressed
    canvas.setTitle(f"Undangan - {nfc(event.title)}")
    canvas.setAuthor(nfc(event.organizer or APP_NAME))
    canvas.setCreator(APP_NAME)
    page_w, page_h = A4
    x0, y0 = layout.origin(page_w, page_h)
    total = len(invitations)
    pages = max(1, -(-total // layout.per_page))
    for page in range(pages):
        chunk = invitations[page * layout.per_page : (page + 1) * layout.per_page]
        _cut_marks(canvas, layout, x0, y0)
        for index, card in enumerate(chunk):
            column, row = index % layout.columns, index // layout.columns
            x = x0 + column * layout.card_width * mm
            y = y0 + (layout.rows - 1 - row) * layout.card_height * mm
            _draw_card(canvas, layout, event, card, x, y)
        canvas.setFont(SANS, 7)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(page_w / 2, 8 * mm, f"Halaman {page + 1} dari {pages}")
        canvas.showPage()
        progress.report(min(total, (page + 1) * layout.per_page), total, "building_invitations")
    canvas.save()
