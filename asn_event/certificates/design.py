"""The certificate background: the bundled default design drawn by code, or the organizer's image.

Drawn once per PDF into a Form XObject (``beginForm``/``doForm``), so a thousand pages share one
copy. The default design is ours: a double frame in the primary colour and gold, a fine wave band
between them, small corner diamonds and a gold seal for the JP hours. No state emblem.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from asn_event.certificates.layout import ACCENT, PRIMARY, Layout
from asn_event.domain.notes import Note

MM = 72 / 25.4
FORM_NAME = "CertificateBackground"
_MIN_WIDTH_PX = 1600  # below this an A4 background looks soft when printed
_ASPECT_TOLERANCE = 0.03


class ImageStatus(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"  # usable, but it will be cropped or look soft
    BROKEN = "broken"  # not used; the default design is drawn instead


@dataclass(frozen=True, slots=True)
class ImageCheck:
    status: ImageStatus
    note: Note | None = None  # why it is cropped, soft or unusable (worded by asn_event.words.note_text)
    width_px: int = 0
    height_px: int = 0


def check_image(path: str | Path | None, what: str = "background", aspect: float | None = 297 / 210) -> ImageCheck:
    """Whether an image file can be used (background: ``aspect`` given; signature: ``aspect=None``);
    ``what``: ``background``, ``signature`` or ``logo``."""
    if not path:
        return ImageCheck(ImageStatus.OK)
    file = Path(path)
    if not file.is_file():
        return ImageCheck(ImageStatus.BROKEN, Note("image_missing", {"what": what, "name": file.name}))
    try:
        with Image.open(file) as image:
            image.verify()
        with Image.open(file) as image:
            image.load()
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        return ImageCheck(
            ImageStatus.BROKEN,
            Note("image_unreadable", {"what": what, "name": file.name, "reason": type(error).__name__}),
        )
    if aspect is not None:
        ratio = width / height if height else 0
        if abs(ratio - aspect) / aspect > _ASPECT_TOLERANCE:
            return ImageCheck(
                ImageStatus.WARNING, Note("image_not_a4", {"what": what, "size": f"{width}x{height}"}), width, height
            )
        if width < _MIN_WIDTH_PX:
            note = Note("image_low_resolution", {"what": what, "size": f"{width}x{height}", "limit": _MIN_WIDTH_PX})
            return ImageCheck(ImageStatus.WARNING, note, width, height)
    return ImageCheck(ImageStatus.OK, None, width, height)


def define_background(canvas, layout: Layout, image_path: str | Path | None, logo: str | Path | None = None) -> list[Note]:  # type: ignore[no-untyped-def]
    """Define the background form on ``canvas`` (with the logo, when one is set): drawn once per PDF,
    placed on every page. Returns warnings; an unusable image falls back to the default design, an
    unusable logo is left out."""
    warnings: list[Note] = []
    check = check_image(image_path)
    use_image = bool(image_path) and check.status is not ImageStatus.BROKEN
    if check.note is not None:
        warnings.append(check.note)
    width, height = layout.page_width * MM, layout.page_height * MM
    canvas.beginForm(FORM_NAME, 0, 0, width, height)
    if use_image:
        _draw_cover_image(canvas, Path(str(image_path)), check, width, height)
    else:
        _draw_default(canvas, layout)
    if logo:
        problem = _draw_logo(canvas, layout, Path(str(logo)))
        if problem is not None:
            warnings.append(problem)
    canvas.endForm()
    return warnings


def _draw_logo(canvas, layout: Layout, path: Path) -> Note | None:  # type: ignore[no-untyped-def]
    """The logo fitted (aspect kept) into the layout's logo box, centred; why it was left out, or None."""
    box = layout.logo
    left, bottom, width, height = box.x * MM, box.y * MM, box.width * MM, box.height * MM
    if path.suffix.lower() == ".svg":
        # svglib turns SVG into reportlab vector drawing (kept sharp at any print size).
        from reportlab.graphics import renderPDF
        from svglib.svglib import svg2rlg

        try:
            drawing = svg2rlg(str(path)) if path.is_file() else None
        except Exception as error:  # svglib raises lxml/parse errors of many kinds for a bad file
            drawing, reason = None, type(error).__name__
        else:
            reason = "" if path.is_file() else "missing"
        if drawing is None or not drawing.width or not drawing.height:
            if reason == "missing":
                return Note("svg_missing", {"name": path.name})
            return Note("svg_unreadable", {"name": path.name, "reason": reason or "SVG"})
        scale = min(width / drawing.width, height / drawing.height)
        drawing.scale(scale, scale)
        draw_w, draw_h = drawing.width * scale, drawing.height * scale
        renderPDF.draw(drawing, canvas, left + (width - draw_w) / 2, bottom + (height - draw_h) / 2)
        return None
    check = check_image(path, what="logo", aspect=None)
    if check.status is ImageStatus.BROKEN:
        return Note("without_logo", {"problem": check.note})
    scale = min(width / check.width_px, height / check.height_px)
    draw_w, draw_h = check.width_px * scale, check.height_px * scale
    canvas.drawImage(ImageReader(str(path)), left + (width - draw_w) / 2, bottom + (height - draw_h) / 2,
                     draw_w, draw_h, mask="auto")  # fmt: skip
    return None


