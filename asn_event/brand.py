"""The colour tokens of ../shared/UI.md, shared by the screen (ui/theme.py) and paper (PDFs)."""

from __future__ import annotations

PRIMARY = "#1F4E79"  # sidebar, primary buttons, headings
ACCENT = "#C9A227"  # certificate gold, highlights (sparingly)
TEXT = "#1F2933"
MUTED = "#52606D"
SURFACE = "#F7F9FB"
BORDER = "#D9E2EC"
SUCCESS_FG, SUCCESS_BG = "#1E7B34", "#E6F4EA"
WARNING_FG, WARNING_BG = "#8A5A00", "#FFF4D6"
DANGER_FG, DANGER_BG = "#B42318", "#FDECEA"
