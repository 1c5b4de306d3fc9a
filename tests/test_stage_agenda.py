"""Agenda validation: bad durations and thresholds get clear Indonesian messages."""

from __future__ import annotations

import pytest

from asn_event.stage.agenda import (
    AgendaError,
    Segment,
    minutes_to_seconds,
    validate_agenda,
    validate_segment,
)
from tests.saying import raises_saying


@pytest.mark.parametrize(
    ("segment", "words"),
    [
        (Segment(1, "Arahan Wali Kota", 0), "harus lebih dari 0 menit"),
        (Segment(1, "Arahan Wali Kota", -300), "harus lebih dari 0 menit"),
        (Segment(1, "Arahan Wali Kota", 1000 * 60), "1.000 menit terlalu panjang"),  # thousands grouped, as Indonesian writes them
        (Segment(1, "   ", 600), "Judul sesi belum diisi"),
        (Segment(1, "Dialog", 600, warning_seconds=-1), "tidak boleh negatif"),
        (Segment(1, "Dialog", 600, warning_seconds=30, danger_seconds=60), "Batas merah"),
    ],
)
def test_bad_segments_are_refused_with_a_reason(segment: Segment, words: str) -> None:
    with raises_saying(AgendaError, words):
        validate_segment(segment)


def test_a_short_segment_with_the_default_thresholds_is_fine() -> None:
    validate_segment(Segment(1, "Doa", 60))  # amber from the start, but nothing wrong


def test_the_same_segment_twice_is_refused() -> None:
    with raises_saying(AgendaError, "dua kali"):
        validate_agenda([Segment(1, "Dialog", 600), Segment(1, "Dialog", 600)])


def test_minutes_as_typed() -> None:
    assert minutes_to_seconds(10) == 600
    assert minutes_to_seconds(7.5) == 450


def test_the_default_agenda_is_valid() -> None:
    from asn_event.demo import DEMO_AGENDA

    validate_agenda(
        Segment(i, title, minutes * 60, speaker) for i, (title, speaker, minutes) in enumerate(DEMO_AGENDA)
    )
