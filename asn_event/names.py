"""Names with academic titles: kept exactly as written, with a normalized key for search and matching.

``Dr. Hj. Ika Puspitasari, S.E., M.M.`` keeps its titles on screen and paper; its key
``ika puspitasari`` ignores titles, case, accents and punctuation, so "ika puspitasari" finds it
and the same person typed twice in two sheets is recognised.
"""

from __future__ import annotations

import re
import unicodedata

from asn_event.text_limits import clean

# Titles written before the name (gelar depan) and after it (gelar belakang), lower case without dots.
PREFIX_TITLES = frozenset(
    ["dr", "drs", "dra", "ir", "h", "hj", "prof", "kh", "ns", "apt", "drg", "dh", "ners", "bapak", "ibu", "bpk", "sdr", "sdri", "tn", "ny"]
)
# A prefix title glued to what follows by its dot: "Hj.Siti", "Prof.Dr.H.Ali".
_GLUED_PREFIX_RE = re.compile(r"^([a-z]{1,5})\.(\S+)$")
_SUFFIX_TITLE_RE = re.compile(
    r"^(s|m|d|a)\s?\.?\s?[a-z]{1,6}(\.\s?[a-z]{1,6}){0,3}\.?$|^(ph\.?\s?d|mba|mph|mm|mt|mh|mpd|msi|mkes|mkom|"
    r"ak|ca|cpa|sp\s?[a-z]{0,4}|amd\s?[a-z]{0,6}|a\s?md\s?[a-z]{0,6}|bsc|msc|ma|ba|llm|mba|se|sh|st|sp|spd|"
    r"ssos|sip|skm|skom|sstp|ssi|sked|sfarm|sst|sag|shi|spsi|sthi|ir|mars|mmr|mpa|map|mab)\.?$"
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_display(name: str) -> str:
    """Trim and fold runs of spaces, drop control and invisible characters, keep the rest as written (NFC)."""
    return clean(name)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_key(name: str) -> str:
    """The name without titles, case, accents or punctuation: ``ika puspitasari``."""
    text = re.sub(r"['\u2019\u2018`]", "", _fold(clean_display(name)))
    # Everything after the first comma is suffix titles ("Nama, S.E., M.M.").
    head, _, _ = text.partition(",")
    words = [w for w in re.split(r"[\s]+", head) if w]
    while words and (glued := _GLUED_PREFIX_RE.match(words[0])) and glued.group(1) in PREFIX_TITLES:
        words[0] = glued.group(2)
    while words and words[0].replace(".", "") in PREFIX_TITLES and len(words) > 1:
        words.pop(0)
    while len(words) > 1 and _SUFFIX_TITLE_RE.match(words[-1]) and "." in words[-1]:
        words.pop()
    key = " ".join(re.sub(r"[^a-z0-9]+", " ", " ".join(words)).split())
    return key or " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
