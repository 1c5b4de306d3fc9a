"""Refresh the translations after changing GUI strings: lupdate, then lrelease.

    python tools/update_translations.py

Extracts every ``tr``/``translate``/``QT_TRANSLATE_NOOP`` string of ``asn_event/ui``,
``asn_event/app.py`` and ``asn_event/words.py`` into ``resources/translations/asn_event_<lang>.ts`` (new strings arrive as
"unfinished"; translate them in Qt Linguist or in the XML and remove ``type="unfinished"``), then
compiles the ``.qm`` the app loads. ``qtbase_<lang>.ts`` (Qt's own strings for a language Qt
ships no catalogue for, e.g. Indonesian) is kept by hand and only compiled. Prints how many entries still wait for a translation and
exits 1 while any do (tests/ui/test_translations.py fails on them too).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def sources() -> list[str]:
    files = [
        *sorted((ROOT / "asn_event" / "ui").rglob("*.py")),
        ROOT / "asn_event" / "app.py",
        ROOT / "asn_event" / "words.py",  # the words for service codes (QT_TRANSLATE_NOOP, context Words)
    ]
    return [str(f.relative_to(ROOT)) for f in files]


def pyside_tool(name: str, *args: str) -> None:
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    """Sources of the entries without a finished, non-empty translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            if translation is None or translation.get("type") == "unfinished":
                missing.append(message.findtext("source", ""))
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all(t and t.strip() for t in texts):
            missing.append(message.findtext("source", ""))
    return missing


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    waiting = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"asn_event_{language}.ts"
        pyside_tool("lupdate", "-no-obsolete", "-target-language", language, *sources(), "-ts", str(ts))
        pyside_tool("lrelease", str(ts), "-qm", str(ts.with_suffix(".qm")))
        missing = unfinished(ts)
        waiting += len(missing)
        for text in missing:
            print(f"{ts.name}: not translated yet: {text!r}")
    # Qt's own strings in languages Qt ships no catalogue for (qtbase_id.ts): written by hand, only compiled.
    for ts in sorted(TRANSLATIONS.glob("qtbase_*.ts")):
        pyside_tool("lrelease", str(ts), "-qm", str(ts.with_suffix(".qm")))
        missing = unfinished(ts)
        waiting += len(missing)
        for text in missing:
            print(f"{ts.name}: not translated yet: {text!r}")
    return 1 if waiting else 0


if __name__ == "__main__":
    sys.exit(main())
