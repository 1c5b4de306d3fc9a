"""Signed certificate codes: what the QR carries, verifiable offline with the office's public key.

Format (one line, so a scanner that types into a field never sends Enter half way)::

    SASN1|<key id>|<number>|<name>|<event code>|<YYYY-MM-DD>|<JP>|<signature>

The signature is Ed25519 over the UTF-8 (NFC) text before the last ``|``, written in base64url
without padding (86 characters). The key id is the first four bytes of SHA-256 of the raw public
key in hex, so a verifier holding several offices' keys picks the right one and can say "signed by
another key" instead of "forged". A short code printed beside the QR (``ABCDE-FGHJK``) is derived
from the signature (Crockford base32): it finds the certificate in the office's database, it proves nothing offline.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from asn_event.domain.errors import Refused
from asn_event.names import nfc

PREFIX = "SASN1"
SEP = "|"
SIGNATURE_CHARS = 86
SHORT_CODE_CHARS = 10
# Crockford's base32: no I, L, O or U, so nobody reads a letter for a digit.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


class KeyFormatError(Refused, ValueError):
    """A public key file or text that is not an Ed25519 key (``code`` worded by ``asn_event.words``)."""


class UnsignableField(Refused, ValueError):
    """A field a certificate code cannot carry (empty, several lines, a ``|``)."""


def signable_text(text: str) -> str:
    """A field as it can be signed and printed alike: NFC, one line, single spaces, no ``|``."""
    return " ".join(_CONTROL_RE.sub(" ", nfc(text)).replace(SEP, "/").split())


@dataclass(frozen=True, slots=True)
class SignedFields:
    """What a certificate code vouches for."""

    number: str
    name: str
    event: str  # the event code
    date: date  # the event's date
    jp: int

    def __post_init__(self) -> None:
        for label, value in (("nomor", self.number), ("nama", self.name), ("kode acara", self.event)):
            if not value or value != signable_text(value):
                raise UnsignableField("sign_field", field=label, value=repr(value))
        if self.jp < 0:
            raise UnsignableField("sign_jp_negative")

    def message(self, key_id: str) -> str:
        return SEP.join(
            (PREFIX, key_id, self.number, self.name, self.event, self.date.isoformat(), str(self.jp))
        )


# -- keys -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyPair:
    """Raw Ed25519 key material as stored in ``OfficeKey``: a 32-byte seed and a 32-byte public key."""

    private_seed: bytes
    public_raw: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)


def new_key_pair() -> KeyPair:
    seed = secrets.token_bytes(32)
    return KeyPair(seed, _public_from_seed(seed))


def _public_from_seed(seed: bytes) -> bytes:
    private = Ed25519PrivateKey.from_private_bytes(seed)
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:8].upper()


def public_key_pem(public_raw: bytes) -> str:
    """The public key as PEM text (SubjectPublicKeyInfo), to hand to another laptop."""
    key = Ed25519PublicKey.from_public_bytes(public_raw)
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem.decode("ascii")


def load_public_key(data: str | bytes) -> bytes:
    """Raw 32-byte public key from PEM text (or raw bytes); :class:`KeyFormatError` otherwise."""
    if isinstance(data, bytes) and len(data) == 32:
        return data
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        key = serialization.load_pem_public_key(raw.strip())
    except (ValueError, TypeError) as error:
        raise KeyFormatError("public_key_unreadable") from error
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFormatError("public_key_wrong_kind")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# -- signing and verifying --------------------------------------------------------------------------


def sign(keys: KeyPair, fields: SignedFields) -> str:
    """The code for the QR: the fields and their signature in one line."""
    message = fields.message(keys.key_id)
    signature = Ed25519PrivateKey.from_private_bytes(keys.private_seed).sign(message.encode("utf-8"))
    return f"{message}{SEP}{_b64(signature)}"


def short_code(code: str) -> str:
    """``ABCDE-FGHJK``: a short reference derived from the code's signature (for looking it up)."""
    digest = hashlib.sha256(code.rsplit(SEP, 1)[-1].encode("ascii")).digest()
    value = int.from_bytes(digest[:8], "big") >> (64 - 5 * SHORT_CODE_CHARS)
    letters = "".join(
        _CROCKFORD[(value >> (5 * (SHORT_CODE_CHARS - 1 - i))) & 31] for i in range(SHORT_CODE_CHARS)
    )
    return f"{letters[:5]}-{letters[5:]}"


