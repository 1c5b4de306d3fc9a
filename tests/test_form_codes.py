"""Every code the form, agenda, PIN and feedback services refuse with has its sentence in the word table.

The modules are read as source: each call that builds a refusal (``FieldError(field, code, ...)``,
``AgendaError(code, ...)`` ...) names its code as a literal and its parameters as keywords or a
dict. Each code must have a template, and filling it with those parameters leaves no ``{``.
A refusal built from a sentence (a literal with a space) is the old way and fails the test.
"""

from __future__ import annotations

import ast
from pathlib import Path
from string import Formatter

import pytest

from asn_event import words
from asn_event.domain.errors import NotFound, Refused
from asn_event.events import FieldError
from asn_event.nip import NipError, parse_nip

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "asn_event/events.py",
    "asn_event/checkin/people.py",
    "asn_event/roster/people.py",
    "asn_event/text_limits.py",
    "asn_event/stage/agenda.py",
    "asn_event/stage/service.py",
    "asn_event/stage/engine.py",
    "asn_event/organizer.py",
    "asn_event/kiosk_pin.py",
    "asn_event/feedback/service.py",
    "asn_event/feedback/responses.py",
    "asn_event/feedback/validation.py",
    "asn_event/feedback/forms.py",
]
# class -> index of the code among the positional arguments
REFUSALS = {
    "FieldError": 1,
    "AnswerInvalid": 1,
    "AgendaError": 0,
    "TimerError": 0,
    "PinError": 0,
    "PinRefused": 0,
    "FormInvalid": 0,
    "CheckinRefused": 0,
    "Conflict": 0,
    "Refused": 0,
    "NotFound": 0,
}
# parameters given as an object rather than keywords
TOO_LONG = {"field": "name", "length": 151, "limit": 150}
KNOWN_PARAMS = {"checked.params": TOO_LONG, "problem.params": TOO_LONG, "self.params": TOO_LONG}
SAMPLE = {"field": "position", "length": 1234, "limit": 200, "reason": "x", "error": "x"}


def _raised() -> list[tuple[str, str, str, dict[str, object]]]:
    """(module:line, class, code, parameters) of every refusal built in the modules."""
    found = []
    for module in MODULES:
        tree = ast.parse((ROOT / module).read_text(), module)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in REFUSALS
            ):
                continue
            index = REFUSALS[node.func.id]
            if len(node.args) <= index:
                continue  # a subclass's own code (InvalidWalkIn's problems ...)
            code = node.args[index]
            where = f"{module}:{node.lineno}"
            if not isinstance(code, ast.Constant):
                continue  # a code passed through (checked by the call that made it)
            params: dict[str, object] = {k.arg: SAMPLE.get(k.arg, 7) for k in node.keywords if k.arg}
            for spread in (k.value for k in node.keywords if k.arg is None):
                params.update(KNOWN_PARAMS[ast.unparse(spread)])
            for extra in node.args[index + 1 :]:
                if isinstance(extra, ast.Dict):
                    params.update(
                        {k.value: SAMPLE.get(k.value, 7) for k in extra.keys if isinstance(k, ast.Constant)}
                    )
                else:
                    params.update(KNOWN_PARAMS[ast.unparse(extra)])
            if any(k.arg == "nip_error" for k in node.keywords):
                params["nip_error"] = True
            found.append((where, node.func.id, code.value, params))
    return found


RAISED = _raised()


def test_the_modules_refuse_with_codes_only() -> None:
    sentences = [f"{where}: {code!r}" for where, _kind, code, _params in RAISED if " " in str(code)]
    assert sentences == []
    assert len(RAISED) > 50  # the scan sees the refusals (a renamed class would hide them)


@pytest.mark.parametrize(("where", "kind", "code", "params"), RAISED, ids=[r[0] for r in RAISED])
def test_every_code_has_a_sentence_with_every_parameter_filled(where, kind, code, params) -> None:  # type: ignore[no-untyped-def]
    if kind == "FieldError":
        nip_error = parse_nip("196813401993031009") if params.pop("nip_error", False) else None
        assert isinstance(nip_error, NipError | None)
        text = words.field_text(FieldError("x", code, params, nip_error=nip_error))
    else:
        error = NotFound(code, **params) if kind == "NotFound" else Refused(code, **params)
        text = words.error_text(error)
        assert not text.startswith(words.UNKNOWN_REFUSAL.split("(")[0]), f"{where}: no sentence for {code!r}"
        if kind == "NotFound":
            assert code in words.MISSING, f"{where}: no sentence for {code!r}"
    table = words.MISSING if kind == "NotFound" else {**words.ERRORS, **words.FORM_ERRORS}
    wanted = {name for _text, name, _spec, _conv in Formatter().parse(table[code]) if name}
    given = set(params) | (
        {"reason"} if kind == "FieldError" and code.startswith(("nip", "event_signer")) else set()
    )
    assert wanted <= given, f"{where}: {code!r} needs {wanted - given}"
    assert "{" not in text, f"{where}: {text}"
    assert text.strip()


def test_numbers_and_field_names_are_worded_by_the_interface_language() -> None:
    too_long = Refused("text_too_long", field="unit", length=12345, limit=200)
    assert (
        words.error_text(too_long)
        == "Unit kerja terlalu panjang (12.345 karakter; paling banyak 200). Periksa isinya."
    )
    english = {words.DIGIT_GROUP: ",", words.TEXT_FIELDS["unit"]: "Work unit"}
    worded = words.error_text(too_long, lambda text: english.get(text, text))
    assert worded.startswith("Work unit terlalu panjang (12,345 karakter")
