"""Screenshot builders for the feedback screens (registered in ``asn_event.ui.shell.screenshots``).

``kiosk-feedback`` states: ``start``, ``section`` (default, answers half given), ``problem`` (a
required answer missing), ``thanks``. ``umpan-balik-formulir`` / ``umpan-balik-kertas`` show the page
on its editor or paper-entry tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from asn_event.context import AppContext
from asn_event.feedback import service
from asn_event.ui.shell.screenshots import ScreenshotRequest, settle


def _event_id(ctx: AppContext, event_id: int | None) -> int:
    if event_id is not None:
        return event_id
    from asn_event.events import latest_event_id

    found = latest_event_id(ctx.db)
    if found is None:
        raise ValueError("Belum ada acara. Buat acara contoh dengan 'asn-event demo'.")
    return found


def kiosk_builder(ctx: AppContext, event_id: int | None, request: ScreenshotRequest) -> QWidget:
    from asn_event.events import get_event
    from asn_event.ui.feedback.kiosk import FeedbackKioskWindow, KioskSetup

    event_id = _event_id(ctx, event_id)
    form = service.active_form(ctx.db, event_id) or service.create_default_form(ctx.db, ctx.clock, event_id)
    kiosk = FeedbackKioskWindow(ctx, KioskSetup(form, get_event(ctx.db, event_id).title, None))
    state = request.state or "section"
    if state == "start":
        return kiosk
    kiosk.begin(None, "Dr. Hj. Siti Aminah, S.E., M.M." if not form.anonymous else None)
    first = kiosk.inputs[0]
    for widget, value in zip(first, (5, 4, 4, 5), strict=False):
        widget.set_value(value)
    if state == "problem":
        kiosk.forward()
    elif state == "thanks":
        kiosk.stack.setCurrentIndex(2)
        kiosk.thanks_text.setText(
            QCoreApplication.translate(
                "FeedbackKioskWindow", "Jawaban Anda tersimpan. Layar siap untuk peserta berikutnya."
            )
        )
    return kiosk


def _page_on_tab(ctx: AppContext, event_id: int | None, request: ScreenshotRequest, tab: int) -> QWidget:
    from asn_event.ui.shell.main_window import MainWindow
    from asn_event.ui.shell.settings import Settings

    window = MainWindow(ctx, request.settings or Settings(), _event_id(ctx, event_id))
    window.resize(request.size)
    window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    window.show_page("umpan-balik")
    settle(app)  # the event's forms are read on the task pool
    page = window.pages["umpan-balik"]
    page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
    if tab == 1:  # the editor, with a speaker question selected
        editor = page.editor  # type: ignore[attr-defined]
        editor.tree.setCurrentItem(editor.tree.topLevelItem(1).child(0))
    if tab == 2:
        paper = page.paper  # type: ignore[attr-defined]
        # The sheet's writer, found by name as a clerk would (the demo roster has a Siti Aminah).
        paper.who.setText("Siti Aminah")
        paper.find_person()
        if paper.hits.isVisible() and paper.hits.currentItem() is not None:
            paper._hit_chosen(paper.hits.currentItem())
        for widget, value in zip(paper.inputs, (5, 4, 3), strict=False):
            widget.set_value(value)
        paper.inputs[3].focus_input()
    return window


def editor_builder(ctx: AppContext, event_id: int | None, request: ScreenshotRequest) -> QWidget:
    return _page_on_tab(ctx, event_id, request, 1)


def paper_builder(ctx: AppContext, event_id: int | None, request: ScreenshotRequest) -> QWidget:
    return _page_on_tab(ctx, event_id, request, 2)
