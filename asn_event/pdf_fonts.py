"""The bundled fonts registered with reportlab once, so paper matches the screen on every laptop."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from asn_event.paths import resource

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
SERIF = "NotoSerif"
SERIF_BOLD = "NotoSerif-Bold"
SERIF_ITALIC = "NotoSerif-Italic"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
}


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the Noto Sans and Serif faces (idempotent); returns the registered font names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD
    )
    return tuple(_FILES)
