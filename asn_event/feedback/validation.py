"""Checking answers before anything is stored: one rule per question kind, the question's own message.

:func:`clean_answer` turns what a widget or a paper-entry clerk produced into an :class:`AnswerValue`
(or None when left blank) or raises :class:`AnswerInvalid` saying what to fix. :func:`check_answers`
checks a whole form, or one section of it (the kiosk checks a section before moving on), and
returns every problem at once so the screen can mark each question.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from asn_event.db.models import QuestionKind
from asn_event.domain.errors import Refused
from asn_event.feedback.forms import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    TEXT_KINDS,
    AnswerValue,
    QuestionDef,
)
from asn_event.text_limits import clean_multiline
from asn_event.words import error_text


class AnswerInvalid(Refused, ValueError):
    """An answer that cannot be stored as given; the code says what to do (``asn_event/words.py``)."""

    def __init__(self, question: QuestionDef, code: str, **params: Any) -> None:
        self.question = question
        super().__init__(code, **params)


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    question_id: int | None
    error: AnswerInvalid

    @property
    def message(self) -> str:
        """The Indonesian line (the phone form, the command line); screens word ``error`` themselves."""
        return error_text(self.error)


def _required(question: QuestionDef) -> AnswerInvalid:
    """A required question left blank: the organizer's own message (content, shown as typed) or ours."""
    own = question.required_message.strip()
    if own:
        return AnswerInvalid(question, "answer_required_own", message=own)
    return AnswerInvalid(question, "answer_required")


def clean_text(raw: str) -> str:
    """NFC, one kind of line break, no control, bidi-override or invisible characters, trimmed."""
    return clean_multiline(raw)


def _is_blank(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, list | tuple | set | frozenset):
        return len(raw) == 0
    return False


def _number(question: QuestionDef, raw: object) -> AnswerValue:
    low, high = question.scale_range
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, str) and raw.strip().isdigit() and raw.strip().isascii():
        value = int(raw.strip())
    if value is None or not low <= value <= high:
        raise AnswerInvalid(question, "answer_scale", low=low, high=high)
    return AnswerValue(number=value)


def _single(question: QuestionDef, raw: object) -> AnswerValue:
    if not isinstance(raw, str) or raw not in question.options:
        raise AnswerInvalid(question, "answer_single")
    return AnswerValue(text=raw)


def _multiple(question: QuestionDef, raw: object) -> AnswerValue:
    if isinstance(raw, str) or not isinstance(raw, Iterable):
        raise AnswerInvalid(question, "answer_multiple")
    chosen = set()
    for item in raw:
        if not isinstance(item, str) or item not in question.options:
            raise AnswerInvalid(question, "answer_multiple")
        chosen.add(item)
    # Stored in the order of the form, whatever order they were ticked in.
    return AnswerValue(choices=tuple(o for o in question.options if o in chosen))


def _text(question: QuestionDef, raw: object) -> AnswerValue | None:
    if not isinstance(raw, str):
        raise AnswerInvalid(question, "answer_not_text")
    text = clean_text(raw)
    limit = SHORT_TEXT_MAX if question.kind == QuestionKind.SHORT_TEXT else LONG_TEXT_MAX
    if len(text) > limit:
        raise AnswerInvalid(question, "answer_too_long", length=len(text), limit=limit)
    return AnswerValue(text=text) if text else None


def clean_answer(question: QuestionDef, raw: object) -> AnswerValue | None:
    """The answer to store for ``raw``, None when blank; raises :class:`AnswerInvalid`.

    Scales take an int (or its digits as text), single choice one option text, multiple choice
    an iterable of option texts, text kinds a string.
    """
    if _is_blank(raw):
        value = None
    elif question.is_scale:
        value = _number(question, raw)
    elif question.kind == QuestionKind.SINGLE:
        value = _single(question, raw)
    elif question.kind == QuestionKind.MULTIPLE:
        value = _multiple(question, raw)
    elif question.kind in TEXT_KINDS:
        value = _text(question, raw)
    else:  # pragma: no cover - every QuestionKind is handled above
        raise AnswerInvalid(question, "answer_kind_unknown")
    if value is None and question.required:
        raise _required(question)
    return value


def check_answers(
    questions: Iterable[QuestionDef], raw_answers: Mapping[int, object]
) -> tuple[dict[int, AnswerValue], tuple[AnswerProblem, ...]]:
    """Clean every answer to ``questions``: (answers by question id, problems in form order)."""
    cleaned: dict[int, AnswerValue] = {}
    problems: list[AnswerProblem] = []
    for question in questions:
        if question.id is None:
            raise ValueError("check_answers needs saved questions (with ids)")
        try:
            value = clean_answer(question, raw_answers.get(question.id))
        except AnswerInvalid as problem:
            problems.append(AnswerProblem(question.id, problem))
            continue
        if value is not None:
            cleaned[question.id] = value
    return cleaned, tuple(problems)


__all__ = ["AnswerInvalid", "AnswerProblem", "check_answers", "clean_answer", "clean_text"]
