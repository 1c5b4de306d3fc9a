"""Draw certificates with reportlab from plain :class:`CertificateContent` and layout data.

Three layers per page, so a thousand pages stay small and fast:

- the background (default design or the organizer's image): one Form XObject per PDF;
- what every certificate of an event shares (header, title, seal, signer block, the event lines):
  Form XObjects made the first time a page needs them and reused after;
- what is the person's own (number, name, NIP, position and unit, QR code, short code): drawn on
  the page, the QR as one filled path.

The renderer knows nothing of the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from asn_event import APP_NAME, qr
from asn_event.certificates.content import CertificateContent
from asn_event.certificates.design import FORM_NAME, ImageStatus, check_image, define_background
from asn_event.certificates.fit import MM, FittedText, fit_text
from asn_event.certificates.layout import ACCENT, DEFAULT_LAYOUT, BodyItem, Layout, TextStyle
from asn_event.domain.errors import Refused
from asn_event.domain.notes import Note
from asn_event.pdf_fonts import register_fonts
from asn_event.pdf_pages import CompactCanvas
from asn_event.progress import Progress

TITLE = "SERTIFIKAT"
QR_QUIET_MODULES = 4
QR_EC_LEVEL = "M"  # survives a scuff or a fold; a signed code is long enough without H
# A fixed mask: trying all eight is most of the encoder's time, and on a signature's random bits
# every mask scans alike (mask 4 gave the fewest runs, so the smallest path, on sample codes).
QR_DATA_MASK = 4
RULE_GAP = 4.0 * MM  # room for the accent rule under the name
_BODY_SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.5)

Placed = tuple[BodyItem, FittedText, float]  # an item, its fitted text, the gap above it (points)


class NothingToRender(Refused, ValueError):
    """No certificate was given to draw."""


@dataclass(frozen=True, slots=True)
class Design:
    """How certificates look: the layout, and the organizer's optional images."""

    background: str | None = None
    signature: str | None = None
    layout: Layout = DEFAULT_LAYOUT
    logo: str | None = None  # PNG/JPEG/SVG, drawn in the background form: once per PDF


@dataclass(frozen=True, slots=True)
class RenderReport:
    pages: int
    warnings: tuple[Note, ...]  # worded by asn_event.words.note_text


def body_texts(content: CertificateContent) -> dict[str, tuple[str, ...]]:
    """The texts of the body flow, by the field names the layout refers to."""
    position_unit = " · ".join(part for part in (content.position, content.unit) if part)
    when_where = f"diselenggarakan pada {content.event_date}"
    if content.venue:
        when_where += f" di {content.venue}"
    return {
        "given_to": ("diberikan kepada",),
        "name": (content.name,),
        "nip": (f"{content.nip_label} {content.nip}",) if content.nip else (),
        "position_unit": (position_unit,) if position_unit else (),
        "role": (f"atas partisipasinya sebagai {content.role} dalam kegiatan",),
        "event_title": (content.event_title,),
        "event_theme": (content.event_theme,) if content.event_theme else (),
        "when_where": (when_where,),
        "extra": content.extra_lines,
    }


@lru_cache(maxsize=64)
def _color(value: str) -> Color:
    return HexColor(value)


@lru_cache(maxsize=4096)
def _fit(text: str, style: TextStyle, width_mm: float) -> FittedText:
    return fit_text(text, style, width_mm)


def _scaled(style: TextStyle, factor: float) -> TextStyle:
    if factor == 1.0:
        return style
    return replace(
        style,
        size=style.size * factor,
        min_size=None if style.min_size is None else style.min_size * factor,
        wrapped_min_size=None if style.wrapped_min_size is None else style.wrapped_min_size * factor,
    )


def _draw_lines(canvas: Canvas, fitted: FittedText, centre_x: float, top: float) -> float:
    """Draw centred lines below ``top`` (points); return the y under the last line."""
    if not fitted.lines:
        return top
    canvas.setFont(fitted.font, fitted.size)
    canvas.setFillColor(_color(fitted.style.color))
    y = top
    for line in fitted.lines:
        canvas.drawCentredString(centre_x, y - fitted.size * 0.93, line, charSpace=fitted.style.char_space)
        y -= fitted.line_height
    return y


def _height(placed: list[Placed]) -> float:
    return sum(gap + fitted.height + (RULE_GAP if item.rule_after else 0.0) for item, fitted, gap in placed)


def layout_body(layout: Layout, content: CertificateContent) -> list[Placed]:
    """Fitted body texts with their gaps, scaled down together until they fit the body box."""
    texts = body_texts(content)
    box = layout.body
    placed: list[Placed] = []
    for factor in _BODY_SCALES:
        placed = []
        for item in layout.body_items:
            style = _scaled(item.style, factor)
            for index, text in enumerate(texts.get(item.field, ())):
                gap = item.gap_before * MM * factor if index == 0 and placed else 0.0
                placed.append((item, _fit(text, style, box.width), gap))
        if _height(placed) <= box.height * MM:
            break
    return placed


