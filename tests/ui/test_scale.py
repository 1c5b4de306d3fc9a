"""A 1366x768 laptop at 150 % scaling is 910x512 logical pixels: the window fits, the desk shows
everything without scrolling or cut words, and the keyboard reaches every desk action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from asn_event.invitations.collect import collect_invitations
from asn_event.ui.shell.fit import CompactButton, ElidedLabel
from asn_event.ui.shell.main_window import MainWindow

LAPTOP_150 = QSize(910, 512)


@pytest.fixture
def window(qtbot, ctx, settings, demo):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    create_application()
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.show()
    win.resize(LAPTOP_150)
    qtbot.waitExposed(win)
    return win


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(5):
        QApplication.processEvents()


def _desk(qtbot, window, demo):  # type: ignore[no-untyped-def]
    page = window.show_page("checkin")
    page.sounds.muted = True
    code = collect_invitations(demo.db, demo.event_id)[1][0].code
    page.handle_scan(code)
    _settle(qtbot)
    return page


def test_the_window_fits_a_150_percent_laptop(window) -> None:  # type: ignore[no-untyped-def]
    assert window.size() == LAPTOP_150
    assert window.sidebar.width() < 200  # the sidebar narrows to leave the page its room


def test_every_page_fits_the_width_without_a_horizontal_scroll(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell.pages import PAGE_KEYS

    wide = []
    for key in PAGE_KEYS:
        window.show_page(key)
        _settle(qtbot)
        if window.scrolls[key].horizontalScrollBar().isVisible():
            wide.append(key)
    assert not wide  # the timer, feedback and certificate pages were too wide before


def test_desk_shows_everything_at_150_percent_without_cut_words(window, qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    page = _desk(qtbot, window, demo)
    scroll = window.scrolls["checkin"]
    assert not scroll.horizontalScrollBar().isVisible()
    area = scroll.viewport().rect()
    for widget in (page.scan_field, page.banner, page.walk_in_button, page.undo_button, page.attendance):
        assert widget.isVisible()
        top_left = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
        assert area.contains(top_left), widget
    # Buttons show all their words, or (the rarer tools) their icon with the words as tooltip.
    for button in page.findChildren(QPushButton):
        if not button.isVisible():
            continue
        if isinstance(button, CompactButton) and button.is_compact():
            assert button.toolTip() == button.full_text() and not button.icon().isNull()
        else:
            assert button.width() >= button.sizeHint().width(), button.text()
    # The name on the banner shows whole: each label as tall as its words need.
    banner = page.banner
    assert banner.name.text() and banner.fits()
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap() and not isinstance(label, ElidedLabel):
            assert label.width() >= label.sizeHint().width() - 1, label.text()


def test_function_keys_reach_the_desk_actions_and_focus_returns_to_the_scan_field(
    window, qtbot, demo, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.checkin import page as checkin_module

    page = _desk(qtbot, window, demo)
    window.activateWindow()
    page.scan_field.setFocus()
    opened: list[str] = []

    class FakeWalkIn(QDialog):
        def __init__(self, units, parent=None, name="", **_options):  # type: ignore[no-untyped-def]
            super().__init__(parent)

        def exec(self) -> int:
            opened.append("walk-in")
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(checkin_module, "WalkInDialog", FakeWalkIn)
    def give_reason(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.reason.setText("salah pindai")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(checkin_module.UndoDialog, "exec", give_reason)
    name = page.banner.name.text()

    qtbot.keyClick(page.scan_field, Qt.Key.Key_F2)
    assert opened == ["walk-in"]
    assert QApplication.focusWidget() is page.scan_field or not window.isActiveWindow()

    qtbot.keyClick(page.scan_field, Qt.Key.Key_F4)  # undo the check-in on the banner
    assert opened == ["walk-in"]  # the undo dialog named the person and took the reason
    assert page.banner.result is None
    assert name in page.banner.name.text() and "dibatalkan" in page.banner.name.text()
    assert QApplication.focusWidget() is page.scan_field or not window.isActiveWindow()
    assert "(F2)" in page.walk_in_button.text() and "(F4)" in page.undo_button.text()


def test_compact_button_keeps_its_words_when_there_is_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    from asn_event.ui.shell import theme

    holder = QWidget()
    qtbot.addWidget(holder)
    button = CompactButton(theme.icon("maximize"), "Mode kios", holder)
    holder.show()
    full = button.sizeHint().width()
    button.resize(full, button.sizeHint().height())
    assert button.text() == "Mode kios" and not button.is_compact()
    button.resize(button.minimumSizeHint().width(), button.sizeHint().height())
    assert button.is_compact() and button.text() == "" and button.toolTip() == "Mode kios"
    assert button.accessibleName() == "Mode kios"
    button.resize(full, button.sizeHint().height())
    assert button.text() == "Mode kios" and button.toolTip() == ""


def test_elided_label_keeps_the_whole_text_in_its_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel("Check-in · Selasa, 24 November 2026 · Coaching Manajemen Kepegawaian")
    qtbot.addWidget(label)
    label.show()
    label.resize(120, 30)
    assert label.text().startswith("Check-in · Selasa")  # the code reads the whole text
    assert QLabel.text(label).endswith("…")
    assert "Coaching Manajemen Kepegawaian" in label.toolTip()


def _button_row(qtbot, first: QWidget | None, words: dict[str, str], last: QWidget | None):  # type: ignore[no-untyped-def]
    """A row: an optional widget, CompactButtons (icon name -> words), then a stretch and an optional widget."""
    from PySide6.QtWidgets import QHBoxLayout

    from asn_event.ui.shell import theme

    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    if first is not None:
        layout.addWidget(first, 1)
    buttons = [CompactButton(theme.icon(icon), text) for icon, text in words.items()]
    for button in buttons:
        layout.addWidget(button)
    if last is not None:
        layout.addStretch(1)
        layout.addWidget(last)
    row.show()
    return row, buttons


def test_icon_only_buttons_give_their_room_to_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    search = QLineEdit()
    words = {"upload": "Impor daftar peserta…", "download": "Ekspor daftar peserta…", "qr-code": "Undangan QR untuk semua"}
    row, buttons = _button_row(qtbot, search, words, None)
    row.resize(360, 60)
    _settle(qtbot)
    for button in buttons:
        assert button.is_compact() and button.toolTip() == button.full_text()
        # No wider than its icon needs: a button as wide as its words, showing only an icon, wasted the row.
        assert button.width() <= button.minimumSizeHint().width() + 2, button.full_text()
    assert search.width() > 360 - sum(b.full_hint().width() for b in buttons)
    row.resize(1000, 60)  # room again: the words come back
    _settle(qtbot)
    assert all(not b.is_compact() and b.text() == b.full_text() for b in buttons)


def test_desk_after_a_scan_shows_the_function_key_buttons_whole(window, qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    page = _desk(qtbot, window, demo)
    code = collect_invitations(demo.db, demo.event_id)[1][0].code
    page.handle_scan(code)  # again: "already checked in" has the banner's longest words
    _settle(qtbot)
    assert "SUDAH" in page.banner.findChildren(QLabel)[1].text().upper()
    scroll = window.scrolls["checkin"]
    assert not scroll.verticalScrollBar().isVisible()  # it scrolled 20 px after a scan
    area = scroll.viewport().rect()
    for button in (page.walk_in_button, page.camera_button, page.undo_button):
        shown = button.rect().translated(button.mapTo(scroll.viewport(), button.rect().topLeft()))
        assert area.contains(shown), button.text()


def test_paper_entry_save_button_is_above_the_fold(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_page("umpan-balik")
    page = window.pages["umpan-balik"]
    qtbot.waitUntil(lambda: page.form_id is not None, timeout=10000)  # the forms are read on the task pool
    page.tabs.setCurrentWidget(page.paper)
    _settle(qtbot)  # the paper tab builds its questions when first shown
    paper = page.paper
    paper.who.setText("Siti Aminah")
    paper.find_person()
    if paper.hits.isVisible() and paper.hits.currentItem() is not None:
        paper._hit_chosen(paper.hits.currentItem())  # the clerk picks the writer among the namesakes
    _settle(qtbot)
    assert paper.who_state.isVisible()
    outer = window.scrolls["umpan-balik"]
    assert not outer.verticalScrollBar().isVisible()
    holder = paper.parentWidget().parentWidget()  # the tab's PageScroll viewport
    assert holder is not None
    for button in (paper.save_button, paper.clear_button):
        assert button.isVisible()
        shown = button.rect().translated(button.mapTo(holder, button.rect().topLeft()))
        assert holder.rect().contains(shown), button.text()


def test_icon_only_buttons_take_their_words_back_as_far_as_the_room_goes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox("Wajib sudah mengisi umpan balik")
    words = {"plus": "Tambahkan manual", "minus": "Keluarkan", "rotate-ccw": "Ikuti aturan"}
    row, buttons = _button_row(qtbot, None, words, box)
    first = buttons[0].full_hint().width()
    icons = sum(b.minimumSizeHint().width() for b in buttons[1:])
    # Room for the first button's words and the others' icons, not for all the words.
    row.resize(first + icons + box.sizeHint().width() + 60, 60)
    for _ in range(3):
        _settle(qtbot)
    assert not buttons[0].is_compact() and buttons[0].text() == "Tambahkan manual"
    assert buttons[0].width() >= buttons[0].sizeHint().width()  # the words show whole
    assert buttons[1].is_compact() and buttons[2].is_compact()
