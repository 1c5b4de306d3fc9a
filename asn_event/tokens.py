"""Invitation codes: a compact signed text naming an event and a registration, no personal data.

Format: ``SA1:<event id>:<registration id>:<mac>``, uppercase, using only characters of the QR
alphanumeric mode (digits, A-Z, ``:``), so a code fits a version 2 QR symbol that still scans when
printed 2 cm wide. The mac is 80 bits of HMAC-SHA256 over the first three fields with the event's
secret, written in base32 (16 characters).

Parsing is separate from verifying: :func:`parse_code` tells whether a text looks like one of our
codes at all; the check-in service then picks the event's secret and calls :func:`verify_code`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

PREFIX = "SA1"
MAC_BYTES = 10
MAC_CHARS = 16  # base32 of 10 bytes, no padding

_CODE_RE = re.compile(r"^SA1:(\d{1,9}):(\d{1,12}):([A-Z2-7]{16})$")
# Keyboard-layout damage from scanners set to another layout: ':' typed as ';' (shift lost) or as
# 'Ö'/'ö' (German layout). Letters arrive in either case.
_LAYOUT_DAMAGE = str.maketrans({";": ":", "Ö": ":", "ö": ":", "Ñ": ":", "ñ": ":"})


def new_secret() -> bytes:
    return secrets.token_bytes(32)


@dataclass(frozen=True, slots=True)
class ParsedCode:
    event_id: int
    registration_id: int
    mac: str

    @property
    def signed_part(self) -> str:
        return f"{PREFIX}:{self.event_id}:{self.registration_id}"


def _mac(secret: bytes, signed_part: str) -> str:
    digest = hmac.new(secret, signed_part.encode("ascii"), hashlib.sha256).digest()[:MAC_BYTES]
    return base64.b32encode(digest).decode("ascii").rstrip("=")


def make_code(secret: bytes, event_id: int, registration_id: int) -> str:
    signed_part = f"{PREFIX}:{event_id}:{registration_id}"
    return f"{signed_part}:{_mac(secret, signed_part)}"


def normalize(raw: str) -> str:
    """What the scanner typed, cleaned of whitespace, case and keyboard-layout damage."""
    return "".join(raw.split()).translate(_LAYOUT_DAMAGE).upper()


def parse_code(raw: str) -> ParsedCode | None:
    """The fields of a text that has the shape of an invitation code, or None."""
    match = _CODE_RE.match(normalize(raw))
    if match is None:
        return None
    return ParsedCode(int(match.group(1)), int(match.group(2)), match.group(3))


def looks_like_code(raw: str) -> bool:
    """True for anything that starts like one of our codes, even damaged (never a name search)."""
    return normalize(raw).startswith(f"{PREFIX}:")


def verify_code(secret: bytes, parsed: ParsedCode) -> bool:
    return hmac.compare_digest(_mac(secret, parsed.signed_part), parsed.mac)
