"""The English translation is complete, keeps every placeholder, and is compiled for the app to load."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "asn_event_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%\d|%n")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_compiled_translation_matches_the_source_file() -> None:
    """The shipped .qm answers every entry of the .ts with its translation (it was compiled after the last edit)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            got = translator.translate(name, source, comment, 2 if message.get("numerus") else -1)
            assert got == texts(message)[-1], (name, source)


def test_every_entry_is_translated_and_finished() -> None:
    found = messages(TS)
    assert len(found) > 500
    unfinished = [m.findtext("source") for m in found if m.find("translation").get("type")]  # type: ignore[union-attr]
    empty = [m.findtext("source") for m in found if not all(t.strip() for t in texts(m))]
    assert unfinished == []
    assert empty == []


def test_plurals_have_both_english_forms() -> None:
    for message in messages(TS):
        if message.get("numerus") == "yes":
            forms = texts(message)
            assert len(forms) == 2, message.findtext("source")
            assert all("%n" in f for f in forms), message.findtext("source")


def test_translations_keep_every_placeholder() -> None:
    """A lost {name} or %1 would show a raw code, or raise KeyError in str.format."""
    for message in messages(TS):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts(message):
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (source, text)


def test_no_gui_string_is_missing_from_the_translation(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing new: run tools/update_translations.py after changing strings."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from update_translations import pyside_tool, sources, unfinished
    finally:
        sys.path.remove(str(ROOT / "tools"))
    pyside_tool("lupdate", "-silent", "-no-obsolete", "-locations", "none", *sources(), "-ts", str(copy))
    assert unfinished(copy) == []
    assert len(messages(copy)) == len(messages(TS))
