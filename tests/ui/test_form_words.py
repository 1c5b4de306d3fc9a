"""A refused save speaks the interface language: each form, in English and in Indonesian.

The services refuse with codes (asn_event/words.py turns them into sentences); these tests press
save on each form with something wrong and read what the person sees next to the field or on the
form's message line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from asn_event import tokens
from asn_event.app import create_application, use_language
from asn_event.checkin.people import InvalidWalkIn, WalkInDraft, register_walk_in
from asn_event.checkin.service import CheckinDesk
from asn_event.feedback import service as feedback_service
from asn_event.kiosk_pin import PinError, check_pin_format
from asn_event.roster.units import UnitMatcher
from asn_event.stage.service import AgendaEntry

# (language, the sentence in that language) for each refusal the tests provoke
WORDS = {
    "name_required": {"id": "Nama wajib diisi.", "en": "The name is required."},
    "unit_required": {
        "id": "Unit kerja wajib diisi (untuk hitungan per unit).",
        "en": "The work unit is required (for the count per unit).",
    },
    "position_too_long": {
        "id": "Jabatan terlalu panjang (250 karakter; paling banyak 200). Periksa isinya.",
        "en": "Position is too long (250 characters; at most 200). Check what it holds.",
    },
    "nip_required_pns": {
        "id": "NIP wajib diisi untuk PNS; kosongkan hanya untuk non-ASN.",
        "en": "A NIP is required for PNS; leave it empty only for non-ASN.",
    },
    "nip_of_other_person": {
        "id": "NIP ini sudah tercatat atas nama Drs. Joko Widagdo, M.Si. — periksa NIP yang diketik",
        "en": "This NIP is already recorded for Drs. Joko Widagdo, M.Si. — check the NIP you typed",
    },
    "event_title_required": {"id": "Judul acara wajib diisi.", "en": "The event title is required."},
    "event_venue_required": {"id": "Tempat acara wajib diisi.", "en": "The venue is required."},
    "segment_duration_zero": {
        "id": 'Durasi sesi "Doa" harus lebih dari 0 menit.',
        "en": 'The length of segment "Doa" must be more than 0 minutes.',
    },
    "agenda_not_empty": {
        "id": "Agenda acara ini sudah berisi.",
        "en": "This event's agenda already has segments.",
    },
    "pin_too_easy": {
        "id": "PIN terlalu mudah ditebak (angka sama atau berurutan). Pilih PIN lain.",
        "en": "The PIN is too easy to guess (repeated or consecutive digits). Choose another PIN.",
    },
    "form_title_required": {
        "id": "Judul formulir masih kosong. Isi judulnya.",
        "en": "The form has no title yet. Type one.",
    },
    "forged": {
        "id": "Kode tidak sah. Minta bantuan petugas.",
        "en": "Invalid code. Ask a staff member for help.",
    },
}


@pytest.fixture(params=["en", "id"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    app = create_application(language=request.param)
    yield request.param
    use_language(app, "id")


def test_the_person_dialog_says_what_is_wrong_next_to_each_field(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.db.models import Employment
    from asn_event.ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(UnitMatcher.mojokerto().units)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("")
    dialog.employment_combo.setCurrentIndex(dialog.employment_combo.findData(Employment.PNS))
    dialog._accept()
    assert dialog.errors["name"].text() == WORDS["name_required"][language]
    assert dialog.errors["nip"].text() == WORDS["nip_required_pns"][language]
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_walk_in_dialog_words_the_form_and_the_service_refusals(qtbot, ctx, demo, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin.dialogs import WalkInDialog

    dialog = WalkInDialog(["Dinkes PPKB"], name="", matcher=UnitMatcher.mojokerto())
    qtbot.addWidget(dialog)
    dialog.position.setText("x" * 250)
    dialog._try_accept()
    assert dialog.errors["name"].text() == WORDS["name_required"][language]
    assert dialog.errors["unit"].text() == WORDS["unit_required"][language]
    assert dialog.errors["position"].text() == WORDS["position_too_long"][language]
    # a NIP already stored for someone else: refused by the service, shown under the NIP field
    desk = CheckinDesk(demo.db, ctx.clock, demo.event_id, "Meja 1")
    register_walk_in(desk, WalkInDraft("Drs. Joko Widagdo, M.Si.", "19700101 199503 1 002", "Dishub"))
    with pytest.raises(InvalidWalkIn) as refused:
        register_walk_in(desk, WalkInDraft("Sri Wahyuni", "197001011995031002", "Dinkes PPKB"))
    dialog.show_problems(refused.value.problems)
    assert dialog.errors["nip"].text().startswith(WORDS["nip_of_other_person"][language])
    assert dialog.errors["name"].isHidden()


def test_the_event_form_marks_each_missing_field(qtbot, ctx, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.events.page import AcaraPage

    page = AcaraPage(ctx)
    qtbot.addWidget(page)
    page.start_new()
    page.title_edit.setText("  ")
    page.venue_edit.setText("")
    page.save()
    assert page.errors["title"].text() == WORDS["event_title_required"][language]
    assert page.errors["venue"].text() == WORDS["event_venue_required"][language]


def test_the_agenda_editor_shows_a_refused_agenda_in_words(qtbot, ctx, demo, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.stage.page import TimerPage

    page = TimerPage(ctx)
    qtbot.addWidget(page)
    page.sounds.play = lambda cue: None  # type: ignore[method-assign]  # no audio device in CI
    page.set_event(demo.event_id)
    page.page_shown()
    qtbot.waitUntil(lambda: page.timer is not None, timeout=10000)
    page.save_agenda([AgendaEntry(None, "Doa", planned_seconds=0)])
    assert page.editor.error_label.text().startswith(WORDS["segment_duration_zero"][language])
    page.use_default_agenda()  # the demo event has an agenda already
    assert page.editor.error_label.text().startswith(WORDS["agenda_not_empty"][language])


def test_a_pin_refusal_is_worded_in_the_interface_language(qapp, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.errors import error_text

    with pytest.raises(PinError) as refused:
        check_pin_format("1234")
    assert error_text(refused.value) == WORDS["pin_too_easy"][language]


def test_the_feedback_editor_refuses_a_form_without_a_title_in_words(qtbot, ctx, demo, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.feedback.editor import FormEditor

    editor = FormEditor(ctx)
    qtbot.addWidget(editor)
    form = feedback_service.active_form(demo.db, demo.event_id)
    editor.load(form)
    editor.title_edit.setText("")
    editor.save()
    assert editor.message.text() == WORDS["form_title_required"][language]
    assert feedback_service.active_form(demo.db, demo.event_id).title == form.title  # nothing stored


def test_paper_entry_words_a_refused_code_and_a_missing_answer(qtbot, ctx, demo, language) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.feedback.paper_entry import PaperEntry

    form = feedback_service.active_form(demo.db, demo.event_id)
    # the first question loses the organizer's own "required" message: the program's words are shown
    first = form.sections[0].questions[0]
    sections = (
        replace(
            form.sections[0], questions=(replace(first, required_message=""), *form.sections[0].questions[1:])
        ),
        *form.sections[1:],
    )
    form = feedback_service.save_form(demo.db, replace(form, sections=sections))
    paper = PaperEntry(ctx)
    qtbot.addWidget(paper)
    paper.load(form)
    paper.show()
    qtbot.keyClicks(paper.who, tokens.make_code(b"not the event's secret", demo.event_id, 1))
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)
    assert WORDS["forged"][language] in paper.who_state.text()
    paper.who.clear()
    qtbot.keyClick(paper.who, Qt.Key.Key_Return)  # a sheet without a name
    paper.save()
    required = {"id": "Pertanyaan ini wajib dijawab.", "en": "This question must be answered."}
    assert paper.inputs[0].problem.text() == required[language]
