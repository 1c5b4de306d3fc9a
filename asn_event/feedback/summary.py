"""Results of a feedback form as plain numbers: what the Umpan Balik page charts and the report prints.

:func:`summarize` takes the form, the stored responses and the attendance, and returns a frozen
:class:`FeedbackSummary`; no Qt, no database session, so the event report and the tests call it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

from asn_event.db.models import QuestionKind
from asn_event.feedback.forms import TEXT_KINDS, FormDef, QuestionDef, ResponseRecord

NO_UNIT = "Tanpa unit"


@dataclass(frozen=True, slots=True)
class Bucket:
    label: str
    count: int
    value: int | None = None  # the scale point, for scale questions
    word: str = ""  # the scale point's word ("Setuju"), which the UI shows in its language


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    question_id: int
    section: str
    text: str
    kind: QuestionKind
    answered: int
    mean: float | None  # scale questions only
    distribution: tuple[Bucket, ...]  # every scale point or option, zeros included; () for text


@dataclass(frozen=True, slots=True)
class UnitSummary:
    unit: str
    attended: int
    responses: int
    rate: float | None  # responses / attended, None when nobody of the unit attended
    likert_mean: float | None  # mean of every Likert 1-5 answer given by the unit
    question_means: tuple[tuple[int, float | None], ...]  # (question id, mean) for scale questions


@dataclass(frozen=True, slots=True)
class FreeTextAnswer:
    question_id: int
    question: str
    text: str
    unit: str | None  # None on anonymous forms: a rare unit would give the writer away


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    form_title: str
    anonymous: bool
    responses: int
    attendance: int
    rate: float | None  # responses / attendance, None when nobody attended yet
    by_source: tuple[tuple[str, int], ...]  # ("kiosk", n), ("paper", m)
    questions: tuple[QuestionSummary, ...]
    units: tuple[UnitSummary, ...]
    free_text: tuple[FreeTextAnswer, ...]

    def question(self, question_id: int) -> QuestionSummary:
        for q in self.questions:
            if q.question_id == question_id:
                return q
        raise KeyError(question_id)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: Sequence[int]) -> float | None:
    return fmean(values) if values else None


def _distribution(question: QuestionDef, values: list) -> tuple[Bucket, ...]:
    if question.is_scale:
        counts = Counter(values)
        low, high = question.scale_range
        words = question.scale_labels() if question.kind != QuestionKind.RATING10 else ()
        return tuple(
            Bucket(question.value_label(v), counts[v], v, words[v - low] if 0 <= v - low < len(words) else "")
            for v in range(low, high + 1)
        )
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        counts = Counter(values)
        known = [Bucket(o, counts[o]) for o in question.options]
        # Answers to options renamed or removed after they were given still count, listed last.
        gone = [Bucket(label, n) for label, n in counts.items() if label not in question.options]
        return tuple(known + sorted(gone, key=lambda b: b.label))
    return ()


def _question_summary(
    section: str, question: QuestionDef, responses: Sequence[ResponseRecord]
) -> QuestionSummary:
    assert question.id is not None
    answered = 0
    values: list = []
    for response in responses:
        answer = response.answers.get(question.id)
        if answer is None:
            continue
        answered += 1
        if answer.number is not None:
            values.append(answer.number)
        elif answer.choices is not None:
            values.extend(answer.choices)
        elif answer.text is not None and question.kind == QuestionKind.SINGLE:
            values.append(answer.text)
    mean = _mean(values) if question.is_scale else None
    return QuestionSummary(
        question.id, section, question.text, question.kind, answered, mean, _distribution(question, values)
    )


def _unit_summaries(
    form: FormDef, responses: Sequence[ResponseRecord], attendance_by_unit: Mapping[str, int]
) -> tuple[UnitSummary, ...]:
    by_unit: dict[str, list[ResponseRecord]] = {}
    for response in responses:
        by_unit.setdefault(response.unit or NO_UNIT, []).append(response)
    names = sorted(set(by_unit) | {u for u, n in attendance_by_unit.items() if n}, key=str.casefold)
    if NO_UNIT in names:  # always last
        names.remove(NO_UNIT)
        names.append(NO_UNIT)
    scale_questions = [q for q in form.questions() if q.is_scale]
    result = []
    for name in names:
        unit_responses = by_unit.get(name, [])
        attended = attendance_by_unit.get(name, 0)
        likert: list[int] = []
        means = []
        for question in scale_questions:
            assert question.id is not None
            numbers = [
                a.number
                for r in unit_responses
                if (a := r.answers.get(question.id)) is not None and a.number is not None
            ]
            if question.kind == QuestionKind.LIKERT5:
                likert.extend(numbers)
            means.append((question.id, _mean(numbers)))
        result.append(
            UnitSummary(
                name,
                attended,
                len(unit_responses),
                _ratio(len(unit_responses), attended),
                _mean(likert),
                tuple(means),
            )
        )
    return tuple(result)


def summarize(
    form: FormDef,
    responses: Sequence[ResponseRecord],
    attendance: int,
    attendance_by_unit: Mapping[str, int] | None = None,
) -> FeedbackSummary:
    """Count, rate against attendance, per question mean and distribution, per unit, free text.

    ``attendance`` is the number checked in; ``attendance_by_unit`` maps a unit's short name (the
    same name the responses carry) to its number checked in.
    """
    questions = []
    free_text = []
    for section in form.sections:
        for question in section.questions:
            questions.append(_question_summary(section.title, question, responses))
    text_questions = [q for q in form.questions() if q.kind in TEXT_KINDS]
    for response in responses:
        for question in text_questions:
            assert question.id is not None
            answer = response.answers.get(question.id)
            if answer is not None and answer.text:
                unit = None if form.anonymous else (response.unit or NO_UNIT)
                free_text.append(FreeTextAnswer(question.id, question.text, answer.text, unit))
    sources = Counter(r.source for r in responses)
    return FeedbackSummary(
        form_title=form.title,
        anonymous=form.anonymous,
        responses=len(responses),
        attendance=attendance,
        rate=_ratio(len(responses), attendance),
        by_source=tuple(sorted(sources.items())),
        questions=tuple(questions),
        units=_unit_summaries(form, responses, attendance_by_unit or {}),
        free_text=tuple(free_text),
    )
