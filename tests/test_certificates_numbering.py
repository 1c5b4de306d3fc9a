"""Certificate number patterns as the organizer types them."""

from __future__ import annotations

from datetime import date

import pytest

from asn_event.certificates import DEFAULT_PATTERN, NumberPattern, NumberPatternError
from asn_event.words import error_text


def test_the_default_pattern_makes_a_mojokerto_style_number() -> None:
    assert NumberPattern.parse(DEFAULT_PATTERN).format(7, date(2025, 11, 17)) == "800/007/417.405/2025"


def test_all_placeholders() -> None:
    pattern = NumberPattern.parse("{event}/{seq}/{day}.{month}/{month_roman}/{year}")
    assert pattern.format(12, date(2025, 11, 3), "CMK-1") == "CMK-1/12/03.11/XI/2025"


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("", "kosong"),
        ("800/417.405/{year}", "{seq}"),
        ("800/{seq}/{seq}", "tepat satu kali"),
        ("800/{nomor}/{year}", "{nomor}"),
        ("800/{seq:03d/{year}", "tidak berpasangan"),
        ("800/{seq:x}/{year}", "format"),
        ("800|{seq}", "'|'"),
        ("{seq}" + "/417.405" * 12, "terlalu panjang"),
    ],
)
def test_bad_patterns_say_what_to_fix(pattern: str, says: str) -> None:
    with pytest.raises(NumberPatternError) as error:
        NumberPattern.parse(pattern)
    assert says in error_text(error.value)
