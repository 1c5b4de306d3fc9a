"""The bundled Noto fonts registered once with reportlab, so paper matches the screen on every laptop.

``register_fonts()`` returns the reportlab names, by attribute (``fonts.serif_bold``) or by role
(``fonts["serif-bold"]``); calling it again costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

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

    def __getitem__(self, role: str) -> str:
        """The name for a role such as ``"serif-bold"`` (layout data names fonts by role)."""
        return str(getattr(self, role.replace("-", "_")))

    def names(self) -> tuple[str, ...]:
        return (self.sans, self.sans_bold, self.sans_italic, self.serif, self.serif_bold, self.serif_italic)


FONTS = PdfFonts()


@cache
def register_fonts() -> PdfFonts:
    """Register Noto Sans and Noto Serif (regular, bold, italic) once per process; return the names."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Binary (Flate only) streams: ASCII85 on top exists for 7-bit mail transport, makes every page a
    # quarter larger and costs more time (in pure Python) than drawing the page. Applies to all our PDFs.
    rl_config.useA85 = 0
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
    return FONTS
