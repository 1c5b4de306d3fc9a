"""Every page and dialog, walked widget by widget: English shows no Indonesian, Indonesian no Qt English.

The English run renders each sidebar page, each separate screen (kiosks, stage, import) and each
dialog with a demo event that has check-ins and feedback, collects every visible text (labels,
buttons, fields, lists, table cells and headers, window titles) and fails on any text that is an
untranslated Indonesian source string, or that holds an Indonesian date or time word. The event's
own content (titles, names, the form's questions, agenda items) is data typed by the organizer
and is left out. The Indonesian run fails on Qt's own standard buttons in English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, Text, select

from asn_event.app import create_application, use_language
from asn_event.clock import FakeClock
from asn_event.context import AppContext
from asn_event.feedback.sample import add_sample_responses

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "asn_event_en.ts"
INDONESIAN_TIME = re.compile(
    r"\b(pukul|menit|jam \d|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|Mei|Juni|Juli"
    r"|Agustus|Oktober|Desember|Agu|Okt|Des)\b",
)
# Words every Indonesian sentence leans on: in the English interface they mean a sentence was missed.
INDONESIAN_WORDS = re.compile(
    r"\b(dan|yang|tidak|belum|sudah|untuk|dengan|dari|ke|di|acara|peserta|jadwal|selesai|sesi|silakan|hadir"
    r"|atau|akan|bisa|sedang|kosong|baru|simpan|batal|pilih|tutup|ubah|hapus)\b",
    re.IGNORECASE,
)
DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")  # 4,11 (not 1,234 or a NIP)
QT_ENGLISH = {"OK", "Cancel", "Yes", "No", "Open", "Save", "Close", "Apply", "Discard", "Reset", "Help"}


def _untranslated_sources() -> set[str]:
    """Indonesian sources whose English differs: showing one of them in English is a missed translation."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text or "" for f in translation.findall("numerusform")]
        english = forms or [translation.text or "" if translation is not None else ""]
        if source.strip() and source not in english:
            found.add(source)
    return found


