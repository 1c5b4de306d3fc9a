"""Services refuse with codes, never sentences: every domain error raised in ``asn_event`` (outside
the UI, which words them) is built from a code of the word table, so the English interface never
shows an Indonesian sentence a service wrote."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import asn_event
from asn_event.domain.errors import DomainError

PACKAGE = Path(asn_event.__file__).parent


def _domain_error_names() -> set[str]:
    names = set()
    for info in pkgutil.walk_packages(asn_event.__path__, "asn_event."):
        if info.name.startswith(("asn_event.ui", "asn_event.db.migrations")) or info.name in (
            "asn_event.app",
            "asn_event.__main__",
        ):
            continue
        module = importlib.import_module(info.name)
        names |= {n for n, o in vars(module).items() if inspect.isclass(o) and issubclass(o, DomainError)}
    return names


def test_no_domain_error_is_raised_with_a_sentence() -> None:
    names = _domain_error_names()
    assert {"Refused", "NotFound", "AgendaError", "CliError"} <= names  # the walk found the family
    sentences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            is_sentence = isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str) and " " in first.value
            )
            if name in names and is_sentence:
                sentences.append(
                    f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {ast.unparse(first)[:60]}"
                )
    assert sentences == []


def test_a_code_missing_from_the_table_is_named_not_shown_as_a_sentence() -> None:
    from asn_event.domain.errors import Refused
    from asn_event.words import error_text

    said = error_text(Refused("no_such_code_anywhere"))
    assert "no_such_code_anywhere" in said and said != "no_such_code_anywhere"


def test_progress_is_reported_with_step_codes() -> None:
    from asn_event.words import PROGRESS

    unknown = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("report", "tell")
                and len(node.args) >= 3
            ):
                step = node.args[2]
                known = isinstance(step, ast.Constant) and (step.value in PROGRESS or step.value == "")
                if not known and not isinstance(step, ast.IfExp):
                    unknown.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {ast.unparse(step)[:60]}")
    assert unknown == []


def test_each_refusal_code_has_one_wording() -> None:
    from asn_event.words import ERRORS, FILE_ERRORS, FORM_ERRORS

    tables = {"ERRORS": ERRORS, "FORM_ERRORS": FORM_ERRORS, "FILE_ERRORS": FILE_ERRORS}
    seen: dict[str, str] = {}
    twice = []
    for name, table in tables.items():
        for code in table:
            if code in seen:
                twice.append(f"{code}: {seen[code]} and {name}")
            seen[code] = name
    assert twice == []
