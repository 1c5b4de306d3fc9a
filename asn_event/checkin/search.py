"""Finding a person at the desk by name or NIP, tolerant of missing titles and small typos.

Pure ranking over plain rows: the service loads the event's people once and asks :func:`rank`.
``"siti aminah"``, ``"Hj Siti Aminh"`` and ``"aminah"`` all find ``Dr. Hj. Siti Aminah, S.E., M.M.``;
``"1968 0411"`` finds the NIP ``196804111993031009``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from asn_event.names import PREFIX_TITLES, name_key

MIN_SCORE = 0.6
# Degrees typed without dots ("Siti Aminah SE MM") stay in the query key; unmatched, they are ignored.
_DEGREES = "se sh st sp spd ssos si sip skm skom sstp ssi sked sfarm sag shi spsi sthi ak amd mm mh mt mpd msi mkes mkom map mpa mars mmr mba msc ma phd"
_LOOSE_TITLES = PREFIX_TITLES | frozenset(_DEGREES.split(" "))
_DIGITS_RE = re.compile(r"[0-9]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One person of the event, as the search needs them."""

    registration_id: int
    name: str
    key: str  # names.name_key(name)
    nip: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    candidate: Candidate
    score: float  # 0..1, higher is closer


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of two neighbours counts once), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _typo_allowance(word: str) -> int:
    if len(word) <= 3:
        return 0
    if len(word) <= 6:
        return 1
    return 2


def _word_score(query_word: str, name_word: str) -> float:
    if query_word == name_word:
        return 1.0
    if name_word.startswith(query_word) and (len(query_word) >= 2 or len(name_word) == 1):
        return 0.85 if len(query_word) >= 3 else 0.7
    allowance = _typo_allowance(query_word)
    if allowance:
        distance = edit_distance(query_word, name_word, allowance)
        if distance <= allowance:
            return 0.8 if distance == 1 else 0.65
        # A typo in a word typed only in part: "aminh" for "aminah" was handled above; "pusptas" for "puspitasari".
        if len(name_word) > len(query_word):
            distance = edit_distance(query_word, name_word[: len(query_word)], allowance)
            if distance <= allowance:
                return 0.7 if distance == 1 else 0.6
    return 0.0


def name_score(query_key: str, candidate_key: str) -> float:
    """How well the words of the query match the name's words (each query word needs its own match)."""
    query_words = query_key.split()
    name_words = candidate_key.split()
    if not query_words or not name_words:
        return 0.0
    used: set[int] = set()
    total = 0.0
    for word in query_words:
        best, best_index = 0.0, -1
        for index, name_word in enumerate(name_words):
            if index in used:
                continue
            score = _word_score(word, name_word)
            if score > best:
                best, best_index = score, index
        if best == 0.0:
            if word in _LOOSE_TITLES and len(query_words) > 1:
                continue
            return 0.0
        used.add(best_index)
        total += best
    if not used:
        return 0.0
    score = total / len(used)
    # A query naming every word of the name is closer than one naming a single common word.
    coverage = len(used) / len(name_words)
    return round(score * (0.85 + 0.15 * coverage), 4)


def digits_of(text: str) -> str:
    return "".join(_DIGITS_RE.findall(text))


def is_nip_query(query: str) -> bool:
    """A query made of digits (spaces, dots allowed), at least four of them: a NIP, not a name."""
    digits = digits_of(query)
    letters = sum(c.isalpha() for c in query)
    return len(digits) >= 4 and letters == 0


def nip_score(query_digits: str, nip: str | None) -> float:
    if not nip:
        return 0.0
    if nip == query_digits:
        return 1.0
    if nip.startswith(query_digits):
        return 0.9
    if query_digits in nip:
        return 0.75
    if len(query_digits) == len(nip) and edit_distance(query_digits, nip, 1) <= 1:
        return 0.7  # one digit typed wrong or two swapped
    return 0.0


def rank(query: str, candidates: Iterable[Candidate], limit: int = 10) -> list[Match]:
    """The candidates matching ``query`` (name or NIP), best first; ties by name."""
    text = query.strip()
    if not text:
        return []
    matches: list[Match] = []
    if is_nip_query(text):
        digits = digits_of(text)
        for candidate in candidates:
            score = nip_score(digits, candidate.nip)
            if score >= MIN_SCORE:
                matches.append(Match(candidate, score))
    else:
        key = name_key(text)
        for candidate in candidates:
            score = name_score(key, candidate.key)
            if score >= MIN_SCORE:
                matches.append(Match(candidate, score))
    matches.sort(key=lambda m: (-m.score, m.candidate.key, m.candidate.registration_id))
    return matches[:limit]


class Scored(Protocol):
    @property
    def score(self) -> float: ...


M = TypeVar("M", bound=Scored)


def best_unique(matches: Sequence[M], margin: float = 0.1) -> M | None:
    """The one match clearly ahead of the others (Enter may check it in), or None when it is ambiguous."""
    if not matches:
        return None
    if len(matches) == 1 or matches[0].score - matches[1].score >= margin:
        return matches[0]
    return None
