"""Matching the "Unit Kerja" written in a sheet to a known unit (perangkat daerah).

Every agency writes its own name differently: ``DINKES PPKB``, ``Dinas Kesehatan P2KB``,
``Dinas Kesehatan, Pengendalian Penduduk dan KB Kota Mojokerto``. The matcher tries, in order: the
exact name, the short name, an alias, the normalized forms of those (case, punctuation, "Kota
Mojokerto"), then abbreviations (initials ``BPBD``, and common word abbreviations ``Dinkes``,
``PUPR``, ``P3A`` expanded). What it cannot match is a *proposal* for a new unit: the importer shows
it and the user decides; nothing is created silently.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from asn_event.agencies import MOJOKERTO_AGENCIES
from asn_event.names import clean_display


@dataclass(frozen=True, slots=True)
class KnownUnit:
    id: int | None
    name: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What a table shows: the short name when there is one."""
        return self.short_name or self.name


class UnitMatchKind(enum.StrEnum):
    EXACT = "exact"
    SHORT_NAME = "short_name"
    ALIAS = "alias"
    NORMALIZED = "normalized"
    ABBREVIATION = "abbreviation"
    NEW = "new"  # unknown: proposed as a new unit, never created without the user's word
    EMPTY = "empty"  # no unit written


@dataclass(frozen=True, slots=True)
class UnitMatch:
    kind: UnitMatchKind
    text: str  # as written in the sheet (cleaned of extra spaces)
    unit: KnownUnit | None = None
    suggestion: KnownUnit | None = None  # for NEW: the closest known unit, shown as "maksud Anda?"

    @property
    def matched(self) -> bool:
        return self.unit is not None


# Words that say where, not which: "Dinas Kesehatan Kota Mojokerto" is "Dinas Kesehatan".
_NOISE = re.compile(r"\b(pemerintah|pemkot|kota|kabupaten|kab|mojokerto)\b")
_CONNECTORS = frozenset({"dan", "serta", "&", "dr", "d"})

# Word abbreviations in agency names, expanded before comparing.
_WORDS = {
    "dinkes": "dinas kesehatan",
    "dinsos": "dinas sosial",
    "dishub": "dinas perhubungan",
    "disdik": "dinas pendidikan",
    "dindik": "dinas pendidikan",
    "disdikbud": "dinas pendidikan dan kebudayaan",
    "diskominfo": "dinas komunikasi dan informatika",
    "kominfo": "komunikasi dan informatika",
    "disdukcapil": "dinas kependudukan dan pencatatan sipil",
    "dispusip": "dinas perpustakaan dan kearsipan",
    "disporapar": "dinas kepemudaan olahraga dan pariwisata",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "sdm": "sumber daya manusia",
    "pupr": "pekerjaan umum dan penataan ruang",
    "pu": "pekerjaan umum",
    "perkim": "perumahan rakyat dan kawasan permukiman",
    "ptsp": "pelayanan terpadu satu pintu",
    "ppkb": "pengendalian penduduk dan keluarga berencana",
    "p2kb": "pengendalian penduduk dan keluarga berencana",
    "kb": "keluarga berencana",
    "p3a": "pemberdayaan perempuan dan perlindungan anak",
    "pppa": "pemberdayaan perempuan dan perlindungan anak",
    "ukm": "usaha kecil dan menengah",
    "rsud": "rumah sakit umum daerah",
    "satpol": "satuan polisi",
    "pp": "pamong praja",
    "dprd": "dewan perwakilan rakyat daerah",
}


def normalize_unit(text: str) -> str:
    """Lower case, no punctuation, no "Kota Mojokerto": ``dinas kesehatan ppkb``."""
    t = clean_display(text).lower()
    t = re.sub(r"[^a-z0-9&]+", " ", t)
    t = _NOISE.sub(" ", t)
    # Initials written with dots or spaces ("B.P.B.D.", "S D M") are one word.
    t = re.sub(r"\b([a-z0-9]) (?=[a-z0-9]\b)", r"\1", " ".join(t.split()))
    return t