def _data_texts(ctx: AppContext) -> list[str]:
    """What the organizer typed (titles, names, questions, agenda): content, not interface."""
    from asn_event.db.models import Base

    texts: set[str] = set()
    with ctx.db.readers() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            for row in session.execute(select(*columns)) if columns else ():
                texts.update(str(v) for v in row if isinstance(v, str) and len(v) >= 4)
    from asn_event.stage.samples import SAMPLE_AGENDA

    texts.update(text for segment in SAMPLE_AGENDA for text in (segment.title, segment.speaker) if text)
    return sorted(texts, key=len, reverse=True)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read in ``root``."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            yield name, re.sub(r"<[^>]+>", " ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
            yield name, widget.text()
        elif isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            yield from ((name, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield name, widget.placeholderText()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list widget's private model: one column
                columns = 1
            for column in range(columns):
                yield name, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(max(columns, 1)):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield name, value


def _screens(ctx: AppContext, event_id: int, settings) -> Iterator[tuple[str, Callable[[], QWidget]]]:  # type: ignore[no-untyped-def]
    from asn_event.roster.units import UnitMatcher
    from asn_event.stage.samples import SampleState
    from asn_event.ui.checkin.dialogs import PinDialog, SignatureDialog, WalkInDialog
    from asn_event.ui.roster.person_dialog import PersonDialog
    from asn_event.ui.shell.main_window import MainWindow
    from asn_event.ui.shell.pages import PAGE_KEYS
    from asn_event.ui.shell.screenshots import TARGETS, ScreenshotRequest, _builder
    from asn_event.ui.shell.settings_dialog import SettingsDialog

    for key in PAGE_KEYS:
        def page(key: str = key) -> QWidget:
            window = MainWindow(ctx, settings, event_id)
            window.resize(1366, 768)
            window.show()
            window.show_page(key)
            return window

        yield f"page {key}", page
    states = {
        "stage": [s.value for s in SampleState],
        "checkin-desk": ["accepted", "already", "refused", "forged"],
        "kiosk-feedback": ["start", "section", "problem", "thanks"],
    }
    for name in TARGETS:
        for state in states.get(name, [""]):
            request = ScreenshotRequest(name, QSize(1366, 768), state)
            yield f"{name} {state}", lambda request=request: _builder(request.target)(ctx, event_id, request)
    yield "walk-in", lambda: WalkInDialog(["Dinkes PPKB"], name="Sri", matcher=UnitMatcher.mojokerto())
    yield "signature", lambda: SignatureDialog("Sri Rahayu")
    yield "pin", lambda: PinDialog("Kiosk PIN", "PIN:", confirm=True)
    yield "person", lambda: PersonDialog(UnitMatcher.mojokerto().units)
    yield "settings", lambda: SettingsDialog(settings)


def _render(app: QApplication, build: Callable[[], QWidget]) -> QWidget:
    widget = build()
    widget.show()
    for _ in range(10):
        app.processEvents()
    return widget


@pytest.fixture
def busy_event(demo, clock: FakeClock) -> AppContext:  # type: ignore[no-untyped-def]
    add_sample_responses(demo.db, clock, demo.event_id, checked_in=30, answered=12)
    return AppContext(db=demo.db, clock=clock, desk="Meja 1", staff="Tester")


def test_in_english_no_screen_shows_indonesian(qapp, busy_event, demo, settings) -> None:  # type: ignore[no-untyped-def]
    app = create_application(language="en")
    sources = _untranslated_sources()
    data = _data_texts(busy_event)
    problems: list[str] = []
    try:
        for screen, build in _screens(busy_event, demo.event_id, settings):
            widget = _render(app, build)
            # the sample file the import screen opens has a sheet named "Peserta": data, not interface
            content_here = [*data, "Peserta"] if screen.startswith("impor") else data
            for where, text in visible_texts(widget):
                shown = " ".join(text.split())
                for content in content_here:
                    shown = shown.replace(content, "")
                if not shown.strip():
                    continue
                if (
                    shown.strip() in sources
                    or INDONESIAN_TIME.search(shown)
                    or INDONESIAN_WORDS.search(shown)
                    or DECIMAL_COMMA.search(shown)
                ):
                    problems.append(f"{screen} · {where}: {text!r}")
            widget.close()
            widget.deleteLater()
    finally:
        use_language(app, "id")
    found = sorted(set(problems))
    assert found == [], "\n".join(found)


def test_in_indonesian_qt_own_buttons_and_menus_speak_indonesian(qapp, busy_event, demo, settings) -> None:  # type: ignore[no-untyped-def]
    app = create_application(language="id")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Open
        | QDialogButtonBox.StandardButton.Save
    )
    words = {button.text().replace("&", "") for button in box.buttons()}
    assert words == {"Oke", "Batal", "Ya", "Tidak", "Buka", "Simpan"}
    field = QLineEdit("Sri")
    menu = field.createStandardContextMenu()
    items = {action.text().replace("&", "").split("\t")[0] for action in menu.actions() if action.text()}
    assert {"Salin", "Tempel", "Potong", "Pilih semua"} <= items
    english: list[str] = []
    for screen, build in _screens(busy_event, demo.event_id, settings):
        widget = _render(app, build)
        for found in widget.findChildren(QDialogButtonBox) + widget.findChildren(QMessageBox):
            for button in found.buttons():
                if button.text().replace("&", "") in QT_ENGLISH:
                    english.append(f"{screen}: {button.text()}")
        widget.close()
        widget.deleteLater()
    assert english == []


def test_every_default_scale_word_of_the_core_has_a_translation_entry() -> None:
    from asn_event.feedback.forms import LIKERT5_LABELS, RATING10_ENDS, SATISFACTION4_LABELS
    from asn_event.ui.feedback.inputs import SCALE_WORDS

    assert set(SCALE_WORDS) == {*LIKERT5_LABELS, *SATISFACTION4_LABELS, *RATING10_ENDS}


def test_the_results_chart_words_scale_points_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from asn_event.feedback.summary import Bucket
    from asn_event.ui.feedback.results import _bucket_words

    app = create_application(language="en")
    try:
        assert _bucket_words(Bucket("4 · Setuju", 12, 4, "Setuju")) == "4 · Agree"
        assert _bucket_words(Bucket("4 · Cukup puas", 3, 4, "Cukup puas")) == "4 · Cukup puas"  # the form's own word
        assert _bucket_words(Bucket("Ya", 5)) == "Ya"  # a choice typed by the organizer
    finally:
        use_language(app, "id")
