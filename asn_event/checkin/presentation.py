"""One result per presentation: a code held in front of the camera is reported once.

The camera decodes several frames a second. A code counts as presented again only after it has
been out of sight for ``gap`` seconds (or another code came in between), so holding an invitation
still gives one scan, and showing it again later gives a second (which the desk reports as
``already``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PresentationFilter:
    gap: float = 1.5  # seconds out of sight before the same code counts again
    _last_text: str = ""
    _last_seen: float = field(default=float("-inf"))

    def frame(self, texts: list[str], now: float) -> list[str]:
        """The codes in this frame that are new presentations (usually none, sometimes one)."""
        fresh: list[str] = []
        for text in texts:
            if text != self._last_text or now - self._last_seen >= self.gap:
                fresh.append(text)
            self._last_text, self._last_seen = text, now
        return fresh
