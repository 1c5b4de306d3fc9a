"""Finding a person at the desk by name or NIP."""

from __future__ import annotations

import pytest

from asn_event.checkin.search import Candidate, best_unique, edit_distance, rank
from asn_event.names import name_key

PEOPLE = [
    (1, "Dr. Hj. Siti Aminah, S.E., M.M.", "196804111993032009"),
    (2, "Siti Aminah Rahayu, S.Pd.", "197501012000122001"),
    (3, "Budi Santoso, S.Kom.", "198807222015031002"),
    (4, "Ir. Bambang Sutrisno, M.T.", "197003151998031005"),
    (5, "Rina Kusumawati", None),
    (6, "Ahmad Fauzi, S.H.", "199002022019031001"),
]
CANDIDATES = [Candidate(rid, name, name_key(name), nip) for rid, name, nip in PEOPLE]


def _ids(query: str) -> list[int]:
    return [m.candidate.registration_id for m in rank(query, CANDIDATES)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("siti aminah", 1),
        ("Hj. Siti Aminah", 1),
        ("Dr Siti Aminah SE MM", 1),
        ("sity aminah", 1),  # typo
        ("budi santsoo", 3),  # two letters swapped
        ("bambang", 4),
        ("bambang sutrisno, m.t.", 4),
        ("rina kusumawti", 5),
        ("fauzi", 6),
        ("santoso budi", 3),  # words in another order
    ],
)
def test_name_queries_find_the_person_first(query: str, expected: int) -> None:
    assert _ids(query)[0] == expected


def test_more_words_rank_the_fuller_name_lower() -> None:
    ids = _ids("siti aminah")
    assert ids[:2] == [1, 2]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("196804111993032009", 1),
        ("19680411 199303 2 009", 1),
        ("1988 0722", 3),
        ("196804111993032090", 1),  # two digits swapped
    ],
)
def test_nip_queries(query: str, expected: int) -> None:
    assert _ids(query)[0] == expected


def test_nothing_matches_nonsense() -> None:
    assert _ids("zzzz qqqq") == []
    assert _ids("") == []
    assert _ids("0000") == []


def test_best_unique_refuses_ambiguity() -> None:
    assert best_unique(rank("siti", CANDIDATES)) is None
    unique = best_unique(rank("budi santoso", CANDIDATES))
    assert unique is not None and unique.candidate.registration_id == 3


def test_edit_distance() -> None:
    assert edit_distance("aminah", "aminah", 2) == 0
    assert edit_distance("amniah", "aminah", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2
