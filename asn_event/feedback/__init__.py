"""Feedback forms: definitions, answer checks, the default Ber-AKHLAK form, results and export.

Qt-free. The database services live in :mod:`asn_event.feedback.service` (forms) and
:mod:`asn_event.feedback.responses` (submitting and reading answers).
"""

from asn_event.feedback.default_form import DEFAULT_FORM_TITLE, default_form
from asn_event.feedback.forms import (
    LIKERT5_LABELS,
    SATISFACTION4_LABELS,
    AnswerValue,
    FormDef,
    QuestionDef,
    ResponseRecord,
    SectionDef,
)
from asn_event.feedback.summary import FeedbackSummary, summarize
from asn_event.feedback.validation import AnswerInvalid, AnswerProblem, check_answers, clean_answer

__all__ = [
    "DEFAULT_FORM_TITLE",
    "LIKERT5_LABELS",
    "SATISFACTION4_LABELS",
    "AnswerInvalid",
    "AnswerProblem",
    "AnswerValue",
    "FeedbackSummary",
    "FormDef",
    "QuestionDef",
    "ResponseRecord",
    "SectionDef",
    "check_answers",
    "clean_answer",
    "default_form",
    "summarize",
]
