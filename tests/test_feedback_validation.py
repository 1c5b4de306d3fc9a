"""Each question kind's answer check, with the question's own message."""

from __future__ import annotations

import pytest

from asn_event.db.models import QuestionKind
from asn_event.feedback import (
    AnswerInvalid,
    AnswerValue,
    QuestionDef,
    check_answers,
    clean_answer,
    default_form,
)
from asn_event.feedback.forms import LIKERT5_LABELS, LONG_TEXT_MAX, SATISFACTION4_LABELS, SHORT_TEXT_MAX
from tests.saying import raises_saying


def q(kind: QuestionKind, required: bool = True, options: tuple[str, ...] = (), qid: int = 1) -> QuestionDef:
    return QuestionDef(kind, "Pertanyaan", options, required, "Mohon isi pertanyaan ini ya.", id=qid)


@pytest.mark.parametrize(
    ("kind", "low", "high"),
    [(QuestionKind.LIKERT5, 1, 5), (QuestionKind.SATISFACTION4, 1, 4), (QuestionKind.RATING10, 1, 10)],
)
def test_scales_accept_their_range_and_refuse_outside(kind, low, high):
    question = q(kind)
    assert clean_answer(question, low) == AnswerValue(number=low)
    assert clean_answer(question, str(high)) == AnswerValue(number=high)  # paper entry types digits
    for bad in (low - 1, high + 1, "x", "٣", True, 2.5):
        with raises_saying(AnswerInvalid, f"Pilih nilai {low} sampai {high}"):
            clean_answer(question, bad)


def test_required_blank_gives_the_questions_own_message():
    for kind in QuestionKind:
        question = q(kind, options=("A", "B"))
        for blank in (None, "", "   ", [], ()):
            with raises_saying(AnswerInvalid, "Mohon isi pertanyaan ini ya."):
                clean_answer(question, blank)


def test_required_without_own_message_says_it_is_required():
    question = QuestionDef(QuestionKind.LIKERT5, "X", required=True, id=1)
    with raises_saying(AnswerInvalid, "wajib dijawab"):
        clean_answer(question, None)


def test_optional_blank_stores_nothing():
    assert clean_answer(q(QuestionKind.LONG_TEXT, required=False), "  \n ") is None
    assert clean_answer(q(QuestionKind.MULTIPLE, required=False, options=("A",)), []) is None


def test_scale_labels():
    assert q(QuestionKind.LIKERT5).scale_labels() == LIKERT5_LABELS
    assert LIKERT5_LABELS[0] == "Sangat Tidak Setuju" and LIKERT5_LABELS[-1] == "Sangat Setuju"
    assert SATISFACTION4_LABELS == ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")
    assert q(QuestionKind.SATISFACTION4).value_label(4) == "4 · Sangat sesuai"


def test_single_choice_only_an_offered_option():
    question = q(QuestionKind.SINGLE, options=("Ya", "Tidak"))
    assert clean_answer(question, "Tidak") == AnswerValue(text="Tidak")
    with raises_saying(AnswerInvalid, "salah satu"):
        clean_answer(question, "Mungkin")
    with pytest.raises(AnswerInvalid):
        clean_answer(question, ["Ya"])


def test_multiple_choice_kept_in_form_order_without_repeats():
    question = q(QuestionKind.MULTIPLE, options=("Materi", "Narasumber", "Konsumsi"))
    assert clean_answer(question, ["Konsumsi", "Materi", "Konsumsi"]) == AnswerValue(
        choices=("Materi", "Konsumsi")
    )
    with raises_saying(AnswerInvalid, "satu atau lebih"):
        clean_answer(question, ["Materi", "Parkir"])
    with pytest.raises(AnswerInvalid):
        clean_answer(question, "Materi")


def test_long_text_of_ten_thousand_characters_with_emoji_is_kept_whole():
    text = ("Terima kasih 🙏🏽 materi sangat bermanfaat 👍. " * 300)[: LONG_TEXT_MAX - 1] + "✨"
    assert len(text) == LONG_TEXT_MAX
    value = clean_answer(q(QuestionKind.LONG_TEXT), text)
    assert value == AnswerValue(text=text.strip())
    assert value.text.endswith("✨")


def test_too_long_text_says_how_long_and_the_limit():
    with raises_saying(AnswerInvalid, "10.001 karakter, paling banyak 10.000"):
        clean_answer(q(QuestionKind.LONG_TEXT), "a" * (LONG_TEXT_MAX + 1))
    with raises_saying(AnswerInvalid, "paling banyak 500"):
        clean_answer(q(QuestionKind.SHORT_TEXT), "b" * (SHORT_TEXT_MAX + 1))


def test_text_is_cleaned_of_control_characters_and_broken_surrogates():
    value = clean_answer(q(QuestionKind.LONG_TEXT), "  Baris 1\r\nBaris\x00 2 \ud83d ok  ")
    assert value == AnswerValue(text="Baris 1\nBaris 2 \ufffd ok")
    value.text.encode("utf-8")  # storable


def test_check_answers_reports_every_problem_in_form_order():
    form = default_form().with_ids()
    questions = form.questions()
    raw = {questions[0].id: 5, questions[1].id: 9, questions[-2].id: "Lanjutkan 👏"}
    cleaned, problems = check_answers(questions, raw)
    assert cleaned[questions[0].id] == AnswerValue(number=5)
    assert cleaned[questions[-2].id] == AnswerValue(text="Lanjutkan 👏")
    assert problems[0].question_id == questions[1].id
    assert problems[0].message == "Pilih nilai 1 sampai 5."
    # every other required question is missing, each with its own message
    assert problems[1].message == "Mohon beri penilaian untuk nilai Kompeten."
    assert [p.question_id for p in problems] == [x.id for x in questions[1:] if x.required]


def test_default_form_has_the_seven_values_speaker_and_organization():
    form = default_form()
    assert form.title == "Evaluasi Coaching Ber-AKHLAK"
    values = form.sections[0].questions
    names = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]
    assert [v.text.split(":")[0] for v in values] == names
    assert all(v.kind == QuestionKind.LIKERT5 and v.required for v in values)
    assert len(form.sections[1].questions) == 3  # clarity, relevance, punctuality
    assert [x.kind for x in form.sections[2].questions][:3] == [QuestionKind.SATISFACTION4] * 3
    assert form.sections[3].questions[0].kind == QuestionKind.LONG_TEXT
    assert not form.sections[3].questions[0].required
