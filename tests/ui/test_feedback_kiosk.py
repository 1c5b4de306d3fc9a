"""The feedback kiosk and paper entry with pytest-qt: scan, answer, submit, reset; duplicates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from asn_event import tokens
from asn_event.db.models import Event, Registration, Response
from asn_event.feedback import responses, service
from asn_event.kiosk_pin import hash_pin
from asn_event.ui.feedback.kiosk import FeedbackKioskWindow, KioskSetup
from asn_event.ui.feedback.paper_entry import PaperEntry


def first_code(demo, index=0):
    with demo.db.sessions() as session:
        secret = session.get(Event, demo.event_id).secret
        reg_id = session.scalars(
            select(Registration.id).where(Registration.event_id == demo.event_id).order_by(Registration.id)
        ).all()[index]
    return reg_id, tokens.make_code(secret, demo.event_id, reg_id)


def stored(demo):
    with demo.db.sessions() as session:
        return session.scalars(select(Response)).all()


def make_kiosk(qtbot, ctx, demo, anonymous=False, pin=None):
    form = service.active_form(demo.db, demo.event_id)
    if anonymous:
        form = service.save_form(demo.db, replace(form, anonymous=True))
    kiosk = FeedbackKioskWindow(ctx, KioskSetup(form, "Coaching Manajemen Kepegawaian", hash_pin(pin) if pin else None))
    qtbot.addWidget(kiosk)
    kiosk.show()
    return kiosk


def answer_section(qtbot, kiosk, index, digit=Qt.Key.Key_4):
    for widget in kiosk.inputs[index]:
        if widget.question.is_scale:
            qtbot.keyClick(widget, digit)


def fill_everything(qtbot, kiosk):
    for index in range(len(kiosk.inputs)):
        assert kiosk.section_pages.currentIndex() == index
        answer_section(qtbot, kiosk, index)
        qtbot.mouseClick(kiosk.next_button, Qt.MouseButton.LeftButton)


def test_scan_answer_submit_and_reset(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    reg_id, code = first_code(demo)
    qtbot.keyClicks(kiosk.scan, code)
    qtbot.keyClick(kiosk.scan, Qt.Key.Key_Return)
    assert kiosk.stack.currentIndex() == 1
    assert "Halo," in kiosk.greeting.text()
    assert kiosk.section_title.text().startswith("Bagian 1 dari 4")
    # "Lanjut" without answers: every required question is marked with its own message
    qtbot.mouseClick(kiosk.next_button, Qt.MouseButton.LeftButton)
    assert kiosk.section_pages.currentIndex() == 0
    assert kiosk.inputs[0][0].problem.text() == "Mohon beri penilaian untuk nilai Berorientasi Pelayanan."
    assert "7 jawaban" in kiosk.section_message.text()
    fill_everything(qtbot, kiosk)
    assert kiosk.stack.currentIndex() == 2  # thank-you screen
    (response,) = stored(demo)
    assert response.registration_id == reg_id and response.source == "kiosk"
    with demo.db.sessions() as session:
        assert session.get(Registration, reg_id).feedback_done_at is not None
    key_before = kiosk._key
    kiosk.thanks_timer.timeout.emit()  # the thank-you screen times out: a fresh form
    assert kiosk.stack.currentIndex() == 0
    assert kiosk._key != key_before
    assert all(w.value() in (None, "", []) for inputs in kiosk.inputs for w in inputs)
    # the same person scans again: told so, no form
    qtbot.keyClicks(kiosk.scan, code)
    qtbot.keyClick(kiosk.scan, Qt.Key.Key_Return)
    assert kiosk.stack.currentIndex() == 0
    assert "sudah dipakai" in kiosk.start_message.text()
    assert len(stored(demo)) == 1


def test_double_tap_on_submit_stores_once(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    kiosk.begin(first_code(demo)[1])
    for index in range(len(kiosk.inputs) - 1):
        answer_section(qtbot, kiosk, index)
        kiosk.forward()
    answer_section(qtbot, kiosk, len(kiosk.inputs) - 1)
    kiosk.submit()
    kiosk.submit()  # the second tap arrives with the same submission key
    assert len(stored(demo)) == 1
    assert kiosk.stack.currentIndex() == 2


def test_bad_code_and_long_emoji_text(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    qtbot.keyClicks(kiosk.scan, "SA1:1:2:AAAAAAAAAAAAAAAA")
    qtbot.keyClick(kiosk.scan, Qt.Key.Key_Return)
    assert kiosk.stack.currentIndex() == 0 and "tidak sah" in kiosk.start_message.text()
    kiosk.begin(first_code(demo)[1])
    for index in range(len(kiosk.inputs) - 1):
        answer_section(qtbot, kiosk, index, Qt.Key.Key_3)
        kiosk.forward()
    text = "Terima kasih 🙏 " * 700  # over 10.000 characters
    kiosk.inputs[-1][0].set_value(text)
    kiosk.forward()
    assert "terlalu panjang" in kiosk.inputs[-1][0].problem.text()
    assert stored(demo) == []
    kiosk.inputs[-1][0].set_value(text[:9_990])
    kiosk.forward()
    (record,) = responses.response_records(demo.db, kiosk.form.id)
    assert len(record.answers) == 15
    assert record.answers[kiosk.inputs[-1][0].question.id].text == text[:9_990].strip()


def test_closing_mid_form_needs_pin_and_stores_nothing(qtbot, ctx, demo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    kiosk = make_kiosk(qtbot, ctx, demo, pin="2468")
    kiosk.begin(first_code(demo)[1])
    answer_section(qtbot, kiosk, 0)
    kiosk.close()
    assert kiosk.isVisible()  # a participant cannot just close it
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("1111", True))
    kiosk.ask_pin()
    assert kiosk.isVisible() and "PIN salah" in warnings[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("2468", True))
    with qtbot.waitSignal(kiosk.sig_left):
        kiosk.ask_pin()
    assert not kiosk.isVisible()
    assert stored(demo) == []


def test_half_filled_form_left_alone_starts_over(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    kiosk.begin(first_code(demo)[1], "Budi")
    answer_section(qtbot, kiosk, 0)
    assert kiosk.idle_timer.isActive()
    kiosk.idle_timer.timeout.emit()
    assert kiosk.stack.currentIndex() == 0 and "tidak disimpan" in kiosk.start_message.text()
    assert kiosk.inputs[0][0].value() is None
    assert stored(demo) == []


def test_staff_shortcut_leaves(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    with qtbot.waitSignal(kiosk.sig_left):
        kiosk.leave()
    assert not kiosk.isVisible()


def test_staff_shortcut_with_a_pin_asks_for_the_pin(qtbot, ctx, demo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    kiosk = make_kiosk(qtbot, ctx, demo, pin="2468")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: asked.append(1) or ("1111", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    from PySide6.QtGui import QShortcut

    (staff,) = [s for s in kiosk.findChildren(QShortcut) if s.key().toString() == "Ctrl+Shift+K"]
    staff.activated.emit()  # offscreen windows are never active, so the keys are sent to the shortcut
    assert asked and kiosk.isVisible()


def test_enter_in_a_text_answer_moves_to_the_next_question(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    kiosk.begin(first_code(demo)[1])
    for index in range(len(kiosk.inputs)):
        texts = [w for w in kiosk.inputs[index] if w._text is not None or w._line is not None]
        if len(texts) >= 1 and kiosk.inputs[index][-1] is not texts[0]:
            break
        answer_section(qtbot, kiosk, index)
        kiosk.forward()
    else:
        pytest.fail("the demo form has no free-text answer followed by another question")
    section = kiosk.inputs[index]
    box = texts[0]
    following = section[section.index(box) + 1]
    box.focus_input()
    editor = box._text or box._line
    qtbot.keyClicks(editor, "Waktu diskusi lebih panjang.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert box.value() == "Waktu diskusi lebih panjang."
    target = kiosk.focusWidget()  # where the next keys go
    assert target is not None and (target is following or following.isAncestorOf(target))
    if following._text is not None or following._line is not None:
        qtbot.keyClicks(target, "Manajemen kinerja ASN")
        assert following.value() == "Manajemen kinerja ASN"
    else:
        qtbot.keyClick(target, Qt.Key.Key_4)
        assert following.value() not in (None, "", [])
    assert box.value() == "Waktu diskusi lebih panjang."


def test_shift_enter_is_a_new_line_in_a_long_answer(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo)
    kiosk.begin(first_code(demo)[1])
    long_box = next(w for inputs in kiosk.inputs for w in inputs if w._text is not None)
    kiosk.show_section(next(i for i, inputs in enumerate(kiosk.inputs) if long_box in inputs))
    long_box.focus_input()
    qtbot.keyClicks(long_box._text, "satu")
    qtbot.keyClick(long_box._text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(long_box._text, "dua")
    assert long_box.value() == "satu\ndua"


def test_anonymous_kiosk_with_and_without_code(qtbot, ctx, demo):
    kiosk = make_kiosk(qtbot, ctx, demo, anonymous=True)
    _reg_id, code = first_code(demo)
    kiosk.scan.setText(code)
    kiosk.scanned()
    assert kiosk.greeting.text() == "Jawaban Anda anonim."
    fill_everything(qtbot, kiosk)
    kiosk.reset()
    kiosk.scan.setText(code)
    kiosk.scanned()
    assert "sudah dipakai" in kiosk.start_message.text()
    kiosk.begin(None)  # "Mulai tanpa kode"
    fill_everything(qtbot, kiosk)
    responses_ = stored(demo)
    assert len(responses_) == 2
    assert all(r.registration_id is None for r in responses_)
    assert sum(1 for r in responses_ if r.code_digest) == 1


def test_paper_entry_by_keyboard_alone(qtbot, ctx, demo):
    form = service.active_form(demo.db, demo.event_id)
    paper = PaperEntry(ctx)
    qtbot.addWidget(paper)
    paper.set_units(list(service.unit_choices(demo.db)))
    paper.load(form)
    paper.show()
    qtbot.waitUntil(lambda: paper.who.hasFocus())  # who filled it in comes first
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)  # nobody named on this sheet
    assert paper.inputs[0].hasFocus() and "Tanpa nama" in paper.who_state.text()
    # one digit per scale answer, focus jumps on by itself; Enter passes the text questions
    for digit in "5443452" + "314" + "432" + "0":  # 7 values, 3 speaker, 3 organization (1-4), 10 as 0
        focused = paper.focusWidget()
        qtbot.keyClick(focused, digit)
    qtbot.keyClicks(paper.focusWidget(), "Sound kurang")
    paper.focusWidget().insertPlainText(" 🔈")  # QTest types ASCII only; the emoji is pasted
    qtbot.keyClick(paper.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(paper.focusWidget(), Qt.Key.Key_Return)  # short text left empty
    assert paper.save_button.hasFocus()
    qtbot.keyClick(paper.save_button, Qt.Key.Key_Return)
    (response,) = stored(demo)
    assert response.source == "paper"
    records = responses.response_records(demo.db, form.id)
    values = [records[0].answers[q.id].number for q in form.questions() if q.is_scale]
    assert values == [5, 4, 4, 3, 4, 5, 2, 3, 1, 4, 4, 3, 2, 10]
    assert "Sound kurang 🔈" in [a.text for a in records[0].answers.values()]
    assert "Tersimpan" in paper.message.text()
    assert paper.inputs[0].value() is None and paper.who.hasFocus()  # ready for the next sheet
    assert response.registration_id is None


def type_sheet(qtbot, paper, digits="4" * 14):
    for digit in digits:
        qtbot.keyClick(paper.focusWidget(), digit)


def paper_for(qtbot, ctx, demo):
    form = service.active_form(demo.db, demo.event_id)
    paper = PaperEntry(ctx)
    qtbot.addWidget(paper)
    paper.load(form)
    paper.show()
    qtbot.waitUntil(lambda: paper.who.hasFocus())
    return form, paper


def test_a_paper_sheet_entered_with_an_invitation_code_makes_the_person_eligible(qtbot, ctx, demo, clock):
    from asn_event.certificates.service import list_candidates

    _form, paper = paper_for(qtbot, ctx, demo)
    (reg_id, code), (other_id, _other) = first_code(demo, 0), first_code(demo, 1)
    with demo.db.sessions() as session, session.begin():
        for reg in session.scalars(select(Registration).where(Registration.id.in_([reg_id, other_id]))):
            reg.checked_in_at = clock.now()
    eligible = {c.registration_id: c.eligible for c in list_candidates(demo.db, demo.event_id, require_feedback=True)}
    assert (eligible[reg_id], eligible[other_id]) == (False, False)
    qtbot.keyClicks(paper.who, code)
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)
    assert paper.who_state.text().startswith("\u2714 ") and paper.inputs[0].hasFocus()
    type_sheet(qtbot, paper)
    paper.save()
    (response,) = stored(demo)
    assert (response.registration_id, response.source) == (reg_id, "paper")
    eligible = {c.registration_id: c.eligible for c in list_candidates(demo.db, demo.event_id, require_feedback=True)}
    assert (eligible[reg_id], eligible[other_id]) == (True, False)
    # the same person's second sheet (or a phone answer) is refused, in words, and not stored
    qtbot.keyClicks(paper.who, code)
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)
    assert "sudah dipakai" in paper.who_state.text() and paper.who.hasFocus()
    assert len(stored(demo)) == 1


def test_paper_finds_the_person_by_name_or_nip(qtbot, ctx, demo):
    from asn_event.db.models import Person

    _form, paper = paper_for(qtbot, ctx, demo)
    with demo.db.sessions() as session:
        reg_id, name, nip = session.execute(
            select(Registration.id, Person.name, Person.nip)
            .join(Person, Registration.person_id == Person.id)
            .where(Registration.event_id == demo.event_id, Person.nip.is_not(None))
            .order_by(Registration.id)
        ).first()
    qtbot.keyClicks(paper.who, name)
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)
    assert paper.hits.isVisible() and paper.hits.hasFocus()
    assert paper.hits.currentItem().data(Qt.ItemDataRole.UserRole) == reg_id
    qtbot.keyClick(paper.hits, Qt.Key.Key_Return)
    assert not paper.hits.isVisible() and name in paper.who_state.text()
    type_sheet(qtbot, paper)
    paper.save()
    assert [r.registration_id for r in stored(demo)] == [reg_id]
    # the same person by NIP on the next sheet: already answered
    qtbot.keyClicks(paper.who, nip)
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)
    assert "sudah dipakai" in paper.who_state.text()
    qtbot.keyClicks(paper.who, "Zzyzx Qwerty")
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)
    assert "Tidak ada peserta yang cocok" in paper.who_state.text() and not paper.hits.isVisible()


def test_paper_entry_missing_answer_is_shown_not_saved(qtbot, ctx, demo):
    _form, paper = paper_for(qtbot, ctx, demo)
    paper.save()
    assert stored(demo) == []
    assert "belum tersimpan" in paper.message.text()
    assert paper.inputs[0].problem.isVisible()


@pytest.mark.parametrize("digit", ["9", "6"])
def test_out_of_range_digit_is_ignored_on_a_four_point_scale(qtbot, ctx, demo, digit):
    form = service.active_form(demo.db, demo.event_id)
    paper = PaperEntry(ctx)
    qtbot.addWidget(paper)
    paper.load(form)
    fit = next(w for w in paper.inputs if w.question.kind.value == "satisfaction4")
    qtbot.keyClick(fit, digit)
    assert fit.value() is None


def test_page_shows_results_and_saves_the_editor(qtbot, ctx, demo, clock):
    from asn_event.ui.feedback.page import UmpanBalikPage

    form = service.active_form(demo.db, demo.event_id)
    answers = {q.id: 4 for q in form.questions() if q.is_scale}
    responses.submit(demo.db, clock, form.id, answers, responses.new_submission_key())
    page = UmpanBalikPage(ctx)
    qtbot.addWidget(page)
    page.set_event(demo.event_id)
    page.show()
    # The event's forms are read on the task pool, then the summary is made there too.
    qtbot.waitUntil(lambda: page.form_id == form.id, timeout=10000)
    qtbot.waitUntil(lambda: page.results.count_label.text() == "1", timeout=10000)
    assert page.results.question_pick.count() == 16
    page.editor.tree.setCurrentItem(page.editor.tree.topLevelItem(3))
    page.editor.add_question()
    page.editor.question_text.setPlainText("Apakah materi perlu dibagikan?")
    page.editor.save()
    assert "tersimpan" in page.editor.message.text()
    assert [f.questions for f in service.list_forms(demo.db, demo.event_id)] == [17]
    with demo.db.sessions() as session:
        assert session.scalar(select(func.count(Response.id))) == 1
