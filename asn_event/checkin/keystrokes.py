"""Telling a USB scanner from a person typing, by the rhythm of the keys (Qt-free).

A scanner is a keyboard that types a whole code in a burst, a few milliseconds per key, and ends
with Enter, Tab or nothing. A person types a name at about ten keys a second. The desk's scan
field feeds every key's time here and asks, when the input ends, what it was.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from asn_event.tokens import ScanKind, looks_like_code, read_scan

SCANNER_MAX_GAP = 0.035  # seconds between two keys of a scanner (people need 80 ms or more)
MIN_SCAN_KEYS = 6
PAUSE_ENDS_SCAN = 0.1  # a burst followed by this much silence is a scan without Enter


class InputKind(enum.Enum):
    SCAN = "scan"  # check in with the code
    SEARCH = "search"  # look the text up as a name or NIP


@dataclass
class KeyRhythm:
    """The times (seconds, monotonic) of the keys typed into the field since it was last emptied."""

    times: list[float] = field(default_factory=list)

    def key(self, at: float) -> None:
        self.times.append(at)

    def reset(self) -> None:
        self.times.clear()

    def is_burst(self) -> bool:
        """At least MIN_SCAN_KEYS keys, most of them closer together than a person can type."""
        if len(self.times) < MIN_SCAN_KEYS:
            return False
        gaps = [b - a for a, b in zip(self.times, self.times[1:], strict=False)]
        fast = sum(gap <= SCANNER_MAX_GAP for gap in gaps)
        return fast >= 0.75 * len(gaps)  # one or two delayed keys (a busy laptop) still make a burst

    def burst_ended(self, now: float, text: str = "") -> bool:
        """A pause after a burst (or after a complete code): the scanner finished without Enter or Tab.

        A complete code counts even when the keys came slower (a busy laptop can delay a scanner's
        keys); a cut code typed slowly waits for Enter.
        """
        if not self.times or now - self.times[-1] < PAUSE_ENDS_SCAN:
            return False
        return self.is_burst() or read_scan(text).kind is ScanKind.CODE

    def classify(self, text: str) -> InputKind:
        """A burst or anything shaped like our code is a scan (never a search); else a search."""
        if self.is_burst() or looks_like_code(text):
            return InputKind.SCAN
        return InputKind.SEARCH
