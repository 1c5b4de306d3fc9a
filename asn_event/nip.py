"""NIP (Nomor Induk Pegawai) of PNS and NI PPPK: parse, validate, format.

Both are 18 digits and start with the birth date ``YYYYMMDD``:

- PNS: birth date + TMT CPNS ``YYYYMM`` + sex digit (1 male, 2 female) + sequence ``001``…``999``,
  printed ``19680411 199303 1 009``.
- PPPK: birth date + appointment year ``YYYY`` + type digit ``2`` + contract count + sex digit +
  sequence. Its digits 13–14 (``21``, ``22`` …) can never be a month, which tells the two apart.

Non-ASN staff have no NIP. People type NIPs with spaces, dots or dashes (and Excel adds a leading
apostrophe); those are accepted. A number that fails the structure is a :class:`NipError`: a
:class:`NipProblem` code with its parameters, worded by the one word table (:mod:`asn_event.words`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from asn_event.domain.enums import Employment

NIP_LENGTH = 18
EARLIEST_BIRTH_YEAR = 1940
# Age at appointment (TMT CPNS or PPPK year): CPNS from 18, PPPK up to one year before retirement.
MIN_AGE_AT_APPOINTMENT = 17
MAX_AGE_AT_APPOINTMENT = 60

_SEPARATORS = re.compile(r"[\s.\-\u00a0\u2010-\u2015/_]+")


class NipKind(enum.StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


class Sex(enum.StrEnum):
    MALE = "L"
    FEMALE = "P"


class NipProblem(enum.StrEnum):
    """Why a NIP was refused (the UI and tests branch on this, never on the message)."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    LENGTH = "length"
    BIRTH_DATE = "birth_date"
    APPOINTMENT = "appointment"
    SEX_DIGIT = "sex_digit"
    SEQUENCE = "sequence"
    PPPK_CONTRACT = "pppk_contract"
    LOST_DIGITS = "lost_digits"


@dataclass(frozen=True, slots=True)
class Nip:
    """A structurally valid NIP."""

    digits: str  # 18 digits, nothing else: what the database stores
    kind: NipKind
    birth_date: date
    sex: Sex
    appointment_year: int
    appointment_month: int | None  # TMT CPNS month; None for PPPK
    sequence: int

    @property
    def display(self) -> str:
        return format_nip(self.digits)

    def __str__(self) -> str:
        return self.display