def _expand(normalized: str) -> str:
    words: list[str] = []
    for word in normalized.split():
        words.extend(_WORDS.get(word, word).split())
    return " ".join(w for w in words if w not in _CONNECTORS)


def _initials(normalized: str) -> str:
    return "".join(w[0] for w in _expand(normalized).split())


def _compact(normalized: str) -> str:
    return normalized.replace(" ", "")


class UnitMatcher:
    """Finds the known unit a written unit name means. Built once per import from the units table."""

    def __init__(self, units: Iterable[KnownUnit]) -> None:
        self.units = tuple(units)
        self._exact: dict[str, KnownUnit] = {}
        self._short: dict[str, KnownUnit] = {}
        self._alias: dict[str, KnownUnit] = {}
        self._normalized: dict[str, KnownUnit | None] = {}
        self._expanded: dict[str, KnownUnit | None] = {}
        self._initials: dict[str, KnownUnit | None] = {}
        for unit in self.units:
            self._exact.setdefault(clean_display(unit.name).casefold(), unit)
            if unit.short_name:
                self._short.setdefault(clean_display(unit.short_name).casefold(), unit)
            for alias in unit.aliases:
                self._alias.setdefault(clean_display(alias).casefold(), unit)
            for written in (unit.name, unit.short_name, *unit.aliases):
                norm = normalize_unit(written)
                if not norm:
                    continue
                _add_unique(self._normalized, _compact(norm), unit)
                _add_unique(self._expanded, _expand(norm), unit)
            _add_unique(self._initials, _initials(normalize_unit(unit.name)), unit)
        self._cache: dict[str, UnitMatch] = {}

    @classmethod
    def mojokerto(cls) -> UnitMatcher:
        """The agencies of Kota Mojokerto without database ids (tests, dry runs without a database)."""
        return cls(KnownUnit(None, a.name, a.short_name, a.aliases) for a in MOJOKERTO_AGENCIES)

    def match(self, text: str | None) -> UnitMatch:
        written = clean_display(text or "")
        cached = self._cache.get(written)
        if cached is None:
            cached = self._cache[written] = self._match(written)
        return cached

    def _match(self, written: str) -> UnitMatch:
        if not written:
            return UnitMatch(UnitMatchKind.EMPTY, written)
        folded = written.casefold()
        for table, kind in (
            (self._exact, UnitMatchKind.EXACT),
            (self._short, UnitMatchKind.SHORT_NAME),
            (self._alias, UnitMatchKind.ALIAS),
        ):
            if folded in table:
                return UnitMatch(kind, written, table[folded])
        norm = normalize_unit(written)
        if not norm:
            return UnitMatch(UnitMatchKind.NEW, written)
        found = self._normalized.get(_compact(norm))
        if found is not None:
            return UnitMatch(UnitMatchKind.NORMALIZED, written, found)
        expanded = _expand(norm)
        found = self._expanded.get(expanded)
        if found is None and len(norm.split()) == 1:
            # One word like "BPBD" or "DKPP": the initials of the full name.
            found = self._initials.get(norm)
        if found is not None:
            return UnitMatch(UnitMatchKind.ABBREVIATION, written, found)
        return UnitMatch(UnitMatchKind.NEW, written, suggestion=self._closest(expanded))

    def _closest(self, expanded: str) -> KnownUnit | None:
        candidates = {key: unit for key, unit in self._expanded.items() if unit is not None}
        best = difflib.get_close_matches(expanded, list(candidates), n=1, cutoff=0.75)
        return candidates[best[0]] if best else None


def _add_unique(table: dict[str, KnownUnit | None], key: str, unit: KnownUnit) -> None:
    """Remember ``key`` -> unit; a key two units share is ambiguous (None) and matches neither."""
    if not key:
        return
    if key in table and table[key] is not None and table[key] != unit:
        table[key] = None
    else:
        table.setdefault(key, unit)