def _draw_cover_image(canvas, path: Path, check: ImageCheck, width: float, height: float) -> None:  # type: ignore[no-untyped-def]
    """Fill the page with the image, cropping the overflow (centred) instead of distorting it."""
    scale = max(width / check.width_px, height / check.height_px)
    draw_w, draw_h = check.width_px * scale, check.height_px * scale
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(0, 0, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.drawImage(ImageReader(str(path)), (width - draw_w) / 2, (height - draw_h) / 2, draw_w, draw_h)
    canvas.restoreState()


def _draw_default(canvas, layout: Layout) -> None:  # type: ignore[no-untyped-def]
    primary, accent = HexColor(PRIMARY), HexColor(ACCENT)
    w, h = layout.page_width * MM, layout.page_height * MM
    outer, inner = 10 * MM, 15 * MM
    canvas.saveState()
    # Outer frame (primary) and inner frame (gold hairline).
    canvas.setStrokeColor(primary)
    canvas.setLineWidth(2.4)
    canvas.rect(outer, outer, w - 2 * outer, h - 2 * outer, stroke=1, fill=0)
    canvas.setLineWidth(0.6)
    gap = 1.3 * MM
    canvas.rect(outer + gap, outer + gap, w - 2 * (outer + gap), h - 2 * (outer + gap), stroke=1, fill=0)
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(0.9)
    canvas.rect(inner, inner, w - 2 * inner, h - 2 * inner, stroke=1, fill=0)
    # A fine interlaced wave band between the frames (a light guilloche).
    _wave_band(canvas, outer + gap, inner, w, h, accent)
    # Corner diamonds on the inner frame.
    canvas.setFillColor(accent)
    for cx, cy in ((inner, inner), (w - inner, inner), (inner, h - inner), (w - inner, h - inner)):
        _diamond(canvas, cx, cy, 2.6 * MM, fill=True)
        canvas.setFillColor(HexColor("#FFFFFF"))
        _diamond(canvas, cx, cy, 1.0 * MM, fill=True)
        canvas.setFillColor(accent)
    # A short gold rule with a diamond under the title area.
    centre = w / 2
    rule_y = (layout.number.y - 1.6) * MM
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(0.8)
    canvas.line(centre - 38 * MM, rule_y, centre - 3 * MM, rule_y)
    canvas.line(centre + 3 * MM, rule_y, centre + 38 * MM, rule_y)
    _diamond(canvas, centre, rule_y, 1.4 * MM, fill=True)
    _seal(canvas, layout, accent, primary)
    canvas.restoreState()


def _wave_band(canvas, low: float, high: float, w: float, h: float, color) -> None:  # type: ignore[no-untyped-def]
    """Two interlaced sine waves along all four sides, inside the band between ``low`` and ``high`` inset."""
    mid, amp = (low + high) / 2, (high - low) / 2 - 0.9 * MM
    period = 6 * MM
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setLineWidth(0.35)
    for phase in (0.0, math.pi):
        path = canvas.beginPath()
        for side in range(4):
            length = (w if side % 2 == 0 else h) - 2 * high
            steps = max(int(length / (period / 8)), 8)
            for i in range(steps + 1):
                t = i / steps * length
                offset = amp * math.sin(2 * math.pi * t / period + phase)
                x, y = _band_point(side, t, mid, offset, w, h, high)
                if i == 0:
                    path.moveTo(x, y)
                else:
                    path.lineTo(x, y)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def _band_point(
    side: int, t: float, mid: float, offset: float, w: float, h: float, start: float
) -> tuple[float, float]:
    if side == 0:  # bottom, left to right
        return start + t, mid + offset
    if side == 1:  # right, bottom to top
        return w - mid - offset, start + t
    if side == 2:  # top, right to left
        return w - start - t, h - mid - offset
    return mid + offset, h - start - t  # left, top to bottom


def _diamond(canvas, cx: float, cy: float, r: float, fill: bool) -> None:  # type: ignore[no-untyped-def]
    path = canvas.beginPath()
    path.moveTo(cx, cy + r)
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy - r)
    path.lineTo(cx - r, cy)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1 if fill else 0)


def _seal(canvas, layout: Layout, accent, primary) -> None:  # type: ignore[no-untyped-def]
    """A gold rosette seal; the renderer writes the JP hours in its centre."""
    box = layout.seal
    cx, cy = box.centre_x * MM, (box.y + box.height / 2) * MM
    r = min(box.width, box.height) / 2 * MM
    canvas.saveState()
    # Scalloped outer edge.
    path = canvas.beginPath()
    points = 24 * 16
    for i in range(points + 1):
        angle = 2 * math.pi * i / points
        radius = r * (0.94 + 0.06 * math.cos(angle * 24))
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canvas.setFillColor(accent)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#FFFFFF"))
    canvas.circle(cx, cy, r * 0.80, stroke=0, fill=1)
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(0.7)
    canvas.circle(cx, cy, r * 0.74, stroke=1, fill=0)
    canvas.setLineWidth(0.35)
    canvas.circle(cx, cy, r * 0.70, stroke=1, fill=0)
    canvas.restoreState()