def normalize_short_code(text: str) -> str:
    """What a person typed, as a short code: case, spaces and look-alike digits forgiven."""
    letters = re.sub(r"[\s\-]", "", text).upper().translate(str.maketrans("OIL", "011"))
    return f"{letters[:5]}-{letters[5:]}" if len(letters) == SHORT_CODE_CHARS else letters


class VerifyStatus(enum.StrEnum):
    VALID = "valid"
    FORGED = "forged"  # well formed, but the signature does not match: altered or made up
    OTHER_KEY = "other_key"  # signed by a key the verifier does not hold
    MALFORMED = "malformed"  # not a certificate code at all


@dataclass(frozen=True, slots=True)
class Verification:
    status: VerifyStatus
    fields: SignedFields | None  # what the code claims (also when forged, to show what was claimed)
    key_id: str = ""

    @property
    def valid(self) -> bool:
        return self.status is VerifyStatus.VALID

    def as_dict(self) -> dict[str, object]:
        fields = None
        if self.fields is not None:
            fields = {
                "number": self.fields.number,
                "name": self.fields.name,
                "event": self.fields.event,
                "date": self.fields.date.isoformat(),
                "jp": self.fields.jp,
            }
        return {"valid": self.valid, "status": self.status.value, "key_id": self.key_id, "fields": fields}


_CODE_RE = re.compile(
    r"^SASN1\|([0-9A-F]{8})\|([^|]+)\|([^|]+)\|([^|]+)\|([0-9]{4}-[0-9]{2}-[0-9]{2})\|(0|[1-9][0-9]{0,3})\|"
    r"([A-Za-z0-9_-]{86})$"
)


def verify(text: str, public_keys: bytes | str | Iterable[bytes | str]) -> Verification:
    """Check a scanned or pasted code against one public key or several (raw bytes or PEM)."""
    scanned = nfc(text.strip())  # a name typed decomposed is the same text
    match = _CODE_RE.match(scanned)
    if match is None:
        return Verification(VerifyStatus.MALFORMED, None)
    kid, number, name, event, day, jp, signature = match.groups()
    try:
        fields = SignedFields(number, name, event, date.fromisoformat(day), int(jp))
        signature_bytes = base64.urlsafe_b64decode(signature + "==")
    except (ValueError, binascii.Error):
        return Verification(VerifyStatus.MALFORMED, None)
    # Exactly one text per certificate: the one sign() writes. Another spelling of the same
    # fields (unused signature bits, "03" for 3, full-width digits) would verify, and a changed
    # signature text changes the short code: it is not a certificate code.
    if scanned != f"{fields.message(kid)}{SEP}{_b64(signature_bytes)}":
        return Verification(VerifyStatus.MALFORMED, None)
    keys = [public_keys] if isinstance(public_keys, bytes | str) else list(public_keys)
    by_id = {key_id(raw): raw for raw in (load_public_key(k) for k in keys)}
    if kid not in by_id:
        return Verification(VerifyStatus.OTHER_KEY, fields, kid)
    try:
        Ed25519PublicKey.from_public_bytes(by_id[kid]).verify(
            signature_bytes, fields.message(kid).encode("utf-8")
        )
    except InvalidSignature:
        return Verification(VerifyStatus.FORGED, fields, kid)
    return Verification(VerifyStatus.VALID, fields, kid)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
