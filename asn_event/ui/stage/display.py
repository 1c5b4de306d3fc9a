"""The stage display: black, the time as large as the window allows, readable from the back of a hall.

:class:`StageDisplay` paints one :class:`~asn_event.stage.view.StageView`; the Timer page pushes a new
view several times a second to the display on the stage screen and to the small preview beside the
controls. The digits are fitted to the width and the height of the window.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from asn_event.paths import resource
from asn_event.stage.view import Phase, StageQr, StageView, TimerStatus
from asn_event.ui.shell.qr_image import paint_qr_symbol

BACKGROUND = QColor("#000000")
PHASE_COLOURS = {
    Phase.NORMAL: QColor("#FFFFFF"),
    Phase.WARNING: QColor("#FFB300"),
    Phase.DANGER: QColor("#FF3B30"),
    Phase.OVERTIME: QColor("#FF3B30"),
}
PULSE_DIM = QColor("#8C1F19")
TITLE_COLOUR = QColor("#E4E7EB")
MUTED_COLOUR = QColor("#9AA5B1")
_REFERENCE_PIXELS = 200.0
# Colour is never alone: a word for the states that are not plain counting down.
_STATUS_WORDS = {
    TimerStatus.PAUSED: QT_TRANSLATE_NOOP("StageDisplay", "DIJEDA"),
    TimerStatus.IDLE: QT_TRANSLATE_NOOP("StageDisplay", "SIAP"),
    TimerStatus.OVERTIME: QT_TRANSLATE_NOOP("StageDisplay", "LEWAT WAKTU"),
}


@cache
def stage_family() -> str:
    """Noto Sans Bold from the bundled fonts (the system's sans-serif if it cannot be loaded)."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "NotoSans-Bold.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().defaultFamily()


def _font(pixels: float, bold: bool = True) -> QFont:
    font = QFont(stage_family())
    font.setPixelSize(max(1, int(pixels)))
    font.setBold(bold)
    return font


def fitted_digits_font(text: str, box: QRectF) -> QFont:
    """The largest font whose digits of ``text`` fill ``box`` in width or height (whichever binds).

    Every digit is measured as an 8, so the size holds still while the seconds change.
    """
    template = re.sub(r"\d", "8", text)
    bounds = QFontMetricsF(_font(_REFERENCE_PIXELS)).tightBoundingRect(template)
    if bounds.width() <= 0 or bounds.height() <= 0:
        return _font(box.height())
    scale = min(box.width() / bounds.width(), box.height() / bounds.height())
    return _font(_REFERENCE_PIXELS * scale)


def _fit_line(text: str, box: QRectF, smallest: float = 0.45) -> QFont:
    """A one-line font as tall as ``box`` allows, shrunk (down to ``smallest`` of that) to fit its width."""
    pixels = box.height() * 0.78
    width = QFontMetricsF(_font(pixels)).horizontalAdvance(text)
    if width > box.width() > 0:
        pixels = max(pixels * box.width() / width, pixels * smallest)
    return _font(pixels)


def _fit_wrapped(text: str, box: QRectF) -> QFont:
    """The largest font at which ``text``, word-wrapped, fits inside ``box``."""
    low, high = 8.0, box.height()
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    while high - low > 1:
        middle = (low + high) / 2
        needed = QFontMetricsF(_font(middle)).boundingRect(box, flags, text)
        if needed.height() <= box.height() and needed.width() <= box.width():
            low = middle
        else:
            high = middle
    return _font(low)


class StageDisplay(QWidget):
    """Paints a StageView on black. ``animate`` makes overtime pulse (off for screenshots)."""

    def __init__(self, parent: QWidget | None = None, *, animate: bool = True) -> None:
        super().__init__(parent)
        self._view: StageView | None = None
        self._qr: StageQr | None = None
        self._animate = animate
        self._dim = False
        self._flash: Phase | None = None
        self._pulse = QTimer(self)
        self._pulse.setInterval(500)
        self._pulse.timeout.connect(self._toggle_pulse)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)

    @property
    def view(self) -> StageView | None:
        return self._view

    def set_view(self, view: StageView) -> None:
        self._view = view
        pulsing = self._animate and view.phase is Phase.OVERTIME and view.status is TimerStatus.OVERTIME
        if pulsing and not self._pulse.isActive():
            self._pulse.start()
        elif not pulsing and self._pulse.isActive():
            self._pulse.stop()
            self._dim = False
        self.update()

    @property
    def qr(self) -> StageQr | None:
        return self._qr

    def set_qr(self, qr: StageQr | None) -> None:
        """Show the phone form's QR code instead of the timer (None: back to the timer)."""
        self._qr = qr
        self.update()

    def flash(self, phase: Phase, milliseconds: int = 900) -> None:
        """Fill the screen with the phase colour for a moment (a cue the speaker cannot miss)."""
        self._flash = phase
        self.update()
        QTimer.singleShot(milliseconds, self, self._end_flash)

    def _end_flash(self) -> None:
        self._flash = None
        self.update()

    def _toggle_pulse(self) -> None:
        self._dim = not self._dim
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if self._qr is not None:
                paint_qr(painter, QRectF(self.rect()), self._qr)
            else:
                paint_stage(painter, QRectF(self.rect()), self._view, dim=self._dim, flash=self._flash)
        finally:
            painter.end()


