from __future__ import annotations

import pytest

from asn_event.pin import PinInvalid, hash_pin, verify_pin


def test_pin_round_trip_salted_and_not_stored_plain():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # salted
    assert "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)


def test_no_pin_or_damaged_hash_never_matches():
    assert not verify_pin("2468", None)
    assert not verify_pin("2468", "scrypt$x$y")
    assert not verify_pin("2468", "bcrypt$1$2$3$00$00")


@pytest.mark.parametrize("bad", ["12", "abcd", "1234567890123", "١٢٣٤"])
def test_pin_must_be_4_to_12_digits(bad):
    with pytest.raises(PinInvalid, match="4 sampai 12 angka"):
        hash_pin(bad)