@dataclass(frozen=True, slots=True)
class NipError:
    """A refused NIP: the typed problem and its parameters (worded by :func:`asn_event.words.nip_text`)."""

    problem: NipProblem
    text: str  # what was given
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The Indonesian sentence (command line, JSON); the UI words :attr:`problem` in its language."""
        from asn_event.words import nip_text

        return nip_text(self)

    def __str__(self) -> str:
        return self.reason


class InvalidNip(ValueError):
    """Raised by :func:`validate_nip`; carries the :class:`NipError`."""

    def __init__(self, error: NipError) -> None:
        self.error = error
        super().__init__(error.reason)


def employment_for(nip: Nip | None) -> Employment:
    """What a NIP says about employment: PNS or PPPK by its kind; no NIP, non-ASN. The one place of this rule."""
    if nip is None:
        return Employment.NON_ASN
    return Employment.PNS if nip.kind is NipKind.PNS else Employment.PPPK


def clean_nip(text: str) -> str:
    """Remove what people type between the digits: spaces, dots, dashes, a leading apostrophe."""
    return _SEPARATORS.sub("", str(text).strip().lstrip("'\u2018\u2019`"))


def format_nip(digits: str | None) -> str:
    """``196804111993031009`` -> ``19680411 199303 1 009`` (PPPK: ``19900512 2022 2 1 2 001``).

    The one way a NIP is shown, on every screen and document; ``None`` gives ``""`` and text that
    is not 18 digits is shown as typed (without separators).
    """
    if not digits:
        return ""
    d = clean_nip(digits)
    if len(d) != NIP_LENGTH or not d.isdigit():
        return d
    if _is_month(d[12:14]):
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"
    return f"{d[:8]} {d[8:12]} {d[12]} {d[13]} {d[14]} {d[15:]}"


def _is_month(two: str) -> bool:
    return two.isdigit() and 1 <= int(two) <= 12


def _error(problem: NipProblem, text: str, **params: Any) -> NipError:
    return NipError(problem, text, params)


def _date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_nip(text: str, today: date | None = None) -> Nip | NipError:
    """Parse a NIP as typed. ``today`` (from the clock) also refuses dates in the future."""
    raw = "" if text is None else str(text)
    d = clean_nip(raw)
    if not d:
        return _error(NipProblem.EMPTY, raw)
    if not d.isdigit():
        return _error(NipProblem.NOT_DIGITS, raw, typed=raw.strip())
    if len(d) != NIP_LENGTH:
        return _error(NipProblem.LENGTH, raw, count=len(d), digits=d)

    birth = _date(d[0:4], d[4:6], d[6:8])
    if birth is None or birth.year < EARLIEST_BIRTH_YEAR or (today is not None and birth > today):
        return _error(NipProblem.BIRTH_DATE, raw, birth=d[:8])

    if _is_month(d[12:14]):
        kind = NipKind.PNS
        year, month = int(d[8:12]), int(d[12:14])
    elif d[12] == "2":
        kind = NipKind.PPPK
        year, month = int(d[8:12]), None
        if d[13] == "0":
            return _error(NipProblem.PPPK_CONTRACT, raw, nip=format_nip(d))
    else:
        return _error(NipProblem.APPOINTMENT, raw, digits=d[8:14])
    age = year - birth.year
    in_future = today is not None and (year, month or 1) > (today.year, today.month)
    if not MIN_AGE_AT_APPOINTMENT <= age <= MAX_AGE_AT_APPOINTMENT or in_future:
        return _error(
            NipProblem.APPOINTMENT, raw, kind=kind.value, year=d[8:12], month=d[12:14], birth=d[:8], age=age
        )

    if d[14] not in "12":
        return _error(NipProblem.SEX_DIGIT, raw, digit=d[14])
    sequence = int(d[15:])
    if sequence == 0:
        return _error(NipProblem.SEQUENCE, raw, digits=d)
    return Nip(
        digits=d,
        kind=kind,
        birth_date=birth,
        sex=Sex.MALE if d[14] == "1" else Sex.FEMALE,
        appointment_year=year,
        appointment_month=month,
        sequence=sequence,
    )


def validate_nip(text: str, today: date | None = None) -> Nip:
    """Like :func:`parse_nip` but raises :class:`InvalidNip` (a ValueError) on a refused number."""
    result = parse_nip(text, today)
    if isinstance(result, NipError):
        raise InvalidNip(result)
    return result


# --- NIPs that Excel stored as numbers -------------------------------------------------------------

# Excel keeps 15 significant digits; a float can hold every integer only up to 2**53.
_EXACT_FLOAT_LIMIT = 2**53
_SCIENTIFIC = re.compile(r"^\s*[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+\s*$")


def nip_from_cell(value: object) -> str | NipError:
    """The NIP text of a spreadsheet cell, or a LOST_DIGITS error when Excel damaged the number.

    An integer cell is exact (openpyxl reads an integer the file stores in full). A float that is
    too large to be exact, or a text in scientific notation (``1.96804E+17`` in a CSV), lost digits.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_FLOAT_LIMIT:
            return str(int(value))
        return _lost_digits(repr(value))
    text = str(value)
    if _SCIENTIFIC.match(text):
        return _lost_digits(text.strip())
    return text


def _lost_digits(shown: str) -> NipError:
    return NipError(NipProblem.LOST_DIGITS, shown, {"shown": shown})