def paint_qr(painter: QPainter, area: QRectF, qr: StageQr) -> None:
    """The phone form's QR code on black: a heading, the code as large as fits, the address below.

    The code sits on a white square with a quiet zone of four modules, so phones read it from the
    back of the hall; the address is written out for phones whose camera app reads no QR codes.
    """
    painter.fillRect(area, BACKGROUND)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    w, h = area.width(), area.height()
    margin = 0.03 * min(w, h)
    inner_w = w - 2 * margin
    heading = QCoreApplication.translate("StageDisplay", "Isi umpan balik dari ponsel Anda")
    heading_box = QRectF(area.left() + margin, area.top() + margin, inner_w, 0.11 * h)
    painter.setPen(TITLE_COLOUR)
    _set_fitted_font(painter, heading, heading_box)
    painter.drawText(heading_box, int(Qt.AlignmentFlag.AlignCenter), heading)

    side = min(0.66 * h, inner_w)
    paint_qr_symbol(painter, qr.url, area.left() + (w - side) / 2, area.top() + 0.15 * h, side)

    url_box = QRectF(area.left() + margin, area.top() + 0.83 * h, inner_w, 0.09 * h)
    painter.setPen(PHASE_COLOURS[Phase.NORMAL])
    _set_fitted_font(painter, qr.url, url_box)
    painter.drawText(url_box, int(Qt.AlignmentFlag.AlignCenter), qr.url)
    hint = QCoreApplication.translate(
        "StageDisplay", "Sambungkan ponsel ke Wi-Fi tempat acara, lalu pindai kode ini dengan kamera."
    )
    hint_box = QRectF(area.left() + margin, area.top() + 0.92 * h, inner_w, 0.06 * h)
    painter.setPen(MUTED_COLOUR)
    _set_fitted_font(painter, hint, hint_box)
    painter.drawText(hint_box, int(Qt.AlignmentFlag.AlignCenter), hint)


def _set_fitted_font(painter: QPainter, text: str, box: QRectF) -> None:
    """The painter's font for one line of ``text``: as tall as ``box`` allows, narrowed to its width.

    Measured on the painter's own device, whose resolution may differ from the screen's.
    """
    font = _font(box.height() * 0.78)
    painter.setFont(font)
    width = painter.fontMetrics().horizontalAdvance(text)
    if width > box.width() > 0:
        font.setPixelSize(max(1, int(font.pixelSize() * box.width() / width * 0.98)))
        painter.setFont(font)


def view_title(view: StageView) -> str:
    """The segment's title, or what the stage says when there is none."""
    if view.title:
        return view.title
    if view.status is TimerStatus.FINISHED:
        return QCoreApplication.translate("StageDisplay", "Agenda selesai")
    return QCoreApplication.translate("StageDisplay", "Agenda belum diisi")


