"""The organizer PIN that unlocks kiosk screens, stored only as a salted scrypt hash.

``hash_pin`` gives a self-describing text (``scrypt$n$r$p$salt$hash``, base64) for
``Event.kiosk_pin_hash``; ``verify_pin`` checks a typed PIN in constant time. scrypt with n=2**14
costs about 50 ms and 16 MB per try: fine at a kiosk, slow for someone guessing offline.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from asn_event.domain.errors import Refused

N, R, P = 2**14, 8, 1
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinError(Refused, ValueError):
    """A PIN that cannot be used; the code says what to type instead."""


def check_pin_format(pin: str) -> str:
    """The PIN without spaces, or :class:`PinError` when it is not 4 to 12 digits."""
    cleaned = "".join(pin.split())
    if not cleaned.isascii() or not cleaned.isdigit() or not MIN_DIGITS <= len(cleaned) <= MAX_DIGITS:
        raise PinError("pin_format", low=MIN_DIGITS, high=MAX_DIGITS)
    if len(set(cleaned)) == 1 or cleaned in "0123456789012" or cleaned in "9876543210987":
        raise PinError("pin_too_easy")
    return cleaned


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str) -> str:
    cleaned = check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(cleaned.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` matches the stored hash; False for no hash, a malformed one, or a wrong PIN."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            "".join(pin.split()).encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(base64.b64decode(expected)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, base64.b64decode(expected))
