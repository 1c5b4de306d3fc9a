"""Fit a text into a width: shrink on one line, then wrap into balanced lines, never clip.

Names with titles run from "Budi" to 120 characters; a fixed size either wastes the page or cuts
the name. The order follows what a designer does by hand: keep one line as long as the size stays
dignified (``min_size``), then break into two (or ``max_lines``) lines of similar width at a size
down to ``wrapped_min_size``, and only then shrink whatever is needed so every letter is on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reportlab.pdfbase.pdfmetrics import stringWidth

from asn_event.certificates.layout import TextStyle
from asn_event.pdf_fonts import register_fonts

MM = 72 / 25.4
_STEP = 0.25  # sizes are rounded down to quarter points


@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    style: TextStyle

    @property
    def font(self) -> str:
        return register_fonts()[self.style.font]

    @property
    def line_height(self) -> float:
        return self.size * self.style.leading

    @property
    def height(self) -> float:
        """Points from the top of the first line to the baseline of the last, plus descent."""
        return self.line_height * len(self.lines) if self.lines else 0.0


def _round_down(size: float) -> float:
    return int(size / _STEP) * _STEP


@lru_cache(maxsize=8192)
def _unit_width(text: str, font: str) -> float:
    """Width of ``text`` at 1 pt (cached: the same event lines repeat on every page)."""
    return stringWidth(text, font, 1.0)


def _size_for(lines: tuple[str, ...], style: TextStyle, width: float) -> float:
    """The largest size at which every line fits ``width`` points."""
    font = register_fonts()[style.font]
    best = float("inf")
    for line in lines:
        unit = _unit_width(line, font)
        spacing = style.char_space * max(len(line) - 1, 0)
        if unit > 0:
            best = min(best, (width - spacing) / unit)
    return best


def _balanced(words: tuple[str, ...], count: int, font: str) -> tuple[str, ...]:
    """Split ``words`` into ``count`` lines whose widest line is as narrow as possible."""
    space = _unit_width(" ", font)
    widths = [_unit_width(w, font) for w in words]
    memo: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {}

    def best(start: int, lines: int) -> tuple[float, tuple[int, ...]]:
        key = (start, lines)
        if key in memo:
            return memo[key]
        if lines == 1:
            result = (sum(widths[start:]) + space * (len(words) - start - 1), ())
        else:
            result = (float("inf"), ())
            run = 0.0
            for end in range(start + 1, len(words) - lines + 2):
                run += widths[end - 1] + (space if end - 1 > start else 0.0)
                rest, cuts = best(end, lines - 1)
                widest = max(run, rest)
                if widest < result[0]:
                    result = (widest, (end, *cuts))
        memo[key] = result
        return result

    _, cuts = best(0, count)
    bounds = (0, *cuts, len(words))
    return tuple(" ".join(words[a:b]) for a, b in pairwise(bounds))


def fit_text(text: str, style: TextStyle, width_mm: float) -> FittedText:
    """Lines and size for ``text`` in a box ``width_mm`` wide (see the module docstring)."""
    if style.upper:
        text = text.upper()
    if not text:
        return FittedText((), style.size, style)
    width = width_mm * MM
    one_line_min = style.min_size if style.min_size is not None else style.size
    size = _size_for((text,), style, width)
    if size >= one_line_min or style.max_lines == 1:
        return FittedText((text,), _round_down(min(style.size, size)), style)
    words = tuple(text.split(" "))
    font = register_fonts()[style.font]
    wrapped_min = style.wrapped_min_size if style.wrapped_min_size is not None else one_line_min
    lines: tuple[str, ...] = (text,)
    for count in range(2, min(style.max_lines, len(words)) + 1):
        lines = _balanced(words, count, font)
        size = _size_for(lines, style, width)
        if size >= wrapped_min:
            return FittedText(lines, _round_down(min(one_line_min, size)), style)
    # Still too wide at the smallest wrapped size: shrink until every letter is on the page.
    return FittedText(lines, _round_down(min(one_line_min, size)), style)