def _draw_flow(canvas: Canvas, placed: list[Placed], centre_x: float, top: float) -> float:
    y = top
    accent = _color(ACCENT)
    for item, fitted, gap in placed:
        y = _draw_lines(canvas, fitted, centre_x, y - gap)
        if item.rule_after and fitted.lines:
            widest = max(canvas.stringWidth(line, fitted.font, fitted.size) for line in fitted.lines)
            half = min(widest / 2 + 10 * MM, 85 * MM)
            canvas.setStrokeColor(accent)
            canvas.setLineWidth(0.7)
            canvas.line(centre_x - half, y - RULE_GAP / 2, centre_x + half, y - RULE_GAP / 2)
            y -= RULE_GAP
    return y


class CertificateWriter:
    """Draws certificate pages on one canvas, defining shared forms once (see the module docstring)."""

    def __init__(self, canvas: Canvas, design: Design) -> None:
        register_fonts()
        self.canvas = canvas
        self.layout = design.layout
        self.warnings: list[Note] = define_background(canvas, self.layout, design.background, design.logo)
        self.signature: str | None = None
        if design.signature:
            check = check_image(design.signature, what="signature", aspect=None)
            if check.status is ImageStatus.BROKEN:
                self.warnings.append(Note("without_signature", {"problem": check.note}))
            else:
                self.signature = str(design.signature)
        self._forms: dict[object, str] = {}

    def _form(self, key: object, draw: Callable[[], None]) -> str:
        name = self._forms.get(key)
        if name is None:
            name = self._forms[key] = f"CertificateShared{len(self._forms) + 1}"
            layout = self.layout
            self.canvas.beginForm(name, 0, 0, layout.page_width * MM, layout.page_height * MM)
            draw()
            self.canvas.endForm()
        return name

    def page(self, content: CertificateContent) -> None:
        """Draw one certificate (the caller calls ``showPage``)."""
        canvas, layout = self.canvas, self.layout
        static_key = (
            "static",
            content.organizer,
            content.jp,
            content.signing_place_date,
            content.signer_title,
            content.signer_name,
            content.signer_nip,
            bool(content.verification_text),
        )
        static = self._form(static_key, lambda: self._draw_static(content))
        placed = layout_body(layout, content)
        split = next((i for i, (item, _f, _g) in enumerate(placed) if item.shared), len(placed))
        own, shared = placed[:split], placed[split:]
        block_gap = shared[0][2] if shared else 0.0
        if shared:
            shared[0] = (shared[0][0], shared[0][1], 0.0)
        shared_height = _height(shared)
        box = layout.body
        centre_x = box.centre_x * MM
        shared_form = None
        if shared:
            key = ("shared", tuple((item.field, fitted, gap) for item, fitted, gap in shared))
            shared_form = self._form(key, lambda: _draw_flow(canvas, shared, centre_x, shared_height))

        canvas.doForm(FORM_NAME)
        canvas.doForm(static)
        cx = layout.number.centre_x * MM
        _draw_lines(
            canvas,
            _fit(f"Nomor: {content.number}", layout.number_style, layout.number.width),
            cx,
            layout.number.top * MM,
        )
        total = _height(own) + block_gap + shared_height
        top = box.top * MM - max(box.height * MM - total, 0) / 2
        y = _draw_flow(canvas, own, centre_x, top) - block_gap
        if shared_form is not None:
            canvas.saveState()
            canvas.translate(0, y - shared_height)
            canvas.doForm(shared_form)
            canvas.restoreState()
        self._draw_qr(content)

    # -- what an event's certificates share ---------------------------------------------------

    def _draw_static(self, content: CertificateContent) -> None:
        canvas, layout = self.canvas, self.layout
        cx = layout.header.centre_x * MM
        if content.organizer:
            _draw_lines(
                canvas,
                _fit(content.organizer, layout.header_style, layout.header.width),
                cx,
                layout.header.top * MM,
            )
        _draw_lines(canvas, _fit(TITLE, layout.title_style, layout.title.width), cx, layout.title.top * MM)
        self._draw_seal_text(content)
        self._draw_signature_block(content)
        if content.verification_text:
            self._draw_qr_caption()

    def _draw_qr_caption(self) -> None:
        canvas, layout = self.canvas, self.layout
        box, cap, style = layout.qr, layout.qr_caption, layout.qr_caption_style
        quiet = box.width * MM * 0.08
        canvas.setFillColor(_color("#FFFFFF"))
        canvas.rect(
            box.x * MM - quiet,
            box.y * MM - quiet,
            (box.width) * MM + 2 * quiet,
            box.height * MM + 2 * quiet,
            stroke=0,
            fill=1,
        )
        canvas.setFillColor(_color(style.color))
        canvas.setFont(register_fonts()[style.font], style.size)
        left = cap.x * MM
        canvas.drawString(left, (cap.top - 3) * MM, "Kode verifikasi")
        for index, line in enumerate(("Pindai QR untuk memeriksa", "keaslian sertifikat ini.")):
            canvas.drawString(left, (cap.top - 13.5 - index * 3.6) * MM, line)

    def _draw_seal_text(self, content: CertificateContent) -> None:
        canvas, layout = self.canvas, self.layout
        box = layout.seal
        cx, cy = box.centre_x * MM, (box.y + box.height / 2) * MM
        fitted = _fit(f"{content.jp} JP", layout.seal_style, box.width * 0.55)
        canvas.setFont(fitted.font, fitted.size)
        canvas.setFillColor(_color(fitted.style.color))
        canvas.drawCentredString(cx, cy - fitted.size * 0.05, fitted.lines[0])
        caption = layout.seal_caption_style
        canvas.setFont(register_fonts()[caption.font], caption.size)
        canvas.drawCentredString(cx, cy - 4.6 * MM, "JAM PELAJARAN", charSpace=caption.char_space)

    def _draw_signature_block(self, content: CertificateContent) -> None:
        canvas, layout = self.canvas, self.layout
        box = layout.signature
        cx = box.centre_x * MM
        nip_style, name_style = layout.signer_nip_style, layout.signer_name_style
        bottom = box.y * MM
        if content.signer_nip:
            nip = _fit(f"NIP {content.signer_nip}", nip_style, box.width)
            bottom = _draw_lines(canvas, nip, cx, bottom + nip.height) + nip.height
        name = _fit(content.signer_name, name_style, box.width)
        if name.lines:
            name_top = bottom + name.height
            _draw_lines(canvas, name, cx, name_top)
            widest = max(canvas.stringWidth(line, name.font, name.size) for line in name.lines)
            canvas.setStrokeColor(_color(name_style.color))
            canvas.setLineWidth(0.6)
            underline = bottom + name.size * 0.12
            canvas.line(cx - widest / 2, underline, cx + widest / 2, underline)
            bottom = name_top
        image_bottom = bottom + 1 * MM
        image_height = layout.signature_image_height * MM
        if self.signature:
            width = box.width * MM / 2
            canvas.drawImage(
                self.signature,
                cx - width / 2,
                image_bottom,
                width,
                image_height,
                mask="auto",
                preserveAspectRatio=True,
                anchor="c",
            )
        top = image_bottom + image_height + 1 * MM
        title = _fit(content.signer_title, layout.signer_title_style, box.width)
        place = _fit(content.signing_place_date, layout.place_date_style, box.width)
        _draw_lines(canvas, title, cx, top + title.height)
        _draw_lines(canvas, place, cx, top + title.height + place.height + 1 * MM)

    # -- the person's own ------------------------------------------------------------------

    def _draw_qr(self, content: CertificateContent) -> None:
        if not content.verification_text:
            return
        canvas, layout = self.canvas, self.layout
        box = layout.qr
        matrix = qr.encode(content.verification_text, QR_EC_LEVEL, QR_DATA_MASK)
        qr.draw_matrix(canvas, matrix, box.x * MM, box.y * MM, box.width * MM)
        style = layout.qr_code_style
        canvas.setFillColor(_color(style.color))
        canvas.setFont(register_fonts()[style.font], style.size)
        canvas.drawString(
            layout.qr_caption.x * MM,
            (layout.qr_caption.top - 8) * MM,
            content.short_code,
            charSpace=style.char_space,
        )


