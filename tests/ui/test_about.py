"""The application icon on every window, the window title, and the "Tentang" dialog a clerk opens from the
sidebar (or with F1): version, where the data lives, the licences of fonts and icons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel

from asn_event import APP_NAME, __version__
from asn_event.paths import DATA_DIR_ENV
from asn_event.ui.shell import about
from asn_event.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, settings, demo, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from asn_event.app import create_application

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    create_application()
    win = MainWindow(ctx, settings, demo.event_id)
    qtbot.addWidget(win)
    win.show()
    return win


def test_every_window_carries_the_app_icon_in_all_sizes(window) -> None:  # type: ignore[no-untyped-def]
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert window.windowIcon().cacheKey() == icon.cacheKey()
    # drawn, not blank: the 32 px icon has the navy square and the gold sun
    image = icon.pixmap(QSize(32, 32)).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(32) for y in range(32)}
    assert len(colours) > 10


def test_the_title_bar_names_the_page_and_the_event(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("checkin")
    assert window.windowTitle().startswith("Check-in · ")
    assert "Coaching Manajemen Kepegawaian" in window.windowTitle()
    assert QApplication.applicationDisplayName() == APP_NAME  # the system appends it to the title


def test_f1_and_the_sidebar_button_open_tentang(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(opened) == 2
    assert opened[0].windowTitle() == f"Tentang {APP_NAME}"


def test_tentang_says_version_where_the_data_lives_and_the_licences(window, demo, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = about.AboutDialog(window.ctx.db.display_name, window.settings.store.fileName(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.text.toPlainText()
    title = dialog.findChild(QLabel, "aboutTitle")
    assert APP_NAME in title.text() and f"Versi {__version__}" in title.text()
    assert str(demo.path) in text  # the database that is open
    assert str(tmp_path / "data") in text  # the data folder
    assert window.settings.store.fileName() in text  # this laptop's settings
    assert "SIL Open Font License" in text and "Lucide" in text and "ISC" in text
    html = dialog.text.toHtml()
    for name in ("OFL.txt", "LICENSE-lucide.txt"):
        link = next(part for part in html.split('href="')[1:] if name in part.split('"')[0]).split('"')[0]
        assert Path(QUrl(link).toLocalFile()).is_file(), link
    # painted with content
    image = dialog.grab().toImage()
    assert image.width() >= 560 and len({image.pixelColor(x, 30).name() for x in range(0, 300, 3)}) > 2
