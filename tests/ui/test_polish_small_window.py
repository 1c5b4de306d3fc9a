"""What a clerk sees on a 1366x768 laptop at 150 % (910x512): found by rendering every screen and looking."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QScrollArea

from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def small(qtbot, ctx, settings, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.resize(910, 512)
    win.show()
    qtbot.waitExposed(win)
    return win


def _holder(widget):  # type: ignore[no-untyped-def]
    """The scroll area a tab page sits in."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def test_paper_entry_fits_the_width_of_a_small_window(qtbot, small) -> None:  # type: ignore[no-untyped-def]
    page = small.show_page("umpan-balik")
    qtbot.waitUntil(lambda: page.form_id is not None, timeout=10000)  # the forms are read on the task pool
    page.tabs.setCurrentWidget(page.paper)
    qtbot.wait(50)
    holder = _holder(page.paper)
    # the one-line key hint made the tab 250 px wider than the window: the form opened scrolled
    # sideways, names and the start of every question cut off, "Simpan formulir kertas" out of sight
    assert holder.horizontalScrollBar().maximum() == 0
    assert page.paper.save_button.geometry().right() <= holder.viewport().width()


def test_form_editor_shows_the_beginning_of_a_long_opening(qtbot, small) -> None:  # type: ignore[no-untyped-def]
    page = small.show_page("umpan-balik")
    qtbot.waitUntil(lambda: page.form_id is not None, timeout=10000)  # the forms are read on the task pool
    page.tabs.setCurrentWidget(page.editor)
    qtbot.wait(50)
    intro = page.editor.intro_edit
    assert intro.fontMetrics().horizontalAdvance(intro.text()) > intro.width()  # the demo's opening is long
    # it opened on "...ih telah mengikuti sesi ini", the middle of a sentence
    assert intro.cursorPosition() == 0


def test_recent_scans_never_scroll_sideways(qtbot, small, demo) -> None:  # type: ignore[no-untyped-def]
    from asn_event.invitations.collect import collect_invitations

    page = small.show_page("checkin")
    page.sounds.muted = True
    invitations = collect_invitations(demo.db, demo.event_id)[1]
    with sqlite3.connect(demo.path) as raw:  # a name as long as the city writes them
        raw.execute(
            "UPDATE person SET name = ? WHERE id = (SELECT person_id FROM registration WHERE id = ?)",
            (
                "Prof. Dr. Ir. Hj. Raden Ajeng Siti Nurhasanah Kusumawardhani, S.E., M.M., M.Si.",
                invitations[0].registration_id,
            ),
        )
    for invitation in invitations[:6]:
        page.handle_scan(invitation.code)
    qtbot.waitUntil(lambda: page.recent.count() >= 6, timeout=3000)
    widest = max(
        page.recent.fontMetrics().horizontalAdvance(page.recent.item(i).text())
        for i in range(page.recent.count())
    )
    assert widest > page.recent.viewport().width()  # a long name with titles, in a 910 px window
    # the sideways scroll bar took the room of the one row the list had: the newest scan was hidden
    assert not page.recent.horizontalScrollBar().isVisible()


def _inked(widget) -> int:  # type: ignore[no-untyped-def]
    """Pixels clearly darker than the box's own background: words drawn in it."""
    image = widget.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 2, image.height() - 2).lightness()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < background - 60
    )


def test_recent_scans_say_what_the_empty_box_is_for(qtbot, small) -> None:  # type: ignore[no-untyped-def]
    page = small.show_page("checkin")
    qtbot.waitUntil(lambda: not page._refreshing, timeout=3000)
    assert page.recent.count() == 0  # the demo event before the doors open
    # it was a blank white box on the morning of the event
    assert _inked(page.recent) > 20


@pytest.mark.parametrize("state", ["refused", "unknown", "forged"])
def test_kiosk_pictures_show_the_public_words(qtbot, ctx, demo, state) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QLabel

    from asn_event.ui.checkin.kiosk import screenshot_builder
    from asn_event.ui.shell.screenshots import ScreenshotRequest

    window = screenshot_builder(
        ctx, demo.event_id, ScreenshotRequest("checkin-kiosk", QSize(910, 512), state)
    )
    qtbot.addWidget(window)
    shown = " ".join(label.text() for label in window.findChildren(QLabel) if not label.isHidden())
    # the guide's picture told a participant to "search the participant's name in the box above":
    # desk words the kiosk itself never shows after a real scan
    assert "kolom atas" not in shown
    assert "meja registrasi" in shown
    window.leave()


def test_certificate_list_names_whole_in_their_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from asn_event.certificates import service
    from asn_event.certificates.service import Eligibility
    from asn_event.ui.certificates.models import COL_NAME, COL_UNIT, CandidateModel

    long_name = "Prof. Dr. Ir. Hj. Raden Ajeng Siti Nurhasanah Kusumawardhani, S.E., M.M., M.Si."
    unit = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    model = CandidateModel()
    model.set_rows(
        [service.Candidate(1, long_name, None, unit, True, False, None, Eligibility.ATTENDED, None, 0)]
    )
    # the column shows "Prof. Dr. ..." even at 1366x768, where the guide says to check the spelling
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert model.index(0, COL_UNIT).data(Qt.ItemDataRole.ToolTipRole) == unit


def test_timer_screen_picker_shows_its_whole_label(qtbot, small) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    page = small.show_page("timer")
    qtbot.wait(50)
    combo = page.control.screen_combo
    screen = QGuiApplication.primaryScreen()
    size = screen.geometry().size()
    # it showed "Layar 1 (ut…": the screen's name made the label longer than the picker
    assert combo.currentText() == f"Layar 1 · {size.width()}×{size.height()}"
    assert combo.width() >= combo.sizeHint().width()  # the whole label, no ellipsis
    assert combo.mapTo(small, QPoint(combo.width(), 0)).x() <= small.width()
    assert screen.name() in combo.toolTip() and "utama" in combo.toolTip()
