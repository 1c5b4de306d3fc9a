"""Scanner or person: the rhythm of the keys decides, and a code is never taken for a search."""

from __future__ import annotations

from asn_event.checkin.keystrokes import InputKind, KeyRhythm


def _typed(text: str, gap: float) -> KeyRhythm:
    rhythm = KeyRhythm()
    for i in range(len(text)):
        rhythm.key(10.0 + i * gap)
    return rhythm


def test_scanner_burst_is_a_scan_even_for_garbage() -> None:
    rhythm = _typed("8991002101234", 0.004)
    assert rhythm.is_burst()
    assert rhythm.classify("8991002101234") is InputKind.SCAN
    assert rhythm.burst_ended(10.0 + 13 * 0.004 + 0.15)
    assert not rhythm.burst_ended(10.0 + 13 * 0.004 + 0.02)


def test_person_typing_a_name_is_a_search_and_a_pause_does_not_end_it() -> None:
    rhythm = _typed("budi santoso", 0.15)
    assert rhythm.classify("budi santoso") is InputKind.SEARCH
    assert not rhythm.burst_ended(100.0)


def test_code_typed_by_hand_or_pasted_is_still_a_scan() -> None:
    assert _typed("SA1:3:42:ABCDEFGHIJKLMNOP", 0.2).classify("SA1:3:42:ABCDEFGHIJKLMNOP") is InputKind.SCAN
    assert KeyRhythm().classify("sa1;3;42;abcdefghijklmnop") is InputKind.SCAN


def test_short_bursts_are_not_scans() -> None:
    assert _typed("abc", 0.001).classify("abc") is InputKind.SEARCH


def test_a_complete_code_ends_on_a_pause_even_if_the_keys_came_slowly() -> None:
    code = "SA1:3:42:ABCDEFGHIJKLMNOP"
    rhythm = _typed(code, 0.06)
    end = 10.0 + len(code) * 0.06
    assert rhythm.burst_ended(end + 0.2, code)
    assert not rhythm.burst_ended(end + 0.2, code[:-4])
