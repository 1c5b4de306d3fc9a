"""The bundled Noto fonts registered once with reportlab, so paper matches the screen on every laptop."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from asn_event.paths import resource


@dataclass(frozen=True, slots=True)
class PdfFonts:
    """reportlab font names: the sans family for lists and reports, the serif for certificates."""

    sans: str = "NotoSans"
    sans_bold: str = "NotoSans-Bold"
    sans_italic: str = "NotoSans-Italic"
    serif: str = "NotoSerif"
    serif_bold: str = "NotoSerif-Bold"
    serif_italic: str = "NotoSerif-Italic"


FONTS = PdfFonts()
_lock = threading.Lock()
_registered = False


def register_fonts() -> PdfFonts:
    """Register NotoSans/NotoSerif regular, bold and italic (once per process); returns the names."""
    global _registered
    with _lock:
        if _registered:
            return FONTS
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for family, regular, bold, italic in (
            ("NotoSans", FONTS.sans, FONTS.sans_bold, FONTS.sans_italic),
            ("NotoSerif", FONTS.serif, FONTS.serif_bold, FONTS.serif_italic),
        ):
            for name, style in ((regular, "Regular"), (bold, "Bold"), (italic, "Italic")):
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"{family}-{style}.ttf"))))
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, italic)
            addMapping(regular, 1, 1, bold)
        _registered = True
        return FONTS
