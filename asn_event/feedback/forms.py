"""A feedback form as plain data: sections, questions, answer values. No Qt, no database session.

The services read a stored form into a :class:`FormDef` (question ids set) and write one back; the
kiosk, paper entry, validation, summary and export all work on these frozen values.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from asn_event.db.models import QuestionKind

LIKERT5_LABELS: tuple[str, ...] = (
    "Sangat Tidak Setuju",
    "Tidak Setuju",
    "Netral",
    "Setuju",
    "Sangat Setuju",
)
SATISFACTION4_LABELS: tuple[str, ...] = ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")
RATING10_ENDS: tuple[str, ...] = ("Sangat buruk", "Sangat baik")

SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 10_000

# Kinds answered with a number on a fixed scale: (lowest, highest).
SCALE_RANGES: dict[QuestionKind, tuple[int, int]] = {
    QuestionKind.LIKERT5: (1, 5),
    QuestionKind.SATISFACTION4: (1, 4),
    QuestionKind.RATING10: (1, 10),
}
CHOICE_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE})
TEXT_KINDS = frozenset({QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT})

KIND_LABELS: dict[QuestionKind, str] = {
    QuestionKind.LIKERT5: "Skala setuju 1-5",
    QuestionKind.SATISFACTION4: "Kesesuaian 1-4",
    QuestionKind.SINGLE: "Pilihan tunggal",
    QuestionKind.MULTIPLE: "Pilihan ganda",
    QuestionKind.RATING10: "Nilai 1-10",
    QuestionKind.SHORT_TEXT: "Teks singkat",
    QuestionKind.LONG_TEXT: "Teks panjang",
}


@dataclass(frozen=True, slots=True)
class QuestionDef:
    kind: QuestionKind
    text: str
    options: tuple[str, ...] = ()  # choices (single/multiple) or custom scale labels
    required: bool = False
    required_message: str = ""
    id: int | None = None

    @property
    def is_scale(self) -> bool:
        return self.kind in SCALE_RANGES

    @property
    def scale_range(self) -> tuple[int, int]:
        return SCALE_RANGES[self.kind]

    def scale_labels(self) -> tuple[str, ...]:
        """One label per point for Likert and satisfaction; the two end labels for rating 1-10."""
        if self.kind == QuestionKind.LIKERT5:
            return self.options if len(self.options) == 5 else LIKERT5_LABELS
        if self.kind == QuestionKind.SATISFACTION4:
            return self.options if len(self.options) == 4 else SATISFACTION4_LABELS
        if self.kind == QuestionKind.RATING10:
            return self.options if len(self.options) == 2 else RATING10_ENDS
        return ()

    def value_label(self, value: int) -> str:
        """The words for a scale value: ``4 · Setuju``; rating 1-10 is just the number."""
        labels = self.scale_labels()
        low, _high = self.scale_range
        if self.kind != QuestionKind.RATING10 and 0 <= value - low < len(labels):
            return f"{value} · {labels[value - low]}"
        return str(value)


@dataclass(frozen=True, slots=True)
class SectionDef:
    title: str
    questions: tuple[QuestionDef, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FormDef:
    title: str
    sections: tuple[SectionDef, ...] = ()
    intro: str = ""
    anonymous: bool = False
    id: int | None = None
    event_id: int | None = None

    def questions(self) -> tuple[QuestionDef, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def question(self, question_id: int) -> QuestionDef:
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def with_ids(self) -> FormDef:
        """A copy where every unsaved question gets a stand-in id 1, 2, 3 ... (tests, previews)."""
        counter = iter(range(1, 1_000_000))
        sections = tuple(
            replace(s, questions=tuple(replace(q, id=q.id or next(counter)) for q in s.questions))
            for s in self.sections
        )
        return replace(self, sections=sections)


@dataclass(frozen=True, slots=True)
class AnswerValue:
    """One stored answer, shaped like the ``answer`` table: a number, a text or a list of choices."""

    number: int | None = None
    text: str | None = None
    choices: tuple[str, ...] | None = None

    def display(self, question: QuestionDef) -> str:
        if self.number is not None:
            return question.value_label(self.number) if question.is_scale else str(self.number)
        if self.choices is not None:
            return "; ".join(self.choices)
        return self.text or ""


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """A stored response as the summary and export need it: no names, only the unit."""

    answers: dict[int, AnswerValue] = field(default_factory=dict)  # question id -> answer
    unit: str | None = None
    source: str = "kiosk"
    submitted_at: datetime | None = None  # UTC
    id: int | None = None
