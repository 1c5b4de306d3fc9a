"""File names made from people's names: safe on Windows, macOS and Linux, and unique in a folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable

# Names Windows refuses as files, whatever the extension.
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
)


def not_reserved(stem: str) -> str:
    return f"{stem}_" if stem.upper() in RESERVED else stem


def unique_names(
    stems: Iterable[str], suffix: str, numbered: Callable[[str, int], str] = lambda stem, n: f"{stem}_{n}"
) -> list[str]:
    """One file name per stem, in order; a stem seen before (case-insensitive) gets a number."""
    seen: set[str] = set()
    result: list[str] = []
    for stem in stems:
        candidate, number = stem, 1
        while candidate.casefold() in seen:
            number += 1
            candidate = numbered(stem, number)
        seen.add(candidate.casefold())
        result.append(f"{candidate}{suffix}")
    return result
