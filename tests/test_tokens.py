"""Invitation codes: format, signature, and what a scanner does to them."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_event.tokens import (
    MAX_SCAN_CHARS,
    ScanKind,
    looks_like_code,
    make_code,
    new_secret,
    parse_code,
    read_scan,
    verify_code,
)

SECRET = bytes(range(32))
CODE = make_code(SECRET, 7, 1234)

_US = "1234567890QWERTYUIOPASDFGHJKLZXCVBNM:"
_DE = "1234567890QWERTZUIOPASDFGHJKLYXCVBNMÖ"
_FR = "&é\"'(-è_çàAZERTYUIOPQSDFGHJKLWXCVBN?M"


def _through_layout(code: str, target: str) -> str:
    return code.translate(str.maketrans(_US, target))


def _genuine(raw: str) -> bool:
    return any(verify_code(SECRET, c) for c in read_scan(raw).candidates)


def test_code_is_short_qr_alphanumeric_and_carries_no_personal_data() -> None:
    assert CODE.startswith("SA1:7:1234:")
    assert len(CODE) <= 43
    assert set(CODE) <= set(string.ascii_uppercase + string.digits + ":")
    assert verify_code(SECRET, parse_code(CODE))


@pytest.mark.parametrize("registration_id", [1234, 5, 987654])
def test_every_single_character_change_is_refused(registration_id: int) -> None:
    code = make_code(SECRET, 7, registration_id)
    alphabet = string.ascii_uppercase + string.digits + ":"
    for index, original in enumerate(code):
        for replacement in alphabet:
            if replacement == original:
                continue
            altered = code[:index] + replacement + code[index + 1 :]
            assert not _genuine(altered), altered


def test_another_secret_does_not_verify() -> None:
    assert not verify_code(new_secret(), parse_code(CODE))


@pytest.mark.parametrize(
    "typed",
    [
        CODE.lower(),  # caps lock
        f"  {CODE}\r\n",
        CODE.replace(":", ";"),  # shift lost on the colon
        f"]Q1{CODE}",  # scanner symbology prefix
        CODE.replace(":", "\uff1a"),  # full-width colon from an input method
        f"\x02{CODE}\x03",  # STX/ETX framing
        "\u200b".join(CODE),  # zero-width spaces
    ],
)
def test_scanner_noise_around_a_genuine_code_is_repaired(typed: str) -> None:
    reading = read_scan(typed)
    assert reading.kind is ScanKind.CODE
    assert _genuine(typed)


@pytest.mark.parametrize("layout", [_DE, _FR])
def test_wrong_keyboard_layout_is_repaired(layout: str) -> None:
    for registration_id in range(1, 60):
        code = make_code(SECRET, 7, registration_id)
        damaged = _through_layout(code, layout)
        assert _genuine(damaged), (code, damaged)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("", ScanKind.EMPTY),
        ("   \t", ScanKind.EMPTY),
        ("8991002101234", ScanKind.OTHER),  # EAN-13 from a drink bottle
        ("https://mojokertokota.go.id/?id=SA1", ScanKind.OTHER),
        ("Siti Aminah", ScanKind.OTHER),
        ("SA1:7:12", ScanKind.PARTIAL),
        (CODE[:-3], ScanKind.PARTIAL),
        ("SA1:", ScanKind.PARTIAL),
        ("SA1:07:1234:" + CODE[-16:], ScanKind.PARTIAL),  # leading zero: not a code we print
    ],
)
def test_garbage_is_classified(typed: str, kind: ScanKind) -> None:
    assert read_scan(typed).kind is kind


def test_unicode_digits_are_not_ids() -> None:
    arabic = CODE.replace("1234", "١٢٣٤")
    assert all(c.registration_id != 1234 or c.text.isascii() for c in read_scan(arabic).candidates)


def test_huge_input_is_cut() -> None:
    reading = read_scan("A" * 100_000)
    assert reading.kind is ScanKind.OTHER
    assert len(reading.text) == MAX_SCAN_CHARS


def test_make_code_refuses_out_of_range_ids() -> None:
    with pytest.raises(ValueError):
        make_code(SECRET, 0, 1)
    with pytest.raises(ValueError):
        make_code(SECRET, 1, 10**13)


def test_looks_like_code_tells_codes_from_names() -> None:
    assert looks_like_code(CODE)
    assert looks_like_code("sa1;7;12")
    assert not looks_like_code("Sa'adah")
    assert not looks_like_code("1968")


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 999_999_999), st.integers(1, 999_999_999_999), st.binary(min_size=16, max_size=64))
def test_round_trip_any_ids(event_id: int, registration_id: int, secret: bytes) -> None:
    code = make_code(secret, event_id, registration_id)
    parsed = parse_code(code)
    assert parsed is not None
    assert (parsed.event_id, parsed.registration_id) == (event_id, registration_id)
    assert verify_code(secret, parsed)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_read_scan_never_raises(text: str) -> None:
    reading = read_scan(text)
    assert isinstance(reading.kind, ScanKind)
    assert (reading.kind is ScanKind.CODE) == bool(reading.candidates)
