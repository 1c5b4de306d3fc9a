"""The organizer PIN: stored as a salted slow hash, checked in constant time."""

from __future__ import annotations

import pytest

from asn_event.kiosk_pin import PinError, hash_pin, verify_pin


def test_pin_round_trip_and_salt() -> None:
    first, second = hash_pin("4827"), hash_pin("4827")
    assert first != second  # salted
    assert "4827" not in first and first.startswith("scrypt$")
    assert verify_pin("4827", first) and verify_pin(" 48 27 ", second)
    assert not verify_pin("4828", first)


@pytest.mark.parametrize("stored", [None, "", "plain", "scrypt$x$y$z$a$b", "bcrypt$1$2$3$AA==$AA=="])
def test_broken_hashes_never_unlock(stored: str | None) -> None:
    assert not verify_pin("4827", stored)


@pytest.mark.parametrize("pin", ["", "12", "abcd", "1111", "1234", "9876", "1234567890123", "٤٨٢٧"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        hash_pin(pin)
