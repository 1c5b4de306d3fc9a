"""With the English translation loaded, the window speaks English; Indonesian comes back afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from asn_event import words
from asn_event.app import create_application, use_language
from asn_event.feedback.forms import KIND_LABELS
from asn_event.roster.headers import FIELD_LABELS
from asn_event.ui.feedback.editor import KIND_WORDS
from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    app = create_application(language="en")
    assert isinstance(app, QApplication)
    yield app
    use_language(app, "id")  # the other tests read Indonesian


@pytest.fixture
def window(english, qtbot, ctx, settings, demo):  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.show()
    return win


def labels(widget) -> str:  # type: ignore[no-untyped-def]
    return " | ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_sidebar_and_status_bar_speak_english(window) -> None:  # type: ignore[no-untyped-def]
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Event", "Participants", "Check-in", "Timer", "Feedback", "Certificates", "Reports"]
    assert window.db_label.text().startswith("Database: ")


def test_pages_speak_english_with_plurals(window, demo) -> None:  # type: ignore[no-untyped-def]
    checkin = window.show_page("checkin")
    assert checkin.scan_field.placeholderText().startswith("Scan a code, or type a name / NIP")
    assert "READY TO SCAN" in labels(checkin)
    peserta = window.show_page("peserta")
    assert peserta.title_label.text() == "Participants"
    assert "150 people in the database" in peserta.subtitle_label.text()
    model = peserta.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Work unit" in headers and "Attendance" in headers
    sertifikat = window.show_page("sertifikat")
    assert sertifikat.title_label.text() == "Certificates"
    assert [sertifikat.tabs.tabText(i) for i in range(3)] == ["Recipients", "Design and numbering", "Verify"]
    acara = window.show_page("acara")
    assert acara.summary_labels["registered"].text() == "150 people"
    assert "READY" in labels(window.show_page("timer"))


def test_indonesian_is_back_after_switching(english, qtbot, ctx, settings, demo) -> None:  # type: ignore[no-untyped-def]
    # Indonesian is the source language: only Qt's own strings need a file (the project's qtbase_id.qm)
    assert [Path(p).name for p in use_language(english, "id")] == ["qtbase_id.qm"]
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    assert win.nav.item(1).text() == "Peserta"


def test_core_labels_are_marked_for_translation() -> None:
    """The import dialog and form editor translate labels that live in the Qt-free core."""
    assert {field.value: label for field, label in FIELD_LABELS.items()} == dict(words.COLUMNS)
    assert tuple(KIND_LABELS.values()) == KIND_WORDS