def render_certificates(
    contents: Iterable[CertificateContent],
    out: str | Path | BinaryIO,
    design: Design = Design(),
    progress: Progress | None = None,
    total: int | None = None,
    title: str = "Sertifikat",
) -> RenderReport:
    """Write one PDF with a page per certificate; return the page count and any warnings about images.

    An unusable background falls back to the default design, an unusable signature image leaves the
    space for a wet signature; both are reported in ``warnings``, neither stops the batch. No
    certificates at all is a :class:`ValueError` with a message for the organizer.
    """
    layout = design.layout
    target = str(out) if isinstance(out, Path) else out
    # Pages are held compressed until the file is written: memory per certificate stays a few KB.
    canvas = CompactCanvas(target, pagesize=(layout.page_width * MM, layout.page_height * MM))
    canvas.setTitle(title)
    canvas.setCreator(APP_NAME)
    canvas.setAuthor(APP_NAME)
    writer = CertificateWriter(canvas, design)
    pages = 0
    for content in contents:
        if progress is not None:
            progress.report(pages, total or 0, "certificate_for", name=content.name)
        writer.page(content)
        canvas.showPage()
        pages += 1
    if pages == 0:
        raise NothingToRender("cert_none_to_print")
    canvas.save()
    if progress is not None:
        progress.report(pages, total or pages, "")
    return RenderReport(pages, tuple(writer.warnings))
