"""Feedback in the database: forms, submitting exactly once, results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from asn_event import tokens
from asn_event.db.errors import Conflict
from asn_event.db.models import Answer, Event, QuestionKind, Registration, Response
from asn_event.events import EventDraft, create_event
from asn_event.feedback import responses as fb
from asn_event.feedback import service
from asn_event.feedback.forms import QuestionDef, SectionDef
from tests.saying import raises_saying


def registrations(demo, count=3):
    with demo.db.sessions() as session:
        event = session.get(Event, demo.event_id)
        regs = session.scalars(
            select(Registration).where(Registration.event_id == demo.event_id).order_by(Registration.id).limit(count)
        ).all()
        return [(r.id, tokens.make_code(event.secret, demo.event_id, r.id)) for r in regs]


def full_answers(form, likert=4):
    answers = {}
    for q in form.questions():
        if q.kind == QuestionKind.LIKERT5:
            answers[q.id] = likert
        elif q.kind == QuestionKind.SATISFACTION4:
            answers[q.id] = 3
        elif q.kind == QuestionKind.RATING10:
            answers[q.id] = 9
    return answers


def count(db, model=Response):
    with db.sessions() as session:
        return session.scalar(select(func.count(model.id)))


def test_demo_event_has_the_default_form(demo):
    form = service.active_form(demo.db, demo.event_id)
    assert form is not None and form.title == "Evaluasi Coaching Ber-AKHLAK"
    assert [s.title for s in form.sections] == ["Nilai Dasar ASN Ber-AKHLAK", "Narasumber", "Penyelenggaraan", "Saran"]
    assert len(form.questions()) == 16
    (info,) = service.list_forms(demo.db, demo.event_id)
    assert (info.questions, info.responses, info.active) == (16, 0, True)


def test_named_form_one_response_per_person(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    (reg_id, code), (_, other_code) = registrations(demo, 2)
    assert fb.check_start(demo.db, form.id, code).status == fb.CodeStatus.READY
    first = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=code)
    assert first.status == fb.SubmitStatus.SAVED
    with demo.db.sessions() as session:
        assert session.get(Registration, reg_id).feedback_done_at == clock.now()
        assert session.get(Response, first.response_id).registration_id == reg_id
    # scanning twice: the kiosk says so before the form, and a second submit stores nothing
    check = fb.check_start(demo.db, form.id, code.lower())
    assert check.status == fb.CodeStatus.ALREADY and "sudah dipakai" in check.message
    again = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=code)
    assert again.status == fb.SubmitStatus.ALREADY
    assert fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=other_code).status == (
        fb.SubmitStatus.SAVED
    )
    assert count(demo.db) == 2


def test_double_tapped_submit_stores_once(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    key = fb.new_submission_key()
    first = fb.submit(demo.db, clock, form.id, full_answers(form), key)
    second = fb.submit(demo.db, clock, form.id, full_answers(form), key)
    assert first.status == fb.SubmitStatus.SAVED
    assert (second.status, second.response_id) == (fb.SubmitStatus.REPEATED, first.response_id)
    assert count(demo.db) == 1
    assert count(demo.db, Answer) == 14  # every scale question, no empty text answers


def test_anonymous_form_stops_a_second_response_without_storing_who(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    form = service.save_form(demo.db, replace(form, anonymous=True))
    (reg_id, code), *_ = registrations(demo, 1)
    check = fb.check_start(demo.db, form.id, code)
    assert check.status == fb.CodeStatus.READY and check.name is None  # no greeting by name
    first = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=code)
    assert first.status == fb.SubmitStatus.SAVED
    with demo.db.sessions() as session:
        stored = session.get(Response, first.response_id)
        assert stored.registration_id is None
        assert stored.code_digest and code not in stored.code_digest and len(stored.code_digest) == 64
        assert session.get(Registration, reg_id).feedback_done_at is not None
    assert fb.check_start(demo.db, form.id, code).status == fb.CodeStatus.ALREADY
    again = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=code)
    assert again.status == fb.SubmitStatus.ALREADY
    # without a code, anonymous answers are always welcome
    assert fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key()).status == (
        fb.SubmitStatus.SAVED
    )
    assert count(demo.db) == 2


def test_missing_required_answers_store_nothing(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    answers = full_answers(form)
    first_value = form.questions()[0]
    del answers[first_value.id]
    result = fb.submit(demo.db, clock, form.id, answers, fb.new_submission_key())
    assert result.status == fb.SubmitStatus.INVALID
    assert result.problems[0].message == "Mohon beri penilaian untuk nilai Berorientasi Pelayanan."
    assert count(demo.db) == 0 and count(demo.db, Answer) == 0


def test_bad_codes_are_refused(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    (reg_id, code), *_ = registrations(demo, 1)
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert fb.check_start(demo.db, form.id, forged).status == fb.CodeStatus.FORGED
    assert fb.check_start(demo.db, form.id, "Budi Santoso").status == fb.CodeStatus.NOT_A_CODE
    wrong = tokens.make_code(b"x" * 32, demo.event_id + 1, reg_id)
    assert fb.check_start(demo.db, form.id, wrong).status == fb.CodeStatus.WRONG_EVENT
    result = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=forged)
    assert (result.status, result.code_status) == (fb.SubmitStatus.BAD_CODE, fb.CodeStatus.FORGED)
    assert count(demo.db) == 0


def test_long_text_with_emoji_read_back_whole(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    suggestion = next(q for q in form.questions() if q.kind == QuestionKind.LONG_TEXT)
    text = ("Mantap 👍🏽 سلام 漢字 " * 1000)[:10_000]
    answers = {**full_answers(form), suggestion.id: text}
    assert fb.submit(demo.db, clock, form.id, answers, fb.new_submission_key()).status == fb.SubmitStatus.SAVED
    (record,) = fb.response_records(demo.db, form.id)
    assert record.answers[suggestion.id].text == text.strip()


def test_save_form_reorders_adds_and_protects_answered_questions(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key())
    values, speaker, organization, suggestions = form.sections
    # swap the first two sections, reverse the speaker questions, add a choice question
    new_question = QuestionDef(QuestionKind.MULTIPLE, "Sumber informasi acara", ("Surat", "WhatsApp", "Website"))
    edited = replace(
        form,
        sections=(
            replace(speaker, questions=tuple(reversed(speaker.questions))),
            values,
            organization,
            replace(suggestions, questions=(*suggestions.questions, new_question)),
        ),
    )
    saved = service.save_form(demo.db, edited)
    assert [s.title for s in saved.sections][:2] == ["Narasumber", "Nilai Dasar ASN Ber-AKHLAK"]
    assert [q.id for q in saved.sections[0].questions] == [q.id for q in reversed(speaker.questions)]
    assert saved.sections[3].questions[-1].text == "Sumber informasi acara" and saved.sections[3].questions[-1].id
    assert count(demo.db, Answer) == 14  # answers kept with their questions
    # an answered question can be neither removed nor turned into another kind
    without_first = replace(saved, sections=(saved.sections[0], replace(values, questions=values.questions[1:]),
                                             *saved.sections[2:]))  # fmt: skip
    with raises_saying(Conflict, "sudah dijawab 1 orang"):
        service.save_form(demo.db, without_first)
    retyped = replace(saved, sections=(replace(saved.sections[0], questions=(
        replace(saved.sections[0].questions[0], kind=QuestionKind.RATING10), *saved.sections[0].questions[1:])),
        *saved.sections[1:]))  # fmt: skip
    with raises_saying(Conflict, "tidak bisa diubah"):
        service.save_form(demo.db, retyped)
    # an unanswered question goes away quietly
    trimmed = replace(saved, sections=(*saved.sections[:3], replace(saved.sections[3], questions=saved.sections[3].questions[:-1])))
    assert len(service.save_form(demo.db, trimmed).questions()) == 16


def test_form_checks(demo):
    form = service.active_form(demo.db, demo.event_id)
    bad_choice = SectionDef("Lain", (QuestionDef(QuestionKind.SINGLE, "Ikut lagi?", ("Ya",)),))
    with raises_saying(service.FormInvalid, "dua pilihan"):
        service.save_form(demo.db, replace(form, sections=(*form.sections, bad_choice)))
    with raises_saying(service.FormInvalid, "Judul"):
        service.save_form(demo.db, replace(form, title="  "))


def test_copy_from_another_event(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    draft = EventDraft(title="Sesi 2", date=date(2025, 12, 1), start_time=time(9, 0), venue="Pendopo Magersari")
    other = create_event(demo.db, clock, draft)
    copied = service.copy_form(demo.db, clock, form.id, other.id)
    assert copied.event_id == other.id and copied.id != form.id
    assert [q.text for q in copied.questions()] == [q.text for q in form.questions()]
    assert service.active_form(demo.db, other.id).id == copied.id
    fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key())
    with raises_saying(Conflict, "Nonaktifkan saja"):
        service.delete_form(demo.db, form.id)
    service.delete_form(demo.db, copied.id)
    assert service.list_forms(demo.db, other.id) == ()


def test_results_against_attendance_and_export(demo, clock, tmp_path):
    form = service.active_form(demo.db, demo.event_id)
    regs = registrations(demo, 4)
    with demo.db.sessions.begin() as session:
        for reg_id, _ in regs:
            session.get(Registration, reg_id).checked_in_at = clock.now()
    fb.submit(demo.db, clock, form.id, full_answers(form, likert=5), fb.new_submission_key(), code=regs[0][1])
    fb.submit(demo.db, clock, form.id, full_answers(form, likert=2), fb.new_submission_key(), code=regs[1][1])
    results = fb.form_results(demo.db, form.id)
    assert (results.summary.responses, results.summary.attendance, results.summary.rate) == (2, 4, 0.5)
    assert results.summary.questions[0].mean == pytest.approx(3.5)
    assert sum(u.attended for u in results.summary.units) == 4
    assert sum(u.responses for u in results.summary.units) == 2
    assert fb.event_summary(demo.db, demo.event_id).responses == 2
    path = tmp_path / "umpan.xlsx"
    fb.export_form(demo.db, form.id, path)
    overview = {r[0]: r[1] for r in load_workbook(path)["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert overview["Jumlah respons"] == 2 and overview["Tingkat respons (%)"] == 50.0


def _nip_of(demo, reg_id):
    from asn_event.db.models import Person

    with demo.db.sessions() as session:
        return session.scalar(
            select(Person.nip).join(Registration, Registration.person_id == Person.id).where(Registration.id == reg_id)
        )


def test_an_nip_stands_for_the_persons_invitation_code(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    people = [(r, c) for r, c in registrations(demo, 20) if _nip_of(demo, r)]
    (reg_id, code), (other_id, _other) = people[0], people[1]
    nip = _nip_of(demo, reg_id)
    check = fb.check_start(demo.db, form.id, f" {nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]} ")
    assert check.status == fb.CodeStatus.READY and check.name  # greeted by name, like a scanned code
    saved = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=nip)
    assert saved.status == fb.SubmitStatus.SAVED
    # the same person's invitation code is now "already": one response per person, whichever was given
    assert fb.check_start(demo.db, form.id, code).status == fb.CodeStatus.ALREADY
    assert fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=code).status == (
        fb.SubmitStatus.ALREADY
    )
    assert fb.check_start(demo.db, form.id, "199001012020121001").status == fb.CodeStatus.NIP_UNKNOWN
    assert fb.check_start(demo.db, form.id, "١٩٩٠٠١٠١٢٠٢٠١٢١٠٠١").status == fb.CodeStatus.NOT_A_CODE  # not ASCII digits
    assert fb.code_for(demo.db, other_id) == tokens.make_code(_secret(demo), demo.event_id, other_id)
    assert count(demo.db) == 1


def test_anonymous_forms_count_a_person_once_by_nip_or_code(demo, clock):
    form = service.active_form(demo.db, demo.event_id)
    form = service.save_form(demo.db, replace(form, anonymous=True))
    reg_id, code = next((r, c) for r, c in registrations(demo, 20) if _nip_of(demo, r))
    first = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=_nip_of(demo, reg_id))
    assert first.status == fb.SubmitStatus.SAVED
    again = fb.submit(demo.db, clock, form.id, full_answers(form), fb.new_submission_key(), code=code)
    assert again.status == fb.SubmitStatus.ALREADY
    with demo.db.sessions() as session:
        (stored,) = session.scalars(select(Response)).all()
        assert stored.registration_id is None and stored.code_digest


def _secret(demo) -> bytes:
    with demo.db.sessions() as session:
        return session.get(Event, demo.event_id).secret
