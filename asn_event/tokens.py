"""Invitation codes: a compact signed text naming an event and a registration, no personal data.

Format: ``SA1:<event id>:<registration id>:<mac>``, uppercase, using only characters of the QR
alphanumeric mode (digits, A-Z, ``:``), so a code fits a version 2 QR symbol that still scans when
printed 2 cm wide. The mac is 80 bits of HMAC-SHA256 over the first three fields with the event's
secret, written in base32 (16 characters).

Parsing is separate from verifying: :func:`read_scan` tells what a scanner typed looks like (one of
our codes, a damaged one, something else); the check-in service then picks the event's secret and
calls :func:`verify_code` on each candidate reading.

Scanners are keyboards, and a keyboard layout set wrong on the laptop damages what they type. A
code read through a German (QWERTZ) layout swaps Y and Z and types ``:`` as ``Ö``; through a French
(AZERTY) layout the digits arrive as ``&é"'(-è_çà``, A/Q and Z/W swap and ``:`` becomes ``M``.
Every plausible reading is offered as a candidate; the 80-bit mac decides which one is real.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

PREFIX = "SA1"
MAC_BYTES = 10
MAC_CHARS = 16  # base32 of 10 bytes, no padding
MAX_EVENT_ID = 999_999_999
MAX_REGISTRATION_ID = 999_999_999_999
MAX_SCAN_CHARS = 512  # a stuck key or a pasted page is cut here; a code has at most 43 characters

_ID = r"(0|[1-9][0-9]{0,%d})"
_CODE_RE = re.compile(rf"SA1:{_ID % 8}:{_ID % 11}:([A-Z2-7]{{16}})(?![A-Z0-9])")
# ``:`` typed with the shift lost (``;``) or through a German layout (``Ö``), or a Spanish one (``Ñ``).
_COLON_DAMAGE = str.maketrans({";": ":", "Ö": ":", "Ñ": ":"})
# A US-layout scanner typing into a German layout: Y and Z trade places.
_QWERTZ = str.maketrans({"Y": "Z", "Z": "Y"})
# A US-layout scanner typing into a French layout (after upper-casing).
_AZERTY = str.maketrans(
    {
        "&": "1", "É": "2", '"': "3", "'": "4", "(": "5", "-": "6", "È": "7", "_": "8", "Ç": "9", "À": "0",
        "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": ":", "?": "M", ",": "M",
    }
)  # fmt: skip
_AZERTY_DIGITS = "&É\"'(-È_ÇÀ"


class ScanKind(enum.Enum):
    """What a scanned text looks like, before any database is asked."""

    CODE = "code"  # has the shape of an invitation code (still to be verified)
    PARTIAL = "partial"  # starts like one of our codes but is cut or garbled: scan again
    OTHER = "other"  # not ours at all: a URL, a product barcode, a name typed in the scan field
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class ParsedCode:
    event_id: int
    registration_id: int
    mac: str

    @property
    def signed_part(self) -> str:
        return f"{PREFIX}:{self.event_id}:{self.registration_id}"

    @property
    def text(self) -> str:
        return f"{self.signed_part}:{self.mac}"


@dataclass(frozen=True, slots=True)
class ScanReading:
    """A scanned text, cleaned, with every plausible reading of it as a code (best first)."""

    kind: ScanKind
    text: str  # cleaned text, at most MAX_SCAN_CHARS (what the scan log keeps)
    candidates: tuple[ParsedCode, ...] = ()

    @property
    def first(self) -> ParsedCode | None:
        return self.candidates[0] if self.candidates else None


def new_secret() -> bytes:
    return secrets.token_bytes(32)


def _mac(secret: bytes, signed_part: str) -> str:
    digest = hmac.new(secret, signed_part.encode("ascii"), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.b32encode(digest).decode("ascii").rstrip("=")


def make_code(secret: bytes, event_id: int, registration_id: int) -> str:
    if not 0 < event_id <= MAX_EVENT_ID or not 0 < registration_id <= MAX_REGISTRATION_ID:
        raise ValueError(f"nomor acara/pendaftaran di luar batas: {event_id}/{registration_id}")
    signed_part = f"{PREFIX}:{event_id}:{registration_id}"
    return f"{signed_part}:{_mac(secret, signed_part)}"


def clean(raw: str) -> str:
    """What the scanner typed without whitespace, control or invisible characters, NFKC, upper case."""
    text = unicodedata.normalize("NFKC", raw[: MAX_SCAN_CHARS * 2])
    kept = (c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cs"))
    return "".join(kept).upper()[:MAX_SCAN_CHARS]


def normalize(raw: str) -> str:
    """The as-typed reading: cleaned, with a damaged ``:`` repaired."""
    return clean(raw).translate(_COLON_DAMAGE)


def _readings(cleaned: str) -> list[str]:
    """The as-typed reading, then a keyboard-layout repair when the text bears that layout's mark.

    A layout damages a whole code consistently, so a repair is tried only when the separators show
    it (``Ö`` for ``:`` on QWERTZ; no ``:`` and French digit-row characters on AZERTY). An intact code
    with one altered character is therefore never "repaired" into a genuine one.
    """
    plain = cleaned.translate(_COLON_DAMAGE)
    readings = [plain]
    if ":" not in cleaned and "Ö" in cleaned:
        readings.append(plain.translate(_QWERTZ))
    if ":" not in cleaned and any(c in cleaned for c in _AZERTY_DIGITS):
        readings.append(cleaned.translate(_AZERTY))
    return list(dict.fromkeys(readings))


def _parse_one(text: str) -> ParsedCode | None:
    match = _CODE_RE.search(text)
    if match is None:
        return None
    return ParsedCode(int(match.group(1)), int(match.group(2)), match.group(3))


def _starts_like_code(text: str) -> bool:
    if len(text) < 3:
        return False
    return text.startswith(f"{PREFIX}:") or (f"{PREFIX}:" in text) or f"{PREFIX}:".startswith(text)


def read_scan(raw: str) -> ScanReading:
    """Classify a scanned text and list its readings as a code. Never raises for any ``str``."""
    cleaned = clean(raw)
    as_typed = cleaned.translate(_COLON_DAMAGE)
    if not cleaned:
        return ScanReading(ScanKind.EMPTY, "")
    readings = _readings(cleaned)
    parsed = [code for code in map(_parse_one, readings) if code is not None]
    candidates = tuple(dict.fromkeys(parsed))
    if candidates:
        return ScanReading(ScanKind.CODE, as_typed, candidates)
    if any(_starts_like_code(text) for text in readings):
        return ScanReading(ScanKind.PARTIAL, as_typed)
    return ScanReading(ScanKind.OTHER, as_typed)


def parse_code(raw: str) -> ParsedCode | None:
    """The fields of a text that has the shape of an invitation code (first reading), or None."""
    return read_scan(raw).first


def looks_like_code(raw: str) -> bool:
    """True for anything that starts like one of our codes, even damaged (never a name search)."""
    return read_scan(raw).kind in (ScanKind.CODE, ScanKind.PARTIAL)


def verify_code(secret: bytes, parsed: ParsedCode) -> bool:
    return hmac.compare_digest(_mac(secret, parsed.signed_part), parsed.mac)