def paint_stage(
    painter: QPainter, area: QRectF, view: StageView | None, *, dim: bool = False, flash: Phase | None = None
) -> None:
    """Draw ``view`` into ``area``: title (or message) above, the time, the next segment below."""
    painter.fillRect(area, BACKGROUND)
    if view is None or view.blackout:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    w, h = area.width(), area.height()
    margin = 0.03 * min(w, h)
    inner_w = w - 2 * margin
    colour = PHASE_COLOURS[view.phase]
    if dim:
        colour = PULSE_DIM
    if flash is not None:
        painter.fillRect(area, PHASE_COLOURS[flash])
        colour = BACKGROUND

    x0, y0 = area.left() + margin, area.top() + margin
    if view.message:
        message_box = QRectF(x0, y0, inner_w, 0.40 * h - margin)
        painter.setPen(BACKGROUND if flash is not None else TITLE_COLOUR)
        painter.setFont(_fit_wrapped(view.message, message_box))
        painter.drawText(
            message_box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), view.message
        )
        digits_box = QRectF(x0, area.top() + 0.44 * h, inner_w, 0.38 * h)
    else:
        title_box = QRectF(x0, y0, inner_w, 0.13 * h)
        painter.setPen(BACKGROUND if flash is not None else TITLE_COLOUR)
        title = view_title(view)
        painter.setFont(_fit_line(title, title_box))
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(inner_w))
        painter.drawText(title_box, int(Qt.AlignmentFlag.AlignCenter), elided)
        digits_box = QRectF(x0, area.top() + 0.19 * h, inner_w, 0.62 * h)

    font = fitted_digits_font(view.time_text, digits_box)
    painter.setFont(font)
    painter.setPen(colour)
    template = re.sub(r"\d", "8", view.time_text)
    bounds = QFontMetricsF(font).tightBoundingRect(template)
    origin = QPointF(
        digits_box.center().x() - (bounds.x() + bounds.width() / 2),
        digits_box.center().y() - (bounds.y() + bounds.height() / 2),
    )
    painter.drawText(origin, view.time_text)

    bottom_box = QRectF(x0, area.top() + 0.86 * h, inner_w, 0.08 * h)
    muted = BACKGROUND if flash is not None else MUTED_COLOUR
    painter.setPen(muted)
    next_text = QCoreApplication.translate("StageDisplay", "Berikutnya: %1")
    left = next_text.replace("%1", view.next_title) if view.next_title else ""
    status_word = _STATUS_WORDS.get(view.status, "")
    status_word = QCoreApplication.translate("StageDisplay", status_word) if status_word else ""
    if status_word:
        left = f"{status_word}   {left}".strip()
    right = view.clock_text or ""
    painter.setFont(_fit_line(left or "M", bottom_box))
    metrics = painter.fontMetrics()
    right_width = metrics.horizontalAdvance(right) + margin if right else 0
    elided = metrics.elidedText(left, Qt.TextElideMode.ElideRight, int(inner_w - right_width))
    painter.drawText(bottom_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
    if right:
        painter.drawText(bottom_box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)

    if view.allowed_seconds > 0 and view.status is not TimerStatus.FINISHED:
        left_fraction = min(max(view.remaining_seconds / view.allowed_seconds, 0.0), 1.0)
        bar_height = max(4.0, 0.012 * h)
        painter.fillRect(
            QRectF(area.left(), area.bottom() - bar_height, w * left_fraction, bar_height),
            colour if view.phase is not Phase.OVERTIME else PHASE_COLOURS[Phase.OVERTIME],
        )


def render_stage(view: StageView | StageQr, width: int, height: int) -> QImage:
    """The stage display as an image (screenshots, tests); needs a QGuiApplication."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        if isinstance(view, StageQr):
            paint_qr(painter, QRectF(0, 0, width, height), view)
        else:
            paint_stage(painter, QRectF(0, 0, width, height), view)
    finally:
        painter.end()
    return image
