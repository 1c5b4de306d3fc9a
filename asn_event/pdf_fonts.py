"""The bundled fonts registered with reportlab once, so every PDF looks the same on every laptop.

``register_fonts()`` returns the reportlab names by role; calling it again costs nothing.
"""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from asn_event.paths import resource

# Binary (Flate only) streams: ASCII85 on top exists for 7-bit mail transport, makes every page a
# quarter larger and costs more time (in pure Python) than drawing the page. Applies to all our PDFs.
rl_config.useA85 = 0

_FILES = {
    "sans": "NotoSans-Regular.ttf",
    "sans-bold": "NotoSans-Bold.ttf",
    "sans-italic": "NotoSans-Italic.ttf",
    "serif": "NotoSerif-Regular.ttf",
    "serif-bold": "NotoSerif-Bold.ttf",
    "serif-italic": "NotoSerif-Italic.ttf",
}
_NAMES = {
    "sans": "NotoSans",
    "sans-bold": "NotoSans-Bold",
    "sans-italic": "NotoSans-Italic",
    "serif": "NotoSerif",
    "serif-bold": "NotoSerif-Bold",
    "serif-italic": "NotoSerif-Italic",
}


@cache
def register_fonts() -> dict[str, str]:
    """Register Noto Sans and Noto Serif (regular, bold, italic); return ``{role: reportlab name}``."""
    for role, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(_NAMES[role], str(resource("fonts", filename))))
    for family in ("sans", "serif"):
        base = _NAMES[family]
        addMapping(base, 0, 0, base)
        addMapping(base, 1, 0, _NAMES[f"{family}-bold"])
        addMapping(base, 0, 1, _NAMES[f"{family}-italic"])
        addMapping(base, 1, 1, _NAMES[f"{family}-bold"])
    return dict(_NAMES)
