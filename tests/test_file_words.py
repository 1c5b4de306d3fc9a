"""Backups, restore, merge, the office key, certificate numbers, roster files, output paths, the phone
server and the command line raise codes with parameters; the one word table says each of them.

The codes are read from the source of the modules that raise them, so a new refusal without a
sentence (or a sentence whose parameter the raise does not give) fails here, not at the desk.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from asn_event import words
from asn_event.backups import DatabaseInUse
from asn_event.certificates.numbering import NumberPattern, NumberPatternError
from asn_event.db.errors import DatabaseCorrupt, DatabaseDamaged
from asn_event.domain.errors import Refused
from asn_event.domain.notes import Note
from asn_event.safe_output import OutputRefused, check_output
from tests.test_row_words import _english  # the English column of the Words table

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "asn_event/db/backup.py",
    "asn_event/db/engine.py",
    "asn_event/backups.py",
    "asn_event/merge.py",
    "asn_event/office_key.py",
    "asn_event/retention.py",
    "asn_event/safe_output.py",
    "asn_event/feedback/web/server.py",
    "asn_event/roster/reader.py",
    "asn_event/roster/csvfile.py",
    "asn_event/roster/rows.py",
    "asn_event/roster/export.py",
    *(
        f"asn_event/certificates/{name}.py"
        for name in ("numbering", "signing", "settings", "batch", "render", "design")
    ),
    *(str(p.relative_to(ROOT)) for p in sorted((ROOT / "asn_event" / "cli").glob("*.py"))),
]
# The classes that take a code first, and the parameters each adds on its own.
RAISERS = {
    "Refused": set(),
    "StorageProblem": set(),
    "NotFound": set(),
    "CliError": set(),
    "KeyProblem": set(),
    "MergeRefused": set(),
    "KeyFormatError": set(),
    "UnsignableField": set(),
    "SettingsRefused": set(),
    "NothingToPrint": set(),
    "NothingToRender": set(),
    "ServerStartFailed": set(),
    "ExportFailed": set(),
    "NumberPatternError": {"example", "plain", "padded"},
    "RosterFileError": set(),  # (problem, code, ...)
    "OutputRefused": {"path"},  # (problem, path, code, ...)
}
CODE_POSITION = {"RosterFileError": 1, "OutputRefused": 2}


def _raised() -> list[tuple[str, str, str, set[str]]]:
    """(module, class, code, parameters given) for every code raised or noted in MODULES."""
    found = []
    for module in MODULES:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            given = {k.arg for k in node.keywords if k.arg}
            if name == "Note":
                code, params = node.args[0], node.args[1] if len(node.args) > 1 else None
                keys = (
                    {k.value for k in params.keys if isinstance(k, ast.Constant)}
                    if isinstance(params, ast.Dict)
                    else set()
                )
                found.append((module, name, code.value, keys))  # type: ignore[union-attr]
            elif name in RAISERS:
                position = CODE_POSITION.get(name, 0)
                if len(node.args) > position and isinstance(node.args[position], ast.Constant):
                    found.append((module, name, node.args[position].value, given | RAISERS[name]))  # type: ignore[union-attr]
            elif name == "cli_text" and isinstance(node.args[0], ast.Constant):
                found.append((module, name, node.args[0].value, given))
            elif name == "DatabaseCorrupt" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                found.append((module, name, node.args[1].value, {"detail"}))  # type: ignore[union-attr]
    return found


RAISED = _raised()


def _template(cls: str, code: str) -> str | None:
    if cls == "Note":
        return words.NOTES.get(code)
    if cls == "cli_text":
        return words.CLI_LINES.get(code)
    if cls == "DatabaseCorrupt":
        return words.DAMAGE_REASONS.get(code)
    if cls == "NotFound":
        return words.MISSING.get(code)
    return words.ERRORS.get(code) or words.FILE_ERRORS.get(code)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_source_raises_many_codes_and_no_sentences() -> None:
    assert len({code for _, _, code, _ in RAISED}) > 100
    sentences = [(module, code) for module, _, code, _ in RAISED if " " in code]
    assert sentences == []


@pytest.mark.parametrize(
    ("module", "cls", "code", "given"), RAISED, ids=[f"{c}-{m}" for m, _, c, _ in RAISED]
)
def test_every_code_has_a_sentence_filled_by_what_the_raise_gives(module, cls, code, given) -> None:  # type: ignore[no-untyped-def]
    template = _template(cls, code)
    assert template is not None, f"{module}: {cls}({code!r}) has no sentence in asn_event/words.py"
    assert _fields(template) <= given, f"{module}: {code} needs {_fields(template) - given}"
    filled = template.format_map(dict.fromkeys(given, "X"))
    if cls == "cli_text":  # said through the function, whatever the parameters are called
        assert words.cli_text(code, **dict.fromkeys(given, "X")) == filled
    assert "{" not in filled and "}" not in filled and filled.strip()


def test_every_sentence_of_these_tables_reads_in_english_with_the_same_parameters() -> None:
    english = _english()
    tables = (words.FILE_ERRORS, words.DAMAGE_REASONS, words.NOTES, words.VERIFY, words.IMAGE_KINDS, words.CLI_LINES)
    missing = [source for table in tables for source in table.values() if not english.get(source)]
    assert missing == []
    for table in tables:
        for source in table.values():
            assert _fields(english[source]) == _fields(source), source


def test_a_refusal_reads_as_one_indonesian_line_and_its_str_is_only_the_code() -> None:
    with pytest.raises(OutputRefused) as caught:
        check_output(ROOT)  # a folder, not a file
    said = words.error_text(caught.value)
    assert said == f"{ROOT} adalah folder. Sebutkan nama berkas di dalamnya."
    assert str(caught.value).startswith("output_is_folder") and "adalah" not in str(caught.value)
    in_use = words.error_text(DatabaseInUse(Path("/data/sinar.sqlite")))
    assert in_use.startswith("Basis data /data/sinar.sqlite sedang dibuka program lain")


def test_a_nested_problem_and_a_damage_reason_are_worded_too() -> None:
    damaged = DatabaseDamaged(Path("/a/b.sqlite"), "integrity", None, "row 3 missing from index")
    assert "rusak (pemeriksaan keutuhan: row 3 missing from index)" in words.error_text(damaged)
    merge = Refused(
        "merge_unreadable",
        path="/usb/lain.sqlite",
        problem=DatabaseCorrupt(Path("/usb/lain.sqlite"), "not_sqlite"),
    )
    said = words.error_text(merge)
    assert said.startswith(
        "Berkas /usb/lain.sqlite tidak dapat digabungkan: Berkas /usb/lain.sqlite bukan basis data"
    )
    assert "bukan berkas SQLite" in said or "rusak" in said
    backup = DatabaseDamaged(Path("/a/b.sqlite"), "integrity", Path("/a/backups/b.auto.sqlite"), "x")
    assert "Cadangan utuh terbaru: /a/backups/b.auto.sqlite" in words.error_text(backup)


def test_a_number_pattern_refusal_gives_the_example_and_english_reads_english() -> None:
    with pytest.raises(NumberPatternError) as caught:
        NumberPattern.parse("800/{nomor}/{year}")
    said = words.error_text(caught.value)
    assert said.startswith("Pola nomor memuat {nomor} yang tidak dikenal") and "{seq}" in said
    english = _english()
    in_english = words.error_text(caught.value, lambda text: english.get(text) or text)
    assert "{nomor}" in in_english and "Pola" not in in_english


def test_notes_are_worded_with_their_values() -> None:
    assert (
        words.note_text(Note("hidden_sheets", {"sheets": "Rekap, Lama"}))
        == "Sheet tersembunyi tidak dibaca: Rekap, Lama."
    )
    no_headers = words.note_text(Note("no_name_column", {"sheet": "Data", "found": ""}))
    assert no_headers.endswith("Judul kolom yang terbaca: (tidak ada).")
