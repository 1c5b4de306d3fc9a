"""What a clerk sees on a 1366x768 laptop at 150 % (910x512): found by rendering every screen and looking."""

from __future__ import annotations

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
    page.tabs.setCurrentWidget(page.paper)
    qtbot.wait(50)
    holder = _holder(page.paper)
    # the one-line key hint made the tab 250 px wider than the window: the form opened scrolled
    # sideways, names and the start of every question cut off, "Simpan formulir kertas" out of sight
    assert holder.horizontalScrollBar().maximum() == 0
    assert page.paper.save_button.geometry().right() <= holder.viewport().width()


def test_form_editor_shows_the_beginning_of_a_long_opening(qtbot, small) -> None:  # type: ignore[no-untyped-def]
    page = small.show_page("umpan-balik")
    page.tabs.setCurrentWidget(page.editor)
    qtbot.wait(50)
    intro = page.editor.intro_edit
    assert intro.fontMetrics().horizontalAdvance(intro.text()) > intro.width()  # the demo's opening is long
    # it opened on "...ih telah mengikuti sesi ini", the middle of a sentence
    assert intro.cursorPosition() == 0
