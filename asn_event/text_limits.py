"""How long a person's texts may be and which characters they may hold: decided once, here.

Every entry point (roster import, the person dialog, walk-in registration, the kiosk, the phone
form) cleans a text with :func:`clean` and checks it with :func:`check`; every renderer (PDF,
spreadsheet, QR, file name) can then rely on short, printable, one-line text. Renderers still
shorten with :func:`fit_for_print`, so whatever an older database holds prints without failing.

Removed silently, because nobody types them on purpose and they break paper, spreadsheets or
file names: control characters (a tab or line break becomes a space), bidirectional overrides
and isolates (they make a name read backwards), zero-width characters and the byte-order mark,
Unicode non-characters; a broken surrogate becomes U+FFFD. Text is NFC and its runs of spaces are folded.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from asn_event.domain.errors import Refused
from asn_event.words import error_text


class TextField(enum.StrEnum):
    NAME = "name"  # a person's name with academic titles
    POSITION = "position"  # jabatan
    RANK = "rank"  # pangkat/golongan
    UNIT = "unit"  # perangkat daerah
    PHONE = "phone"
    TITLE = "title"  # event, session or form title


# Longest accepted, in characters (after cleaning). A name with every title Indonesian offices use
# is under 100; the database columns are wider (300), so a limit is never a database error.
LIMITS: dict[TextField, int] = {
    TextField.NAME: 150,
    TextField.POSITION: 200,
    TextField.RANK: 100,
    TextField.UNIT: 200,
    TextField.PHONE: 40,
    TextField.TITLE: 300,
}

# Bidi embeddings/overrides/isolates and marks, zero-width characters, word joiner, BOM.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
    "\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\u180e"  # fmt: skip
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


def _is_noncharacter(ch: str) -> bool:
    code = ord(ch)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def clean(value: object) -> str:
    """One printable line: NFC, no control or invisible characters, single spaces, trimmed."""
    if value is None:
        return ""
    text = _SURROGATE_RE.sub("\ufffd", str(value))
    text = _CONTROL_RE.sub(" ", text)
    text = _INVISIBLE_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if any(_is_noncharacter(ch) for ch in text):
        text = "".join(ch for ch in text if not _is_noncharacter(ch))
    return " ".join(text.split())


def clean_multiline(value: str) -> str:
    """Like :func:`clean` for a free-text answer, but its line breaks are kept (as ``\\n``)."""
    lines = _SURROGATE_RE.sub("\ufffd", value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(clean(line) for line in lines).strip()


@dataclass(frozen=True, slots=True)
class TooLong:
    """A text over its limit: refused with these numbers (the UI and CLI put them in words)."""

    field: TextField
    length: int
    limit: int

    @property
    def params(self) -> dict[str, object]:
        """The parameters of the ``text_too_long`` code (``asn_event/words.py``)."""
        return {"field": self.field.value, "length": self.length, "limit": self.limit}

    @property
    def error(self) -> Refused:
        return Refused("text_too_long", **self.params)

    @property
    def message(self) -> str:
        """The Indonesian line (command line, log)."""
        return error_text(self.error)


def check(value: object, field: TextField) -> str | TooLong:
    """The cleaned text, or :class:`TooLong` when it is over the field's limit."""
    text = clean(value)
    limit = LIMITS[field]
    return TooLong(field, len(text), limit) if len(text) > limit else text


class TextTooLong(Refused, ValueError):
    """Raised by services that take one text at a time (the person dialog, walk-in)."""

    def __init__(self, problem: TooLong) -> None:
        self.problem = problem
        super().__init__("text_too_long", **problem.params)


def require(value: object, field: TextField) -> str:
    """:func:`check`, raising :class:`TextTooLong` for a text over its limit."""
    result = check(value, field)
    if isinstance(result, TooLong):
        raise TextTooLong(result)
    return result


def fit_for_print(value: object, field: TextField) -> str:
    """Cleaned and, when longer than the field allows, cut with an ellipsis: always printable."""
    text = clean(value)
    limit = LIMITS[field]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
